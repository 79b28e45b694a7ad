import type { LogtoConfig } from '@logto/react';
import { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { isApiError } from '../api/error';
import { VerificationStore } from '../verification/store';
import type { Embedding } from '../embed/embedding';
import { changeOf } from '../embed/protocol';
import { queryKeys } from '../api/query-keys';
import type { Account } from '../api/types';
import { capturingClientClass, type LogtoClient } from './auth/logto-client';
import { SessionController } from './auth/session';
import type { AppConfig } from './config/schema';

export type AppContext = {
  config: AppConfig;
  baseUrl: URL;
  queryClient: QueryClient;
  verification: VerificationStore;
  session: SessionController;
  api: ApiClient;
  logtoConfig: LogtoConfig;
  LogtoClientClass: typeof LogtoClient;
  embedding?: Embedding;
};

/** Only failures that may pass on their own are retried: the network and Logto's 5xx. */
const retryTransient = (failureCount: number, error: unknown) =>
  isApiError(error) && (error.status === 0 || error.status >= 500) && failureCount < 2;

export function createAppContext(config: AppConfig, baseUrl: URL, embedding?: Embedding): AppContext {
  let logtoClient: LogtoClient | undefined;
  const LogtoClientClass = capturingClientClass((client) => {
    logtoClient = client;
    const popup = embedding?.popup;
    // In a frame, Logto's pages open in the sign-in popup, never in the frame itself.
    if (popup) client.adapter.navigate = (url, { for: purpose }) => (purpose === 'sign-in' ? popup.navigate(url) : window.location.assign(url));
  }, embedding?.logtoStorage);
  const client = () => {
    if (!logtoClient) throw new Error('The Logto client has not been created yet.');
    return logtoClient;
  };

  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: retryTransient, retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000) },
      mutations: { retry: false },
    },
  });
  const verification = new VerificationStore();
  const session = new SessionController({ appId: config.appId, baseUrl, queryClient, verification, client, embedding });
  const hostTokens = embedding?.hostTokens;
  const api = createApiClient({
    endpoint: config.endpoint,
    // No resource: Logto's Account API only accepts the opaque, userinfo-audience token.
    getAccessToken: () => (hostTokens ? hostTokens.get() : client().getAccessToken()),
    onTokenFailure: session.handleTokenFailure,
    // The host hears what changed, with nothing personal beyond the user id.
    onChange: embedding
      ? (path) =>
          embedding.channel.post({
            type: 'account-changed',
            change: changeOf(path),
            userId: queryClient.getQueryData<Account>(queryKeys.account())?.id,
          })
      : undefined,
  });

  return {
    config,
    baseUrl,
    queryClient,
    verification,
    session,
    api,
    // Reserved scopes off: the SDK would otherwise add `offline_access` (see schema.ts).
    logtoConfig: { endpoint: config.endpoint, appId: config.appId, scopes: config.scopes, includeReservedScopes: false },
    LogtoClientClass,
    embedding,
  };
}
