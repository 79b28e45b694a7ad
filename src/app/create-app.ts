import { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { isApiError } from '../api/error';
import { queryKeys } from '../api/query-keys';
import type { Account } from '../api/types';
import type { Embedding } from '../embed/embedding';
import { VerificationStore } from '../verification/store';
import { SessionController } from './auth/session';
import { sdkKey } from './auth/token-cache';
import type { AppConfig } from './config/schema';
import { loadOnce } from './load-once';
import { local } from './web-storage';

export type AppContext = {
  config: AppConfig;
  baseUrl: URL;
  queryClient: QueryClient;
  verification: VerificationStore;
  session: SessionController;
  api: ApiClient;
  embedding?: Embedding;
};

/** Only failures that may pass on their own are retried: the network and Logto's 5xx. */
const retryTransient = (failureCount: number, error: unknown) =>
  isApiError(error) && (error.status === 0 || error.status >= 500) && failureCount < 2;

export function createAppContext(config: AppConfig, baseUrl: URL, embedding?: Embedding): AppContext {
  // One SDK client for the page, created the first time something needs it.
  const loadClient = loadOnce(() =>
    import('./auth/logto-client').then(({ createLogtoClient }) => {
      // Reserved scopes off: the SDK would otherwise add `offline_access` (see schema.ts).
      const client = createLogtoClient(
        { endpoint: config.endpoint, appId: config.appId, scopes: config.scopes, includeReservedScopes: false },
        embedding?.logtoStorage,
      );
      const popup = embedding?.popup;
      // In a frame, Logto's pages open in the sign-in popup, never in the frame itself.
      if (popup) client.adapter.navigate = (url, { for: purpose }) => (purpose === 'sign-in' ? popup.navigate(url) : window.location.assign(url));
      return client;
    }),
  );

  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: retryTransient, retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000) },
      mutations: { retry: false },
    },
  });
  const verification = new VerificationStore();
  const session = new SessionController({
    appId: config.appId,
    baseUrl,
    queryClient,
    verification,
    client: loadClient,
    storage: embedding?.peekLogtoStorage ?? ((item) => local.getItem(sdkKey(config.appId, item))),
    embedding,
  });
  const hostTokens = embedding?.hostTokens;
  const api = createApiClient({
    endpoint: config.endpoint,
    // No resource: Logto's Account API only accepts the opaque, userinfo-audience token.
    getAccessToken: () => (hostTokens ? hostTokens.get() : session.accessToken()),
    onTokenFailure: session.handleTokenFailure,
    // The host hears what changed, with nothing personal beyond the user id (protocol loads with the frame).
    onChange: embedding
      ? (path) =>
          void import('../embed/protocol').then(({ changeOf }) =>
            embedding.channel.post({
              type: 'account-changed',
              change: changeOf(path),
              userId: queryClient.getQueryData<Account>(queryKeys.account())?.id,
            }),
          )
      : undefined,
  });

  return { config, baseUrl, queryClient, verification, session, api, embedding };
}
