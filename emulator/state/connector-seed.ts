import type { ConnectorSet } from './connectors.js';

const svgDataUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** A 24×24 badge: a filled circle with one or two letters; small enough to inline. */
export const badge = (fill: string, text: string, textFill = '#fff') =>
  svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
      `<circle cx="12" cy="12" r="12" fill="${fill}"/>` +
      `<text x="12" y="16" font-family="sans-serif" font-size="${text.length > 1 ? 9 : 12}" font-weight="700" text-anchor="middle" fill="${textFill}">${text}</text>` +
      `</svg>`
  );

export const githubConnectorId = 'mockgithub01';
export const googleConnectorId = 'mockgoogle01';
export const emailConnectorId = 'mockemail001';
export const acmeSsoConnectorId = 'acmessotest1';
export const acmeSsoIssuer = 'https://sso.acme.test';

/**
 * The connectors a fresh emulator has: mock GitHub (token storage on) and mock Google (token
 * storage off), both offered in the sign-in experience; a passwordless email connector; and one
 * OIDC enterprise SSO connector. Ids are 12 lowercase characters, like Logto's.
 */
export const defaultConnectors = (): ConnectorSet => ({
  social: [
    {
      id: githubConnectorId,
      kind: 'github',
      target: 'github',
      name: { en: 'GitHub (test)', 'zh-CN': 'GitHub（测试）' },
      logo: badge('#24292f', 'GH'),
      logoDark: badge('#f0f6fc', 'GH', '#24292f'),
      platform: 'Web',
      isTokenStorageSupported: true,
      enableTokenStorage: true,
      clientId: 'logto-emulator-github',
    },
    {
      id: googleConnectorId,
      kind: 'google',
      target: 'google',
      name: { en: 'Google (test)', 'zh-CN': 'Google（测试）' },
      logo: badge('#4285f4', 'G'),
      logoDark: null,
      platform: 'Web',
      isTokenStorageSupported: true,
      enableTokenStorage: false,
      clientId: 'logto-emulator-google.apps.example.test',
    },
  ],
  passwordless: [{ id: emailConnectorId, type: 'Email' }],
  sso: [
    {
      id: acmeSsoConnectorId,
      connectorName: 'Acme SSO (test)',
      logo: badge('#b3261e', 'A'),
      darkLogo: badge('#f2b8b5', 'A', '#601410'),
      providerName: 'OIDC',
      issuer: acmeSsoIssuer,
      enableTokenStorage: true,
      clientId: 'logto-emulator-acme',
      domains: ['acme.test'],
    },
  ],
});
