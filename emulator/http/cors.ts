import cors from '@koa/cors';
import type { Middleware } from 'koa';

import { isManagementPath } from './management-paths.js';

const isAccountApiPath = (path: string) =>
  path.startsWith('/api/my-account') || path.startsWith('/api/verifications');

/**
 * Logto's CORS split for `/api/*`: the Account and Verification APIs echo any origin (or `*`
 * without one) and expose every header; the other `/api` routes (the well-knowns) send nothing
 * for a foreign origin, unless `isOpen()` mimics a non-production Logto that echoes any origin.
 * Management API routes are never opened: only Logto's admin console may call them from a page.
 */
export const apiCors = ({ isOpen }: { isOpen: () => boolean }): Middleware => {
  const middleware = cors({
    origin: (ctx) => {
      const requestOrigin = ctx.get('origin');
      if (isAccountApiPath(ctx.path)) {
        return requestOrigin || '*';
      }
      if (isOpen() && !isManagementPath(ctx.path)) {
        return requestOrigin || '*';
      }
      // Logto lets only its admin-console origins through; the emulator has no admin console.
      return '';
    },
    exposeHeaders: '*',
    keepHeadersOnError: true,
  });

  return async (ctx, next) => (ctx.path.startsWith('/api/') ? middleware(ctx, next) : next());
};

export { isAccountApiPath };
