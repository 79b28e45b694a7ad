import { useId, type ReactNode } from 'react';
import { PreferencesSlot } from './PreferencesSlot';

/** Pages outside the signed-in shell: start page, errors, redirects. */
export function FullPageMessage({ title, children }: { title: string; children?: ReactNode }) {
  // A named landmark stays distinguishable when a host page around the frame has its own <main>.
  const titleId = useId();
  return (
    <div className="flex min-h-dvh flex-col embedded:min-h-0 bg-gray-50 text-gray-900 dark:bg-gray-950 dark:text-gray-100">
      <main aria-labelledby={titleId} className="mx-auto flex w-full max-w-lg flex-1 flex-col justify-center gap-4 px-6 py-12">
        <h1 id={titleId} className="text-2xl font-semibold">
          {title}
        </h1>
        {children}
      </main>
      <footer className="mx-auto w-full max-w-lg px-6 pb-6">
        <PreferencesSlot />
      </footer>
    </div>
  );
}
