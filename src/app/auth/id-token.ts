/** A JWT's claims, decoded (UTF-8) without verifying it: only for what the page shows or compares, never for access. */
function claimsOf(idToken: string | null | undefined): Record<string, unknown> | undefined {
  const payload = idToken?.split('.')[1];
  if (!payload) return undefined;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `sub` of an ID token: only used to tell whether two tokens are the same user. */
export function subjectOf(idToken: string | null | undefined): string | undefined {
  const sub = claimsOf(idToken)?.sub;
  return typeof sub === 'string' ? sub : undefined;
}

/**
 * How the header greets the user, from the ID token Logto gave at sign-in, in the same order as
 * the account's (`displayName`): shown until the account arrives, so the header neither waits for
 * it nor changes width when it comes.
 */
export function nameOf(idToken: string | null | undefined): string | undefined {
  const claims = claimsOf(idToken);
  for (const claim of ['name', 'username', 'email', 'phone_number']) {
    const value = claims?.[claim];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

export const idTokenStorageKey = (appId: string) => `logto:${appId}:idToken`;
