import LogtoClient from '@logto/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { logtoMemoryStorage, peekLogtoMemory } from '../../embed/logto-memory-storage';
import { cachedAccessToken, hasStoredSignIn, sdkKey, type SdkItem } from './token-cache';

const appId = 'app';
const read = (item: SdkItem) => localStorage.getItem(sdkKey(appId, item));

/** The SDK's own writes, through its own (privately typed) methods: the format this module reads. */
type Internals = {
  accessTokenMap: Map<string, { token: string; scope: string; expiresAt: number }>;
  saveAccessTokenMap(): Promise<void>;
  setIdToken(token: string | null): Promise<void>;
  clearAllTokens(): Promise<void>;
};

afterEach(() => localStorage.clear());

describe('the SDK’s token cache, read without the SDK', () => {
  it('reads what the installed @logto/browser writes for the Account API token', async () => {
    const client = new LogtoClient({ endpoint: 'https://logto.test', appId }) as unknown as Internals;
    expect(hasStoredSignIn(read)).toBe(false);
    expect(cachedAccessToken(read)).toBeUndefined();

    await client.setIdToken('header.payload.signature');
    client.accessTokenMap.set('@', { token: 'opaque-token', scope: 'openid profile', expiresAt: Math.floor(Date.now() / 1000) + 3600 });
    await client.saveAccessTokenMap();
    expect(hasStoredSignIn(read)).toBe(true);
    expect(cachedAccessToken(read)).toBe('opaque-token');

    await client.clearAllTokens();
    expect(hasStoredSignIn(read)).toBe(false);
    expect(cachedAccessToken(read)).toBeUndefined();
  });

  it('treats a token near its expiry, another resource’s token or garbage as not cached', () => {
    const now = Date.now();
    localStorage.setItem(`logto:${appId}:accessToken`, JSON.stringify({ '@': { token: 't', scope: '', expiresAt: now / 1000 + 20 } }));
    expect(cachedAccessToken(read, now)).toBeUndefined();
    localStorage.setItem(`logto:${appId}:accessToken`, JSON.stringify({ '@https://api.test': { token: 't', scope: '', expiresAt: now / 1000 + 3600 } }));
    expect(cachedAccessToken(read, now)).toBeUndefined();
    localStorage.setItem(`logto:${appId}:accessToken`, '{not json');
    expect(cachedAccessToken(read, now)).toBeUndefined();
  });

  it('reads a framed copy’s memory storage the same way, by the SDK’s own item names', async () => {
    expect(hasStoredSignIn(peekLogtoMemory)).toBe(false);
    await logtoMemoryStorage.setItem('idToken', 'header.payload.signature');
    expect(hasStoredSignIn(peekLogtoMemory)).toBe(true);
    await logtoMemoryStorage.removeItem('idToken');
    expect(hasStoredSignIn(peekLogtoMemory)).toBe(false);
  });
});
