import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { useEmulator } from '../testing/lifecycle.js';
import { request, type RawResponse } from '../testing/http.js';
import { getTokens, OidcTestClient } from '../testing/oidc-client.js';

const origin = 'http://localhost:5173';
const current = useEmulator();

const control = (method: string, path: string, body?: unknown) =>
  request(`${current().url}/__emulator${path}`, { method, body });

const api = (path: string, token: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) =>
  request(`${current().url}${path}`, {
    method: options.method,
    headers: { Authorization: `Bearer ${token}`, Origin: origin, ...options.headers },
    body: options.body,
  });

const demoToken = async () => (await getTokens(current().url, demoUser.username, demoUser.password)).accessToken;


describe('users', () => {
  it('creates a user from any subset of fields plus a plain password, and never shows the digest', async () => {
    const created = await control('POST', '/users', {
      username: 'riley',
      password: 'Riley-passw0rd!',
      profile: { nickname: 'Ry' },
    });
    expect(created.status).toBe(201);
    const user = created.json as Record<string, unknown>;
    expect(user).toMatchObject({
      username: 'riley',
      primaryEmail: null,
      profile: { nickname: 'Ry' },
      customData: {},
      ssoIdentities: [],
      hasPassword: true,
    });
    expect(String(user.id)).toMatch(/^[\da-z]{12}$/);
    expect(user).not.toHaveProperty('passwordDigest');

    const fetched = await control('GET', `/users/${String(user.id)}`);
    expect(fetched.json).toEqual(user);
    expect((await getTokens(current().url, 'riley', 'Riley-passw0rd!')).accessToken).toBeTruthy();
  });

  it('updates a user, including removing the password', async () => {
    const { id } = (await control('POST', '/users', { username: 'sam', password: 'Sam-passw0rd!' })).json as { id: string };
    const updated = await control('PATCH', `/users/${id}`, { name: 'Sam', password: null });
    expect(updated.json).toMatchObject({ name: 'Sam', hasPassword: false });
    expect((await control('GET', '/users/nope12345678')).status).toBe(404);
  });

  it('rejects unknown fields with a guard error', async () => {
    const response = await control('POST', '/users', { username: 'x', favourite: 1 });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ code: 'guard.invalid_input' });
  });

  it('signs a user out everywhere: sessions end and every token dies', async () => {
    const client = new OidcTestClient(current().url);
    const tokens = await client.signIn(demoUser.username, demoUser.password);
    const user = current().state.users.findByUsername(demoUser.username);
    const signOut = await control('POST', `/users/${user?.id ?? ''}/sign-out`);
    expect(signOut.status).toBe(200);

    expect((await api('/api/my-account', tokens.accessToken)).status).toBe(401);
    await expect(client.refresh(tokens.refreshToken ?? '')).rejects.toThrow(/invalid_grant/);
    expect(await client.authorize({ prompt: 'none' })).toMatchObject({ kind: 'callback', error: 'login_required' });
  });
});

describe('reset', () => {
  it('returns users, settings, clients and OIDC state to the seed', async () => {
    const token = await demoToken();
    await control('POST', '/users', { username: 'temp', password: 'Temp-passw0rd!' });
    await control('PATCH', '/account-center', { enabled: false, fields: {} });
    await control('PUT', '/app-urls', { appUrls: ['http://localhost:6000/'] });

    expect((await control('POST', '/reset')).status).toBe(204);

    const users = (await control('GET', '/users')).json as Array<{ username: string }>;
    expect(users.map(({ username }) => username)).toEqual([demoUser.username]);
    const settings = (await control('GET', '/account-center')).json as { enabled: boolean; fields: object };
    expect(settings.enabled).toBe(true);
    expect(Object.values(settings.fields).every((value) => value === 'Edit')).toBe(true);
    expect((await api('/api/my-account', token)).status).toBe(401);
    expect(current().state.clients.get(current().appId)?.redirectUris).toEqual([
      'http://localhost:5173/callback',
      'http://localhost:4173/callback',
    ]);
  });
});

describe('account-center settings', () => {
  it('switches the account center off for the Account and Verification APIs', async () => {
    const token = await demoToken();
    await control('PATCH', '/account-center', { enabled: false });
    for (const response of [
      await api('/api/my-account', token),
      await api('/api/verifications/password', token, { method: 'POST', body: { password: demoUser.password } }),
    ]) {
      expect(response.status).toBe(400);
      expect(response.json).toMatchObject({ code: 'account_center.not_enabled' });
    }
  });

  it('replaces fields with PATCH /account-center and merges them with PATCH /account-center/fields', async () => {
    await control('PATCH', '/account-center', { fields: { name: 'ReadOnly' } });
    expect(current().state.accountCenter.fields).toEqual({ name: 'ReadOnly' });
    await control('PATCH', '/account-center/fields', { avatar: 'Off' });
    expect(current().state.accountCenter.fields).toEqual({ name: 'ReadOnly', avatar: 'Off' });

    const token = await demoToken();
    const profile = (await api('/api/my-account', token)).json as Record<string, unknown>;
    expect(profile).toHaveProperty('name');
    expect(profile).not.toHaveProperty('avatar');
    const patch = await api('/api/my-account', token, { method: 'PATCH', body: { name: 'X' } });
    expect(patch.json).toMatchObject({ code: 'account_center.field_not_editable' });
  });
});

