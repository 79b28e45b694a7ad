/** An OIDC application as the emulator stores it (Logto's `applications` row, reduced). */
export type ClientRecord = {
  id: string;
  name: string;
  /** Third-party apps may read the Account API but not change anything (403). */
  isThirdParty: boolean;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  corsAllowedOrigins: string[];
};

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
