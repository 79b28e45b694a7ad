import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VerificationStore } from '../../verification/store';
import { idTokenStorageKey } from './id-token';
import type { LogtoClient } from './logto-client';
import type { Embedding } from '../../embed/embedding';
import { setActiveLocale } from '../../i18n/active-locale';
import { SessionController } from './session';
import { peekNotice } from './session-storage';

const appId = 'app';
const baseUrl = new URL('https://account.test/');
const jwt = (sub: string) => `header.${btoa(JSON.stringify({ sub })).replace(/=+$/, '')}.signature`;

function setup(embedding?: Embedding) {
  const client = {
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    clearAllTokens: vi.fn(async () => undefined),
  };
  const queryClient = new QueryClient();
  const verification = new VerificationStore();
  const navigation = { assign: vi.fn(), reload: vi.fn() };
  const session = new SessionController({
    appId,
    baseUrl,
    queryClient,
    verification,
    client: async () => client as unknown as LogtoClient,
    storage: (item) => localStorage.getItem(`logto:${appId}:${item}`),
    navigation,
    embedding,
  });
  queryClient.setQueryData(['account-center', 'my-account'], { id: 'previous-user' });
  verification.save({ verificationRecordId: 'vid', expiresAt: new Date(Date.now() + 600_000).toISOString() });
  return { client, queryClient, verification, navigation, session };
}

