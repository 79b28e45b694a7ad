/**
 * Code loaded on demand, shared by every caller. A failed load (a network blip) is forgotten, so
 * the next caller tries again instead of inheriting the failure for the rest of the page's life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
