import etag from 'etag';
import fresh from 'fresh';
import type { Middleware } from 'koa';

/**
 * Body-hash ETag on GET 2xx responses with a body, and 304 when `If-None-Match` matches (weak
 * form, `*` and lists included). `fresh` ignores conditionals when the request says
 * `Cache-Control: no-cache`, as Koa does for Logto. HEAD, errors and other methods get none.
 */
export const bodyEtag = (): Middleware => async (ctx, next) => {
  await next();

  if (ctx.method !== 'GET' || ctx.status < 200 || ctx.status >= 300 || ctx.body == null) {
    return;
  }
  const body = ctx.body;
  let serialized: string | Buffer;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    serialized = body;
  } else if (typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe !== 'function') {
    // Koa already set the JSON content type when the object was assigned; keep it (JWKS has its own).
    serialized = JSON.stringify(body);
    ctx.body = serialized;
  } else {
    return;
  }

  const tag = etag(serialized);
  ctx.set('ETag', tag);
  if (fresh(ctx.req.headers, { etag: tag })) {
    ctx.status = 304;
  }
};
