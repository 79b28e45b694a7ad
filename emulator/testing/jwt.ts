import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

export type DecodedJwt = { header: Record<string, unknown>; payload: Record<string, unknown> };

const decodePart = (part: string | undefined) =>
  JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

export const decodeJwt = (jwt: string): DecodedJwt => {
  const [header, payload] = jwt.split('.');
  return { header: decodePart(header), payload: decodePart(payload) };
};

/** Checks an ES384 JWS signature against a JWKS, as the SDK's jose verifier would. */
export const verifyEs384 = (jwt: string, keys: Array<JsonWebKey & { kid?: string }>): boolean => {
  const [header, payload, signature] = jwt.split('.');
  const { kid } = decodePart(header);
  const jwk = keys.find((key) => key.kid === kid);
  if (!jwk || !signature) {
    return false;
  }
  return verify(
    'sha384',
    Buffer.from(`${header}.${payload}`),
    { key: createPublicKey({ key: jwk, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url')
  );
};
