// @vitest-environment node
// Node, not jsdom: jsdom's TextEncoder hands jose a Uint8Array from another realm.
import { exportJWK } from 'jose/key/export';
import { generateKeyPair } from 'jose/key/generate/keypair';
import { SignJWT } from 'jose/jwt/sign';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, jwtVerify } from './lazy-jose';

// Signing uses the real library by subpath (the alias replaces only the bare name `jose`).
async function issue(audience: string) {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'ES384' };
  const token = await new SignJWT({ sub: 'user-1' })
    .setProtectedHeader({ alg: 'ES384', kid: 'key-1' })
    .setIssuer('https://logto.test/oidc')
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  return { token, jwks: { keys: [jwk] } };
}

/** A real JWKS endpoint on loopback, counting how often it is asked. */
async function serveJwks(jwks: unknown) {
  let requests = 0;
  const server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  return { url: new URL(`http://127.0.0.1:${port}/oidc/jwks`), requests: () => requests };
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

describe('the lazy jose stand-in', () => {
  it('fetches the key set on first use and verifies a good ID token', async () => {
    const { token, jwks } = await issue('app');
    const endpoint = await serveJwks(jwks);
    const getKey = createRemoteJWKSet(endpoint.url);
    expect(endpoint.requests()).toBe(0);
    const { payload } = await jwtVerify(token, getKey, { audience: 'app', issuer: 'https://logto.test/oidc' });
    expect(payload.sub).toBe('user-1');
    expect(endpoint.requests()).toBe(1);
  });

  it('rejects a token for another audience or signed with another key', async () => {
    const mine = await issue('app');
    const endpoint = await serveJwks(mine.jwks);
    const getKey = createRemoteJWKSet(endpoint.url);
    await expect(jwtVerify(mine.token, getKey, { audience: 'other-app' })).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
    const forged = await issue('app');
    await expect(jwtVerify(forged.token, getKey, { audience: 'app' })).rejects.toMatchObject({ code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });
});
