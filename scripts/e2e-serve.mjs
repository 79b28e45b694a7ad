#!/usr/bin/env node
// Serves the production build for the end-to-end tests with `vite preview`, twice: at `/` and
// under `/account/` (the same files, to prove one build works under any sub-path). The build gets
// the config.json a deployment would add next to index.html.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { preview } from 'vite';

const site = '.e2e/site';
const config = { endpoint: 'http://localhost:3101', appId: 'account-center-demo', publicSettings: 'skip' };

if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
rmSync(site, { recursive: true, force: true });
cpSync('dist', site, { recursive: true });
writeFileSync(`${site}/config.json`, JSON.stringify(config, null, 2));

await preview({ preview: { port: 4173, strictPort: true }, build: { outDir: site } });
await preview({ base: '/account/', preview: { port: 4174, strictPort: true }, build: { outDir: site } });
console.log('Serving the build on http://localhost:4173/ and http://localhost:4174/account/');
