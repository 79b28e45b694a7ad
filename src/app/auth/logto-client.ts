import LogtoClient from '@logto/browser';
import type { LogtoConfig } from '@logto/react';

/**
 * `<LogtoProvider>` creates its client internally and its hooks swallow errors. The API client
 * needs the instance itself (to get tokens and see failures), so the provider gets a subclass
 * that hands each instance over when it is built.
 */
export function capturingClientClass(onCreate: (client: LogtoClient) => void): typeof LogtoClient {
  return class CapturedLogtoClient extends LogtoClient {
    constructor(config: LogtoConfig, unstableEnableCache?: boolean) {
      super(config, unstableEnableCache);
      onCreate(this);
    }
  };
}

export type { LogtoClient };
