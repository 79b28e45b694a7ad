import { describe, expect, it } from 'vitest';

import { githubConnectorId, googleConnectorId } from '../state/connector-seed.js';
import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';
import { socialApi } from '../testing/social.js';

const current = useEmulator();
const { call, control, signIn, passwordVid } = accountApi(current);
const { verifiedRecord } = socialApi(current);

type Identities = Record<string, { userId: string; details?: Record<string, unknown> }>;

const demoSession = async () => {
  const token = await signIn(demoUser.username, demoUser.password);
  return { token, vid: await passwordVid(token, demoUser.password) };
};
const link = (method: 'POST' | 'PUT', token: string, recordId: string, vid?: string) =>
  call(method, '/api/my-account/identities', token, { body: { newIdentifierVerificationRecordId: recordId }, vid });
const identitiesOf = async (token: string) =>
  ((await call('GET', '/api/my-account', token)).json as { identities: Identities }).identities;
const storedToken = async (target: string) => {
  const [demo] = (await control('GET', `/users?username=${demoUser.username}`)).json as Array<{ id: string }>;
  return (await control('GET', `/users/${demo?.id ?? ''}/identities/${target}/token`)).json as {
    state: string;
    accessToken?: string;
  };
};

describe('linking a social identity', () => {
  it('links the provider account chosen on the consent page and stores its token', async () => {
    const { token, vid } = await demoSession();
    const record = await verifiedRecord(token, githubConnectorId, { id: 'octo-dana', email: 'dana@octo.test' });
    expect((await link('POST', token, record)).status).toBe(401);
    expect((await link('POST', token, record, vid)).status).toBe(204);

    const { github } = await identitiesOf(token);
    expect(github).toEqual({
      userId: 'octo-dana',
      details: {
        id: 'octo-dana',
        avatar: expect.stringContaining('/mock-social/github/avatar/'),
        email: 'dana@octo.test',
        name: 'GitHub User 1',
        rawData: expect.objectContaining({ userInfo: expect.objectContaining({ id: 'octo-dana' }) }),
      },
    });
    const got = await call('GET', '/api/my-account/identities/github/access-token', token);
    expect(got.json).toEqual({ access_token: expect.any(String), scope: 'read:user', token_type: 'bearer', expires_in: 28800 });
    expect((await storedToken('github')).accessToken).toBe((got.json as { access_token: string }).access_token);
  });

  it('refuses a second identity for the target (400) and another user’s account (422)', async () => {
    const { token, vid } = await demoSession();
    const record = await verifiedRecord(token, githubConnectorId);
    expect((await link('POST', token, record, vid)).status).toBe(204);
    const again = await link('POST', token, record, vid);
    expect([again.status, (again.json as { code: string }).code]).toEqual([400, 'user.identity_already_in_use']);

    await control('POST', '/users', { username: 'owner', password: 'Owner-passw0rd!', identities: { google: { userId: 'google-user-1' } } });
    const taken = await verifiedRecord(token, googleConnectorId);
    for (const method of ['POST', 'PUT'] as const) {
      const response = await link(method, token, taken, vid);
      expect([response.status, (response.json as { code: string }).code]).toEqual([422, 'user.identity_already_in_use']);
    }
  });

  it('checks step-up, then the field control, then the scope, then the record', async () => {
    const { token, vid } = await demoSession();
    await control('PATCH', '/account-center/fields', { social: 'ReadOnly' });
    expect((await link('PUT', token, 'nope')).json).toMatchObject({ code: 'verification_record.permission_denied' });
    expect((await link('PUT', token, 'nope', vid)).json).toMatchObject({ code: 'account_center.field_not_editable' });
    await control('PATCH', '/account-center/fields', { social: 'Edit' });
    const noScope = await signIn(demoUser.username, demoUser.password, ['openid', 'profile']);
    const noScopeVid = await passwordVid(noScope, demoUser.password);
    const unscoped = await link('POST', noScope, 'nope', noScopeVid);
    expect([unscoped.status, (unscoped.json as { code: string }).code]).toEqual([401, 'auth.unauthorized']);
    const deleted = await call('DELETE', '/api/my-account/identities/github', noScope, { vid: noScopeVid });
    expect([deleted.status, (deleted.json as { code: string }).code]).toEqual([400, 'auth.unauthorized']);
    expect((await link('POST', token, 'nope', vid)).json).toMatchObject({ code: 'verification_record.not_found' });
  });
});

describe('replacing and unlinking', () => {
  it('PUT replaces the identity; a record without tokens removes the old token only when the account changes', async () => {
    const { token, vid } = await demoSession();
    await link('POST', token, await verifiedRecord(token, githubConnectorId, { id: 'gh-a' }), vid);
    const first = (await storedToken('github')).accessToken;

    await link('PUT', token, await verifiedRecord(token, githubConnectorId, { id: 'gh-a' }), vid);
    const second = (await storedToken('github')).accessToken;
    expect(second).not.toBe(first);

    await control('PATCH', `/connectors/${githubConnectorId}`, { enableTokenStorage: false });
    await link('PUT', token, await verifiedRecord(token, githubConnectorId, { id: 'gh-a' }), vid);
    expect((await storedToken('github')).accessToken).toBe(second);

    await link('PUT', token, await verifiedRecord(token, githubConnectorId, { id: 'gh-b' }), vid);
    expect((await identitiesOf(token)).github?.userId).toBe('gh-b');
    expect(await storedToken('github')).toEqual({ state: 'missing' });
    expect((await call('GET', '/api/my-account/identities/github/access-token', token)).status).toBe(404);
  });

  it('DELETE removes the identity and its token; 404 when absent', async () => {
    const { token, vid } = await demoSession();
    await link('POST', token, await verifiedRecord(token, githubConnectorId), vid);
    expect((await call('DELETE', '/api/my-account/identities/github', token)).status).toBe(401);
    expect((await call('DELETE', '/api/my-account/identities/github', token, { vid })).status).toBe(204);
    expect(await storedToken('github')).toEqual({ state: 'missing' });
    const again = await call('DELETE', '/api/my-account/identities/github', token, { vid });
    expect([again.status, (again.json as { code: string }).code]).toEqual([404, 'user.identity_not_exist']);
  });

  it('counts SSO identities as identifiers; a social-only user needs no step-up', async () => {
    const created = await control('POST', '/users', { username: 'only_social', password: 'Only-passw0rd!' });
    const { id } = created.json as { id: string };
    const token = await signIn('only_social', 'Only-passw0rd!');
    await control('PATCH', `/users/${id}`, { username: null, password: null, identities: { github: { userId: 'gh-only' } } });
    const last = await call('DELETE', '/api/my-account/identities/github', token);
    expect(last.json).toMatchObject({ code: 'user.last_sign_in_method_required' });

    await control('PATCH', `/users/${id}`, {
      ssoIdentities: [{ ssoConnectorId: 'acmessotest1', issuer: 'https://sso.acme.test', identityId: 'x', detail: {} }],
    });
    expect((await call('DELETE', '/api/my-account/identities/github', token)).status).toBe(204);
    expect((await link('POST', token, await verifiedRecord(token, googleConnectorId, { id: 'g-only' }))).status).toBe(204);
  });
});
