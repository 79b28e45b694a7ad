import { useId, type ReactNode, type Ref } from 'react';

type Props = {
  title: string;
  description?: ReactNode;
  /** Lets a dialog hand focus to the heading when the row that opened it is gone. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
};

export function Section({ title, description, headingRef, children }: Props) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="rounded-xl border border-gray-200 bg-white px-4 py-2 sm:px-6 dark:border-gray-800 dark:bg-gray-900"
    >
      <h2
        id={id}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="pt-3 text-base font-semibold text-gray-900 focus-visible:outline-2 focus-visible:outline-brand dark:text-gray-100"
      >
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-gray-600 dark:text-gray-400">{description}</p>}
      <div className="divide-y divide-gray-200 dark:divide-gray-800">{children}</div>
    </section>
  );
}
