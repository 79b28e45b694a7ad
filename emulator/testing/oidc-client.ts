import { createHash, randomBytes } from 'node:crypto';

import { CookieJar, request, type RawResponse } from './http.js';

/** The scopes of an app on the Logto browser SDK that asks for everything the Account API can use. */
export const defaultScopes = [
  'openid',
  'offline_access',
  'profile',
  'email',
  'phone',
  'address',
  'identities',
  'custom_data',
  'urn:logto:scope:sessions',
];

export type TokenSet = {
  accessToken: string;
  idToken?: string;
  refreshToken?: string;
  scope: string;
  expiresIn: number;
  tokenType: string;
};

export type AuthorizeOptions = {
  scopes?: string[];
  /** Default `consent`, like the SDK. */
  prompt?: string;
  resource?: string[];
  extraParams?: Record<string, string>;
};

export type AuthorizationResult =
  | { kind: 'callback'; url: URL; code?: string; error?: string; errorDescription?: string }
  | { kind: 'sign-in'; url: URL; page: RawResponse };

const base64url = (buffer: Buffer) => buffer.toString('base64url');

/** What the test client sends as `User-Agent` unless told otherwise (a browser always sends one). */
export const testClientUserAgent = 'Mozilla/5.0 (X11; Linux x86_64) OidcTestClient/1.0';

/**
 * Drives the emulator's OIDC flow the way a browser running the Logto browser SDK would: PKCE
 * authorization request, the sign-in form, consent, then the token endpoint. Keeps cookies, so a
 * second `authorize()` reuses the session (silent sign-in, `prompt=none`).
 */
export class OidcTestClient {
  readonly jar = new CookieJar();
  readonly clientId: string;
  readonly redirectUri: string;
  readonly origin: string;
  readonly userAgent: string;
  #pending?: { state: string; codeVerifier: string };

  constructor(
    readonly endpoint: string,
    options: { clientId?: string; redirectUri?: string; userAgent?: string } = {}
  ) {
    this.clientId = options.clientId ?? 'account-center-demo';
    this.redirectUri = options.redirectUri ?? 'http://localhost:5173/callback';
    this.origin = new URL(this.redirectUri).origin;
    this.userAgent = options.userAgent ?? testClientUserAgent;
  }

  /** One request with this client's cookies and user agent; captures `Set-Cookie`. */
  async send(url: string | URL, options: Parameters<typeof request>[1] = {}): Promise<RawResponse> {
    const target = new URL(url, this.endpoint);
    const cookie = this.jar.headerFor(target);
    const response = await request(target, {
      ...options,
      headers: { 'User-Agent': this.userAgent, ...options.headers, ...(cookie ? { Cookie: cookie } : {}) },
    });
    const setCookie = response.headers['set-cookie'];
    this.jar.capture(target, Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : undefined);
    return response;
  }

  /** Follows redirects until the app's redirect URI or an emulator page that needs the user. */
  async follow(start: URL | string, first?: RawResponse): Promise<AuthorizationResult> {
    let url = new URL(start, this.endpoint);
    let response = first ?? (await this.send(url));
    for (let hops = 0; hops < 20; hops += 1) {
      const location = response.header('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const next = new URL(location, url);
        if (`${next.origin}${next.pathname}` === this.redirectUri) {
          return {
            kind: 'callback',
            url: next,
            code: next.searchParams.get('code') ?? undefined,
            error: next.searchParams.get('error') ?? undefined,
            errorDescription: next.searchParams.get('error_description') ?? undefined,
          };
        }
        url = next;
        response = await this.send(url);
        continue;
      }
      if (url.pathname === '/sign-in' && response.status === 200) {
        return { kind: 'sign-in', url, page: response };
      }
      throw new Error(`Unexpected ${response.status} at ${url.href}: ${response.text.slice(0, 300)}`);
    }
    throw new Error('Too many redirects');
  }

  /** Starts an authorization request (PKCE S256, `response_type=code`) and follows it. */
  async authorize({
    scopes = defaultScopes,
    prompt = 'consent',
    resource = [],
    extraParams = {},
  }: AuthorizeOptions = {}): Promise<AuthorizationResult> {
    const codeVerifier = base64url(randomBytes(64));
    const state = base64url(randomBytes(64));
    this.#pending = { state, codeVerifier };
    const url = new URL('/oidc/auth', this.endpoint);
    const params: Array<[string, string]> = [
      ['client_id', this.clientId],
      ['redirect_uri', this.redirectUri],
      ['code_challenge', base64url(createHash('sha256').update(codeVerifier).digest())],
      ['code_challenge_method', 'S256'],
      ['state', state],
      ['response_type', 'code'],
      ['prompt', prompt],
      ...(scopes.length > 0 ? [['scope', scopes.join(' ')] as [string, string]] : []),
      ...resource.map((indicator) => ['resource', indicator] as [string, string]),
      ...Object.entries(extraParams),
    ];
    for (const [key, value] of params) {
      url.searchParams.append(key, value);
    }
    return this.follow(url);
  }

