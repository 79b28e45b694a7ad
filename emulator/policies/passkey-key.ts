import { generateKeyPairSync, type KeyObject } from 'node:crypto';

import { isoCBOR } from '@simplewebauthn/server/helpers';

/** COSE key labels and values for an ES256 (P-256) public key. */
const kty = 1;
const alg = 3;
const crv = -1;
const x = -2;
const y = -3;

const bytes = (base64url: string | undefined) => new Uint8Array(Buffer.from(base64url ?? '', 'base64url'));

/**
 * A fresh P-256 key pair and its public key in COSE form, as an authenticator reports it. The
 * control API seeds passkeys with it; the tests' software authenticator registers with it.
 */
export const newEs256Key = (): { privateKey: KeyObject; cosePublicKey: Uint8Array } => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const cosePublicKey = isoCBOR.encode(
    new Map<number, number | Uint8Array>([
      [kty, 2],
      [alg, -7],
      [crv, 1],
      [x, bytes(jwk.x)],
      [y, bytes(jwk.y)],
    ])
  );
  return { privateKey, cosePublicKey };
};
