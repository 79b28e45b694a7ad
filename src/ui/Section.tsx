import { useId, type ReactNode } from 'react';

export function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-gray-200 bg-white px-4 py-2 sm:px-6 dark:border-gray-800 dark:bg-gray-900"
    >
      <h2 id={id} className="pt-3 text-base font-semibold text-gray-900 dark:text-gray-100">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">{description}</p>}
      <div className="divide-y divide-gray-200 dark:divide-gray-800">{children}</div>
    </section>
  );
}
