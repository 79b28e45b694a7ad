import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { decodeJwt, verifyEs384 } from '../testing/jwt.js';
import { OidcTestClient } from '../testing/oidc-client.js';

const recordedDiscovery = JSON.parse(
  readFileSync(new URL('../fixtures/logto/openapi/openid-configuration.json', import.meta.url), 'utf8')
) as Record<string, unknown>;

const origin = 'http://localhost:5173';
const scopesWithoutOffline = ['openid', 'profile', 'email', 'phone', 'custom_data', 'identities'];

const current = useEmulator();

const myAccount = (token: string) =>
  request(`${current().url}/api/my-account`, { headers: { Authorization: `Bearer ${token}`, Origin: origin } });


describe('discovery', () => {
  it('has the keys and values of a Logto tenant, with the emulator as issuer', async () => {
    const response = await request(`${current().url}/oidc/.well-known/openid-configuration`, {
      headers: { Origin: origin },
    });
    expect(response.status).toBe(200);
    expect(response.header('access-control-allow-origin')).toBe(origin);
    const discovery = response.json as Record<string, unknown>;
    expect(Object.keys(discovery).sort()).toEqual(Object.keys(recordedDiscovery).sort());

    const recordedIssuer = String(recordedDiscovery.issuer);
    for (const [key, value] of Object.entries(recordedDiscovery)) {
      const expected =
        typeof value === 'string' ? value.replace(recordedIssuer, current().issuer) : value;
      expect(discovery[key], key).toEqual(expected);
    }
  });

  it('publishes one ES384 P-384 signing key', async () => {
    const response = await request(`${current().url}/oidc/jwks`);
    expect(response.header('content-type')).toContain('application/jwk-set+json');
    const { keys } = response.json as { keys: Array<Record<string, unknown>> };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-384', alg: 'ES384', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('authorization code + PKCE', () => {
  it('signs in through the sign-in page and returns an opaque access token and an ES384 ID token', async () => {
    const client = new OidcTestClient(current().url);
    const first = await client.authorize();
    expect(first.kind).toBe('sign-in');
    if (first.kind !== 'sign-in') return;
    expect(first.url.searchParams.get('app_id')).toBe(current().appId);
    expect(first.page.header('content-security-policy')).toContain("script-src 'self'");
    expect(first.page.text).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(first.page.text).toContain('<html lang="en">');
    expect(first.page.text).toMatch(/<label for="identifier">Username or email/);
    expect(first.page.text).toMatch(/<label for="password">Password/);

    const callback = await client.submitSignIn(demoUser.username, demoUser.password);
    expect(callback.kind).toBe('callback');
    if (callback.kind !== 'callback') return;
    expect(callback.url.searchParams.get('iss')).toBe(current().issuer);
    const tokens = await client.exchangeCode(callback.url);

    expect(tokens.accessToken).toMatch(/^[\w-]{43}$/);
    expect(tokens.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(tokens.tokenType).toBe('Bearer');
    expect(tokens.expiresIn).toBe(3600);
    expect(tokens.scope.split(' ').sort()).toEqual(
      ['openid', 'offline_access', 'profile', 'email', 'phone', 'address', 'identities', 'custom_data', 'urn:logto:scope:sessions'].sort()
    );

    const jwks = (await request(`${current().url}/oidc/jwks`)).json as { keys: [] };
    expect(verifyEs384(tokens.idToken ?? '', jwks.keys)).toBe(true);
    const { header, payload } = decodeJwt(tokens.idToken ?? '');
    expect(header.alg).toBe('ES384');
    const user = current().state.users.findByUsername(demoUser.username);
    expect(payload).toMatchObject({
      iss: current().issuer,
      aud: current().appId,
      sub: user?.id,
      name: demoUser.name,
      username: demoUser.username,
      preferred_username: demoUser.username,
      picture: null,
      given_name: 'Dana',
      family_name: 'Demo',
      email: demoUser.primaryEmail,
      email_verified: true,
      phone_number: demoUser.primaryPhone,
      phone_number_verified: true,
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
    expect(Math.abs(Number(payload.iat) - Date.now() / 1000)).toBeLessThan(300);
    // Milliseconds, as Logto sends them.
    expect(Number(payload.created_at)).toBeGreaterThan(1e12);
    expect(Number(payload.updated_at)).toBeGreaterThan(1e12);
    for (const claim of ['custom_data', 'identities', 'sso_identities', 'middle_name', 'address', 'sid', 'at_hash', 'nonce']) {
      expect(payload, claim).not.toHaveProperty(claim);
    }
  });

  it('answers the token request cross-origin for the app and refuses foreign origins', async () => {
    const client = new OidcTestClient(current().url);
    const result = await client.authorize();
    const callback = result.kind === 'sign-in' ? await client.submitSignIn(demoUser.username, demoUser.password) : result;
    const code = callback.kind === 'callback' ? callback.code ?? '' : '';

    const foreign = await request(`${current().url}/oidc/token`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example.test' },
      body: new URLSearchParams({ client_id: current().appId, code, grant_type: 'authorization_code' }),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.header('access-control-allow-origin')).toBeUndefined();
    expect(foreign.json).toMatchObject({ code: 'oidc.invalid_request', error: 'invalid_request' });

    const preflight = await request(`${current().url}/oidc/token`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.header('access-control-allow-origin')).toBe(origin);
  });

  it('requires PKCE', async () => {
    const url = new URL(`${current().url}/oidc/auth`);
    url.search = new URLSearchParams({
      client_id: current().appId,
      redirect_uri: `${origin}/callback`,
      response_type: 'code',
      scope: 'openid',
      state: 'abc',
    }).toString();
    const response = await request(url);
    const location = new URL(response.header('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('rejects an unregistered redirect URI with a JSON error carrying code and message', async () => {
    const client = new OidcTestClient(current().url, { redirectUri: 'http://localhost:9999/callback' });
    const url = new URL(`${current().url}/oidc/auth`);
    url.search = new URLSearchParams({
      client_id: current().appId,
      redirect_uri: client.redirectUri,
      response_type: 'code',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
      scope: 'openid',
    }).toString();
    const response = await request(url, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      code: 'oidc.invalid_redirect_uri',
      message: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
      error: 'invalid_redirect_uri',
    });
  });
});

describe('sign-in page', () => {
  it('keeps the identifier and shows an error on wrong credentials', async () => {
    const client = new OidcTestClient(current().url);
    await client.authorize();
    const response = await client.send('/sign-in', {
      method: 'POST',
      body: new URLSearchParams({ identifier: 'demo', password: 'wrong', action: 'sign-in' }),
    });
    expect(response.status).toBe(200);
    expect(response.text).toContain('role="alert"');
    expect(response.text).toContain('Incorrect account or password.');
    expect(response.text).toContain('value="demo"');
    expect(response.text).not.toContain('value="wrong"');
  });

  it('accepts the email, in any case, as identifier', async () => {
    const tokens = await new OidcTestClient(current().url).signIn('DEMO@example.com', demoUser.password);
    expect(tokens.accessToken).toBeTruthy();
  });

  it('ends the interaction with access_denied on Cancel', async () => {
    const client = new OidcTestClient(current().url);
    await client.authorize();
    const result = await client.submitSignIn('', '', 'cancel');
    expect(result).toMatchObject({ kind: 'callback', error: 'access_denied' });
    if (result.kind === 'callback') {
      expect(result.url.searchParams.get('state')).toBeTruthy();
    }
  });

  it('shows the unknown-session page without an interaction', async () => {
    const response = await request(`${current().url}/sign-in?app_id=${current().appId}`);
    expect(response.status).toBe(302);
    expect(response.header('location')).toBe('/unknown-session');
    const page = await request(`${current().url}/unknown-session`);
    expect(page.text).toContain('<h1>Unknown session</h1>');
  });
});

describe('prompts', () => {
  it('answers prompt=none without a session with login_required', async () => {
    const result = await new OidcTestClient(current().url).authorize({ prompt: 'none' });
    expect(result).toMatchObject({ kind: 'callback', error: 'login_required' });
  });

  it('signs in silently with prompt=none while the session lives, without a refresh token', async () => {
    const client = new OidcTestClient(current().url);
    await client.signIn(demoUser.username, demoUser.password);
    const silent = await client.authorize({ prompt: 'none' });
    expect(silent.kind).toBe('callback');
    if (silent.kind !== 'callback') return;
    const tokens = await client.exchangeCode(silent.url);
    expect(tokens.refreshToken).toBeUndefined();
    expect(tokens.scope).not.toContain('offline_access');
  });

  it('issues a token without openid (no ID token), which the Account API refuses with 403', async () => {
    const tokens = await new OidcTestClient(current().url).signIn(demoUser.username, demoUser.password, {
      scopes: ['profile', 'email', 'offline_access'],
    });
    expect(tokens.idToken).toBeUndefined();
    const response = await myAccount(tokens.accessToken);
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('userinfo', () => {
  it('returns the scoped claims, with identities, sso_identities (no connector id) and custom_data', async () => {
    const user = current().state.users.findByUsername(demoUser.username);
    current().state.users.update(user?.id ?? '', {
      ssoIdentities: [{ ssoConnectorId: 'conn1', issuer: 'https://sso.example.test', identityId: 'abc', detail: { a: 1 } }],
    });
    const tokens = await new OidcTestClient(current().url).signIn(demoUser.username, demoUser.password);
    const response = await request(`${current().url}/oidc/me`, {
      headers: { Authorization: `Bearer ${tokens.accessToken}`, Origin: origin },
    });
    expect(response.status).toBe(200);
    expect(response.header('access-control-allow-origin')).toBe(origin);
    expect(response.json).toMatchObject({
      sub: user?.id,
      name: demoUser.name,
      picture: null,
      email: demoUser.primaryEmail,
      email_verified: true,
      custom_data: demoUser.customData,
      identities: {},
      sso_identities: [{ issuer: 'https://sso.example.test', identityId: 'abc', detail: { a: 1 } }],
    });
  });

  it('returns only sub for an openid-only token', async () => {
    const tokens = await new OidcTestClient(current().url).signIn(demoUser.username, demoUser.password, {
      scopes: ['openid'],
    });
    const response = await request(`${current().url}/oidc/me`, {
      headers: { Authorization: `Bearer ${tokens.accessToken}` },
    });
    expect(Object.keys(response.json as object)).toEqual(['sub']);
  });
});

describe('session-bound tokens, end-session and revocation', () => {
  it('kills a token without offline_access when the session ends, via the self-submitting logout page', async () => {
    const client = new OidcTestClient(current().url);
    const tokens = await client.signIn(demoUser.username, demoUser.password, {
      scopes: scopesWithoutOffline,
      prompt: 'login',
    });
    expect((await myAccount(tokens.accessToken)).status).toBe(200);

    const page = await client.send(
      `/oidc/session/end?client_id=${current().appId}&post_logout_redirect_uri=${encodeURIComponent(`${origin}/`)}`
    );
    expect(page.status).toBe(200);
    expect(page.text).toContain('name="logout" value="yes"');
    expect(page.text).toContain('<script src="/emulator-assets/auto-submit.js" defer></script>');
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)/);

    const done = await client.endSession(`${origin}/`);
    expect(done.status).toBe(303);
    expect(done.header('location')).toBe(`${origin}/`);

    const after = await myAccount(tokens.accessToken);
    expect(after.status).toBe(401);
    expect(after.json).toMatchObject({ code: 'auth.unauthorized' });
  });

  it('serves the auto-submit script as a static file', async () => {
    const response = await request(`${current().url}/emulator-assets/auto-submit.js`);
    expect(response.status).toBe(200);
    expect(response.header('content-type')).toContain('javascript');
    expect(response.text).toContain('submit()');
  });

  it('revokes the whole grant when the SDK revokes the refresh token on sign-out', async () => {
    const client = new OidcTestClient(current().url);
    const tokens = await client.signIn(demoUser.username, demoUser.password);
    const revoked = await request(`${current().url}/oidc/token/revocation`, {
      method: 'POST',
      headers: { Origin: origin },
      body: new URLSearchParams({ client_id: current().appId, token: tokens.refreshToken ?? '' }),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.header('access-control-allow-origin')).toBe(origin);

    expect((await myAccount(tokens.accessToken)).status).toBe(401);
    const refresh = await client
      .refresh(tokens.refreshToken ?? '')
      .then(() => 'refreshed')
      .catch((error: Error) => error.message);
    expect(refresh).toContain('"code":"oidc.invalid_grant"');
    expect(refresh).toContain('"error_uri":"https://openid.sh/debug/invalid_grant"');
  });

  it('rotates refresh tokens and tolerates a reuse within 3 seconds, like Logto', async () => {
    const client = new OidcTestClient(current().url);
    const tokens = await client.signIn(demoUser.username, demoUser.password);
    const first = await client.refresh(tokens.refreshToken ?? '');
    expect(first.refreshToken).not.toBe(tokens.refreshToken);
    expect(first.idToken).toBeTruthy();
    expect(first.scope).toBe(tokens.scope);
    // A second tab refreshing with the same token at the same time.
    const second = await client.refresh(tokens.refreshToken ?? '');
    expect(second.accessToken).toBeTruthy();
  });

  it('treats a reuse after the leeway as replay and revokes the grant', async () => {
    const client = new OidcTestClient(current().url);
    const tokens = await client.signIn(demoUser.username, demoUser.password);
    const rotated = await client.refresh(tokens.refreshToken ?? '');
    await new Promise((resolve) => setTimeout(resolve, 3100));
    await expect(client.refresh(tokens.refreshToken ?? '')).rejects.toThrow(/invalid_grant/);
    await expect(client.refresh(rotated.refreshToken ?? '')).rejects.toThrow(/invalid_grant/);
  });

  it('asks for a resource the emulator does not know with invalid_target', async () => {
    const result = await new OidcTestClient(current().url).authorize({ resource: ['https://api.example.test'] });
    expect(result).toMatchObject({ kind: 'callback', error: 'invalid_target' });
  });
});
