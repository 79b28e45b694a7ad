import LogtoClient from '@logto/browser';
import type { LogtoConfig } from '@logto/react';

/**
 * `<LogtoProvider>` creates its client internally and its hooks swallow errors. The API client
 * needs the instance itself (to get tokens and see failures), so the provider gets a subclass
 * that hands each instance over when it is built.
 */
export function capturingClientClass(
  onCreate: (client: LogtoClient) => void,
  storage?: LogtoClient['adapter']['storage'],
): typeof LogtoClient {
  class CapturedLogtoClient extends LogtoClient {
    constructor(config: LogtoConfig, unstableEnableCache?: boolean) {
      super(config, unstableEnableCache);
      onCreate(this);
    }
  }
  if (storage) {
    // A framed copy keeps the SDK's tokens and sign-in state in memory (logto-memory-storage.ts).
    // The base constructor already reads tokens through this (privately typed) method, so the
    // storage is swapped there, before the browser storage a frame may be denied is touched.
    const base = LogtoClient.prototype as unknown as { loadAccessTokenMap(this: LogtoClient): Promise<void> };
    Object.defineProperty(CapturedLogtoClient.prototype, 'loadAccessTokenMap', {
      value(this: LogtoClient) {
        this.adapter.storage = storage;
        return base.loadAccessTokenMap.call(this);
      },
    });
  }
  return CapturedLogtoClient;
}

export type { LogtoClient };
