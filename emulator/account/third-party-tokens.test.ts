import { describe, expect, it } from 'vitest';

import { githubConnectorId, googleConnectorId } from '../state/connector-seed.js';
import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { socialApi } from '../testing/social.js';

const current = useEmulator();
const { call, control, signIn, passwordVid } = accountApi(current);
const { verifiedRecord } = socialApi(current);

const demo = async () => {
  const [user] = (await control('GET', `/users?username=${demoUser.username}`)).json as Array<{ id: string }>;
  return { id: user?.id ?? '', token: await signIn(demoUser.username, demoUser.password) };
};
const linkGithub = async (userId: string) =>
  control('PATCH', `/users/${userId}`, { identities: { github: { userId: 'gh-1' }, google: { userId: 'go-1' } } });
const setToken = (path: string, body: object) => control('PUT', `${path}/token`, body);
const getAccessToken = (token: string, path: string) => call('GET', `/api/my-account${path}/access-token`, token);

describe('stored social tokens', () => {
  it('answers stored, missing and expired tokens; an expired one is deleted', async () => {
    const { id, token } = await demo();
    await linkGithub(id);
    const path = `/users/${id}/identities/github`;
    expect((await getAccessToken(token, '/identities/github')).json).toMatchObject({
      code: 'secrets.third_party_token_set.token_not_found',
    });

    const stored = await setToken(path, { state: 'stored', accessToken: 'gh-secret-1', expiresIn: 3600 });
    expect(stored.json).toMatchObject({ state: 'stored', accessToken: 'gh-secret-1', identityId: 'gh-1', connectorId: githubConnectorId });
    expect((await getAccessToken(token, '/identities/github')).json).toEqual({
      access_token: 'gh-secret-1',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    await control('POST', '/clock/advance', { minutes: 10 });
    expect((await getAccessToken(token, '/identities/github')).json).toMatchObject({ expires_in: 3000 });

    await setToken(path, { state: 'stored', accessToken: 'forever', scope: 'repo', expiresIn: null });
    expect((await getAccessToken(token, '/identities/github')).json).toEqual({ access_token: 'forever', scope: 'repo', token_type: 'Bearer' });

    expect((await setToken(path, { state: 'expired' })).json).toMatchObject({ state: 'expired', expiresIn: -60 });
    const expired = await getAccessToken(token, '/identities/github');
    expect([expired.status, (expired.json as { code: string }).code]).toEqual([401, 'secrets.third_party_token_set.access_token_expired']);
    expect((await getAccessToken(token, '/identities/github')).status).toBe(404);
    expect((await control('GET', `${path}/token`)).json).toEqual({ state: 'missing' });

    await setToken(path, { state: 'stored' });
    expect((await setToken(path, { state: 'missing' })).json).toEqual({ state: 'missing' });
    expect((await getAccessToken(token, '/identities/github')).status).toBe(404);
  });

  it('refreshes an expired token when the connector can, else 422', async () => {
    const { id, token } = await demo();
    await linkGithub(id);
    await setToken(`/users/${id}/identities/github`, { state: 'expired', accessToken: 'old', scope: 'read:user', refreshToken: 'gh-refresh' });
    const refreshed = await getAccessToken(token, '/identities/github');
    expect(refreshed.json).toEqual({ access_token: expect.stringMatching(/^gho_/), scope: 'read:user', token_type: 'bearer', expires_in: 28800 });
    const after = (await control('GET', `/users/${id}/identities/github/token`)).json as { accessToken: string; refreshToken: string };
    expect(after.accessToken).toBe((refreshed.json as { access_token: string }).access_token);
    expect(after.refreshToken).not.toBe('gh-refresh');

    // Google (test) has token storage off, so Logto will not refresh through it.
    await setToken(`/users/${id}/identities/google`, { state: 'expired', refreshToken: 'go-refresh' });
    const refused = await getAccessToken(token, '/identities/google');
    expect([refused.status, (refused.json as { code: string }).code]).toEqual([422, 'connector.token_storage_not_supported']);
  });

  it('PUT stores the token of a fresh verification of the same provider account', async () => {
    const { token } = await demo();
    const vid = await passwordVid(token, demoUser.password);
    await control('PATCH', `/connectors/${githubConnectorId}`, { enableTokenStorage: false });
    const linked = await verifiedRecord(token, githubConnectorId);
    await call('POST', '/api/my-account/identities', token, { body: { newIdentifierVerificationRecordId: linked }, vid });
    const put = (target: string, verificationRecordId: string) =>
      call('PUT', `/api/my-account/identities/${target}/access-token`, token, { body: { verificationRecordId } });
    expect((await put('github', linked)).json).toMatchObject({
      code: 'verification_record.social_verification.token_response_not_found',
    });

    await control('PATCH', `/connectors/${githubConnectorId}`, { enableTokenStorage: true });
    const fresh = await verifiedRecord(token, githubConnectorId);
    expect((await put('google', fresh)).json).toEqual({
      code: 'verification_record.social_verification.invalid_target',
      message: 'Invalid verification record. Expected google but got github.',
    });
    expect((await put('github', await verifiedRecord(token, githubConnectorId, { id: 'someone-else' }))).json).toMatchObject({
      code: 'user.identity_not_exists_in_current_user',
    });
    const stored = await put('github', fresh);
    expect(stored.json).toEqual({ access_token: expect.any(String), scope: 'read:user', token_type: 'bearer', expires_in: 28800 });
    expect((await getAccessToken(token, '/identities/github')).json).toEqual(stored.json);
  });

  it('needs the identities scope (403); reading works with the account center off', async () => {
    const { id } = await demo();
    await linkGithub(id);
    await setToken(`/users/${id}/identities/github`, { state: 'stored' });
    const unscoped = await signIn(demoUser.username, demoUser.password, ['openid', 'profile']);
    for (const path of ['/identities/github', '/sso-identities/acmessotest1']) {
      expect((await getAccessToken(unscoped, path)).json).toMatchObject({ code: 'auth.forbidden' });
    }
    const { token } = await demo();
    await control('PATCH', '/account-center', { enabled: false });
    expect((await getAccessToken(token, '/identities/github')).status).toBe(200);
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).json).toMatchObject({ code: 'account_center.not_enabled' });
  });
});

