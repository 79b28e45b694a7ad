import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';

const current = useEmulator();
const { call, control, signIn, passwordVid } = accountApi(current);

const setPassword = (token: string, password: string, vid?: string) =>
  call('POST', '/api/my-account/password', token, { body: { password }, vid });

describe('password change', () => {
  it('needs a VID, applies the policy, refuses the same password, and changes it', async () => {
    const token = await signIn(demoUser.username, demoUser.password);
    expect((await setPassword(token, 'An0ther-Secret')).status).toBe(401);
    const vid = await passwordVid(token, demoUser.password);

    const rejected = await setPassword(token, 'Xy7!', vid);
    expect(rejected.status).toBe(422);
    expect(rejected.json).toEqual({
      code: 'password.rejected',
      data: [{ code: 'password_rejected.too_short', interpolation: { min: 8 } }],
      message: 'Password rejected. Please check if your password meets the requirements.',
    });
    expect((await setPassword(token, demoUser.password, vid)).json).toMatchObject({ code: 'user.same_password' });

    await control('PATCH', '/sign-in-experience', { passwordPolicy: { rejects: { words: ['acme'] }, length: { min: 12 } } });
    expect(((await setPassword(token, 'password', vid)).json as { data: unknown }).data).toEqual([
      { code: 'password_rejected.too_short', interpolation: { min: 12 } },
      { code: 'password_rejected.pwned' },
    ]);
    expect(((await setPassword(token, 'AcmeAcmeAcme1', vid)).json as { data: unknown }).data).toEqual([
      { code: 'password_rejected.restricted.words' },
    ]);

    expect((await setPassword(token, 'An0ther-Secret', vid)).status).toBe(204);
    expect((await call('POST', '/api/verifications/password', token, { body: { password: 'An0ther-Secret' } })).status).toBe(201);
    expect(await signIn(demoUser.username, 'An0ther-Secret')).toBeTruthy();
  });

  it('lets a social-only user set an initial password without a VID, once', async () => {
    const created = await control('POST', '/users', { username: 'social_only', password: 'Temp-passw0rd!' });
    const { id } = created.json as { id: string };
    const token = await signIn('social_only', 'Temp-passw0rd!');
    await control('PATCH', `/users/${id}`, {
      username: null,
      password: null,
      identities: { google: { userId: 'g-123' } },
    });
    expect((await call('GET', '/api/my-account', token)).json).toMatchObject({
      hasPassword: false,
      hasSecurityVerificationMethod: false,
    });

    expect((await setPassword(token, 'First-passw0rd')).status).toBe(204);
    expect((await control('GET', `/users/${id}`)).json).toMatchObject({ hasPassword: true });
    expect((await call('GET', '/api/my-account', token)).json).toMatchObject({
      hasPassword: true,
      hasSecurityVerificationMethod: true,
    });

    expect((await setPassword(token, 'Second-passw0rd')).json).toMatchObject({
      code: 'verification_record.permission_denied',
    });
    const vid = await passwordVid(token, 'First-passw0rd');
    expect((await setPassword(token, 'Second-passw0rd', vid)).status).toBe(204);
  });

  it('checks the field control after the step-up and needs no scope', async () => {
    const token = await signIn(demoUser.username, demoUser.password, ['openid']);
    await control('PATCH', '/account-center/fields', { password: 'ReadOnly' });
    expect((await setPassword(token, 'An0ther-Secret')).json).toMatchObject({ code: 'verification_record.permission_denied' });
    const vid = await passwordVid(token, demoUser.password);
    expect((await setPassword(token, 'An0ther-Secret', vid)).json).toMatchObject({ code: 'account_center.field_not_editable' });
    await control('PATCH', '/account-center/fields', { password: 'Edit' });
    expect((await setPassword(token, 'An0ther-Secret', vid)).status).toBe(204);
  });
});
