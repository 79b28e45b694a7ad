/** Debian's Chromium, for the end-to-end tests and the bench: Playwright and Lighthouse cannot download a browser here. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
