import type { Middleware } from 'koa';

import { translate, type ErrorCode } from '../http/phrases.js';

const knownCodes = new Set<string>([
  'oidc.aborted',
  'oidc.access_denied',
  'oidc.insufficient_scope',
  'oidc.invalid_client_metadata',
  'oidc.invalid_grant',
  'oidc.invalid_issuer',
  'oidc.invalid_redirect_uri',
  'oidc.invalid_request',
  'oidc.invalid_scope',
  'oidc.invalid_target',
  'oidc.invalid_token',
  'oidc.server_error',
  'oidc.unsupported_grant_type',
  'oidc.unsupported_response_mode',
  'oidc.unsupported_response_type',
]);

type OidcErrorBody = { error: string; error_description?: string; scope?: string };

const isOidcErrorBody = (body: unknown): body is OidcErrorBody =>
  typeof body === 'object' &&
  body !== null &&
  !Array.isArray(body) &&
  typeof (body as { error?: unknown }).error === 'string' &&
  !('code' in body);

/**
 * Adds Logto's `code` (`oidc.<error>`) and `message` to every JSON error oidc-provider writes, so
 * the SDK raises `LogtoRequestError('oidc.invalid_grant', …)` rather than a generic error.
 */
export const addLogtoErrorCodes = (): Middleware => async (ctx, next) => {
  await next();
  if (ctx.status < 400 || !isOidcErrorBody(ctx.body)) {
    return;
  }
  const body = ctx.body;
  const code =
    body.error === 'invalid_request' && /session not found/i.test(body.error_description ?? '')
      ? 'session.not_found'
      : `oidc.${body.error}`;
  const message = knownCodes.has(code) || code === 'session.not_found'
    ? translate(code as ErrorCode, 'en', { ...body })
    : translate('oidc.provider_error_fallback', 'en', { code });
  ctx.body = {
    code,
    message,
    ...(body.error === 'invalid_grant' ? { error_uri: 'https://openid.sh/debug/invalid_grant' } : {}),
    ...body,
  };
};
