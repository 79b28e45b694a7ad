// What every deploy recipe does (deploy/README.md, "Live tenant settings"), for `npm start` and the
// end-to-end server: GET <base><path>account-center and …/sign-in-exp are answered with Logto's
// /api/.well-known/ ones, read server-side, where CORS does not apply. Nothing else is forwarded:
// no other path, no query string, no method but GET/HEAD, no cookie or authorization header.

export const forwardedSettings = ['account-center', 'sign-in-exp'];

/**
 * A Vite plugin for `vite` and `vite preview`.
 * @param {{ endpoint: string, path?: string }} options  the Logto endpoint, and `settingsPath` of config.json
 */
export function forwardLogtoSettings({ endpoint, path = 'logto-settings/' }) {
  const handler = (base) => async (req, res, next) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const name = pathname.startsWith(base + path) ? pathname.slice((base + path).length) : undefined;
    if (name === undefined || !forwardedSettings.includes(name)) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return res.end();
    }
    try {
      const language = req.headers['accept-language'];
      const upstream = await fetch(`${endpoint.replace(/\/+$/, '')}/api/.well-known/${name}`, {
        headers: { accept: 'application/json', ...(language ? { 'accept-language': String(language) } : {}) },
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, {
        'Content-Type': upstream.headers.get('content-type') ?? 'application/json',
        'Cache-Control': 'no-cache',
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('Logto did not answer.');
    }
  };
  return {
    name: 'forward-logto-settings',
    configureServer: (server) => void server.middlewares.use(handler(server.config.base)),
    configurePreviewServer: (server) => void server.middlewares.use(handler(server.config.base)),
  };
}
