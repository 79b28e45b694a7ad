import { describe, expect, it } from 'vitest';

import { createEmulator } from '../server.js';
import { managementApiIndicator, noAccessClient, provisionerClient } from '../state/m2m-clients.js';
import { demoUser } from '../state/seed.js';
import { request } from '../testing/http.js';
import { decodeJwt, verifyEs384 } from '../testing/jwt.js';
import { useEmulator } from '../testing/lifecycle.js';
import { managementToken, requestManagementToken } from '../testing/management.js';
import { getTokens } from '../testing/oidc-client.js';

const current = useEmulator();

const getAccountCenter = (authorization?: string, headers: Record<string, string> = {}) =>
  request(`${current().url}/api/account-center`, {
    headers: { ...(authorization === undefined ? {} : { Authorization: authorization }), ...headers },
  });

const control = (method: string, path: string, body?: unknown) =>
  request(`${current().url}/__emulator${path}`, { method, body });

describe('client_credentials for the Management API', () => {
  it('gives the provisioner an ES384 JWT for the indicator with the all scope', async () => {
    const response = await requestManagementToken(current().url);
    expect(response.status).toBe(200);
    const body = response.json as Record<string, unknown>;
    expect(body).toMatchObject({ expires_in: 3600, scope: 'all', token_type: 'Bearer' });
    expect(body).not.toHaveProperty('refresh_token');

    const token = String(body.access_token);
    const { header, payload } = decodeJwt(token);
    expect(header).toMatchObject({ alg: 'ES384', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      sub: provisionerClient.id,
      client_id: provisionerClient.id,
      iss: current().issuer,
      aud: managementApiIndicator,
      scope: 'all',
    });
    const jwks = (await request(`${current().url}/oidc/jwks`)).json as { keys: Parameters<typeof verifyEs384>[1] };
    expect(verifyEs384(token, jwks.keys)).toBe(true);
  });

  it('accepts the secret in a Basic header too', async () => {
    const response = await request(`${current().url}/oidc/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${provisionerClient.id}:${provisionerClient.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: managementApiIndicator, scope: 'all' }),
    });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong secret or an unknown client with invalid_client', async () => {
    for (const client of [
      { id: provisionerClient.id, secret: 'wrong' },
      { id: 'no-such-client', secret: 'x' },
    ]) {
      const response = await requestManagementToken(current().url, client);
      expect(response.status).toBe(401);
      expect(response.json).toMatchObject({
        code: 'oidc.invalid_client',
        message: 'An OIDC error occurred: oidc.invalid_client.',
        error: 'invalid_client',
      });
    }
  });

  it('issues a token without scope to an app without Management API access', async () => {
    const response = await requestManagementToken(current().url, noAccessClient);
    expect(response.status).toBe(200);
    expect(response.json).not.toHaveProperty('scope');
    const token = String((response.json as Record<string, unknown>).access_token);
    expect(decodeJwt(token).payload).not.toHaveProperty('scope');

    const forbidden = await getAccountCenter(`Bearer ${token}`);
    expect(forbidden.status).toBe(403);
    expect(forbidden.json).toEqual({
      code: 'auth.forbidden',
      message: 'Forbidden. Please check your user roles and permissions.',
    });
  });

  it('knows no other API resource', async () => {
    const response = await requestManagementToken(current().url, provisionerClient, { resource: 'https://api.example.test' });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ code: 'oidc.invalid_target', error: 'invalid_target' });
  });
});

describe('Management API auth', () => {
  it('asks for an Authorization header and a Bearer token', async () => {
    expect((await getAccountCenter()).json).toEqual({
      code: 'auth.authorization_header_missing',
      message: 'Authorization header is missing.',
    });
    const basic = await getAccountCenter('Basic abc');
    expect(basic.status).toBe(401);
    expect(basic.json).toMatchObject({
      code: 'auth.authorization_token_type_not_supported',
      data: { supportedTypes: ['Bearer'] },
    });
  });

  it('refuses a user access token as a malformed JWS, as recorded', async () => {
    const { accessToken } = await getTokens(current().url, demoUser.username, demoUser.password);
    const response = await getAccountCenter(`Bearer ${accessToken}`, { Origin: 'http://localhost:5173' });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({
      code: 'auth.unauthorized',
      data: { code: 'ERR_JWS_INVALID', name: 'JWSInvalid' },
      message: 'Unauthorized. Please check credentials and its scope.',
    });
    expect(response.header('access-control-allow-origin')).toBeUndefined();
  });

  it('refuses a token signed by another tenant key', async () => {
    const other = await createEmulator({ port: 0, printOutbox: false });
    try {
      const foreign = await managementToken(other.url);
      expect((await getAccountCenter(`Bearer ${foreign}`)).json).toMatchObject({
        code: 'auth.unauthorized',
        data: { code: 'ERR_JWKS_NO_MATCHING_KEY', name: 'JWKSNoMatchingKey' },
      });
    } finally {
      await other.close();
    }
  });

  it('lets the provisioner in and never answers a browser origin, even in non-production mode', async () => {
    await control('PUT', '/well-known-cors', { open: true });
    const token = await managementToken(current().url);
    const response = await getAccountCenter(`Bearer ${token}`, { Origin: 'http://localhost:5173' });
    expect(response.status).toBe(200);
    expect(response.header('access-control-allow-origin')).toBeUndefined();
    const preflight = await request(`${current().url}/api/applications`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.header('access-control-allow-origin')).toBeUndefined();
  });
});

describe('machine-to-machine clients through the control API', () => {
  it('creates, changes and deletes an M2M app with or without Management API access', async () => {
    const created = await control('PUT', '/m2m-clients/ci-deployer', { secret: 'ci-secret', managementApiAccess: true });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 'ci-deployer', type: 'MachineToMachine', managementApiAccess: true });
    const client = { id: 'ci-deployer', secret: 'ci-secret' };
    expect((await requestManagementToken(current().url, client)).json).toMatchObject({ scope: 'all' });

    expect((await control('PUT', '/m2m-clients/ci-deployer', { managementApiAccess: false })).status).toBe(200);
    expect((await requestManagementToken(current().url, client)).json).not.toHaveProperty('scope');

    expect((await control('DELETE', '/clients/ci-deployer')).status).toBe(204);
    expect((await requestManagementToken(current().url, client)).status).toBe(401);
    expect((await control('DELETE', '/clients/ci-deployer')).status).toBe(404);
  });

  it('generates a secret when none is given and refuses to turn a SPA into an M2M app', async () => {
    const created = (await control('PUT', '/m2m-clients/generated', {})).json as { secret: string };
    expect(created.secret).toMatch(/^[\w-]{32}$/);
    expect((await control('PUT', `/m2m-clients/${current().appId}`, {})).status).toBe(409);
  });
});
