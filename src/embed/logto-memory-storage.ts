import type { Storage } from '@logto/browser';

type Key = Parameters<Storage<string>['getItem']>[0];

/**
 * The Logto SDK's storage for a framed copy: memory, shared by every client instance of the page.
 * A frame on another site may be denied browser storage, and its tokens are best not kept beyond
 * the page anyway; the sign-in popup makes signing in again quick while the Logto session lives.
 */
const items = new Map<string, string>();

/** The same items, read synchronously (see app/auth/token-cache.ts). */
export const peekLogtoMemory = (key: string) => items.get(key) ?? null;

export const logtoMemoryStorage: Storage<Key> = {
  getItem: async (key) => items.get(key) ?? null,
  setItem: async (key, value) => void items.set(key, value),
  removeItem: async (key) => void items.delete(key),
};
