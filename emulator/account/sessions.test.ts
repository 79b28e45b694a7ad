import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { defaultScopes, OidcTestClient } from '../testing/oidc-client.js';

const current = useEmulator();
const { call, control, passwordVid } = accountApi(current);

const password = 'Sess-passw0rd!';
const withoutOfflineAccess = defaultScopes.filter((scope) => scope !== 'offline_access');

type Listed = {
  payload: { uid: string; loginTs: number; accountId: string; authorizations?: Record<string, { sid?: string; grantId?: string; persistsLogout?: boolean }> };
  lastSubmission: {
    interactionEvent: string;
    userId: string;
    verificationRecords: Array<{ id: string; type: string; identifier: { type: string; value: string }; verified: boolean }>;
    signInContext?: Record<string, string>;
  } | null;
  clientId: string | null;
  accountId: string | null;
  expiresAt: number;
  isCurrent?: boolean;
};
type Grant = { id: string; payload: { clientId: string; accountId: string; openid?: { scope: string } }; application: { id: string; name: string } };

const newUser = async (username: string) =>
  ((await control('POST', '/users', { username, primaryEmail: `${username}@example.test`, password })).json as { id: string }).id;

/** A sign-in in its own browser, so its own OIDC session. */
const signIn = async (username: string, { scopes = defaultScopes, userAgent }: { scopes?: string[]; userAgent?: string } = {}) => {
  const client = new OidcTestClient(current().url, { userAgent });
  const tokens = await client.signIn(username, password, { scopes });
  return { client, tokens, vid: await passwordVid(tokens.accessToken, password) };
};

const sessions = async (token: string, vid: string) =>
  ((await call('GET', '/api/my-account/sessions', token, { vid })).json as { sessions: Listed[] }).sessions;
const grants = async (token: string, vid: string, appType?: string) =>
  ((await call('GET', `/api/my-account/grants${appType ? `?appType=${appType}` : ''}`, token, { vid })).json as { grants: Grant[] })
    .grants;
const deleteSession = (token: string, vid: string, uid: string, target?: string) =>
  call('DELETE', `/api/my-account/sessions/${uid}${target ? `?revokeGrantsTarget=${target}` : ''}`, token, { vid });
const deleteGrant = (token: string, vid: string, id: string) => call('DELETE', `/api/my-account/grants/${id}`, token, { vid });
const myAccountStatus = async (token: string) => (await call('GET', '/api/my-account', token)).status;
const codeOf = (response: { json: unknown }) => (response.json as { code?: string }).code;

