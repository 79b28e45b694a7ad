import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run bench`: the same servers and browser as the end-to-end tests, timing files only.
// Numbers are printed, never asserted: a timing must not fail a build.
export default defineConfig({
  ...base,
  testMatch: '**/*.bench.ts',
  reporter: [['list']],
  timeout: 180_000,
});
