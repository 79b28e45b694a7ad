import { generateKeyPairSync, sign, type JsonWebKey } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { JwtVerificationError, verifyJwt, type JoseErrorData } from './jwt-verify.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1' } as JsonWebKey & { kid: string };
const issuer = 'http://localhost:3001/oidc';
const audience = 'https://default.logto.app/api';
const now = 1_800_000_000;

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jws = (payload: object, header: object = { alg: 'ES384', typ: 'at+jwt', kid: 'k1' }) => {
  const input = `${part(header)}.${part(payload)}`;
  const signature = sign('sha384', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
};
const valid = { sub: 'm2m', client_id: 'm2m', iss: issuer, aud: audience, exp: now + 60, scope: 'all' };

const failure = (token: string): JoseErrorData => {
  try {
    verifyJwt(token, { keys: [jwk], issuer, audience, now });
  } catch (error) {
    if (error instanceof JwtVerificationError) return error.data;
    throw error;
  }
  throw new Error('verified');
};

describe('verifyJwt (jose errors as Logto puts them in data)', () => {
  it('returns the payload of a good token', () => {
    expect(verifyJwt(jws(valid), { keys: [jwk], issuer, audience, now })).toEqual(valid);
  });

  it('refuses what is not a compact JWS, or has no alg', () => {
    expect(failure('opaque-user-token')).toEqual({ code: 'ERR_JWS_INVALID', name: 'JWSInvalid' });
    expect(failure(`${part({ typ: 'JWT' })}.${part(valid)}.c2ln`)).toEqual({ code: 'ERR_JWS_INVALID', name: 'JWSInvalid' });
  });

  it('finds no key for another kid or algorithm', () => {
    const expected = { code: 'ERR_JWKS_NO_MATCHING_KEY', name: 'JWKSNoMatchingKey' };
    expect(failure(jws(valid, { alg: 'ES384', kid: 'other' }))).toEqual(expected);
    expect(failure(jws(valid, { alg: 'RS256', kid: 'k1' }))).toEqual(expected);
  });

  it('checks the signature before the claims', () => {
    const [header, , signature] = jws(valid).split('.');
    expect(failure(`${header}.${part({ ...valid, scope: 'all more' })}.${signature}`)).toEqual({
      code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      name: 'JWSSignatureVerificationFailed',
    });
  });

  it('reports claim failures with the claim, the reason and the payload', () => {
    const { aud: _aud, ...noAudience } = valid;
    expect(failure(jws(noAudience))).toMatchObject({ claim: 'aud', reason: 'missing', payload: noAudience });
    expect(failure(jws({ ...valid, iss: 'https://elsewhere/oidc' }))).toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      name: 'JWTClaimValidationFailed',
      claim: 'iss',
      reason: 'check_failed',
    });
    expect(failure(jws({ ...valid, aud: 'https://api.example.test' }))).toMatchObject({ claim: 'aud', reason: 'check_failed' });
    expect(failure(jws({ ...valid, exp: now }))).toEqual({
      code: 'ERR_JWT_EXPIRED',
      name: 'JWTExpired',
      claim: 'exp',
      reason: 'check_failed',
      payload: { ...valid, exp: now },
    });
  });
});