describe('GET /api/my-account/sessions', () => {
  it('lists the user’s sessions and marks the caller’s own as current', async () => {
    await newUser('sam');
    const first = await signIn('sam');
    const second = await signIn('sam', { scopes: withoutOfflineAccess });

    const seenByFirst = await sessions(first.tokens.accessToken, first.vid);
    expect(seenByFirst).toHaveLength(2);
    expect(seenByFirst.map(({ isCurrent }) => isCurrent)).toEqual([true, false]);
    const seenBySecond = await sessions(second.tokens.accessToken, second.vid);
    expect(seenBySecond.map(({ isCurrent }) => isCurrent)).toEqual([false, true]);
    expect(seenBySecond.map(({ payload }) => payload.uid)).toEqual(seenByFirst.map(({ payload }) => payload.uid));

    const [withOffline, sessionBound] = seenByFirst;
    expect(withOffline?.payload).toMatchObject({ kind: 'Session', accountId: expect.any(String), loginTs: expect.any(Number) });
    expect(Object.keys(withOffline?.payload ?? {})).toEqual(['exp', 'iat', 'jti', 'uid', 'kind', 'loginTs', 'accountId', 'authorizations']);
    // oidc-provider marks an authorization whose tokens outlive the session (offline_access).
    expect(withOffline?.payload.authorizations?.['account-center-demo']).toEqual({
      sid: expect.any(String),
      grantId: expect.any(String),
      persistsLogout: true,
    });
    expect(sessionBound?.payload.authorizations?.['account-center-demo']).toEqual({ sid: expect.any(String), grantId: expect.any(String) });
    expect(withOffline?.expiresAt).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
  });

  it('keeps the sign-in context of the sign-in page: identifier, IP and user agent', async () => {
    const id = await newUser('ines');
    const userAgent = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
    const client = new OidcTestClient(current().url, { userAgent });
    const { accessToken } = await client.signIn('INES@example.test', password);
    const [session] = await sessions(accessToken, await passwordVid(accessToken, password));

    expect(session).toMatchObject({ clientId: 'account-center-demo', accountId: id, isCurrent: true });
    expect(session?.lastSubmission).toEqual({
      interactionEvent: 'SignIn',
      userId: id,
      verificationRecords: [
        { id: expect.stringMatching(/^[\da-z]{21}$/), type: 'Password', identifier: { type: 'email', value: 'INES@example.test' }, verified: true },
      ],
      signInContext: { ip: expect.stringMatching(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/), userAgent },
    });
  });

  it('forgets the session when the app signs out (RP-initiated logout)', async () => {
    await newUser('olga');
    const leaving = await signIn('olga');
    const staying = await signIn('olga');
    await leaving.client.endSession();
    const left = await sessions(staying.tokens.accessToken, staying.vid);
    expect(left.map(({ isCurrent }) => isCurrent)).toEqual([true]);
  });
});

describe('checks', () => {
  it('wants the step-up header first, then the session control, then the scope', async () => {
    await newUser('carl');
    const { tokens, vid } = await signIn('carl');
    const token = tokens.accessToken;
    const routes = [
      ['GET', '/api/my-account/sessions'],
      ['GET', '/api/my-account/grants'],
      ['DELETE', '/api/my-account/sessions/some-uid'],
      ['DELETE', '/api/my-account/grants/some-grant'],
    ] as const;

    for (const [method, path] of routes) {
      const response = await call(method, path, token);
      expect([response.status, codeOf(response)]).toEqual([401, 'verification_record.permission_denied']);
    }

    await control('PATCH', '/account-center/fields', { session: 'Off' });
    for (const [method, path] of routes) {
      const response = await call(method, path, token, { vid });
      expect([response.status, codeOf(response)]).toEqual([
        400,
        method === 'GET' ? 'account_center.field_not_enabled' : 'account_center.field_not_editable',
      ]);
    }
    expect(codeOf(await call('GET', '/api/my-account/sessions', token))).toBe('verification_record.permission_denied');

    await control('PATCH', '/account-center/fields', { session: 'ReadOnly' });
    for (const [method, path] of routes) {
      const response = await call(method, path, token, { vid });
      expect(response.status).toBe(method === 'GET' ? 200 : 400);
      if (method === 'DELETE') expect(codeOf(response)).toBe('account_center.field_not_editable');
    }

    await control('PATCH', '/account-center/fields', { session: 'Edit' });
    const unscoped = await signIn('carl', { scopes: ['openid', 'profile', 'offline_access'] });
    for (const [method, path] of routes) {
      const response = await call(method, path, unscoped.tokens.accessToken, { vid: unscoped.vid });
      expect([response.status, codeOf(response)]).toEqual([401, 'auth.unauthorized']);
    }
  });

  it('guards the query before anything else', async () => {
    await newUser('gus');
    const { tokens } = await signIn('gus');
    const badTarget = await call('DELETE', '/api/my-account/sessions/whatever?revokeGrantsTarget=everything', tokens.accessToken);
    expect(badTarget.status).toBe(400);
    expect(badTarget.json).toMatchObject({
      code: 'guard.invalid_input',
      message: 'The request query is invalid.',
      data: { issues: [{ code: 'invalid_enum_value', options: ['all', 'firstParty'], path: ['revokeGrantsTarget'] }] },
    });
    const badType = await call('GET', '/api/my-account/grants?appType=all', tokens.accessToken);
    expect(badType.json).toMatchObject({
      code: 'guard.invalid_input',
      details: "Error in key path \"appType\": (invalid_enum_value) Invalid enum value. Expected 'firstParty' | 'thirdParty', received 'all'",
    });
  });

  it('answers unknown and foreign ids as Logto does (sessions: 400 with data.status 404; grants: 404)', async () => {
    await newUser('una');
    await newUser('otto');
    const mine = await signIn('una');
    const theirs = await signIn('otto');
    const [theirSession] = await sessions(theirs.tokens.accessToken, theirs.vid);
    const [theirGrant] = await grants(theirs.tokens.accessToken, theirs.vid);
    const token = mine.tokens.accessToken;

    const unknown = await deleteSession(token, mine.vid, 'no-such-session-uid');
    expect([unknown.status, unknown.json]).toEqual([400, { code: 'oidc.session_not_found', data: { status: 404 }, message: 'Session not found.' }]);
    const foreign = await deleteSession(token, mine.vid, theirSession?.payload.uid ?? '', 'all');
    expect([foreign.status, foreign.json]).toEqual([
      400,
      { code: 'oidc.invalid_session_account_id', data: { status: 404 }, message: 'Session accountId mismatch.' },
    ]);
    for (const id of ['no-such-grant-id', theirGrant?.id ?? '']) {
      const response = await deleteGrant(token, mine.vid, id);
      expect([response.status, response.json]).toEqual([404, { code: 'oidc.invalid_grant', message: 'Grant request is invalid.' }]);
    }
    expect(await myAccountStatus(theirs.tokens.accessToken)).toBe(200);
  });
});

