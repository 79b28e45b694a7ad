import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { decodeJwt } from '../testing/jwt.js';
import { useEmulator } from '../testing/lifecycle.js';
import { getTokens } from '../testing/oidc-client.js';

const current = useEmulator();
const { call, control, signIn, verifiedRecord, passwordVid, sendCode } = accountApi(current);

const demoToken = () => signIn(demoUser.username, demoUser.password);

describe('primary email', () => {
  it('changes through a VID and a verified new-email record; the next ID token carries it', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const email = 'dana.new@example.com';
    const record = await verifiedRecord(token, { type: 'email', value: email });

    const changed = await call('POST', '/api/my-account/primary-email', token, {
      body: { email, newIdentifierVerificationRecordId: record },
      vid,
    });
    expect(changed.status).toBe(204);
    expect(changed.text).toBe('');
    expect(((await call('GET', '/api/my-account', token)).json as { primaryEmail: string }).primaryEmail).toBe(email);

    const { idToken } = await getTokens(current().url, demoUser.username, demoUser.password);
    expect(decodeJwt(idToken ?? '').payload).toMatchObject({ email });
  });

  it('checks the VID first, then the field, scope, blocklist, record, and uniqueness in any case', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const post = (email: string, recordId: string, options: { vid?: string; token?: string } = {}) =>
      call('POST', '/api/my-account/primary-email', options.token ?? token, {
        body: { email, newIdentifierVerificationRecordId: recordId },
        vid: options.vid,
      });

    await control('PATCH', '/account-center/fields', { email: 'ReadOnly' });
    expect((await post('x@example.com', 'nope')).json).toMatchObject({ code: 'verification_record.permission_denied' });
    expect((await post('x@example.com', 'nope', { vid })).json).toMatchObject({ code: 'account_center.field_not_editable' });
    await control('PATCH', '/account-center/fields', { email: 'Edit' });

    const noEmailScope = await signIn(demoUser.username, demoUser.password, ['openid', 'profile']);
    const scopedVid = await passwordVid(noEmailScope, demoUser.password);
    expect((await post('x@example.com', 'nope', { vid: scopedVid, token: noEmailScope })).json).toMatchObject({
      code: 'auth.unauthorized',
    });

    await control('PATCH', '/sign-in-experience', { emailBlocklistPolicy: { blockSubaddressing: true } });
    expect((await post('x+y@example.com', 'nope', { vid })).status).toBe(422);
    await control('PATCH', '/sign-in-experience', { emailBlocklistPolicy: {} });

    const unverified = (await sendCode(token, { type: 'email', value: 'unverified@example.com' })).json as {
      verificationRecordId: string;
    };
    expect((await post('unverified@example.com', unverified.verificationRecordId, { vid })).json).toMatchObject({
      code: 'verification_record.not_found',
    });

    await control('POST', '/users', { username: 'taken', primaryEmail: 'Taken@Example.com', password: 'Taken-passw0rd!' });
    const record = await verifiedRecord(token, { type: 'email', value: 'taken@example.com' });
    expect((await post('TAKEN@example.com', record, { vid })).json).toMatchObject({ code: 'verification_record.not_found' });
    const conflict = await post('taken@example.com', record, { vid });
    expect(conflict.status).toBe(422);
    expect(conflict.json).toMatchObject({ code: 'user.email_already_in_use' });
  });

  it('is removed with a VID unless it is the last identifier', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    expect((await call('DELETE', '/api/my-account/primary-email', token)).status).toBe(401);
    expect((await call('DELETE', '/api/my-account/primary-email', token, { vid })).status).toBe(204);

    const created = await control('POST', '/users', {
      username: 'only_email',
      primaryEmail: 'only@example.com',
      password: 'Only-passw0rd!',
    });
    const { id } = created.json as { id: string };
    const onlyToken = await signIn('only_email', 'Only-passw0rd!');
    await control('PATCH', `/users/${id}`, { username: null });
    const onlyVid = await passwordVid(onlyToken, 'Only-passw0rd!');
    const refused = await call('DELETE', '/api/my-account/primary-email', onlyToken, { vid: onlyVid });
    expect(refused.json).toMatchObject({ code: 'user.last_sign_in_method_required' });
  });
});

describe('primary phone', () => {
  it('changes to digits only, is unique exactly, and can be removed', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const post = (phone: string, recordId: string) =>
      call('POST', '/api/my-account/primary-phone', token, { body: { phone, newIdentifierVerificationRecordId: recordId }, vid });

    expect((await post('+15550001111', 'x')).json).toMatchObject({ code: 'guard.invalid_input' });
    const record = await verifiedRecord(token, { type: 'phone', value: '15550001111' });
    expect((await post('15550001111', record)).status).toBe(204);
    const user = (await control('GET', '/users')).json as Array<{ username: string; primaryPhone: string }>;
    expect(user.find(({ username }) => username === demoUser.username)?.primaryPhone).toBe('15550001111');

    await control('POST', '/users', { username: 'phone_owner', primaryPhone: '15552223333', password: 'Owner-passw0rd!' });
    const taken = await verifiedRecord(token, { type: 'phone', value: '15552223333' });
    expect((await post('15552223333', taken)).json).toMatchObject({ code: 'user.phone_already_in_use' });

    expect((await call('DELETE', '/api/my-account/primary-phone', token, { vid })).status).toBe(204);
    expect(((await call('GET', '/api/my-account', token)).json as { primaryPhone: unknown }).primaryPhone).toBeNull();
  });
});
