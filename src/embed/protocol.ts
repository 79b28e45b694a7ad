/**
 * The messages between the account center in an iframe and the page that embeds it. Every message
 * carries `protocol` and `version`; a host should ignore messages of a newer major version.
 * Documented in README "Embedding"; `public/embed/account-center-embed.js` speaks it for hosts.
 */
export const protocol = 'logto-account-center';
export const protocolVersion = 1;

export type AccountChange = 'profile' | 'username' | 'email' | 'phone' | 'password' | 'connections' | 'mfa' | 'sessions' | 'account';

/** From the account center to the host. Never personal data beyond the user id. */
export type ToHost =
  | { type: 'ready'; hostToken: boolean }
  | { type: 'resize'; height: number }
  | { type: 'route-changed'; path: string }
  | { type: 'account-changed'; change: AccountChange; userId?: string }
  | { type: 'signed-out' }
  | { type: 'error'; code: string }
  | { type: 'token-request' };

/** From the host to the account center. */
export type FromHost =
  | { type: 'set-theme'; theme: 'system' | 'light' | 'dark' }
  | { type: 'set-locale'; locale: string }
  | { type: 'navigate'; path: string }
  | { type: 'sign-out' }
  | { type: 'token'; accessToken: string; expiresAt: number }
  | { type: 'token-error'; message?: string };

export type Envelope<T> = T & { protocol: typeof protocol; version: number };

export function isEnvelope(data: unknown): data is Envelope<{ type: string }> {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { protocol?: unknown }).protocol === protocol &&
    typeof (data as { version?: unknown }).version === 'number' &&
    typeof (data as { type?: unknown }).type === 'string'
  );
}

/** Which area a successful Account API change touched, from its path. */
export function changeOf(path: string): AccountChange {
  if (path.startsWith('/api/my-account/profile')) return 'profile';
  if (path.startsWith('/api/my-account/primary-email')) return 'email';
  if (path.startsWith('/api/my-account/primary-phone')) return 'phone';
  if (path.startsWith('/api/my-account/password')) return 'password';
  if (path.startsWith('/api/my-account/identities')) return 'connections';
  if (path.startsWith('/api/my-account/mfa')) return 'mfa';
  if (path.startsWith('/api/my-account/sessions') || path.startsWith('/api/my-account/grants')) return 'sessions';
  if (path === '/api/my-account') return 'profile';
  return 'account';
}
