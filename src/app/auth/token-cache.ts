/**
 * What Logto's browser SDK keeps, read synchronously and without loading the SDK: whether someone
 * is signed in (the SDK's own test: an ID token is stored) and the access token it cached for the
 * Account API (no resource, no organization: key `@`). The format is the SDK's (@logto/client's
 * `saveAccessTokenMap`, checked by token-cache.test.ts against the installed version); anything
 * unexpected reads as "not cached", and the SDK then does the work as before.
 */
export type SdkItem = 'idToken' | 'accessToken';
/** One of the SDK's items, by its own name (the browser storage prefixes it; a frame's memory does not). */
export type SdkStorage = (item: SdkItem) => string | null;

export const sdkKey = (appId: string, item: SdkItem) => `logto:${appId}:${item}`;

/** The SDK treats a token as good until `expiresAt`; stop a little sooner so no request races it. */
const marginSeconds = 30;

export function hasStoredSignIn(read: SdkStorage): boolean {
  return Boolean(read('idToken'));
}

export function cachedAccessToken(read: SdkStorage, now = Date.now()): string | undefined {
  try {
    const map = JSON.parse(read('accessToken') ?? 'null') as Record<string, { token?: unknown; expiresAt?: unknown }> | null;
    const entry = map?.['@'];
    if (typeof entry?.token !== 'string' || typeof entry.expiresAt !== 'number') return undefined;
    return entry.expiresAt - marginSeconds > now / 1000 ? entry.token : undefined;
  } catch {
    return undefined;
  }
}
