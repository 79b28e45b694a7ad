import type { Context, Middleware } from 'koa';
import type Provider from 'oidc-provider';

import type { EmulatorState } from '../state/store.js';
import { provesIdentity } from '../state/verification-records.js';

import { setAuth } from './context.js';
import { RequestError } from './request-error.js';

export const verificationIdHeader = 'logto-verification-id';

const unauthorized = () => new RequestError({ code: 'auth.unauthorized', status: 401 });

/**
 * The `Authorization` header, checked the way both of Logto's APIs check it first: present, and
 * starting with `Bearer` (case-sensitive, nothing more), else 401 with Logto's codes.
 */
export function bearerHeader(ctx: Context): string {
  const authorization = ctx.get('authorization');
  if (!authorization) {
    throw new RequestError({ code: 'auth.authorization_header_missing', status: 401 });
  }
  if (!authorization.startsWith('Bearer')) {
    throw new RequestError(
      { code: 'auth.authorization_token_type_not_supported', status: 401 },
      { supportedTypes: ['Bearer'] }
    );
  }
  return authorization;
}

/**
 * Logto's Account API auth: a case-sensitive `Bearer` opaque access token found through
 * `provider.AccessToken.find` (so expired, revoked and session-ended tokens fail), carrying an
 * account and the `openid` scope; then the step-up header is evaluated.
 */
export const accountApiAuth =
  ({ provider, state }: { provider: Provider; state: EmulatorState }): Middleware =>
  async (ctx, next) => {
    const authorization = bearerHeader(ctx);

    const value = authorization.slice('Bearer'.length).trim();
    const token = value ? await provider.AccessToken.find(value).catch(() => undefined) : undefined;
    if (!token) {
      throw unauthorized();
    }
    const { accountId, scopes } = token;
    if (!accountId) {
      throw unauthorized();
    }
    if (!scopes.has('openid')) {
      throw new RequestError({ code: 'auth.forbidden', status: 403 });
    }

    const verificationId = ctx.get(verificationIdHeader);
    const record = verificationId ? state.verificationRecords.findActive(verificationId) : undefined;

    setAuth(ctx, {
      userId: accountId,
      clientId: token.clientId,
      scopes,
      identityVerified: provesIdentity(record, accountId),
      sessionUid: token.sessionUid,
    });
    await next();
  };
