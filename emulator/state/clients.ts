/** Logto's application types the emulator holds (Protected and SAML apps are not emulated). */
export const applicationTypes = ['Native', 'SPA', 'Traditional', 'MachineToMachine'] as const;
export type ApplicationType = (typeof applicationTypes)[number];

/** What the Management API keeps about an application beyond what OIDC needs. */
export type ApplicationDetails = {
  description: string | null;
  customData: Record<string, unknown>;
  /** `oidcClientMetadata` keys besides the two URI lists (`backchannelLogoutUri`, `logoUri`, …). */
  oidcExtras: Record<string, unknown>;
  /** `customClientMetadata` keys besides `corsAllowedOrigins`. */
  customClientExtras: Record<string, unknown>;
  appLevelAccessControlEnabled: boolean;
  /** Epoch milliseconds, like Logto's `created_at`. */
  createdAt: number;
};

/** An OIDC application as the emulator stores it (Logto's `applications` row, reduced). */
export type ClientRecord = {
  id: string;
  name: string;
  type: ApplicationType;
  /** Third-party apps may read the Account API but not change anything (403). */
  isThirdParty: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  corsAllowedOrigins: string[];
  /**
   * A client with a secret authenticates at the token endpoint (`client_secret_basic` or
   * `_post`); one without is public. Logto gives every Traditional and machine-to-machine app one.
   */
  secret?: string;
  /** A machine-to-machine app holding a role with the Management API's `all` scope. */
  managementApiAccess?: boolean;
  /** Management API fields; defaults (empty, created at the epoch) when absent. */
  details?: ApplicationDetails;
};

export const defaultApplicationDetails = (createdAt: number): ApplicationDetails => ({
  description: null,
  customData: {},
  oidcExtras: {},
  customClientExtras: {},
  appLevelAccessControlEnabled: false,
  createdAt,
});

export const demoClientId = 'account-center-demo';

export const defaultAppUrls = ['http://localhost:5173/', 'http://localhost:4173/'];

/** Normalises an app base URL so that `base + 'callback'` is the callback path. */
export const normaliseAppUrl = (value: string): string => {
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) {
    url.pathname = `${url.pathname}/`;
  }
  url.search = '';
  url.hash = '';
  return url.href;
};

export const parseAppUrls = (value: string | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
        .map(normaliseAppUrl)
    : defaultAppUrls;

/** For each app base URL: redirect URI = base + `callback`, post-logout URI = base. */
export const demoClientFor = (appUrls: string[]): ClientRecord => ({
  id: demoClientId,
  name: 'Account Center (demo)',
  type: 'SPA',
  isThirdParty: false,
  redirectUris: appUrls.map((base) => new URL('callback', base).href),
  postLogoutRedirectUris: [...appUrls],
  corsAllowedOrigins: [],
});

export class ClientStore {
  readonly #clients = new Map<string, ClientRecord>();

  get(id: string): ClientRecord | undefined {
    const client = this.#clients.get(id);
    return client && structuredClone(client);
  }

  list(): ClientRecord[] {
    return [...this.#clients.values()].map((client) => structuredClone(client));
  }

  put(client: ClientRecord): ClientRecord {
    this.#clients.set(client.id, structuredClone(client));
    return structuredClone(client);
  }

  delete(id: string): boolean {
    return this.#clients.delete(id);
  }

  clear(): void {
    this.#clients.clear();
  }
}