describe('DELETE /api/my-account/sessions/:sessionId', () => {
  it('ends another session: its session-bound token dies, the caller’s keeps working', async () => {
    await newUser('tara');
    const caller = await signIn('tara');
    const laptop = await signIn('tara', { scopes: withoutOfflineAccess });
    const uid = (await sessions(caller.tokens.accessToken, caller.vid)).find(({ isCurrent }) => !isCurrent)?.payload.uid ?? '';

    expect((await deleteSession(caller.tokens.accessToken, caller.vid, uid)).status).toBe(204);
    expect(await myAccountStatus(laptop.tokens.accessToken)).toBe(401);
    expect(await myAccountStatus(caller.tokens.accessToken)).toBe(200);
    expect((await sessions(caller.tokens.accessToken, caller.vid)).map(({ payload }) => payload.uid)).not.toContain(uid);
    // Its grant stays (Logto revokes grants only when asked to).
    expect(await grants(caller.tokens.accessToken, caller.vid)).toHaveLength(2);
  });

  it('leaves offline_access tokens and their refresh tokens alive without revokeGrantsTarget', async () => {
    await newUser('fay');
    const caller = await signIn('fay');
    const phone = await signIn('fay');
    const uid = (await sessions(caller.tokens.accessToken, caller.vid)).find(({ isCurrent }) => !isCurrent)?.payload.uid ?? '';

    expect((await deleteSession(caller.tokens.accessToken, caller.vid, uid)).status).toBe(204);
    expect(await myAccountStatus(phone.tokens.accessToken)).toBe(200);
    const refreshed = await phone.client.refresh(phone.tokens.refreshToken ?? '');
    expect(await myAccountStatus(refreshed.accessToken)).toBe(200);
  });

  it('with revokeGrantsTarget=all, ends the caller’s own session and every token of its grants', async () => {
    await newUser('ada');
    const { client, tokens, vid } = await signIn('ada');
    const [own] = await sessions(tokens.accessToken, vid);

    expect((await deleteSession(tokens.accessToken, vid, own?.payload.uid ?? '', 'all')).status).toBe(204);
    expect(await myAccountStatus(tokens.accessToken)).toBe(401);
    await expect(client.refresh(tokens.refreshToken ?? '')).rejects.toThrow(/invalid_grant/);
  });

  it('with revokeGrantsTarget=firstParty, keeps the grants of third-party apps', async () => {
    const id = await newUser('pia');
    const caller = await signIn('pia');
    const created = await control('POST', `/users/${id}/sessions`, { clientIds: ['account-center-demo', 'photo-print-demo'] });
    const { uid, grantIds } = created.json as { uid: string; grantIds: string[] };
    const [spaGrant, photoGrant] = grantIds;

    expect((await deleteSession(caller.tokens.accessToken, caller.vid, uid, 'firstParty')).status).toBe(204);
    const left = (await grants(caller.tokens.accessToken, caller.vid)).map((grant) => grant.id);
    expect(left).toContain(photoGrant);
    expect(left).not.toContain(spaGrant);
    expect((await grants(caller.tokens.accessToken, caller.vid, 'thirdParty')).map((grant) => grant.id)).toEqual([photoGrant]);
  });

  it('with revokeGrantsTarget=firstParty, a third-party app’s tokens keep working', async () => {
    await newUser('tom');
    await control('PUT', '/clients/public-third-party', {
      type: 'Traditional',
      isThirdParty: true,
      name: 'Public third party',
      redirectUris: ['http://localhost:5173/third-party-callback'],
    });
    const thirdParty = new OidcTestClient(current().url, {
      clientId: 'public-third-party',
      redirectUri: 'http://localhost:5173/third-party-callback',
    });
    const thirdPartyTokens = await thirdParty.signIn('tom', password, { scopes: ['openid', 'offline_access', 'profile'] });
    const caller = await signIn('tom');
    const uid = (await sessions(caller.tokens.accessToken, caller.vid)).find(({ isCurrent }) => !isCurrent)?.payload.uid ?? '';

    expect((await deleteSession(caller.tokens.accessToken, caller.vid, uid, 'firstParty')).status).toBe(204);
    expect(await myAccountStatus(thirdPartyTokens.accessToken)).toBe(200);
    await expect(thirdParty.refresh(thirdPartyTokens.refreshToken ?? '')).resolves.toMatchObject({ tokenType: 'Bearer' });
    expect((await grants(caller.tokens.accessToken, caller.vid, 'thirdParty')).map(({ application }) => application)).toEqual([
      { id: 'public-third-party', name: 'Public third party' },
    ]);
  });
});

