import type { EmulatorState } from '../state/store.js';

import { RequestError } from './request-error.js';

/**
 * Routes that change account data or mint verification records refuse tokens of third-party
 * applications and of clients the emulator cannot resolve.
 */
export const assertFirstPartyClient = (state: EmulatorState, clientId: string | undefined): void => {
  if (clientId === undefined) {
    return;
  }
  const client = state.clients.get(clientId);
  if (!client || client.isThirdParty) {
    throw new RequestError({ code: 'auth.third_party_application_forbidden', status: 403 });
  }
};
