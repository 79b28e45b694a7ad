import { emulatorUrl } from './env';

export type FieldControl = 'Off' | 'ReadOnly' | 'Edit';

export type TokenState = { state: 'stored' | 'expired' | 'missing'; accessToken?: string; scope?: string; expiresIn?: number | null; refreshToken?: string };
export type StoredToken = { state: string; accessToken?: string; expiresIn?: number };

export type UserInput = {
  username?: string | null;
  password?: string | null;
  name?: string | null;
  avatar?: string | null;
  primaryEmail?: string | null;
  primaryPhone?: string | null;
  profile?: Record<string, unknown>;
  customData?: Record<string, unknown>;
  identities?: Record<string, { userId: string; details?: Record<string, unknown> }>;
  ssoIdentities?: Array<{ ssoConnectorId: string; issuer: string; identityId: string; detail: Record<string, unknown> }>;
};

export type EmulatorUser = UserInput & { id: string };

export type OutboxMessage = { to: string; channel: 'email' | 'sms'; code: string; templateType: string; sentAt: string };

export type SessionInput = { userAgent?: string; ip?: string; country?: string; city?: string; clientIds?: string[]; loginAt?: string };

export type Fault = { method: string; path: string; times?: number; status?: number; body?: unknown; delayMs?: number };

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${emulatorUrl}/__emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Emulator control ${method} ${path} → ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** The emulator's control API, as the tests use it. */
export const emulator = {
  reset: () => call<void>('POST', '/reset'),
  createUser: (input: UserInput) => call<EmulatorUser>('POST', '/users', input),
  getUser: (id: string) => call<EmulatorUser & { hasPassword: boolean }>('GET', `/users/${id}`),
  updateUser: (id: string, input: UserInput) => call<EmulatorUser>('PATCH', `/users/${id}`, input),
  /** Ends every Logto session and token of the user, as a sign-out elsewhere would. */
  signOutEverywhere: (id: string) => call<unknown>('POST', `/users/${id}/sign-out`),
  setFields: (fields: Partial<Record<string, FieldControl>>) => call<unknown>('PATCH', '/account-center/fields', fields),
  setAccountCenter: (settings: {
    enabled?: boolean;
    fields?: Partial<Record<string, FieldControl>>;
    profileFields?: Array<{ name: string }> | null;
    deleteAccountUrl?: string | null;
  }) =>
    call<unknown>('PATCH', '/account-center', settings),
  /** Lets the browser read /api/.well-known/* like a non-production Logto (or a same-origin proxy). */
  openWellKnown: (open: boolean) => call<unknown>('PUT', '/well-known-cors', { open }),
  outbox: (to?: string) => call<OutboxMessage[]>('GET', `/outbox${to ? `?to=${encodeURIComponent(to)}` : ''}`),
  /** The newest code "sent" to an address, as a person would read it from their inbox. */
  /**
   * The newest code sent to `to`. Waits for it like a person waits for the message: the click
   * that sends it returns before the app's request has reached the emulator on a busy machine.
   */
  latestCode: async (to: string, waitMs = 15_000) => {
    const until = Date.now() + waitMs;
    for (;;) {
      const [message] = await call<OutboxMessage[]>('GET', `/outbox?to=${encodeURIComponent(to)}`);
      if (message) return message.code;
      if (Date.now() > until) throw new Error(`No code was sent to ${to}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  },
  setSignInExperience: (patch: Record<string, unknown>) => call<unknown>('PATCH', '/sign-in-experience', patch),
  setIdentityToken: (userId: string, target: string, token: TokenState) =>
    call<unknown>('PUT', `/users/${userId}/identities/${target}/token`, token),
  getIdentityToken: (userId: string, target: string) => call<StoredToken>('GET', `/users/${userId}/identities/${target}/token`),
  setSsoToken: (userId: string, connectorId: string, token: TokenState) =>
    call<unknown>('PUT', `/users/${userId}/sso-identities/${connectorId}/token`, token),
  /** Adds a second step without the Account API: `{type: 'Totp'}`, `{type: 'BackupCode'}` or `{type: 'WebAuthn'}`. */
  addFactor: (userId: string, factor: { type: 'Totp' | 'BackupCode' | 'WebAuthn'; codes?: string[] }) =>
    call<Record<string, unknown>>('POST', `/users/${userId}/mfa-verifications`, factor),
  /** Marks a backup code used, as signing in with it would. */
  useBackupCode: (userId: string, code?: string) => call<unknown>('POST', `/users/${userId}/backup-codes/use`, code ? { code } : {}),
  mfa: (userId: string) =>
    call<{ mfaVerifications: Array<Record<string, unknown>>; logtoConfig: { mfa?: { skipMfaOnSignIn?: boolean } } }>('GET', `/users/${userId}/mfa`),
  /** A Logto session of the user as if they had signed in elsewhere, with a grant per app. */
  createSession: (userId: string, input: SessionInput) => call<{ uid: string; grantIds: string[] }>('POST', `/users/${userId}/sessions`, input),
  sessions: (userId: string) => call<Array<{ payload: { uid: string } }>>('GET', `/users/${userId}/sessions`),
  /** An app's standing permission, as consenting to it would leave. */
  createGrant: (userId: string, clientId: string, scope?: string) => call<{ id: string }>('POST', `/users/${userId}/grants`, { clientId, scope }),
  /** Whether Logto has a storage provider for uploads (`storage.not_configured` without one). */
  setStorage: (configured: boolean, failUploads = false) => call<unknown>('PUT', '/storage', { configured, failUploads }),
  storedObjects: async () =>
    (await call<{ objects: Array<{ url: string; contentType: string; size: number; userId: string }> }>('GET', '/storage')).objects,
  /** Replaces the tenant's custom profile field catalog (each entry as Logto's create route takes it). */
  setProfileFieldCatalog: (fields: Array<Record<string, unknown>>) => call<unknown>('PUT', '/custom-profile-fields', fields),
  fault: (fault: Fault) => call<unknown>('POST', '/faults', fault),
  advanceClock: (minutes: number) => call<unknown>('POST', '/clock/advance', { minutes }),
};
