import type { JsonWebKey } from 'node:crypto';

import type { Middleware } from 'koa';

import { managementApiIndicator, managementApiScope } from '../state/m2m-clients.js';

import { bearerHeader } from './auth.js';
import { JwtVerificationError, verifyJwt } from './jwt-verify.js';
import { RequestError } from './request-error.js';

export type ManagementAuthOptions = {
  issuer: string;
  /** The tenant's public signing keys. */
  keys: Array<JsonWebKey & { kid?: string }>;
};

type ManagementState = { managementAuth?: { type: 'app' | 'user'; id: string } };

/**
 * Logto's `koaAuth` for the Management API: a `Bearer` JWT signed by the tenant, issued by its
 * `/oidc`, for the Management API indicator, with `sub`; then the `all` scope (403 without it).
 * Unlike the Account API, opaque user tokens fail at JWT parsing (`ERR_JWS_INVALID` in `data`).
 */
export const managementApiAuth =
  ({ issuer, keys }: ManagementAuthOptions): Middleware =>
  async (ctx, next) => {
    const authorization = bearerHeader(ctx);

    let payload: Record<string, unknown>;
    try {
      // Logto drops `Bearer` and the one character after it.
      payload = verifyJwt(authorization.slice('Bearer'.length + 1), {
        keys,
        issuer,
        audience: managementApiIndicator,
      });
    } catch (error) {
      if (error instanceof JwtVerificationError) {
        throw new RequestError({ code: 'auth.unauthorized', status: 401 }, error.data);
      }
      throw error;
    }

    const { sub, client_id: clientId, scope } = payload;
    if (typeof sub !== 'string' || !sub) {
      throw new RequestError({ code: 'auth.jwt_sub_missing', status: 401 });
    }
    if (scope !== undefined && typeof scope !== 'string') {
      // Logto's zod parse of `scope` fails inside its try block (its `data`, the zod error, is left out).
      throw new RequestError({ code: 'auth.unauthorized', status: 401 });
    }
    if (!(scope ?? '').split(' ').includes(managementApiScope)) {
      throw new RequestError({ code: 'auth.forbidden', status: 403 });
    }
    (ctx.state as ManagementState).managementAuth = { type: sub === clientId ? 'app' : 'user', id: sub };
    await next();
  };
