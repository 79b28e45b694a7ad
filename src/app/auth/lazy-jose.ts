/**
 * Stands in for `jose` in the browser build (vite.config.ts aliases the bare name here). The
 * Logto SDK imports it only to check the ID token on the sign-in callback, yet a static import
 * would put ~7 KB (gzip) on every first paint. These wrappers load the same library, pinned to
 * the SDK's version, the first time the check runs; the check itself is unchanged.
 */
import type { createRemoteJWKSet as CreateRemoteJWKSet, jwtVerify as JwtVerify, JWTVerifyGetKey } from 'jose';

export const createRemoteJWKSet = (...args: Parameters<typeof CreateRemoteJWKSet>): JWTVerifyGetKey => {
  let getKey: JWTVerifyGetKey | undefined;
  return async (protectedHeader, token) => {
    getKey ??= (await import('jose/jwks/remote')).createRemoteJWKSet(...args);
    return getKey(protectedHeader, token);
  };
};

export const jwtVerify = (async (...args: Parameters<typeof JwtVerify>) =>
  (await import('jose/jwt/verify')).jwtVerify(...args)) as typeof JwtVerify;
