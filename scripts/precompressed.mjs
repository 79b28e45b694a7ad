// Serves the build's `.br`/`.gz` files for its assets, as the nginx recipe does with
// `brotli_static`/`gzip_static` (deploy/nginx): the end-to-end tests and the bench then load exactly
// the bytes a deployment sends, and a broken precompressed file fails them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Brotli first: smaller, and what browsers offer over HTTPS.
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A Vite plugin for `vite preview`, given the served folder and the headers every answer carries. */
export function servePrecompressed(root, headers = {}) {
  return {
    name: 'serve-precompressed',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        const at = pathname.indexOf('/assets/');
        const type = types[pathname.slice(pathname.lastIndexOf('.'))];
        if ((req.method !== 'GET' && req.method !== 'HEAD') || at < 0 || !type || pathname.includes('..')) return next();
        const accepted = String(req.headers['accept-encoding'] ?? '');
        const file = join(root, pathname.slice(at));
        const encoding = encodings.find(({ name, suffix }) => accepted.includes(name) && existsSync(file + suffix));
        if (!encoding) return next();
        const body = readFileSync(file + encoding.suffix);
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': encoding.name, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
  };
}
