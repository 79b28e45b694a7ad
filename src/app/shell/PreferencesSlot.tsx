import { lazy, Suspense, type ReactNode } from 'react';

/** The pickers' row height, kept by the placeholder too, so nothing moves when they arrive. */
export const preferencesHeight = 'min-h-10';

const Placeholder = () => <div className={preferencesHeight} />;

// A failed download (a network blip) leaves the pickers out, their row kept, instead of breaking the
// page around them; the current theme and language stay, and a reload brings the pickers back.
const Preferences = lazy(
  (): Promise<{ default: () => ReactNode }> =>
    import('./Preferences').catch((error: unknown) => {
      console.error('Could not load the theme and language pickers', error);
      return { default: Placeholder };
    }),
);

/**
 * The theme and language pickers sit below the page's content: they load after it, and the
 * names of every language the app speaks stay out of the first page's bytes.
 */
export function PreferencesSlot() {
  return (
    <Suspense fallback={<Placeholder />}>
      <Preferences />
    </Suspense>
  );
}
