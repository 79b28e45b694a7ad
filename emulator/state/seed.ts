import type { ClientRecord } from './clients.js';
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

/**
 * A third-party app the demo user has granted access to, so the grants list has a real entry.
 * Logto lets only Traditional web apps be third-party, and gives them a secret (a dev credential).
 */
export const photoPrintClient = {
  id: 'photo-print-demo',
  name: 'Photo Print Shop (demo)',
  type: 'Traditional',
  isThirdParty: true,
  redirectUris: ['https://photo-print.example/callback'],
  postLogoutRedirectUris: [],
  corsAllowedOrigins: [],
  secret: 'photo-print-demo-secret',
} satisfies ClientRecord;

/** What the demo user granted the photo-print app, some days before the emulator started. */
export const demoThirdPartyGrant = { scope: 'openid profile email', daysBeforeStart: 9 } as const;

/**
 * The scopes the demo SPA asks for (everything the Account API can use, `offline_access` too), in
 * the order Logto's consent stores them.
 */
export const demoSpaScope =
  'openid profile email phone address identities custom_data urn:logto:scope:sessions offline_access';

/**
 * A second sign-in of the demo user, on a phone two days before the emulator started: another
 * device for the sessions list. `signInContext` is what Logto Cloud records (IP, user agent and
 * geolocation); its grant is the demo SPA's usual scope set.
 */
export const demoPhoneSession = {
  daysBeforeStart: 2,
  scope: demoSpaScope,
  signInContext: {
    ip: '203.0.113.24',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
    country: 'PT',
    city: 'Lisbon',
  },
} as const;
