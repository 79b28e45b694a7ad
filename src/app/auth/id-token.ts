/** Reads `sub` from a JWT without verifying it: only used to tell whether two tokens are the same user. */
export function subjectOf(idToken: string | null | undefined): string | undefined {
  const payload = idToken?.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' ? sub : undefined;
  } catch {
    return undefined;
  }
}

export const idTokenStorageKey = (appId: string) => `logto:${appId}:idToken`;