describe('GET and DELETE /api/my-account/grants', () => {
  it('lists active grants with their application, filtered by appType', async () => {
    await newUser('gia');
    const { tokens, vid } = await signIn('gia');
    const [grant] = await grants(tokens.accessToken, vid);
    expect(grant).toEqual({
      id: expect.any(String),
      payload: {
        exp: expect.any(Number),
        iat: expect.any(Number),
        jti: grant?.id,
        kind: 'Grant',
        clientId: 'account-center-demo',
        accountId: expect.any(String),
        openid: { scope: expect.stringContaining('urn:logto:scope:sessions') },
      },
      expiresAt: expect.any(Number),
      application: { id: 'account-center-demo', name: 'Account Center (demo)' },
    });
    expect(await grants(tokens.accessToken, vid, 'firstParty')).toHaveLength(1);
    expect(await grants(tokens.accessToken, vid, 'thirdParty')).toEqual([]);
  });

  it('revokes a grant: its tokens die and its session loses the authorization', async () => {
    await newUser('kai');
    const caller = await signIn('kai');
    const tablet = await signIn('kai');
    const [, tabletSession] = await sessions(caller.tokens.accessToken, caller.vid);
    const grantId = tabletSession?.payload.authorizations?.['account-center-demo']?.grantId ?? '';

    expect((await deleteGrant(caller.tokens.accessToken, caller.vid, grantId)).status).toBe(204);
    expect(await myAccountStatus(tablet.tokens.accessToken)).toBe(401);
    await expect(tablet.client.refresh(tablet.tokens.refreshToken ?? '')).rejects.toThrow(/invalid_grant/);
    const [, after] = await sessions(caller.tokens.accessToken, caller.vid);
    expect(after?.payload.uid).toBe(tabletSession?.payload.uid);
    expect(after?.payload.authorizations).toEqual({});
    expect((await grants(caller.tokens.accessToken, caller.vid)).map(({ id }) => id)).not.toContain(grantId);
    expect(await myAccountStatus(caller.tokens.accessToken)).toBe(200);
  });
});

