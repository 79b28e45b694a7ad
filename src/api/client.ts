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
  signal?: AbortSignal;
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

const isJson = (response: Response) =>
  (response.headers.get('content-type') ?? '').toLowerCase().includes('json');

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205 || response.status === 304) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (!isJson(response)) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ status: response.status, code: 'client.unexpected_response', message: text });
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
    const { method = 'GET', body, query, verificationId, anonymous, signal } = options;
    const url = new URL(base + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, value);
    }
    const headers = new Headers({ accept: 'application/json' });
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
    let payload: BodyInit | undefined;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers.set('content-type', 'application/json');
      payload = JSON.stringify(body);
    }

    let response: Response;
    try {
      // `no-store`: Logto sends ETags without Cache-Control; a revalidated 304 must never stand
      // in for fresh data. No cookies: Logto's Account API does not allow credentials.
      response = await fetch(url, { method, headers, body: payload, signal, cache: 'no-store', credentials: 'omit' });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError({ status: 0, code: 'client.network_error', message: 'Network request failed.' });
    }
    return { status: response.status, body: await readBody(response) };
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
