import type { LogtoConfig } from '@logto/react';
import { QueryClient } from '@tanstack/react-query';
import { createApiClient, type ApiClient } from '../api/client';
import { isApiError } from '../api/error';
import { VerificationStore } from '../verification/store';
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
};

/** Only failures that may pass on their own are retried: the network and Logto's 5xx. */
const retryTransient = (failureCount: number, error: unknown) =>
  isApiError(error) && (error.status === 0 || error.status >= 500) && failureCount < 2;

export function createAppContext(config: AppConfig, baseUrl: URL): AppContext {
  let logtoClient: LogtoClient | undefined;
  const LogtoClientClass = capturingClientClass((client) => {
    logtoClient = client;
  });
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
  const session = new SessionController({ appId: config.appId, baseUrl, queryClient, verification, client });
  const api = createApiClient({
    endpoint: config.endpoint,
    // No resource: Logto's Account API only accepts the opaque, userinfo-audience token.
    getAccessToken: () => client().getAccessToken(),
    onTokenFailure: session.handleTokenFailure,
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
  };
}
