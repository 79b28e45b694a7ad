import { lazy, Suspense } from 'react';

const Preferences = lazy(() => import('./Preferences'));

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
