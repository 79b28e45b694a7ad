import { z } from 'zod';

import type { ProviderAccount } from '../state/mock-providers.js';
import type { TokenResponse } from '../state/token-vault.js';

import { ConnectorError } from './connector-error.js';
import type { ConnectorEnv, SocialConnectorBehaviour, SocialUserInfo } from './types.js';

/** Google's token endpoint error bodies are pretty-printed JSON, sent with HTTP 400. */
const googleErrorBody = (error: string) =>
  JSON.stringify({ error, error_description: 'Bad Request' }, null, 2);

/**
 * The connector turns any HTTP error of Google's (other than 401) into `general` with the raw
 * body JSON-encoded once more, as `got` hands it over as a string.
 */
const httpError = (error: string) => new ConnectorError('general', JSON.stringify(googleErrorBody(error)));

const authResponseGuard = z.object({ code: z.string(), redirectUri: z.string() });

/** `https://openidconnect.googleapis.com/v1/userinfo` for the account. */
const userInfoOf = (account: ProviderAccount): SocialUserInfo => {
  const rawData = {
    sub: account.id,
    ...(account.name ? { name: account.name } : {}),
    ...(account.avatar ? { picture: account.avatar } : {}),
    ...(account.email ? { email: account.email, email_verified: true } : {}),
  };
  return {
    id: account.id,
    ...(account.avatar ? { avatar: account.avatar } : {}),
    ...(account.email ? { email: account.email } : {}),
    ...(account.name ? { name: account.name } : {}),
    rawData,
  };
};

/** Google access tokens live an hour; no refresh token without `access_type=offline`. */
const issueTokens = (env: ConnectorEnv, accountId: string, scope?: string): TokenResponse =>
  env.providers.issueTokens('google', accountId, { scope, expiresIn: 3599, tokenType: 'Bearer', accessPrefix: 'ya29.' });

/**
 * The emulator's mock Google, after Logto's Google connector: the consent page at
 * `/mock-social/google/authorize` issues codes, bound to the client and redirect URI. A callback
 * without `code` and `redirectUri` (a refusal included) is a `general` connector error (500).
 */
export const googleBehaviour: SocialConnectorBehaviour = {
  authorizationUri(connector, { state, redirectUri, scope }, env) {
    const query = new URLSearchParams({
      client_id: connector.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      state,
      scope: scope ?? connector.scope ?? 'openid profile email',
      prompt: 'select_account',
    });
    return `${env.baseUrl}/mock-social/google/authorize?${query.toString()}`;
  },

  userInfo(connector, data, env, withTokens) {
    const parsed = authResponseGuard.safeParse(data);
    if (!parsed.success) {
      throw new ConnectorError('general', JSON.stringify(data));
    }
    const { code, redirectUri } = parsed.data;
    const grant = env.providers.redeemCode('google', decodeURIComponent(code));
    if (!grant || grant.clientId !== connector.clientId) {
      throw httpError('invalid_grant');
    }
    if (grant.redirectUri !== redirectUri) {
      throw httpError('redirect_uri_mismatch');
    }
    const tokenResponse = issueTokens(env, grant.account.id, grant.scope);
    return { userInfo: userInfoOf(grant.account), ...(withTokens ? { tokenResponse } : {}) };
  },

  refresh(_connector, refreshToken, env) {
    const grant = env.providers.takeRefreshGrant('google', refreshToken);
    if (!grant) {
      throw httpError('invalid_grant');
    }
    // Google does not rotate refresh tokens: the same one keeps working.
    env.providers.registerRefreshToken('google', refreshToken, grant.accountId, grant.scope);
    return issueTokens(env, grant.accountId, grant.scope);
  },
};
