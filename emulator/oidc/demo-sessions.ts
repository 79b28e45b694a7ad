import type Provider from 'oidc-provider';

import { demoClientId } from '../state/clients.js';
import { demoPhoneSession, demoThirdPartyGrant, demoUser, photoPrintClient } from '../state/seed.js';
import { identifierOf, passwordSignIn } from '../state/session-extensions.js';
import type { EmulatorState } from '../state/store.js';

import { createGrant, createSession } from './user-sessions.js';

const daySeconds = 24 * 60 * 60;

/**
 * The demo user's OIDC seed: a grant for the third-party photo-print app (no session) and a phone
 * session for the demo SPA. Times are real time before `startedAt` (epoch ms), since OIDC
 * lifetimes do not follow the emulator clock.
 */
export const seedDemoSessions = async (provider: Provider, state: EmulatorState, startedAt: number): Promise<void> => {
  const demo = state.users.findByUsername(demoUser.username);
  if (!demo) {
    return;
  }
  const start = Math.floor(startedAt / 1000);
  await createGrant(provider, {
    accountId: demo.id,
    clientId: photoPrintClient.id,
    scope: demoThirdPartyGrant.scope,
    iat: start - demoThirdPartyGrant.daysBeforeStart * daySeconds,
  });
  const { uid } = await createSession(provider, {
    accountId: demo.id,
    loginTs: start - demoPhoneSession.daysBeforeStart * daySeconds,
    clients: [{ clientId: demoClientId, scope: demoPhoneSession.scope }],
  });
  state.sessionExtensions.save(uid, {
    accountId: demo.id,
    clientId: demoClientId,
    lastSubmission: passwordSignIn(demo.id, identifierOf(demo), { ...demoPhoneSession.signInContext }),
  });
};
