import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiProvider';
import type { ApiClient, RequestOptions } from '../api/client';
import { ApiError } from '../api/error';
import { BaseProviders } from '../app/BaseProviders';
import { parseConfig, type AppConfig } from '../app/config/schema';
import { ConfigProvider } from '../app/ConfigProvider';
import type { SessionController } from '../app/auth/session';
import { SessionProvider } from '../app/auth/SessionProvider';
import { VerificationStore } from '../verification/store';
import { VerificationProvider } from '../verification/VerificationProvider';

export type Handler = (path: string, options: RequestOptions) => unknown;

/** A stand-in for Logto: each call goes to `handler`, which returns a body or throws an ApiError. */
export function fakeApi(handler: Handler) {
  const request = vi.fn(async (path: string, options: RequestOptions = {}) => handler(path, options));
  return { client: { request } as unknown as ApiClient, request };
}

export const logtoError = (status: number, code: string, message = code, data?: unknown) =>
  new ApiError({ status, code, message, data });

export function testConfig(overrides: Record<string, unknown> = {}): AppConfig {
  const result = parseConfig({ endpoint: 'https://logto.test', appId: 'app', publicSettings: 'skip', ...overrides });
  if (!result.ok) throw new Error(`Bad test config: ${JSON.stringify(result.problems)}`);
  return result.config;
}

/** The parts of the session a page may call; what they did is on the mocks. */
export const fakeSession = () => ({
  signOut: vi.fn(async () => undefined),
  watchOtherTabs: () => () => undefined,
  signedInName: () => undefined,
});

export function renderWithApp(ui: ReactNode, { api, config = testConfig() }: { api: ApiClient; config?: AppConfig }) {
  const session = fakeSession();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const verification = new VerificationStore();
  const result = render(
    <BaseProviders theme="light" locale="en">
      <ConfigProvider value={{ config, baseUrl: new URL('https://account.test/') }}>
        <QueryClientProvider client={queryClient}>
          <ApiProvider client={api}>
            <VerificationProvider store={verification}>
              <SessionProvider session={session as unknown as SessionController}>
                <MemoryRouter>{ui}</MemoryRouter>
              </SessionProvider>
            </VerificationProvider>
          </ApiProvider>
        </QueryClientProvider>
      </ConfigProvider>
    </BaseProviders>,
  );
  return { ...result, queryClient, verification, session };
}
