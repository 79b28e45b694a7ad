#!/usr/bin/env node
// Serves the production build for the end-to-end tests:
// - `vite preview` at http://localhost:4173/ and under http://localhost:4174/account/, both with
//   the strict Content-Security-Policy a deployment should send (deploy/README.md) and the
//   build's precompressed assets (as deploy/nginx serves them);
// - the same files as GitHub Pages serves them (no rewrites, 404.html, the policy in <meta>) at
//   http://localhost:4177/account/;
// - embedding host pages on other origins: http://127.0.0.1:4175 (allowed) and :4176 (not).
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { forwardLogtoSettings } from './forward-settings.mjs';
import { servePrecompressed } from './precompressed.mjs';
import { securityHeaders } from './security-headers.mjs';
import { serveStatic } from './static-server.mjs';

const emulator = 'http://localhost:3101';
const allowedHost = 'http://127.0.0.1:4175';
const otherHost = 'http://127.0.0.1:4176';
const site = resolve('.e2e/site');
const config = {
  endpoint: emulator,
  appId: 'account-center-demo',
  publicSettings: 'skip',
  embed: { allowedOrigins: [allowedHost] },
};

// The headers deploy/README.md recommends, with this setup's Logto and host origins. The second
// host is let through here on purpose: the app itself must refuse it.
const headers = securityHeaders({
  logto: emulator,
  frameAncestors: [allowedHost, otherHost],
  extraImageSources: [emulator],
});

if (!existsSync('dist/index.html')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
rmSync(site, { recursive: true, force: true });
cpSync('dist', site, { recursive: true });
writeFileSync(`${site}/config.json`, JSON.stringify(config, null, 2));

// Like the nginx recipe: the build's .br/.gz files are sent where the browser takes them, and
// Logto's public settings are forwarded under logto-settings/ (tests opt in with `settingsPath`).
const plugins = [servePrecompressed(site, headers), forwardLogtoSettings({ endpoint: emulator })];
await preview({ plugins, preview: { port: 4173, strictPort: true, headers }, build: { outDir: site } });
await preview({ plugins, base: '/account/', preview: { port: 4174, strictPort: true, headers }, build: { outDir: site } });
// Like GitHub Pages: no rewrites, no headers, the policy in <meta> tags (deploy/github-pages).
const pagesSite = resolve('.e2e/pages-site');
rmSync(pagesSite, { recursive: true, force: true });
cpSync(site, pagesSite, { recursive: true });
execFileSync('node', ['deploy/github-pages/add-csp-meta.mjs', pagesSite, emulator], { stdio: 'ignore' });
await serveStatic({ root: pagesSite, host: 'localhost', port: 4177, mount: '/account/' });
// Host pages: the example host from the build plus the tests' own pages.
const hosts = resolve('.e2e/host');
rmSync(hosts, { recursive: true, force: true });
cpSync(resolve(site, 'embed'), hosts, { recursive: true });
cpSync('e2e/host', hosts, { recursive: true });
for (const port of [4175, 4176]) await serveStatic({ root: hosts, host: '127.0.0.1', port });
console.log('Serving the build for the end-to-end tests.');
