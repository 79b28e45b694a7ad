import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { forwardedSettings } from './forward-settings.mjs';
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

describe('live tenant settings: every recipe forwards exactly GET logto-settings/{account-center,sign-in-exp}', () => {
  const logto = 'https://your-tenant.logto.app/api/.well-known/';
  const expected = forwardedSettings.map((name) => [`/logto-settings/${name}`, logto + name]);

  it('nginx: one exact location per name, GET only, nothing of the browser’s request but the path', () => {
    const conf = read('nginx/account-center.conf').replace(/^\s*#.*$/gm, '');
    const locations = [...conf.matchAll(/location = (\S+) \{\s*proxy_pass (\S+);/g)].map(([, from, to]) => [from, to]);
    expect(locations).toEqual(expected);
    expect(conf.match(/proxy_pass/g)).toHaveLength(2);
    const snippet = read('nginx/logto-settings.conf');
    for (const line of ['limit_except GET { deny all; }', 'set $args "";', 'proxy_pass_request_body off;', 'proxy_set_header Cookie "";', 'proxy_set_header Authorization "";']) {
      expect(snippet).toContain(line);
    }
  });

  it('Netlify: two proxy rewrites, ahead of the catch-all', () => {
    const rules = [...snippets.netlify.matchAll(/from = "([^"]+)"\s*to = "([^"]+)"\s*status = (\d+)/g)];
    expect(rules.map(([, from, to, status]) => [from, to, status])).toEqual([...expected.map((rule) => [...rule, '200']), ['/*', '/index.html', '200']]);
  });

  it('Vercel: two external rewrites, and the catch-all leaves the path out', () => {
    const { rewrites } = JSON.parse(snippets.vercel) as { rewrites: Array<{ source: string; destination: string }> };
    expect(rewrites.filter(({ destination }) => destination.startsWith('https:')).map(({ source, destination }) => [source, destination])).toEqual(expected);
    const catchAll = new RegExp(`^${rewrites.at(-1)!.source}$`);
    expect(catchAll.test('/profile')).toBe(true);
    expect(catchAll.test('/logto-settings/account-center')).toBe(false);
  });

  it('Cloudflare Pages: a function for GET on the two names only, routed for that path only', async () => {
    // Loaded by URL: a deployment file, not part of the scripts' typed sources.
    const functionUrl = new URL('../deploy/cloudflare-pages/functions/logto-settings/[name].js', import.meta.url).href;
    const { onRequestGet } = await import(/* @vite-ignore */ functionUrl);
    const asked: Array<[string, RequestInit]> = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      asked.push([url, init]);
      return new Response('{"fields":{}}', { headers: { 'content-type': 'application/json', 'set-cookie': 'a=b' } });
    });
    const env = { LOGTO_ENDPOINT: 'https://your-tenant.logto.app/' };
    for (const name of forwardedSettings) {
      const response: Response = await onRequestGet({ params: { name }, env });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toEqual({ fields: {} });
    }
    expect((await onRequestGet({ params: { name: 'openid-configuration' }, env })).status).toBe(404);
    vi.unstubAllGlobals();
    expect(asked.map(([url, init]) => [url, init.headers])).toEqual(forwardedSettings.map((name) => [logto + name, { accept: 'application/json' }]));
    expect(JSON.parse(read('cloudflare-pages/_routes.json'))).toEqual({ version: 1, include: ['/logto-settings/*'], exclude: [] });
  });

  it('CloudFront: a viewer-request function that maps the two paths and refuses the rest, on a GET-only, uncached behaviour', () => {
    const handler = new Function(`${read('s3-cloudfront/logto-settings-function.js')}; return handler;`)() as (event: unknown) => Record<string, unknown>;
    const request = (uri: string, method = 'GET') => ({ request: { uri, method, querystring: { a: { value: '1' } }, cookies: { c: { value: '2' } } } });
    for (const name of forwardedSettings) {
      expect(handler(request(`/logto-settings/${name}`))).toEqual({ uri: `/api/.well-known/${name}`, method: 'GET', querystring: {}, cookies: {} });
    }
    for (const [uri, method] of [['/logto-settings/other', 'GET'], ['/logto-settings/account-center/x', 'GET'], ['/logto-settings/account-center', 'POST']]) {
      expect(handler(request(uri!, method))).toMatchObject({ statusCode: 404 });
    }
    const { Origin, CacheBehavior } = JSON.parse(read('s3-cloudfront/logto-settings-behavior.json'));
    expect(Origin.DomainName).toBe('your-tenant.logto.app');
    expect(CacheBehavior.PathPattern).toBe('/logto-settings/*');
    expect(CacheBehavior.AllowedMethods.Items).toEqual(['GET', 'HEAD']);
    // The managed CachingDisabled policy: every read is live.
    expect(CacheBehavior.CachePolicyId).toBe('4135ea2d-6df8-44a3-9df3-4b5a84be39ad');
    expect(CacheBehavior.OriginRequestPolicyId).toBeUndefined();
  });

  it('GitHub Pages cannot forward: the workflow re-provisions the snapshot every hour', () => {
    const workflow = read('github-pages/pages.yml');
    expect(workflow).toMatch(/schedule:\s*\n\s*- cron: '17 \* \* \* \*'/);
    expect(workflow).toContain('npm run provision -- --settings provision.settings.json --out dist/config.json');
  });
});
