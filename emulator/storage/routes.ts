import fresh from 'fresh';
import type { Middleware } from 'koa';

import type { EmulatorState } from '../state/store.js';

export const storagePrefix = '/emulator-storage/';

/** Headers only Logto's own responses carry; a bucket or CDN sends none of them. */
const logtoOnlyHeaders = [
  'Cross-Origin-Resource-Policy',
  'Origin-Agent-Cluster',
  'Referrer-Policy',
  'Strict-Transport-Security',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
  'logto-core-request-id',
];

/**
 * The storage provider's public URL (`<emulator>/emulator-storage/<object key>`), answering like
 * a public bucket behind a CDN: the stored bytes with the content type Logto uploaded them with,
 * a long immutable cache lifetime (a new upload always gets a new key), an MD5 ETag with 304s,
 * and cross-origin use allowed both ways (`Cross-Origin-Resource-Policy: cross-origin` for an
 * `<img>` on a page with COEP, `Access-Control-Allow-Origin: *` for `fetch` or a canvas).
 */
export const storageRoutes =
  (state: EmulatorState): Middleware =>
  async (ctx, next) => {
    if (!ctx.path.startsWith(storagePrefix)) {
      return next();
    }
    for (const header of logtoOnlyHeaders) {
      ctx.remove(header);
    }
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');

    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, HEAD');
      const requested = ctx.get('access-control-request-headers');
      if (requested) ctx.set('Access-Control-Allow-Headers', requested);
      ctx.set('Access-Control-Max-Age', '3600');
      ctx.status = 204;
      return;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD, OPTIONS');
      ctx.status = 405;
      ctx.body = 'Method Not Allowed';
      return;
    }

    const object = state.storage.get(decodeURIComponent(ctx.path.slice(storagePrefix.length)));
    if (!object) {
      ctx.status = 404;
      ctx.body = 'Not Found';
      return;
    }
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.set('ETag', object.etag);
    ctx.set('Last-Modified', new Date(object.uploadedAt).toUTCString());
    if (fresh(ctx.req.headers, { etag: object.etag, 'last-modified': new Date(object.uploadedAt).toUTCString() })) {
      ctx.status = 304;
      return;
    }
    ctx.type = object.contentType;
    ctx.body = object.bytes;
  };
