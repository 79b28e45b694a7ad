import type { EmulatorState } from '../state/store.js';

export const recordedMockSocialConnectorId = '3yea7sgzj4vb';
export const recordedEmailConnectorId = 'cobf56991v0e';

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