describe('enterprise SSO', () => {
  it('the demo user has an SSO identity: userinfo shows it without the connector id', async () => {
    const { token } = await demo();
    const me = await request(`${current().url}/oidc/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((me.json as { sso_identities: unknown }).sso_identities).toEqual([
      { issuer: 'https://sso.acme.test', identityId: 'acme-dana-demo', detail: { email: 'dana.demo@acme.test', name: 'Dana Demo' } },
    ]);
    expect((await call('GET', '/api/my-account', token)).json).not.toHaveProperty('ssoIdentities');
  });

  it('serves, expires, deletes and refreshes the stored SSO token', async () => {
    const { id, token } = await demo();
    const path = `/users/${id}/sso-identities/acmessotest1`;
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).status).toBe(404);
    await setToken(path, { state: 'stored', accessToken: 'acme-1', scope: 'openid profile' });
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).json).toEqual({
      access_token: 'acme-1',
      scope: 'openid profile',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    await setToken(path, { state: 'expired' });
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).status).toBe(401);
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).status).toBe(404);

    await setToken(path, { state: 'expired', refreshToken: 'acme-refresh' });
    expect((await getAccessToken(token, '/sso-identities/acmessotest1')).json).toMatchObject({
      access_token: expect.stringMatching(/^acme_at_/),
      expires_in: 3600,
    });
    expect((await setToken(`/users/${id}/sso-identities/unknown`, { state: 'stored' })).status).toBe(400);
  });

  it('a user deleted through the control API takes its tokens along', async () => {
    const created = await control('POST', '/users', { username: 'temp', password: 'Temp-passw0rd!', identities: { google: { userId: 'g' } } });
    const { id } = created.json as { id: string };
    await setToken(`/users/${id}/identities/google`, { state: 'stored' });
    expect(current().state.tokenVault.findSocial(id, 'google')).toBeDefined();
    await control('DELETE', `/users/${id}`);
    expect(current().state.tokenVault.findSocial(id, 'google')).toBeUndefined();
    expect(googleConnectorId).toBe('mockgoogle01');
  });
});
