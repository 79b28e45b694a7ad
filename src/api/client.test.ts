import { afterEach, describe, expect, it, vi } from 'vitest';
import { setActiveLocale } from '../i18n/active-locale';
import { createApiClient } from './client';
import { ApiError } from './error';

type Reply = { status: number; body?: unknown; contentType?: string };

function fakeFetch(replies: Record<string, Reply | Reply[]>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const queues = new Map(Object.entries(replies).map(([key, value]) => [key, Array.isArray(value) ? [...value] : [value]]));
  const fetchMock = vi.fn(async (input: URL | RequestInfo, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    const key = `${init.method ?? 'GET'} ${new URL(url).pathname}`;
    const queue = queues.get(key);
    const reply = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
    if (!reply) throw new TypeError('Failed to fetch');
    const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    return new Response(reply.status === 204 ? null : text, {
      status: reply.status,
      headers: { 'content-type': reply.contentType ?? (typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8') },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const client = (overrides: Partial<Parameters<typeof createApiClient>[0]> = {}) =>
  createApiClient({ endpoint: 'https://logto.test/', getAccessToken: async () => 'token-1', ...overrides });

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('sends the bearer token, JSON body and verification header, and parses JSON', async () => {
    const calls = fakeFetch({ 'PATCH /api/my-account': { status: 200, body: { id: 'u1', username: 'new' } } });
    const result = await client().request('/api/my-account', { method: 'PATCH', body: { username: 'new' }, verificationId: 'vid-1' });
    expect(result).toEqual({ id: 'u1', username: 'new' });
    const headers = new Headers(calls[0]!.init.headers);
    expect(calls[0]!.url).toBe('https://logto.test/api/my-account');
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('logto-verification-id')).toBe('vid-1');
    expect(headers.get('content-type')).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{"username":"new"}');
    expect(calls[0]!.init.credentials).toBe('omit');
    expect(calls[0]!.init.cache).toBe('no-store');
  });

  it('asks Logto for its messages in the page’s language', async () => {
    const calls = fakeFetch({ 'GET /api/my-account': { status: 200, body: {} } });
    setActiveLocale('ja');
    await client().request('/api/my-account');
    setActiveLocale('en');
    expect(new Headers(calls[0]!.init.headers).get('accept-language')).toBe('ja');
  });

  it('answers undefined for 204 and text for plain-text bodies', async () => {
    fakeFetch({
      'DELETE /api/my-account/primary-email': { status: 204 },
      'PATCH /api/my-account/mfa-verifications/x/name': { status: 200, body: 'OK' },
    });
    await expect(client().request('/api/my-account/primary-email', { method: 'DELETE' })).resolves.toBeUndefined();
    await expect(client().request('/api/my-account/mfa-verifications/x/name', { method: 'PATCH', body: { name: 'a' } })).resolves.toBe('OK');
  });

  it('turns Logto error bodies into ApiError with status, code, message and data', async () => {
    const body = { code: 'guard.invalid_input', message: 'The request body is invalid.', data: { issues: [{ path: ['avatar'] }] }, details: 'x' };
    fakeFetch({ 'PATCH /api/my-account': { status: 400, body } });
    const error = await client().request('/api/my-account', { method: 'PATCH', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'guard.invalid_input', message: 'The request body is invalid.', data: body.data, details: 'x' });
  });

  it('keeps plain-text errors (unknown routes) and JSON errors without a code', async () => {
    fakeFetch({ 'GET /api/my-account/nope': { status: 404, body: 'Not Found' }, 'PATCH /api/my-account': { status: 400, body: { message: 'Unterminated string' } } });
    await expect(client().request('/api/my-account/nope')).rejects.toMatchObject({ status: 404, code: undefined, message: 'Not Found' });
    await expect(client().request('/api/my-account', { method: 'PATCH', body: {} })).rejects.toMatchObject({ status: 400, code: undefined, message: 'Unterminated string' });
  });

  it('reports network failures as client.network_error with status 0', async () => {
    fakeFetch({});
    await expect(client().request('/api/my-account')).rejects.toMatchObject({ status: 0, code: 'client.network_error' });
  });

  it('treats a 401 on the profile as a dead token and says so once', async () => {
    fakeFetch({ 'GET /api/my-account': { status: 401, body: { code: 'auth.unauthorized', message: 'Unauthorized.' } } });
    const onTokenFailure = vi.fn();
    await expect(client({ onTokenFailure }).request('/api/my-account')).rejects.toMatchObject({ isTokenFailure: true });
    expect(onTokenFailure).toHaveBeenCalledTimes(1);
  });

  it('tells a missing scope from a dead token by asking the profile', async () => {
    const calls = fakeFetch({
      'GET /api/my-account/mfa-verifications': { status: 401, body: { code: 'auth.unauthorized', message: 'Unauthorized.' } },
      'GET /api/my-account': { status: 200, body: { id: 'u1' } },
    });
    const onTokenFailure = vi.fn();
    const error = await client({ onTokenFailure }).request('/api/my-account/mfa-verifications').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 401, code: 'auth.unauthorized', isTokenFailure: false });
    expect(onTokenFailure).not.toHaveBeenCalled();
    expect(calls.map((call) => new URL(call.url).pathname)).toEqual(['/api/my-account/mfa-verifications', '/api/my-account']);
  });

  it('reports a failure to get a token as a token failure without calling Logto', async () => {
    const calls = fakeFetch({});
    const onTokenFailure = vi.fn();
    const api = client({ onTokenFailure, getAccessToken: async () => Promise.reject(new Error('Refresh token not found')) });
    await expect(api.request('/api/my-account')).rejects.toMatchObject({ code: 'client.token_unavailable', isTokenFailure: true });
    expect(onTokenFailure).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(0);
  });

  it('sends no token to public endpoints', async () => {
    const calls = fakeFetch({ 'GET /api/.well-known/account-center': { status: 200, body: { enabled: true, fields: {} } } });
    await client().request('/api/.well-known/account-center', { anonymous: true });
    expect(new Headers(calls[0]!.init.headers).has('authorization')).toBe(false);
  });

  describe('uploads with progress', () => {
    /** Just enough of XMLHttpRequest to see what is sent and to answer like Logto. */
    class FakeXhr {
      static last?: FakeXhr;
      method = '';
      url = '';
      headers: Record<string, string> = {};
      body: unknown;
      status = 0;
      responseText = '';
      upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
      onload?: () => void;
      onerror?: () => void;
      onabort?: () => void;
      onloadend?: () => void;
      private contentType = '';
      constructor() {
        FakeXhr.last = this;
      }
      open(method: string, url: URL) {
        this.method = method;
        this.url = String(url);
      }
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      }
      getResponseHeader(name: string) {
        return name === 'content-type' ? this.contentType : null;
      }
      send(body: unknown) {
        this.body = body;
      }
      abort() {
        this.onabort?.();
        this.onloadend?.();
      }
      answer(status: number, body: unknown) {
        this.status = status;
        this.contentType = 'application/json; charset=utf-8';
        this.responseText = JSON.stringify(body);
        this.onload?.();
        this.onloadend?.();
      }
    }

    it('sends FormData with the token, reports progress and parses the answer', async () => {
      vi.stubGlobal('XMLHttpRequest', FakeXhr);
      FakeXhr.last = undefined;
      const progress: number[] = [];
      const form = new FormData();
      form.append('file', new Blob(['x'], { type: 'image/png' }), 'avatar.png');
      const result = client().request('/api/my-account/user-assets/avatar', { method: 'POST', body: form, onUploadProgress: (fraction) => progress.push(fraction) });
      await vi.waitFor(() => expect(FakeXhr.last?.body).toBe(form));
      const xhr = FakeXhr.last!;
      expect(xhr.method).toBe('POST');
      expect(xhr.url).toBe('https://logto.test/api/my-account/user-assets/avatar');
      expect(xhr.headers.authorization).toBe('Bearer token-1');
      // The browser sets the multipart boundary itself.
      expect(xhr.headers['content-type']).toBeUndefined();
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      xhr.answer(200, { url: 'https://cdn.test/a.webp' });
      await expect(result).resolves.toEqual({ url: 'https://cdn.test/a.webp' });
      expect(progress).toEqual([0.5, 1]);
    });

    it('turns an upload refusal into ApiError and a cancel into an abort', async () => {
      vi.stubGlobal('XMLHttpRequest', FakeXhr);
      FakeXhr.last = undefined;
      const refused = client().request('/api/my-account/user-assets/avatar', { method: 'POST', body: new FormData(), onUploadProgress: () => undefined });
      await vi.waitFor(() => expect(FakeXhr.last?.method).toBe('POST'));
      FakeXhr.last!.answer(400, { code: 'storage.not_configured', message: 'Storage provider is not configured.' });
      await expect(refused).rejects.toMatchObject({ status: 400, code: 'storage.not_configured' });

      const refusedXhr = FakeXhr.last;
      const controller = new AbortController();
      const cancelled = client().request('/api/my-account/user-assets/avatar', {
        method: 'POST',
        body: new FormData(),
        signal: controller.signal,
        onUploadProgress: () => undefined,
      });
      await vi.waitFor(() => expect(FakeXhr.last).not.toBe(refusedXhr));
      controller.abort();
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });

      // Cancelled before the upload even started.
      const early = new AbortController();
      early.abort();
      await expect(
        client().request('/api/my-account/user-assets/avatar', { method: 'POST', body: new FormData(), signal: early.signal, onUploadProgress: () => undefined }),
      ).rejects.toMatchObject({ name: 'AbortError' });
    });
  });
});
