#!/usr/bin/env node
// Adds up the Vitest and Playwright JSON reports into the one line CI reads (rules in test-summary/count.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { countTests } from './test-summary/count.mjs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const { passed, failed, notes } = countTests({ vitest: read('test-results/vitest.json'), e2e: read('test-results/e2e.json') });
for (const note of notes) console.log(`(${note})`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
