import type { AccountCenterSettings } from '../state/account-center.js';
import type { EmulatorState } from '../state/store.js';
import type { JsonObject } from '../state/users.js';

export const recordedMockSocialConnectorId = '3yea7sgzj4vb';
export const recordedEmailConnectorId = 'cobf56991v0e';
/** The recorded tenant's SPA ("Account Center SPA Test"); the replay signs in with the demo SPA. */
export const recordedSpaAppId = 'cavxwp60xhz12ii62u0a9';

/**
 * The recorded tenant's connectors: Logto's mock social connector (target `mock-social`, token
 * storage on) offered in the sign-in experience, the mock email connector, no SSO connector and
 * single sign-on off. Every area is replayed against them instead of the emulator's defaults.
 */
export const useRecordedTenantConnectors = (state: EmulatorState): void => {
  state.connectors.replace({
    social: [
      {
        id: recordedMockSocialConnectorId,
        kind: 'logto-mock',
        target: 'mock-social',
        name: { en: 'Mock Social', 'zh-CN': 'Mock 社交登录', ko: 'Mock Social', 'tr-TR': 'Mock Social' },
        // The recorded logo is a longer SVG data URI; bodies are compared by shape.
        logo: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=',
        logoDark: null,
        platform: 'Universal',
        isTokenStorageSupported: true,
        enableTokenStorage: true,
        clientId: 'mock-social',
      },
    ],
    passwordless: [{ id: recordedEmailConnectorId, type: 'Email' }],
    sso: [],
  });
  state.signInExperience = {
    ...state.signInExperience,
    socialSignInConnectorTargets: ['mock-social'],
    singleSignOnEnabled: false,
  };
};

/**
 * The recorded tenant had no storage provider: its avatar uploads that got past the type check
 * answered 400 `storage.not_configured` (`profile/post-user-assets-avatar-storage-not-configured`).
 */
export const useRecordedTenantStorage = (state: EmulatorState): void => {
  state.storage.switches = { configured: false, failUploads: false };
};

/** The password of every user the recordings created. */
export const recordedPassword = 'Passw0rd!Test';

/** The recorded tenant's account-center extras (the app origins as WebAuthn related origins). */
export const recordedAccountCenterExtras: Partial<AccountCenterSettings> = {
  webauthnRelatedOrigins: [
    'http://localhost:5173',
    'http://localhost:4173',
    'http://127.0.0.1:5173',
    'http://127.0.0.1:4173',
  ],
  profileFields: [{ name: 'name' }, { name: 'avatar' }],
};

/**
 * The recorded users signed in through Logto's experience app, whose `UserControlled` MFA policy
 * offers to bind a factor; the recorder skipped it, so their first logto-configs read already
 * shows `mfa.skipped: true`.
 */
export const recordedUserLogtoConfig = (): JsonObject => ({ mfa: { skipped: true } });
