import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';

/**
 * What Logto's Management API auth puts in `data` when `jwtVerify` (jose) throws: the error's own
 * enumerable properties. jose sets `code` and `name`; claim failures add `claim`, `reason` and
 * the whole `payload`. Messages are not enumerable, so they never reach the body.
 */
export type JoseErrorData = {
  code: string;
  name: string;
  claim?: string;
  reason?: string;
  payload?: Record<string, unknown>;
};

export class JwtVerificationError extends Error {
  constructor(readonly data: JoseErrorData) {
    super(data.name);
  }
}

const fail = (code: string, name: string): never => {
  throw new JwtVerificationError({ code, name });
};

const claimFailed = (payload: Record<string, unknown>, claim: string, reason: string, expired = false): never => {
  throw new JwtVerificationError(
    expired
      ? { code: 'ERR_JWT_EXPIRED', name: 'JWTExpired', claim, reason, payload }
      : { code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', name: 'JWTClaimValidationFailed', claim, reason, payload }
  );
};

const decodeJson = (part: string): unknown => {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type VerifyOptions = {
  /** Public keys (JWK) the token may be signed with; only EC P-384 / ES384 keys are used. */
  keys: Array<JsonWebKey & { kid?: string }>;
  issuer: string;
  audience: string;
  /** Seconds since the epoch; wall-clock time, like oidc-provider's token lifetimes. */
  now?: number;
};

/**
 * Verifies a compact JWS the way Logto's `jwtVerify(token, localJwks, {issuer, audience})` does,
 * failing with the same jose error codes in the same order: structure, header, key selection,
 * signature, payload, required `aud`/`iss`, their values, then `nbf` and `exp`.
 */
export const verifyJwt = (token: string, { keys, issuer, audience, now }: VerifyOptions): Record<string, unknown> => {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return fail('ERR_JWS_INVALID', 'JWSInvalid');
  }
  const [encodedHeader = '', encodedPayload = '', encodedSignature = ''] = parts;
  const header = decodeJson(encodedHeader);
  if (!isObject(header) || typeof header.alg !== 'string') {
    return fail('ERR_JWS_INVALID', 'JWSInvalid');
  }

  const candidates = keys.filter(
    (key) => key.kty === 'EC' && key.crv === 'P-384' && (header.kid === undefined || key.kid === header.kid)
  );
  const [key] = candidates;
  if (header.alg !== 'ES384' || !key) {
    return fail('ERR_JWKS_NO_MATCHING_KEY', 'JWKSNoMatchingKey');
  }
  const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`);
  const valid = verify(
    'sha384',
    signed,
    { key: createPublicKey({ key, format: 'jwk' }), dsaEncoding: 'ieee-p1363' },
    Buffer.from(encodedSignature, 'base64url')
  );
  if (!valid) {
    return fail('ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'JWSSignatureVerificationFailed');
  }

  const payload = decodeJson(encodedPayload);
  if (!isObject(payload)) {
    return fail('ERR_JWT_INVALID', 'JWTInvalid');
  }
  for (const claim of ['aud', 'iss']) {
    if (payload[claim] === undefined) {
      claimFailed(payload, claim, 'missing');
    }
  }
  if (payload.iss !== issuer) {
    claimFailed(payload, 'iss', 'check_failed');
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(audience)) {
    claimFailed(payload, 'aud', 'check_failed');
  }
  const seconds = now ?? Math.floor(Date.now() / 1000);
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > seconds)) {
    claimFailed(payload, 'nbf', typeof payload.nbf === 'number' ? 'check_failed' : 'invalid');
  }
  if (payload.exp !== undefined) {
    if (typeof payload.exp !== 'number') {
      claimFailed(payload, 'exp', 'invalid');
    } else if (payload.exp <= seconds) {
      claimFailed(payload, 'exp', 'check_failed', true);
    }
  }
  return payload;
};
