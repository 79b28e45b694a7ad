import { setTimeout as sleep } from 'node:timers/promises';

import type { Middleware } from 'koa';

import type { FaultRegistry } from '../state/faults.js';

import { isAccountApiPath } from './cors.js';

/**
 * Applies injected faults: waits `delayMs`, then either answers with the injected status and body
 * or lets the request through. Runs after the API CORS middleware, so Account API faults keep its
 * headers; elsewhere it echoes the request origin so a browser app can read the fault.
 */
export const faultInjection = (faults: FaultRegistry): Middleware => async (ctx, next) => {
  const fault = faults.take(ctx.method, ctx.path);
  if (!fault) {
    return next();
  }
  if (fault.delayMs > 0) {
    await sleep(fault.delayMs);
  }
  if (fault.status === undefined) {
    return next();
  }

  const origin = ctx.get('origin');
  if (!isAccountApiPath(ctx.path) && origin) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Expose-Headers', '*');
    ctx.vary('Origin');
  }
  ctx.status = fault.status;
  if (fault.body !== undefined) {
    ctx.body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
    if (typeof fault.body !== 'string') {
      ctx.type = 'json';
    }
  }
};
