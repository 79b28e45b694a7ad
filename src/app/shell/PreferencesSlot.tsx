import { lazy, Suspense, type ReactNode } from 'react';

// A failed download (a network blip) leaves the pickers out instead of breaking the page around them.
const Preferences = lazy(
  (): Promise<{ default: () => ReactNode }> => import('./Preferences').catch(() => ({ default: () => null })),
);

/** The pickers' row height, kept by the placeholder too, so nothing moves when they arrive. */
export const preferencesHeight = 'min-h-10';

/**
 * The theme and language pickers sit below the page's content: they load after it, and the
 * names of every language the app speaks stay out of the first page's bytes.
 */
export function PreferencesSlot() {
  return (
    <Suspense fallback={<div className={preferencesHeight} />}>
      <Preferences />
    </Suspense>
  );
}