describe('clients', () => {
  it('replaces the app base URLs of the demo client at runtime', async () => {
    const response = await control('PUT', '/app-urls', { appUrls: ['http://localhost:6100/account'] });
    expect(response.json).toMatchObject({
      appUrls: ['http://localhost:6100/account/'],
      client: {
        redirectUris: ['http://localhost:6100/account/callback'],
        postLogoutRedirectUris: ['http://localhost:6100/account/'],
      },
    });
    const tokens = await getTokens(current().url, demoUser.username, demoUser.password, {
      redirectUri: 'http://localhost:6100/account/callback',
    });
    expect(tokens.accessToken).toBeTruthy();
    await expect(getTokens(current().url, demoUser.username, demoUser.password)).rejects.toThrow(/Unexpected 400/);
  });

  it('registers a third-party client whose tokens may read but not write', async () => {
    await control('PUT', '/clients/partner-app', {
      isThirdParty: true,
      redirectUris: ['http://localhost:5173/partner-callback'],
    });
    const { accessToken } = await getTokens(current().url, demoUser.username, demoUser.password, {
      clientId: 'partner-app',
      redirectUri: 'http://localhost:5173/partner-callback',
      scopes: ['openid', 'profile'],
    });
    expect((await api('/api/my-account', accessToken)).status).toBe(200);
    const patch = await api('/api/my-account', accessToken, { method: 'PATCH', body: { name: 'X' } });
    expect(patch.status).toBe(403);
    expect(patch.json).toMatchObject({ code: 'auth.third_party_application_forbidden' });
  });
});

describe('well-known CORS', () => {
  it('is closed to foreign origins until switched open', async () => {
    const read = () => request(`${current().url}/api/.well-known/account-center`, { headers: { Origin: origin } });
    expect((await read()).header('access-control-allow-origin')).toBeUndefined();
    await control('PUT', '/well-known-cors', { open: true });
    expect((await read()).header('access-control-allow-origin')).toBe(origin);
  });
});

describe('faults and latency', () => {
  it('answers the next N matching calls with the fault, keeping CORS, then passes through', async () => {
    const token = await demoToken();
    const created = await control('POST', '/faults', {
      method: 'GET',
      path: '/api/my-account',
      times: 2,
      status: 503,
      body: { code: 'request.general', message: 'Unavailable.' },
    });
    expect(created.status).toBe(201);

    const responses: RawResponse[] = [];
    for (let call = 0; call < 3; call += 1) {
      responses.push(await api('/api/my-account', token));
    }
    expect(responses.map(({ status }) => status)).toEqual([503, 503, 200]);
    expect(responses[0]?.json).toEqual({ code: 'request.general', message: 'Unavailable.' });
    expect(responses[0]?.header('access-control-allow-origin')).toBe(origin);
    expect(responses[0]?.header('access-control-expose-headers')).toBe('*');
  });

  it('matches method and pathname exactly', async () => {
    const token = await demoToken();
    await control('POST', '/faults', { method: 'PATCH', path: '/api/my-account', status: 500 });
    expect((await api('/api/my-account', token)).status).toBe(200);
    expect((await api('/api/my-account/profile', token, { method: 'PATCH', body: {} })).status).toBe(200);
    expect((await api('/api/my-account', token, { method: 'PATCH', body: { name: 'A' } })).status).toBe(500);
    expect((await api('/api/my-account', token, { method: 'PATCH', body: { name: 'A' } })).status).toBe(200);
  });

  it('delays a call and then runs it normally', async () => {
    const token = await demoToken();
    await control('POST', '/faults', { method: 'GET', path: '/api/my-account', delayMs: 300 });
    const started = Date.now();
    const response = await api('/api/my-account', token);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(response.status).toBe(200);
    expect((await control('GET', '/faults')).json).toEqual([]);
  });
});

describe('clock', () => {
  it('expires a verification record after 10 minutes of emulator time', async () => {
    const token = await demoToken();
    const created = await api('/api/verifications/password', token, {
      method: 'POST',
      body: { password: demoUser.password },
    });
    expect(created.status).toBe(201);
    const { verificationRecordId, expiresAt } = created.json as { verificationRecordId: string; expiresAt: string };
    expect(Date.parse(expiresAt) - current().state.clock.now()).toBeGreaterThan(9.9 * 60_000);

    const rename = (username: string) =>
      api('/api/my-account', token, {
        method: 'PATCH',
        headers: { 'logto-verification-id': verificationRecordId },
        body: { username },
      });
    expect((await rename('dana_one')).status).toBe(200);

    await control('POST', '/clock/advance', { minutes: 9 });
    expect((await rename('dana_two')).status).toBe(200);

    const advanced = await control('POST', '/clock/advance', { minutes: 1, seconds: 1 });
    expect(advanced.json).toMatchObject({ offsetMs: 601_000 });
    const expired = await rename('dana_three');
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: 'verification_record.permission_denied' });
  });

  it('ends the password lockout after 60 minutes of emulator time', async () => {
    const token = await demoToken();
    const verify = (password: string) =>
      api('/api/verifications/password', token, { method: 'POST', body: { password } });
    for (let attempt = 0; attempt < 99; attempt += 1) {
      expect((await verify('wrong')).status).toBe(422);
    }
    expect((await verify('wrong')).status).toBe(400);
    const locked = await verify(demoUser.password);
    expect(locked.status).toBe(400);
    expect(locked.json).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
      message: 'Too many attempts in a short time. Please try again in 60 minutes.',
    });
    await control('POST', '/clock/advance', { minutes: 61 });
    expect((await verify(demoUser.password)).status).toBe(201);
  });
});
