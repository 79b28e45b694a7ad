/** Ports and URLs of the servers the end-to-end tests run against (see playwright.config.ts). */
export const emulatorPort = 3101;
export const appPort = 4173;
export const subPathAppPort = 4174;

export const emulatorUrl = `http://localhost:${emulatorPort}`;
export const appUrl = `http://localhost:${appPort}/`;
/** The same build on another origin: another site as far as the browser is concerned. */
export const otherOriginAppUrl = `http://127.0.0.1:${appPort}/`;
export const subPathAppUrl = `http://localhost:${subPathAppPort}/account/`;
export const appId = 'account-center-demo';

/** The config.json the served build reads: the emulator, like a cross-origin Logto in production. */
export const siteConfig = {
  endpoint: emulatorUrl,
  appId,
  publicSettings: 'skip',
  embed: { allowedOrigins: ['http://127.0.0.1:4175'] },
};

/** The build on a static host without rewrite rules, like a GitHub Pages project site. */
export const noRewriteAppUrl = 'http://localhost:4177/account/';
/** Host pages that embed the app: one on its allowlist, one not. */
export const allowedHostUrl = 'http://127.0.0.1:4175/';
export const otherHostUrl = 'http://127.0.0.1:4176/';
