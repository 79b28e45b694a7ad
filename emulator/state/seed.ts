import { acmeSsoConnectorId, acmeSsoIssuer } from './connector-seed.js';
import type { NewUser } from './users.js';

/** The seeded demo account; `npm run emulator` prints these credentials. */
export const demoUser = {
  username: 'demo',
  password: 'Demo-passw0rd!',
  name: 'Dana Demo',
  primaryEmail: 'demo@example.com',
  primaryPhone: '15551234567',
  profile: {
    givenName: 'Dana',
    familyName: 'Demo',
    nickname: 'dana',
    website: 'https://example.com/dana',
    locale: 'en-US',
    zoneinfo: 'Europe/Amsterdam',
  },
  customData: { theme: 'system', newsletter: true },
  // Enterprise SSO identities cannot be linked through the Account API; this one is seeded.
  ssoIdentities: [
    {
      ssoConnectorId: acmeSsoConnectorId,
      issuer: acmeSsoIssuer,
      identityId: 'acme-dana-demo',
      detail: { email: 'dana.demo@acme.test', name: 'Dana Demo' },
    },
  ],
} satisfies NewUser & { password: string };