describe('seeded demo data', () => {
  it('has a phone session from two days before the start and a third-party grant', async () => {
    const client = new OidcTestClient(current().url);
    const demoTokens = await client.signIn(demoUser.username, demoUser.password);
    const demoVid = await passwordVid(demoTokens.accessToken, demoUser.password);

    const [phone, browser] = await sessions(demoTokens.accessToken, demoVid);
    expect(browser?.isCurrent).toBe(true);
    expect(phone).toMatchObject({ isCurrent: false, clientId: 'account-center-demo' });
    expect(phone?.lastSubmission?.signInContext).toEqual({
      ip: '203.0.113.24',
      userAgent: expect.stringMatching(/iPhone OS 18_\d+ like Mac OS X.*Safari/),
      country: 'PT',
      city: 'Lisbon',
    });
    expect(phone?.lastSubmission?.verificationRecords[0]?.identifier).toEqual({ type: 'username', value: 'demo' });
    const ageSeconds = Date.now() / 1000 - (phone?.payload.loginTs ?? 0);
    expect(ageSeconds).toBeGreaterThan(2 * 24 * 3600);
    expect(ageSeconds).toBeLessThan(2 * 24 * 3600 + 3600);
    expect(phone?.payload.authorizations?.['account-center-demo']?.persistsLogout).toBe(true);

    const thirdParty = await grants(demoTokens.accessToken, demoVid, 'thirdParty');
    expect(thirdParty).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({ clientId: 'photo-print-demo', openid: { scope: 'openid profile email' } }),
        application: { id: 'photo-print-demo', name: 'Photo Print Shop (demo)' },
      }),
    ]);

    // Revoked, then back with a reset.
    expect((await deleteGrant(demoTokens.accessToken, demoVid, thirdParty[0]?.id ?? '')).status).toBe(204);
    expect((await deleteSession(demoTokens.accessToken, demoVid, phone?.payload.uid ?? '', 'all')).status).toBe(204);
    expect(await grants(demoTokens.accessToken, demoVid, 'thirdParty')).toEqual([]);
    await control('POST', '/reset');
    const [demo] = (await control('GET', `/users?username=${demoUser.username}`)).json as Array<{ id: string }>;
    const listed = (await control('GET', `/users/${demo?.id ?? ''}/sessions`)).json as Listed[];
    expect(listed.map(({ lastSubmission }) => lastSubmission?.signInContext?.city)).toEqual(['Lisbon']);
  });
});

