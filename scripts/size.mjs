#!/usr/bin/env node
// Prints the gzip size of what the profile route loads at first paint (the entry chunk, the app
// chunk it imports at once, their static imports and CSS, plus the profile page's own chunk if it is ever split out), the same for
// the overview (the start page) for information, and every lazy chunk; then fails when the
// profile's first-paint total is over budget, or when a language's catalog chunk is over its own
// (every language but English loads on its own when chosen). Bytes are deterministic, so these
// budgets can gate CI; timings never do.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetBytes = 121.5 * 1024;
const catalogBudgetBytes = 10 * 1024;
const catalogModule = /^src\/i18n\/messages\/(?!en\.ts|keys\.ts)[^/]+\.ts$/;
const routeModule = 'src/features/profile/ProfilePage.tsx';

const overviewModule = 'src/features/overview/OverviewPage.tsx';
const dist = 'dist';

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
// The entry (src/boot.ts) imports the app at once, and index.html preloads the app's chunks:
// everything index.html names is first-paint code.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const preloaded = Object.keys(manifest).filter((key) => html.includes(`./${manifest[key].file}"`));
const initialKeys = closure([entryKey, ...preloaded, ...(manifest[routeModule] ? [routeModule] : [])]);
const initialFiles = new Set();
for (const key of initialKeys) {
  initialFiles.add(manifest[key].file);
  for (const css of manifest[key].css ?? []) initialFiles.add(css);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
let initialTotal = 0;
console.log('Profile route, first paint (gzip -9):');
for (const file of [...initialFiles].sort()) {
  const size = gzipSize(file);
  initialTotal += size;
  console.log(`  ${kb(size)}  ${file}`);
}
console.log(`  ${kb(initialTotal)}  total (budget ${kb(budgetBytes).trim()})`);

// The overview is a lazy route: its first load is the entry plus everything its chunk imports.
const overviewFiles = new Set(initialFiles);
for (const key of closure([overviewModule])) {
  if (manifest[key].file.endsWith('.js')) overviewFiles.add(manifest[key].file);
  for (const css of manifest[key].css ?? []) overviewFiles.add(css);
}
const overviewTotal = [...overviewFiles].reduce((sum, file) => sum + gzipSize(file), 0);
console.log(`Overview (start page), first load: ${kb(overviewTotal).trim()} (the profile's first paint plus ${kb(overviewTotal - initialTotal).trim()})`);

console.log('Lazy chunks (gzip -9):');
for (const [key, chunk] of Object.entries(manifest)) {
  if (initialKeys.has(key) || !chunk.file.endsWith('.js')) continue;
  console.log(`  ${kb(gzipSize(chunk.file))}  ${chunk.file}  (${key})`);
}

const catalogs = Object.entries(manifest)
  .filter(([key]) => catalogModule.test(key))
  .map(([key, chunk]) => ({ key, size: gzipSize(chunk.file) }));
const largest = catalogs.reduce((max, catalog) => (catalog.size > max.size ? catalog : max), { key: 'none', size: 0 });
console.log(`Language catalogs: ${catalogs.length}, the largest ${kb(largest.size).trim()} (${largest.key}; budget ${kb(catalogBudgetBytes).trim()} each)`);

let failed = false;
if (initialTotal > budgetBytes) {
  console.error(`Over budget by ${initialTotal - budgetBytes} bytes.`);
  failed = true;
}
for (const { key, size } of catalogs.filter(({ size }) => size > catalogBudgetBytes)) {
  console.error(`${key} is over its budget by ${size - catalogBudgetBytes} bytes.`);
  failed = true;
}
if (failed) process.exit(1);
