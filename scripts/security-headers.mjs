// The response headers a deployment should send, in one place: the end-to-end server sends exactly
// these, and scripts/deploy-snippets.test.ts checks every snippet in deploy/ says the same.

/**
 * @param {{ logto: string; frameAncestors?: string[]; extraImageSources?: string[] }} options
 *   `logto`: the Logto endpoint's origin; `frameAncestors`: origins allowed to embed the app
 *   (none: `'none'`); `extraImageSources`: only for a Logto served over plain http in tests.
 */
export function securityHeaders({ logto, frameAncestors = [], extraImageSources = [] }) {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Avatars, connector logos and the tenant logo live on other https hosts; QR codes are data: URLs.
    ['img-src', "'self'", 'data:', 'https:', ...extraImageSources].join(' '),
    `connect-src 'self' ${logto}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? ["'self'", ...frameAncestors].join(' ') : "'none'"}`,
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    // The callback URL carries the authorization code; no page should hand it to another site.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    // Browsers ignore it over plain http, so local and test servers are unaffected.
    'Strict-Transport-Security': 'max-age=31536000',
  };
}

/** Cache rules: hashed assets forever, everything that names them never without asking. */
export const cacheControl = {
  hashedAssets: 'public, max-age=31536000, immutable',
  entryFiles: 'no-cache',
};
