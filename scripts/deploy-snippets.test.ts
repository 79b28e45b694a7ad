import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControl, securityHeaders } from './security-headers.mjs';

// The snippets in deploy/ are written for these placeholder origins.
const headers = securityHeaders({ logto: 'https://your-tenant.logto.app', frameAncestors: ['https://app.example.com'] });
const read = (path: string) => readFileSync(new URL(`../deploy/${path}`, import.meta.url), 'utf8');

const snippets = {
  nginx: read('nginx/security-headers.conf'),
  netlify: read('netlify.toml'),
  vercel: read('vercel.json'),
  'cloudflare pages': read('cloudflare-pages/_headers'),
};

describe('deployment snippets send the headers the end-to-end tests run under', () => {
  for (const [host, text] of Object.entries(snippets)) {
    it(host, () => {
      for (const [name, value] of Object.entries(headers)) {
        expect(text, `${host}: ${name}`).toContain(name);
        expect(text, `${host}: ${name}`).toContain(value);
      }
    });
  }

  it('CloudFront', () => {
    const policy = JSON.parse(read('s3-cloudfront/response-headers-policy.json'));
    const security = policy.SecurityHeadersConfig;
    expect(security.ContentSecurityPolicy.ContentSecurityPolicy).toBe(headers['Content-Security-Policy']);
    expect(security.ContentTypeOptions.Override).toBe(true);
    expect(security.ReferrerPolicy.ReferrerPolicy).toBe(headers['Referrer-Policy']);
    expect(`max-age=${security.StrictTransportSecurity.AccessControlMaxAgeSec}`).toBe(headers['Strict-Transport-Security']);
    expect(policy.CustomHeadersConfig.Items).toContainEqual({ Header: 'Permissions-Policy', Value: headers['Permissions-Policy'], Override: true });
  });

  it('GitHub Pages, as a <meta> policy without frame-ancestors (browsers ignore it there)', () => {
    const metaPolicy = headers['Content-Security-Policy'].replace(/; frame-ancestors [^;]*$/, '');
    expect(read('github-pages/add-csp-meta.mjs')).toContain(metaPolicy.replace('https://your-tenant.logto.app', '${logto}'));
  });

  it('every host caches hashed assets forever and revalidates the rest', () => {
    expect(read('nginx/account-center.conf')).toContain(cacheControl.hashedAssets);
    expect(read('nginx/account-center.conf')).toContain(cacheControl.entryFiles);
    expect(snippets.netlify).toContain(cacheControl.hashedAssets);
    expect(snippets.vercel).toContain(cacheControl.hashedAssets);
    expect(snippets['cloudflare pages']).toContain(cacheControl.hashedAssets);
    expect(read('s3-cloudfront/upload.sh')).toContain(cacheControl.hashedAssets);
    expect(read('s3-cloudfront/upload.sh')).toContain(cacheControl.entryFiles);
  });
});

describe('precompressed assets', () => {
  it('the nginx recipe serves the build’s .br and .gz files, varied by Accept-Encoding', () => {
    const conf = read('nginx/account-center.conf');
    expect(conf).toMatch(/^\s*gzip_static on;/m);
    expect(conf).toMatch(/^\s*brotli_static on;/m);
    expect(conf).toMatch(/^\s*gzip_vary on;/m);
  });
});
