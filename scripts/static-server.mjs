// A plain static file server like GitHub Pages or a bucket: no rewrites; a missing file gets the
// site's 404.html (with status 404) when there is one. Used by the end-to-end tests to prove deep
// links work on such hosts, and to serve embedding host pages from other origins.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` at URL path `mount` (e.g. "/account/") on `host:port`. */
export function serveStatic({ root, host, port, mount = '/', headers = {} }) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://local');
    const send = (file, status) => {
      response.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(response);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      if (existsSync(page)) return send(page, 404);
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not Found');
    };
    if (!pathname.startsWith(mount)) return notFound();
    const relative = normalize(decodeURIComponent(pathname.slice(mount.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) return notFound();
    send(file, 200);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
