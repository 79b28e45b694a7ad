import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import { queryKeys } from '../api/query-keys';
import type { AppContext } from './create-app';
import { startFirstQueries } from './first-queries';
import { parseConfig } from './config/schema';

const early = vi.hoisted(() => ({ account: undefined as Promise<unknown> | undefined }));
vi.mock('./boot/early-requests', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./boot/early-requests')>()),
  takeEarlyRead: (name: string) => (name === 'account' ? early.account : undefined),
}));

function context({ signedIn = true, config = {} as Record<string, unknown> } = {}) {
  const request = vi.fn(async (path: string, _options?: { base?: string }) => ({ path }));
  const parsed = parseConfig({ endpoint: 'https://logto.test', appId: 'app', publicSettings: 'skip', ...config });
  if (!parsed.ok) throw new Error('bad config');
  const queryClient = new QueryClient();
  return {
    request,
    queryClient,
    value: {
      config: parsed.config,
      baseUrl: new URL('https://account.test/account/'),
      queryClient,
      api: { request } as unknown as ApiClient,
      session: { isSignedIn: () => signedIn },
    } as unknown as AppContext,
  };
}

const at = (path: string) => ({ pathname: path, origin: 'https://account.test' }) as Location;
const asked = (request: ReturnType<typeof context>['request']) =>
  request.mock.calls.map(([path, options]) => (options?.base ?? '') + path).sort();

describe('the first queries', () => {
  it('asks for the account at once, and the overview’s two-step data on the start page', async () => {
    const { request, queryClient, value } = context();
    startFirstQueries(value, at('/account/'));
    expect(asked(request)).toEqual(['/api/my-account', '/api/my-account/mfa-settings', '/api/my-account/mfa-verifications']);
    // The same cache entries the pages read.
    await vi.waitFor(() => expect(queryClient.getQueryData(queryKeys.account())).toEqual({ path: '/api/my-account' }));
  });

  it('asks for the profile’s data only, and Logto’s public settings where they are readable', () => {
    const { request, value } = context({ config: { publicSettings: 'read' } });
    startFirstQueries(value, at('/account/profile'));
    expect(asked(request)).toEqual([
      '/api/my-account',
      'https://logto.test/api/.well-known/account-center',
      'https://logto.test/api/.well-known/sign-in-exp',
    ]);
  });

  it('asks this app’s host for Logto’s public settings where it forwards them', () => {
    const { request, value } = context({ config: { publicSettings: 'auto', settingsPath: 'logto-settings' } });
    startFirstQueries(value, at('/account/profile'));
    expect(asked(request)).toEqual([
      '/api/my-account',
      'https://account.test/account/logto-settings/account-center',
      'https://account.test/account/logto-settings/sign-in-exp',
    ]);
  });

  it('asks for nothing for someone about to sign in, or on the way back from Logto', () => {
    const signedOut = context({ signedIn: false });
    startFirstQueries(signedOut.value, at('/account/profile'));
    expect(signedOut.request).not.toHaveBeenCalled();
    const callback = context();
    startFirstQueries(callback.value, at('/account/callback'));
    expect(callback.request).not.toHaveBeenCalled();
  });

  it('leaves out what the tenant turned off', () => {
    const { request, value } = context({ config: { accountCenter: { enabled: true, fields: { mfa: 'Off' } } } });
    startFirstQueries(value, at('/account/security'));
    expect(asked(request)).toEqual(['/api/my-account']);
  });
});

describe('the account the boot script already asked for', () => {
  it('is the account query’s answer, with no second request', async () => {
    early.account = Promise.resolve({ id: 'early' });
    const { request, queryClient, value } = context();
    startFirstQueries(value, at('/account/profile'));
    await vi.waitFor(() => expect(queryClient.getQueryData(queryKeys.account())).toEqual({ id: 'early' }));
    expect(request).not.toHaveBeenCalled();
    early.account = undefined;
  });

  it('is asked for again the usual way when it failed', async () => {
    early.account = Promise.reject(new Error('dead token'));
    const { request, queryClient, value } = context();
    startFirstQueries(value, at('/account/profile'));
    await vi.waitFor(() => expect(queryClient.getQueryData(queryKeys.account())).toEqual({ path: '/api/my-account' }));
    expect(asked(request)).toEqual(['/api/my-account']);
    early.account = undefined;
  });
});