describe('control API', () => {
  it('creates sessions and grants "elsewhere" and lists sessions without isCurrent', async () => {
    const id = await newUser('eve');
    const loginAt = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    const created = await control('POST', `/users/${id}/sessions`, {
      userAgent: 'Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
      ip: '198.51.100.7',
      country: 'DE',
      city: 'Berlin',
      loginAt,
    });
    expect(created.status).toBe(201);
    const { uid, grantIds } = created.json as { uid: string; grantIds: string[] };
    expect(grantIds).toHaveLength(1);

    const listed = (await control('GET', `/users/${id}/sessions`)).json as Listed[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('isCurrent');
    expect(listed[0]).toMatchObject({
      payload: { uid, loginTs: Math.floor(Date.parse(loginAt) / 1000), authorizations: { 'account-center-demo': { grantId: grantIds[0], persistsLogout: true } } },
      clientId: 'account-center-demo',
      accountId: id,
      lastSubmission: {
        interactionEvent: 'SignIn',
        userId: id,
        verificationRecords: [{ type: 'Password', identifier: { type: 'username', value: 'eve' }, verified: true }],
        signInContext: { ip: '198.51.100.7', country: 'DE', city: 'Berlin', userAgent: expect.stringContaining('Pixel 9') },
      },
    });

    const grant = await control('POST', `/users/${id}/grants`, { clientId: 'photo-print-demo', scope: 'openid email' });
    expect(grant.status).toBe(201);
    const { tokens, vid } = await signIn('eve');
    const mine = await sessions(tokens.accessToken, vid);
    expect(mine.map(({ payload, isCurrent }) => [payload.uid === uid, isCurrent])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect((await grants(tokens.accessToken, vid, 'thirdParty')).map(({ id: grantId, payload }) => [grantId, payload.openid])).toEqual([
      [(grant.json as { id: string }).id, { scope: 'openid email' }],
    ]);

    // Signed out everywhere: the control API's sessions go too.
    await control('POST', `/users/${id}/sign-out`);
    expect((await control('GET', `/users/${id}/sessions`)).json).toEqual([]);
    expect(await myAccountStatus(tokens.accessToken)).toBe(401);
  });

  it('refuses unknown users, clients a user cannot sign in to and logins out of range', async () => {
    const id = await newUser('rex');
    expect((await control('GET', '/users/nope12345678/sessions')).status).toBe(404);
    expect((await control('POST', '/users/nope12345678/sessions', {})).status).toBe(404);
    expect((await control('POST', '/users/nope12345678/grants', { clientId: 'photo-print-demo' })).status).toBe(404);
    for (const clientIds of [['nope'], ['m2m-provisioner']]) {
      expect((await control('POST', `/users/${id}/sessions`, { clientIds })).status).toBe(400);
    }
    expect((await control('POST', `/users/${id}/grants`, { clientId: 'nope' })).status).toBe(400);
    const old = new Date(Date.now() - 15 * 24 * 3600 * 1000).toISOString();
    const future = new Date(Date.now() + 3600 * 1000).toISOString();
    for (const loginAt of [old, future]) {
      expect((await control('POST', `/users/${id}/sessions`, { loginAt })).status).toBe(400);
    }
    const bad = await control('POST', `/users/${id}/sessions`, { loginAt: 'yesterday', extra: 1 });
    expect(bad.json).toMatchObject({ code: 'guard.invalid_input' });
  });

  it('lets faults hit the new routes, CORS headers kept', async () => {
    await newUser('flo');
    const { tokens, vid } = await signIn('flo');
    await control('POST', '/faults', { method: 'GET', path: '/api/my-account/sessions', status: 503, body: { message: 'down' } });
    await control('POST', '/faults', { method: 'DELETE', path: '/api/my-account/grants/abc', status: 500 });
    const failed = await call('GET', '/api/my-account/sessions', tokens.accessToken, { vid });
    expect([failed.status, failed.json, failed.header('access-control-allow-origin')]).toEqual([503, { message: 'down' }, 'http://localhost:5173']);
    expect((await deleteGrant(tokens.accessToken, vid, 'abc')).status).toBe(500);
    expect((await call('GET', '/api/my-account/sessions', tokens.accessToken, { vid })).status).toBe(200);
    // A plain request (no Origin) still gets Logto's wildcard.
    const plain = await request(`${current().url}/api/my-account/grants`, {
      headers: { Authorization: `Bearer ${tokens.accessToken}`, 'logto-verification-id': vid },
    });
    expect(plain.header('access-control-allow-origin')).toBe('*');
  });
});
