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
} satisfies NewUser & { password: string };
