import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';
import type { TokenResponse } from '../state/token-vault.js';

/**
 * Logto's `ssoConnectors.refreshTokenSetSecret` against the emulator's mock IdP: the connector
 * must exist (404) and have token storage on (422); the IdP honours refresh tokens it issued or
 * that the control API registered, rotating them.
 */
export const refreshSsoToken = (state: EmulatorState, connectorId: string, refreshToken: string): TokenResponse => {
  const connector = state.connectors.sso(connectorId);
  if (!connector) {
    throw new RequestError({ code: 'connector.not_found', status: 404 });
  }
  if (!connector.enableTokenStorage) {
    throw new RequestError({ code: 'connector.token_storage_not_supported', status: 422 });
  }
  const grant = state.mockProviders.takeRefreshGrant(connector.id, refreshToken);
  if (!grant) {
    // Not recorded: what an OIDC IdP's refusal looks like through Logto is an approximation.
    throw new RequestError('connector.invalid_response');
  }
  return state.mockProviders.issueTokens(connector.id, grant.accountId, {
    scope: grant.scope,
    expiresIn: 3600,
    tokenType: 'Bearer',
    accessPrefix: 'acme_at_',
    refreshPrefix: 'acme_rt_',
  });
};