  /** Posts the sign-in form (`action=cancel` aborts) and follows on to the callback. */
  async submitSignIn(identifier: string, password: string, action: 'sign-in' | 'cancel' = 'sign-in') {
    const url = new URL('/sign-in', this.endpoint);
    const response = await this.send(url, {
      method: 'POST',
      body: new URLSearchParams({ identifier, password, action }),
    });
    return this.follow(url, response);
  }

  /** Exchanges the code of the last authorization at the token endpoint, as the SDK does. */
  async exchangeCode(callback: URL): Promise<TokenSet> {
    if (!this.#pending) {
      throw new Error('No authorization in progress');
    }
    const code = callback.searchParams.get('code');
    if (callback.searchParams.get('state') !== this.#pending.state || !code) {
      throw new Error(`Bad callback ${callback.href}`);
    }
    const response = await this.tokenRequest({
      client_id: this.clientId,
      code,
      code_verifier: this.#pending.codeVerifier,
      redirect_uri: this.redirectUri,
      grant_type: 'authorization_code',
    });
    this.#pending = undefined;
    return response;
  }

  async refresh(refreshToken: string, resource?: string): Promise<TokenSet> {
    return this.tokenRequest({
      client_id: this.clientId,
      refresh_token: refreshToken,
      grant_type: 'refresh_token',
      ...(resource ? { resource } : {}),
    });
  }

  async tokenRequest(form: Record<string, string>): Promise<TokenSet> {
    const response = await this.send('/oidc/token', {
      method: 'POST',
      headers: { Origin: this.origin },
      body: new URLSearchParams(form),
    });
    if (response.status !== 200) {
      throw new Error(`Token request failed: ${response.status} ${response.text}`);
    }
    const body = response.json as Record<string, unknown>;
    return {
      accessToken: String(body.access_token),
      idToken: typeof body.id_token === 'string' ? body.id_token : undefined,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
      scope: String(body.scope),
      expiresIn: Number(body.expires_in),
      tokenType: String(body.token_type),
    };
  }

  /** Authorize, sign in with a password, consent, exchange: a fresh token set. */
  async signIn(identifier: string, password: string, options: AuthorizeOptions = {}): Promise<TokenSet> {
    let result = await this.authorize(options);
    if (result.kind === 'sign-in') {
      result = await this.submitSignIn(identifier, password);
    }
    if (result.kind !== 'callback' || !result.code) {
      throw new Error(
        result.kind === 'callback'
          ? `Sign-in failed: ${result.error ?? 'no code'} ${result.errorDescription ?? ''}`
          : 'Sign-in form rejected the credentials'
      );
    }
    return this.exchangeCode(result.url);
  }

  /** The SDK's sign-out: GET end-session, then the logout page's auto-submitted confirmation. */
  async endSession(postLogoutRedirectUri?: string): Promise<RawResponse> {
    const url = new URL('/oidc/session/end', this.endpoint);
    url.searchParams.set('client_id', this.clientId);
    if (postLogoutRedirectUri) {
      url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    }
    const page = await this.send(url);
    const action = /<form[^>]*action="([^"]+)"/.exec(page.text)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!action || !xsrf) {
      throw new Error(`No logout form: ${page.status} ${page.text.slice(0, 300)}`);
    }
    const logout = /name="logout" value="([^"]+)"/.exec(page.text)?.[1] ?? 'yes';
    return this.send(new URL(action.replaceAll('&amp;', '&'), url), {
      method: 'POST',
      body: new URLSearchParams({ xsrf, logout }),
    });
  }
}

/** One-call helper for tests: a real token set for `identifier` through the full OIDC flow. */
export const getTokens = async (
  endpoint: string,
  identifier: string,
  password: string,
  options: AuthorizeOptions & { clientId?: string; redirectUri?: string; userAgent?: string } = {}
): Promise<TokenSet> => {
  const { clientId, redirectUri, userAgent, ...authorize } = options;
  return new OidcTestClient(endpoint, { clientId, redirectUri, userAgent }).signIn(identifier, password, authorize);
};
