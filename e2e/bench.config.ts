import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run bench`: the same servers and browser as the end-to-end tests, timing files only.
// Numbers are printed (by bench/reporter.ts, once, at the end), never asserted: a timing must not
// fail a build. Not part of `npm test` or CI.
export default defineConfig({
  ...base,
  testMatch: '**/*.bench.ts',
  reporter: [['list'], ['./bench/reporter.ts']],
  // Its own folder: Playwright empties its output folder when it starts, and an end-to-end run
  // started meanwhile would delete this run's files under it.
  outputDir: '../test-results/bench-artifacts',
  // Tracing snapshots every context the bench opens, which would be timed along with the app.
  use: { ...base.use, trace: 'off' },
  timeout: 180_000,
});
