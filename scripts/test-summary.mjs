#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports into the one line CI reads.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const report = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no tests to count; count it as a failure.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else missing.push('vitest');

const e2e = 'test-results/e2e.json';
if (existsSync(e2e)) {
  const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.skipped) console.log(`(${stats.skipped} end-to-end tests skipped)`);
} else missing.push('e2e');

// A suite that did not run at all must not look green.
failed += missing.length;
if (missing.length) console.log(`Missing reports: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
