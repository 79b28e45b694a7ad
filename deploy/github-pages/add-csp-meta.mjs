// GitHub Pages cannot send response headers, so the policy goes into index.html and 404.html as
// <meta> tags. A <meta> policy cannot carry frame-ancestors (browsers ignore it there), so on
// Pages the app's own embed.allowedOrigins check is the only framing defence.
// Usage: node deploy/github-pages/add-csp-meta.mjs dist https://your-tenant.logto.app
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dist = 'dist', logto] = process.argv.slice(2);
if (!logto || new URL(logto).origin !== logto) {
  console.error('usage: add-csp-meta.mjs <dist folder> <Logto origin, e.g. https://your-tenant.logto.app>');
  process.exit(2);
}
const policy = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self' ${logto}; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'`;
const tags = `<meta http-equiv="Content-Security-Policy" content="${policy}">\n    <meta name="referrer" content="no-referrer">\n    `;
for (const page of ['index.html', '404.html']) {
  const file = join(dist, page);
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) continue;
  // First in <head>: a policy only governs what comes after it.
  writeFileSync(file, html.replace(/<head>\s*/, (head) => `${head}${tags}`));
}
console.log(`Content-Security-Policy meta added to ${dist}/index.html and ${dist}/404.html`);