/** The SDK loads on demand, so what the session asks of it happens a few microtasks later. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

const forgets = ({ queryClient, verification }: ReturnType<typeof setup>) => {
  expect(queryClient.getQueryData(['account-center', 'my-account'])).toBeUndefined();
  expect(verification.current()).toBeUndefined();
};

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.useRealTimers());

describe('SessionController', () => {
  it('answers a dead token by forgetting the user and trying a silent sign-in', async () => {
    const context = setup();
    context.session.handleTokenFailure();
    forgets(context);
    expect(context.session.getStatus()).toBe('redirecting');
    await settled();
    expect(context.client.signIn).toHaveBeenCalledWith({ redirectUri: 'https://account.test/callback', prompt: 'none', extraParams: { ui_locales: 'en' } });
  });

  it('stops instead of looping when the new token fails again within a minute', async () => {
    const context = setup();
    context.session.handleTokenFailure();
    context.session.completeSignIn();
    expect(context.session.getStatus()).toBe('active');
    context.session.handleTokenFailure();
    expect(context.session.getStatus()).toBe('reauth-failed');
    await settled();
    expect(context.client.signIn).toHaveBeenCalledTimes(1);
  });

  it('tries again once the window has passed', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), toFake: ['Date'] });
    const context = setup();
    context.session.handleTokenFailure();
    context.session.completeSignIn();
    vi.setSystemTime(new Date('2026-11-22T10:01:01Z'));
    context.session.handleTokenFailure();
    await settled();
    expect(context.client.signIn).toHaveBeenCalledTimes(2);
  });

  it('lets a sign-in the user asks for start a fresh episode', async () => {
    const context = setup();
    context.session.handleTokenFailure();
    context.session.completeSignIn();
    context.session.handleTokenFailure();
    expect(context.session.getStatus()).toBe('reauth-failed');
    await context.session.signIn({ returnTo: '/profile' });
    context.session.completeSignIn();
    context.session.handleTokenFailure();
    await settled();
    expect(context.client.signIn).toHaveBeenLastCalledWith({ redirectUri: 'https://account.test/callback', prompt: 'none', extraParams: { ui_locales: 'en' } });
  });

  it('after a silent attempt finds no Logto session, asks the user to sign in', async () => {
    const context = setup();
    context.session.handleTokenFailure();
    expect(context.session.isSilentReauth()).toBe(true);
    await context.session.continueInteractively();
    expect(context.session.isSilentReauth()).toBe(false);
    expect(context.client.signIn).toHaveBeenLastCalledWith({ redirectUri: 'https://account.test/callback', prompt: 'consent', extraParams: { ui_locales: 'en' } });
  });

  it('opens Logto’s sign-in page in the language this page is in', async () => {
    const context = setup();
    setActiveLocale('ar');
    await context.session.signIn();
    setActiveLocale('en');
    expect(context.client.signIn).toHaveBeenLastCalledWith(expect.objectContaining({ extraParams: { ui_locales: 'ar' } }));
  });

  it('signs out with Logto’s end-session page', async () => {
    const context = setup();
    await context.session.signOut();
    forgets(context);
    expect(context.client.signOut).toHaveBeenCalledWith('https://account.test/');
    expect(context.session.getStatus()).toBe('signing-out');
  });

  it('after this device’s session was revoked, signs out locally and says so, without visiting Logto', async () => {
    const context = setup();
    await context.session.signOut({ sessionEnded: true });
    forgets(context);
    expect(context.client.clearAllTokens).toHaveBeenCalled();
    expect(context.client.signOut).not.toHaveBeenCalled();
    expect(context.navigation.assign).toHaveBeenCalledWith('https://account.test/');
    expect(peekNotice()).toBe('signed-out-here');
    // A dead token noticed while leaving starts no sign-in of its own.
    context.session.handleTokenFailure();
    await settled();
    expect(context.client.signIn).not.toHaveBeenCalled();
  });

  it('knows someone is signed in, and uses the SDK’s cached token, without loading the SDK', async () => {
    const context = setup();
    const load = vi.fn(async () => context.client as unknown as LogtoClient);
    const session = new SessionController({
      appId,
      baseUrl,
      queryClient: context.queryClient,
      verification: context.verification,
      client: load,
      storage: (item) => localStorage.getItem(`logto:${appId}:${item}`),
      navigation: context.navigation,
    });
    expect(session.isSignedIn()).toBe(false);
    localStorage.setItem(idTokenStorageKey(appId), jwt('alice'));
    localStorage.setItem(`logto:${appId}:accessToken`, JSON.stringify({ '@': { token: 'cached', scope: '', expiresAt: Date.now() / 1000 + 3600 } }));
    expect(session.isSignedIn()).toBe(true);
    await expect(session.accessToken()).resolves.toBe('cached');
    expect(load).not.toHaveBeenCalled();
    localStorage.clear();
  });

  it('asks the SDK when the cached token is about to expire', async () => {
    const context = setup();
    const getAccessToken = vi.fn(async () => 'fresh');
    const session = new SessionController({
      appId,
      baseUrl,
      queryClient: context.queryClient,
      verification: context.verification,
      client: async () => ({ getAccessToken }) as unknown as LogtoClient,
      storage: (item) => localStorage.getItem(`logto:${appId}:${item}`),
      navigation: context.navigation,
    });
    localStorage.setItem(`logto:${appId}:accessToken`, JSON.stringify({ '@': { token: 'stale', scope: '', expiresAt: Date.now() / 1000 + 10 } }));
    await expect(session.accessToken()).resolves.toBe('fresh');
    localStorage.clear();
  });

  it('clears everything on every successful sign-in', () => {
    const context = setup();
    context.session.completeSignIn();
    forgets(context);
  });

  describe('other tabs', () => {
    const storageEvent = (oldValue: string | null, newValue: string | null, key: string | null = idTokenStorageKey(appId)) =>
      window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }));

    it('resets to the start page when another tab signs out', () => {
      const context = setup();
      const stop = context.session.watchOtherTabs();
      storageEvent(jwt('alice'), null);
      forgets(context);
      expect(context.navigation.assign).toHaveBeenCalledWith('https://account.test/');
      expect(peekNotice()).toBe('signed-out-elsewhere');
      stop();
    });

    it('reloads as the new user when another tab signs in as someone else', () => {
      const context = setup();
      const stop = context.session.watchOtherTabs();
      storageEvent(jwt('alice'), jwt('bob'));
      forgets(context);
      expect(context.navigation.reload).toHaveBeenCalled();
      stop();
    });

    it('ignores a new ID token for the same user and unrelated keys', () => {
      const context = setup();
      const stop = context.session.watchOtherTabs();
      storageEvent(jwt('alice'), jwt('alice'));
      storageEvent(null, 'x', 'some-other-key');
      expect(context.navigation.reload).not.toHaveBeenCalled();
      expect(context.navigation.assign).not.toHaveBeenCalled();
      expect(context.queryClient.getQueryData(['account-center', 'my-account'])).toEqual({ id: 'previous-user' });
      stop();
    });

    it('treats clearing all storage as a sign-out', () => {
      const context = setup();
      const stop = context.session.watchOtherTabs();
      storageEvent(null, null, null);
      expect(context.navigation.assign).toHaveBeenCalled();
      stop();
    });
  });

  describe('in a host’s iframe', () => {
    const framed = (hostTokens?: { clear: () => void }) => {
      const channel = { post: vi.fn() };
      return { channel, embedding: { channel, hostTokens, logtoStorage: new Map() } as unknown as Embedding };
    };

    it('signs out locally, tells the host, and reloads in place instead of visiting Logto', async () => {
      const { channel, embedding } = framed();
      const context = setup(embedding);
      await context.session.signOut();
      forgets(context);
      expect(channel.post).toHaveBeenCalledWith({ type: 'signed-out' });
      expect(context.client.clearAllTokens).toHaveBeenCalled();
      expect(context.client.signOut).not.toHaveBeenCalled();
      expect(context.navigation.reload).toHaveBeenCalled();
      expect(context.navigation.assign).not.toHaveBeenCalled();
    });

    it('in host-token mode drops the host’s token and shows the signed-out state without navigating', async () => {
      const hostTokens = { clear: vi.fn() };
      const { channel, embedding } = framed(hostTokens);
      const context = setup(embedding);
      await context.session.signOut();
      expect(hostTokens.clear).toHaveBeenCalled();
      expect(channel.post).toHaveBeenCalledWith({ type: 'signed-out' });
      expect(context.session.getStatus()).toBe('signed-out');
      expect(context.navigation.reload).not.toHaveBeenCalled();
      expect(context.client.clearAllTokens).not.toHaveBeenCalled();
    });

    it('answers a dead token with an error to the host and a sign-in from a click, never a redirect', () => {
      const { channel, embedding } = framed();
      const context = setup(embedding);
      context.session.handleTokenFailure();
      expect(channel.post).toHaveBeenCalledWith({ type: 'error', code: 'session_expired' });
      expect(context.session.getStatus()).toBe('reauth-failed');
      expect(context.client.signIn).not.toHaveBeenCalled();
    });
  });
});
