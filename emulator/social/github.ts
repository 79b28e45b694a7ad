import { z } from 'zod';

import type { ProviderAccount } from '../state/mock-providers.js';
import type { TokenResponse } from '../state/token-vault.js';

import { ConnectorError } from './connector-error.js';
import type { ConnectorEnv, SocialConnectorBehaviour, SocialUserInfo } from './types.js';

const troubleshootingUrl =
  'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors';

/** What GitHub's token endpoint answers (with HTTP 200) for a bad, used or expired code. */
const badCodeBody = {
  error: 'bad_verification_code',
  error_description: 'The code passed is incorrect or expired.',
  error_uri: `${troubleshootingUrl}/#bad-verification-code`,
};

const badRefreshTokenBody = {
  error: 'bad_refresh_token',
  error_description: 'The refresh token passed is incorrect or expired.',
  error_uri: `${troubleshootingUrl}/#bad-refresh-token`,
};

const authResponseGuard = z.object({ code: z.string() });
const callbackErrorGuard = z.object({ error: z.string(), error_description: z.string(), error_uri: z.string() });
const accessTokenResponseGuard = z.object({
  access_token: z.string(),
  scope: z.string(),
  token_type: z.string(),
  expires_in: z.number().optional(),
  refresh_token: z.string().optional(),
});

/** GitHub user-to-server tokens with expiry on: eight hours, with a rotating refresh token. */
const issueTokens = (env: ConnectorEnv, accountId: string, scope: string) =>
  env.providers.issueTokens('github', accountId, {
    scope,
    expiresIn: 28_800,
    tokenType: 'bearer',
    accessPrefix: 'gho_',
    refreshPrefix: 'ghr_',
  });

/** The connector's check of a token endpoint body: a GitHub error body fails the guard (400). */
const parseTokenBody = (body: unknown): TokenResponse => {
  const result = accessTokenResponseGuard.safeParse(body);
  if (!result.success) {
    throw new ConnectorError('invalid_response', result.error);
  }
  return result.data;
};

/** The callback: a `code`, GitHub's error triple (`access_denied` is a refusal), or anything else. */
const codeFromCallback = (data: Record<string, unknown>): string => {
  const parsed = authResponseGuard.safeParse(data);
  if (parsed.success) {
    return parsed.data.code;
  }
  const failure = callbackErrorGuard.safeParse(data);
  if (!failure.success) {
    throw new ConnectorError('general', JSON.stringify(data));
  }
  const { error, error_description, error_uri } = failure.data;
  if (error === 'access_denied') {
    throw new ConnectorError('authorization_failed', error_description);
  }
  throw new ConnectorError('general', { error, errorDescription: error_description, error_uri });
};

/** `GET https://api.github.com/user` (+ `/user/emails`) for the account, as the connector maps it. */
const userInfoOf = (account: ProviderAccount): SocialUserInfo => {
  const userInfo = {
    login: account.id,
    id: account.id,
    name: account.name ?? null,
    email: account.email ?? null,
    avatar_url: account.avatar ?? null,
  };
  const userEmails = account.email ? [{ email: account.email, primary: true, verified: true, visibility: 'public' }] : [];
  return {
    id: account.id,
    ...(account.avatar ? { avatar: account.avatar } : {}),
    ...(account.email ? { email: account.email } : {}),
    ...(account.name ? { name: account.name } : {}),
    rawData: { userInfo, userEmails },
  };
};

/**
 * The emulator's mock GitHub, after Logto's GitHub connector: the consent page at
 * `/mock-social/github/authorize` issues codes; exchanging one gives an eight-hour token with a
 * refresh token, and the connector refreshes expired stored tokens.
 */
export const githubBehaviour: SocialConnectorBehaviour = {
  authorizationUri(connector, { state, redirectUri, scope }, env) {
    const query = new URLSearchParams({
      client_id: connector.clientId,
      redirect_uri: redirectUri,
      state,
      scope: scope ?? connector.scope ?? 'read:user',
    });
    return `${env.baseUrl}/mock-social/github/authorize?${query.toString()}`;
  },

  userInfo(connector, data, env, withTokens) {
    const code = codeFromCallback(data);
    const grant = env.providers.redeemCode('github', code);
    if (!grant || grant.clientId !== connector.clientId) {
      parseTokenBody(badCodeBody);
    }
    const { account, scope } = grant as NonNullable<typeof grant>;
    const tokenResponse = parseTokenBody(issueTokens(env, account.id, scope));
    return { userInfo: userInfoOf(account), ...(withTokens ? { tokenResponse } : {}) };
  },

  refresh(_connector, refreshToken, env) {
    const grant = env.providers.takeRefreshGrant('github', refreshToken);
    return parseTokenBody(grant ? issueTokens(env, grant.accountId, grant.scope ?? '') : badRefreshTokenBody);
  },
};
