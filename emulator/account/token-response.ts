import { RequestError } from '../http/request-error.js';
import { tokenSetFromResponse, type StoredTokenSet, type TokenResponse } from '../state/token-vault.js';

/** `{access_token, scope?, token_type?, expires_in?}`: each optional key only when it has a value. */
export const formatTokenResponse = ({ accessToken, scope, tokenType, expiresAt }: StoredTokenSet, nowSeconds: number) => {
  const expiresIn = expiresAt === undefined ? undefined : expiresAt - nowSeconds;
  return {
    access_token: accessToken,
    ...(scope ? { scope } : {}),
    ...(tokenType ? { token_type: tokenType } : {}),
    ...(expiresIn ? { expires_in: expiresIn } : {}),
  };
};

export type StoredTokenAccess = {
  tokens: StoredTokenSet;
  nowMs: number;
  /** Asks the provider for a new token; throws Logto's error when the connector cannot. */
  refresh: (refreshToken: string) => Promise<TokenResponse> | TokenResponse;
  save: (tokens: StoredTokenSet) => void;
  remove: () => void;
};

/**
 * Logto's `getAccessToken` for a stored secret: no access token is "not found"; a live token is
 * returned with `expires_in` counted from the stored expiry; an expired one is refreshed when a
 * refresh token is stored, else the secret is deleted and the caller must reconnect (401).
 */
export const readStoredAccessToken = async ({ tokens, nowMs, refresh, save, remove }: StoredTokenAccess) => {
  if (!tokens.accessToken) {
    throw new RequestError({ code: 'secrets.third_party_token_set.token_not_found', status: 404 });
  }
  const nowSeconds = Math.floor(nowMs / 1000);
  if (tokens.expiresAt === undefined || nowSeconds < tokens.expiresAt) {
    return formatTokenResponse(tokens, nowSeconds);
  }
  if (tokens.refreshToken) {
    const response = await refresh(tokens.refreshToken);
    // Providers such as Google hand out a refresh token once; keep it unless a new one came.
    const refreshed = tokenSetFromResponse({ refresh_token: tokens.refreshToken, ...response }, nowMs);
    save(refreshed);
    return formatTokenResponse(refreshed, nowSeconds);
  }
  remove();
  throw new RequestError({ code: 'secrets.third_party_token_set.access_token_expired', status: 401 });
};
