import { activeLocale } from '../i18n/active-locale';
import { ApiError } from './error';

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-serialisable body, or FormData for uploads. */
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** Step-up record id, sent as `logto-verification-id`. */
  verificationId?: string;
  /** Public endpoints (the well-known settings) take no token. */
  anonymous?: boolean;
  /** Where `path` lives when not on the Logto endpoint (the public settings forwarded by this app's host). */
  base?: string;
  signal?: AbortSignal;
  /** Reports the share of the body sent so far (0–1), for uploads the user watches. */
  onUploadProgress?: (fraction: number) => void;
};

export type ApiClientOptions = {
  endpoint: string;
  getAccessToken: () => Promise<string>;
  /** Called once a request has proven the token itself is dead. */
  onTokenFailure?: (error: ApiError) => void;
  /** Called after a change to the account succeeded (any method but GET). */
  onChange?: (path: string) => void;
};

export type ApiClient = {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
};

const tokenFailureCodes = new Set([
  'auth.unauthorized',
  'auth.authorization_header_missing',
  'auth.authorization_token_type_not_supported',
]);

// GET /api/my-account has no scope check beyond `openid`, so a 401 there can only mean the token.
const tokenProbePath = '/api/my-account';

export type RawResponse = { status: number; contentType: string; text: string };
export type Transport = (url: URL, init: { method: string; headers: Headers; body?: string | FormData; signal?: AbortSignal }) => Promise<RawResponse>;

// `no-store`: Logto sends ETags without Cache-Control; a revalidated 304 must never stand in for
// fresh data. No cookies: Logto's Account API does not allow credentials.
const fetchTransport: Transport = async (url, init) => {
  const response = await fetch(url, { ...init, cache: 'no-store', credentials: 'omit' });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
};

function readBody({ status, contentType, text }: RawResponse): unknown {
  if (status === 204 || status === 205 || status === 304 || text === '') return undefined;
  if (!contentType.toLowerCase().includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ status, code: 'client.unexpected_response', message: text });
  }
}

function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object') {
    const { code, message, data, details } = body as Record<string, unknown>;
    return new ApiError({
      status,
      code: typeof code === 'string' ? code : undefined,
      message: typeof message === 'string' ? message : `HTTP ${status}`,
      data,
      details: typeof details === 'string' ? details : undefined,
    });
  }
  return new ApiError({ status, message: typeof body === 'string' && body ? body : `HTTP ${status}` });
}

export function createApiClient({ endpoint, getAccessToken, onTokenFailure, onChange }: ApiClientOptions): ApiClient {
  const base = endpoint.replace(/\/+$/, '');

  async function send(path: string, options: RequestOptions): Promise<{ status: number; body: unknown }> {
    const { method = 'GET', body, query, verificationId, anonymous, signal, onUploadProgress } = options;
    const url = new URL((options.base ?? base) + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    // Logto's own error messages, shown where the app has no words of its own, in the page's language.
    const headers = new Headers({ accept: 'application/json', 'accept-language': activeLocale() });
    if (!anonymous) {
      let token: string;
      try {
        token = await getAccessToken();
      } catch {
        throw new ApiError({
          status: 401,
          code: 'client.token_unavailable',
          message: 'No valid access token.',
          isTokenFailure: true,
        });
      }
      headers.set('authorization', `Bearer ${token}`);
    }
    if (verificationId) headers.set('logto-verification-id', verificationId);
    let payload: string | FormData | undefined;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    }

    let response: RawResponse;
    try {
      // Uploads are rare: their transport loads with the first one (and fails like the network).
      const transport = onUploadProgress ? (await import('./upload-transport')).xhrTransport(onUploadProgress) : fetchTransport;
      response = await transport(url, { method, headers, body: payload, signal });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError({ status: 0, code: 'client.network_error', message: 'Network request failed.' });
    }
    return { status: response.status, body: readBody(response) };
  }

  async function isTokenDead(): Promise<boolean> {
    try {
      const probe = await send(tokenProbePath, {});
      return probe.status === 401;
    } catch (error) {
      return error instanceof ApiError && error.isTokenFailure;
    }
  }

  return {
    async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
      let result: { status: number; body: unknown };
      try {
        result = await send(path, options);
      } catch (error) {
        if (error instanceof ApiError && error.isTokenFailure) onTokenFailure?.(error);
        throw error;
      }
      const { status, body } = result;
      if (status >= 200 && status < 300) {
        if (options.method && options.method !== 'GET' && path.startsWith('/api/my-account')) onChange?.(path);
        return body as T;
      }

      const error = toApiError(status, body);
      // A 401 `auth.unauthorized` is either a dead token or a scope this token lacks (Logto uses the
      // same body for both). Only the first must end in a new sign-in, so ask a scope-free route.
      if (status === 401 && error.code && tokenFailureCodes.has(error.code) && !options.anonymous) {
        const dead = path === tokenProbePath || (await isTokenDead());
        if (dead) {
          const tokenError = new ApiError({ ...error, message: error.message, isTokenFailure: true });
          onTokenFailure?.(tokenError);
          throw tokenError;
        }
      }
      throw error;
    },
  };
}
