import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';

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

/** The public half of a signing key, as the JWKS publishes it; Logto verifies its own JWTs with it. */
export const publicJwkOf = (key: JWK): JsonWebKey & { kid?: string } => ({
  ...createPublicKey(createPrivateKey({ key: key as JsonWebKey, format: 'jwk' })).export({ format: 'jwk' }),
  kid: key.kid,
  alg: key.alg,
});
