import LogtoClient, { type LogtoConfig, type Prompt, type Storage } from '@logto/browser';

export type LogtoStorage = Storage<Parameters<Storage<string>['getItem']>[0]>;

/**
 * Logto's browser SDK, loaded on demand: a signed-in user whose cached token is still good never
 * needs it to see their data (see token-cache.ts), so it stays out of the first page's bytes.
 * Everything else (sign-in, the callback, sign-out, an expired token) comes through here.
 */
export function createLogtoClient(config: LogtoConfig, storage?: LogtoStorage): LogtoClient {
  if (!storage) return new LogtoClient(config);
  // A framed copy keeps the SDK's tokens and sign-in state in memory (logto-memory-storage.ts).
  // The base constructor already reads tokens through this (privately typed) method, so the
  // storage is swapped there, before the browser storage a frame may be denied is touched.
  class FramedLogtoClient extends LogtoClient {}
  const base = LogtoClient.prototype as unknown as { loadAccessTokenMap(this: LogtoClient): Promise<void> };
  Object.defineProperty(FramedLogtoClient.prototype, 'loadAccessTokenMap', {
    value(this: LogtoClient) {
      this.adapter.storage = storage;
      return base.loadAccessTokenMap.call(this);
    },
  });
  return new FramedLogtoClient(config);
}

export { LogtoClient };
export type { LogtoConfig, Prompt };
