import type { SocialConnector } from '../state/connectors.js';
import type { MockProviderStore } from '../state/mock-providers.js';
import type { TokenResponse } from '../state/token-vault.js';

/** `@logto/connector-kit` `SocialUserInfo`: what a connector returns and Logto stores as identity details. */
export type SocialUserInfo = {
  id: string;
  email?: string;
  phone?: string;
  name?: string;
  avatar?: string;
  rawData?: unknown;
};

/** What connector code may reach: the mock providers stand in for the provider's HTTP APIs. */
export type ConnectorEnv = { providers: MockProviderStore; baseUrl: string };

/**
 * The behaviour of one connector type, after the real connector's `getAuthorizationUri`,
 * `getUserInfo`, `getTokenResponseAndUserInfo` and `getAccessTokenByRefreshToken`. Methods throw
 * `ConnectorError` where the real connector would.
 */
export type SocialConnectorBehaviour = {
  authorizationUri(
    connector: SocialConnector,
    request: { state: string; redirectUri: string; scope?: string },
    env: ConnectorEnv
  ): string;
  /** `withTokens` is set when token storage is supported and enabled on the connector. */
  userInfo(
    connector: SocialConnector,
    data: Record<string, unknown>,
    env: ConnectorEnv,
    withTokens: boolean
  ): { userInfo: SocialUserInfo; tokenResponse?: TokenResponse };
  /** Absent when the connector cannot refresh (Logto's mock social connector). */
  refresh?(connector: SocialConnector, refreshToken: string, env: ConnectorEnv): TokenResponse;
};
