import { HostChannel } from './channel';
import { HostTokens } from './host-tokens';
import { logtoMemoryStorage, peekLogtoMemory } from './logto-memory-storage';
import type { EmbedMode } from './mode';
import { SignInPopup } from './popup';

/** Everything a framed account center needs to talk to its host; loaded only when framed. */
export type Embedding = {
  channel: HostChannel;
  /** Host-token mode: the host hands over Account API tokens. */
  hostTokens?: HostTokens;
  /** Otherwise: sign-in runs in a popup. */
  popup?: SignInPopup;
  /** Where the Logto SDK keeps its tokens and sign-in state in a frame… */
  logtoStorage: typeof logtoMemoryStorage;
  /** …and the same, read synchronously. */
  peekLogtoStorage: typeof peekLogtoMemory;
};

export function createEmbedding(mode: Extract<EmbedMode, { kind: 'framed' }>): Embedding {
  const channel = new HostChannel(mode.hostOrigin);
  const storage = { logtoStorage: logtoMemoryStorage, peekLogtoStorage: peekLogtoMemory };
  return mode.hostToken
    ? { channel, hostTokens: new HostTokens(channel), ...storage }
    : { channel, popup: new SignInPopup(), ...storage };
}
