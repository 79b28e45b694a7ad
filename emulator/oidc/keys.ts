import { generateKeyPairSync, randomBytes } from 'node:crypto';

import type { JWK } from 'oidc-provider';

/** A fresh P-384 signing key per start, like a new Logto tenant's default key (ES384). */
export const generateSigningKey = (): JWK => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const jwk = privateKey.export({ format: 'jwk' });
  return {
    ...jwk,
    kid: randomBytes(16).toString('base64url'),
    alg: 'ES384',
    use: 'sig',
  } as JWK;
};

export const generateCookieKeys = (): string[] => [randomBytes(32).toString('base64url')];
