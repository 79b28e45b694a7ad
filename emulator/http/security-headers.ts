import type { Middleware } from 'koa';

import { generateRequestId } from '../state/ids.js';

/** The helmet defaults Logto sends on every response, plus its request id. */
const staticHeaders = {
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

export const securityHeaders = (): Middleware => async (ctx, next) => {
  ctx.set(staticHeaders);
  ctx.set('logto-core-request-id', generateRequestId());
  // Logto compresses large bodies; the emulator does not, but keeps the same cache key.
  ctx.vary('Accept-Encoding');
  await next();
};
