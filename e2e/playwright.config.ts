import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './support/chromium';
import { appPort, appUrl, emulatorPort, emulatorUrl, noRewriteAppUrl, otherOriginAppUrl, subPathAppUrl } from './support/env';


export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // One emulator holds tenant-wide state (field controls, faults), so tests run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/e2e.json' }]],
  outputDir: '../test-results/e2e-artifacts',
  use: {
    baseURL: appUrl,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    // Colours are checked by axe; a colour transition caught half-way would be a false failure.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: 'npx tsx emulator/main.ts',
      cwd: '..',
      url: `${emulatorUrl}/oidc/.well-known/openid-configuration`,
      env: { EMULATOR_PORT: String(emulatorPort), EMULATOR_APP_URLS: [appUrl, subPathAppUrl, otherOriginAppUrl, noRewriteAppUrl].join(',') },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      // As long as the app's server gets: twice this session a loaded machine took over 60 s to
      // bring the emulator up after another run (it starts in 4 s when idle).
      timeout: 120_000,
    },
    {
      command: 'node scripts/e2e-serve.mjs',
      cwd: '..',
      url: `http://localhost:${appPort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      timeout: 120_000,
    },
  ],
});
