import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../i18n/catalog-loaders';
import { areaChunks } from './area-chunks';
import { bootConfig, firstPagePath, startEarlyRequests, takeEarlyRead } from './early-requests';

// The areas' code is not what these tests look at: record who asks for it, download nothing.
vi.mock('./area-chunks', () => {
  const page = vi.fn(async () => ({ default: () => null }));
  return { areaChunks: { '/': page, '/security': vi.fn(page), '/connections': vi.fn(page), '/devices': vi.fn(page) } };
});

// Nor the languages' words: record which language is asked for.
vi.mock('../../i18n/catalog-loaders', () => ({ loadCatalog: vi.fn(async () => ({})) }));

const base = new URL('https://account.test/account/');
const at = (pathname: string) => ({ pathname }) as Location;
const config: Record<string, unknown> = { endpoint: 'https://logto.test', appId: 'app-1', publicSettings: 'skip' };
const account = { id: 'u1', username: 'riley' };

function storeToken(expiresAt = Date.now() / 1000 + 3600) {
  localStorage.setItem('logto:app-1:accessToken', JSON.stringify({ '@': { token: 'cached-token', expiresAt } }));
}

describe('the requests made before the app has loaded', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async (url: URL | string) =>
      String(url).endsWith('config.json')
        ? new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } })
        : new Response(JSON.stringify(account), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    for (const name of ['account', 'mfaVerifications', 'mfaSettings', 'accountCenterSettings', 'signInExperience'] as const) {
      void takeEarlyRead(name)?.catch(() => undefined);
    }
    localStorage.clear();
    vi.unstubAllGlobals();
  });

  it('reads the config once and asks for the account with the SDK’s cached token', async () => {
    storeToken();
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    const result = await bootConfig(base);
    expect(result.ok && result.config.appId).toBe('app-1');
    await expect(takeEarlyRead('account')).resolves.toEqual(account);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[1] as [URL, RequestInit];
    expect(String(url)).toBe('https://logto.test/api/my-account');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer cached-token');
    // Handed over once: the second caller asks the usual way.
    expect(takeEarlyRead('account')).toBeUndefined();
  });

  it('reads the two-step data ahead on the overview and Security, unless the tenant turned it off', async () => {
    storeToken();
    startEarlyRequests(base, { location: at('/account/'), framed: false });
    await expect(takeEarlyRead('mfaSettings')).resolves.toEqual(account);
    await expect(takeEarlyRead('mfaVerifications')).resolves.toBeDefined();
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.filter((url) => url.includes('/api/')).sort()).toEqual([
      'https://logto.test/api/my-account',
      'https://logto.test/api/my-account/mfa-settings',
      'https://logto.test/api/my-account/mfa-verifications',
    ]);

    fetchMock.mockClear();
    config.accountCenter = { enabled: true, fields: { mfa: 'Off' } };
    startEarlyRequests(base, { location: at('/account/security'), framed: false });
    await expect(takeEarlyRead('account')).resolves.toEqual(account);
    await expect(takeEarlyRead('mfaSettings')).rejects.toThrow();
    delete config.accountCenter;
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('/api/'))).toEqual(['https://logto.test/api/my-account']);
  });

  it('reads Logto’s public settings from this app’s host, without the token, where the host forwards them', async () => {
    storeToken();
    Object.assign(config, { settingsPath: 'logto-settings/', publicSettings: 'auto' });
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    await expect(takeEarlyRead('accountCenterSettings')).resolves.toBeDefined();
    await expect(takeEarlyRead('signInExperience')).resolves.toBeDefined();
    Object.assign(config, { settingsPath: undefined, publicSettings: 'skip' });
    const calls = fetchMock.mock.calls.map(([url, init]) => [String(url), new Headers((init as RequestInit).headers).has('authorization')]);
    expect(calls.filter(([url]) => String(url).includes('logto-settings')).sort()).toEqual([
      ['https://account.test/account/logto-settings/account-center', false],
      ['https://account.test/account/logto-settings/sign-in-exp', false],
    ]);
  });

  it('asks nothing without a cached token, or with one about to expire', async () => {
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    await expect(takeEarlyRead('account')).rejects.toThrow();
    storeToken(Date.now() / 1000 + 10);
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    await expect(takeEarlyRead('account')).rejects.toThrow();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes('my-account'))).toEqual([]);
  });

  it('asks nothing in a frame or on the way back from Logto', async () => {
    storeToken();
    startEarlyRequests(base, { location: at('/account/profile'), framed: true });
    expect(takeEarlyRead('account')).toBeUndefined();
    startEarlyRequests(base, { location: at('/account/callback'), framed: false });
    expect(takeEarlyRead('account')).toBeUndefined();
    startEarlyRequests(base, { location: at('/account/social-callback'), framed: false });
    expect(takeEarlyRead('account')).toBeUndefined();
    await bootConfig(base);
    expect(fetchMock.mock.calls.every(([url]) => String(url).endsWith('config.json'))).toBe(true);
  });

  it('asks nothing when the config is broken', async () => {
    storeToken();
    fetchMock.mockImplementation(async () => new Response('not json', { headers: { 'content-type': 'application/json' } }));
    startEarlyRequests(base, { location: at('/account/'), framed: false });
    await expect(takeEarlyRead('account')).rejects.toThrow();
    expect((await bootConfig(base)).ok).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asks for the opened area’s code before the config is in, signed in or not, and not for the profile', async () => {
    vi.mocked(areaChunks['/']!).mockClear();
    let answerConfig: (response: Response) => void = () => undefined;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (answerConfig = resolve)));
    startEarlyRequests(base, { location: at('/account/'), framed: false });
    expect(areaChunks['/']).toHaveBeenCalledTimes(1);
    answerConfig(new Response(JSON.stringify(config), { headers: { 'content-type': 'application/json' } }));
    await expect(takeEarlyRead('account')).rejects.toThrow();
    expect(areaChunks['/']).toHaveBeenCalledTimes(1);

    vi.mocked(areaChunks['/security']!).mockClear();
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    startEarlyRequests(base, { location: at('/account/security'), framed: true });
    expect(areaChunks['/security']).not.toHaveBeenCalled();
  });

  it('asks for the start language’s words as soon as the config is in, signed in or not, framed or not', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get');
    const boot = async (deployment: Record<string, unknown>, browser: string[], options = { location: at('/account/profile'), framed: false }) => {
      vi.mocked(loadCatalog).mockClear();
      languages.mockReturnValue(browser);
      fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify({ ...config, ...deployment }), { headers: { 'content-type': 'application/json' } }));
      startEarlyRequests(base, options);
      await bootConfig(base);
      await new Promise((resolve) => setTimeout(resolve));
      return vi.mocked(loadCatalog).mock.calls.map(([locale]) => locale);
    };
    expect(await boot({}, ['de-DE', 'en'])).toEqual(['de']);
    expect(await boot({ locale: 'fr' }, ['de-DE'])).toEqual(['fr']);
    expect(await boot({}, ['ja'], { location: at('/account/callback'), framed: true })).toEqual(['ja']);
    // English ships with the app; a broken config shows its error page in English.
    expect(await boot({}, ['en-GB'])).toEqual([]);
    expect(await boot({ locale: 'en' }, ['de-DE'])).toEqual([]);
    fetchMock.mockImplementationOnce(async () => new Response('not json', { headers: { 'content-type': 'application/json' } }));
    vi.mocked(loadCatalog).mockClear();
    startEarlyRequests(base, { location: at('/account/profile'), framed: false });
    await bootConfig(base);
    await new Promise((resolve) => setTimeout(resolve));
    expect(loadCatalog).not.toHaveBeenCalled();
    languages.mockRestore();
  });

  it('finds the route below the app’s base', () => {
    expect(firstPagePath(base, at('/account/'))).toBe('/');
    expect(firstPagePath(base, at('/account'))).toBe('/');
    expect(firstPagePath(base, at('/account/security'))).toBe('/security');
    expect(firstPagePath(new URL('https://account.test/'), at('/profile'))).toBe('/profile');
  });
});
