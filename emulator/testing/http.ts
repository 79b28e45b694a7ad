import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

export type RawResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body's bytes (images from the storage URL). */
  bytes: Buffer;
  /** Parsed JSON, or `undefined` when the body is empty or not JSON. */
  json: unknown;
  header(name: string): string | undefined;
};

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  /** A string or bytes are sent as they are; URLSearchParams as a form; anything else as JSON. */
  body?: unknown;
};

/**
 * A plain `node:http` request. Unlike `fetch` (undici), it adds no `Cache-Control: no-cache` when
 * `If-None-Match` is set, so conditional requests behave like the recordings.
 */
export const request = (url: string | URL, { method = 'GET', headers = {}, body }: RequestOptions = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    const target = new URL(url);
    let payload: string | Uint8Array | undefined;
    const finalHeaders: Record<string, string> = { ...headers };
    const hasHeader = (name: string) =>
      Object.keys(finalHeaders).some((key) => key.toLowerCase() === name.toLowerCase());

    if (body instanceof URLSearchParams) {
      payload = body.toString();
      if (!hasHeader('content-type')) {
        finalHeaders['Content-Type'] = 'application/x-www-form-urlencoded';
      }
    } else if (typeof body === 'string' || body instanceof Uint8Array) {
      payload = body;
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      if (!hasHeader('content-type')) {
        finalHeaders['Content-Type'] = 'application/json';
      }
    }
    if (payload !== undefined) {
      finalHeaders['Content-Length'] = String(typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);
    }

    const req = httpRequest(
      target,
      { method, headers: finalHeaders, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString('utf8');
          let json: unknown;
          try {
            json = text ? (JSON.parse(text) as unknown) : undefined;
          } catch {
            json = undefined;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            bytes,
            json,
            header: (name) => {
              const value = res.headers[name.toLowerCase()];
              return Array.isArray(value) ? value.join(', ') : value;
            },
          });
        });
        res.on('error', reject);
      }
    );
    req.on('error', reject);
    if (payload !== undefined) {
      req.write(payload);
    }
    req.end();
  });

type Cookie = { name: string; value: string; path: string; expires?: number };

/** Just enough of a browser cookie jar for one host: path scoping, replacement, deletion. */
export class CookieJar {
  #cookies: Cookie[] = [];

  capture(url: URL, setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
      let expires: number | undefined;
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') {
          path = attributeValue;
        } else if (key.toLowerCase() === 'expires') {
          expires = Date.parse(attributeValue);
        } else if (key.toLowerCase() === 'max-age') {
          expires = Date.now() + Number(attributeValue) * 1000;
        }
      }
      this.#cookies = this.#cookies.filter((cookie) => !(cookie.name === name && cookie.path === path));
      if (value && (expires === undefined || expires > Date.now())) {
        this.#cookies.push({ name, value, path, expires });
      }
    }
  }

  headerFor(url: URL): string | undefined {
    const matching = this.#cookies.filter(
      (cookie) =>
        (cookie.expires === undefined || cookie.expires > Date.now()) &&
        (url.pathname === cookie.path ||
          url.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`))
    );
    return matching.length > 0
      ? matching.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ')
      : undefined;
  }

  clear(): void {
    this.#cookies = [];
  }
}
