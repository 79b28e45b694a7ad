import { describe, expect, it } from 'vitest';

import { RequestError } from '../http/request-error.js';
import { fitVarchar } from '../policies/column-limits.js';
import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';

const current = useEmulator();
const { call, control, signIn, verifiedRecord, passwordVid } = accountApi(current);

const demoToken = () => signIn(demoUser.username, demoUser.password);
const demo = () => current().state.users.findByUsername(demoUser.username);

const tooLong = (limit: number) => ({
  code: 'entity.value_too_long',
  data: { message: `value too long for type character varying(${limit})` },
  message: 'The length of value is too long and exceeds the limit.',
});

describe('fitVarchar (Postgres varchar(n) assignment)', () => {
  it('keeps values up to the limit, counted in characters, and cuts excess spaces only', () => {
    expect(fitVarchar('a'.repeat(128), 128)).toBe('a'.repeat(128));
    expect(fitVarchar('😀'.repeat(128), 128)).toBe('😀'.repeat(128));
    expect(fitVarchar(`${'a'.repeat(128)}   `, 128)).toBe('a'.repeat(128));
    expect(fitVarchar(null, 128)).toBeNull();
    expect(fitVarchar(undefined, 128)).toBeUndefined();
    expect(() => fitVarchar(`${'a'.repeat(128)} b`, 128)).toThrow(RequestError);
    expect(() => fitVarchar(`${'a'.repeat(128)}\t`, 128)).toThrow(RequestError);
  });
});

describe('column limits on Account API writes (422 entity.value_too_long)', () => {
  it('refuses a name over 128 characters and leaves the user as it was', async () => {
    const token = await demoToken();
    for (const name of ['n'.repeat(129), 'n'.repeat(10_000)]) {
      const response = await call('PATCH', '/api/my-account', token, { body: { name } });
      expect(response.status).toBe(422);
      expect(response.json).toEqual(tooLong(128));
    }
    expect(demo()?.name).toBe(demoUser.name);

    const longest = await call('PATCH', '/api/my-account', token, { body: { name: '名'.repeat(128) } });
    expect(longest.status).toBe(200);
    expect(longest.json).toMatchObject({ name: '名'.repeat(128) });
  });

  it('stores a name whose excess is spaces cut to 128 characters, as Postgres does', async () => {
    const token = await demoToken();
    const response = await call('PATCH', '/api/my-account', token, { body: { name: `${'n'.repeat(127)}x   ` } });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ name: `${'n'.repeat(127)}x` });
    expect(demo()?.name).toHaveLength(128);
  });

  it('refuses an avatar URL over 2048 characters; with a long name too, the name is reported', async () => {
    const token = await demoToken();
    const url = (length: number) => `https://example.com/${'a'.repeat(length - 'https://example.com/'.length)}`;
    expect((await call('PATCH', '/api/my-account', token, { body: { avatar: url(2048) } })).status).toBe(200);
    const response = await call('PATCH', '/api/my-account', token, { body: { avatar: url(2049) } });
    expect(response.status).toBe(422);
    expect(response.json).toEqual(tooLong(2048));
    expect(demo()?.avatar).toBe(url(2048));

    const both = await call('PATCH', '/api/my-account', token, { body: { avatar: url(2049), name: 'n'.repeat(129) } });
    expect(both.json).toEqual(tooLong(128));
  });

  it('checks the limit after the field control, the scope and the username policy', async () => {
    const token = await demoToken();
    await control('PATCH', '/account-center/fields', { name: 'ReadOnly' });
    expect((await call('PATCH', '/api/my-account', token, { body: { name: 'n'.repeat(129) } })).json).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    const vid = await passwordVid(token, demoUser.password);
    const username = await call('PATCH', '/api/my-account', token, { body: { username: 'u'.repeat(129) }, vid });
    expect(username.status).toBe(422);
    expect(username.json).toMatchObject({ code: 'user.username_too_long' });
  });

  it('refuses a primary email or phone over 128 characters, after the record and uniqueness checks', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const email = `${'e'.repeat(117)}@example.com`;
    expect(email).toHaveLength(129);
    const emailRecord = await verifiedRecord(token, { type: 'email', value: email });
    const emailResponse = await call('POST', '/api/my-account/primary-email', token, {
      body: { email, newIdentifierVerificationRecordId: emailRecord },
      vid,
    });
    expect(emailResponse.status).toBe(422);
    expect(emailResponse.json).toEqual(tooLong(128));
    const unverified = await call('POST', '/api/my-account/primary-email', token, {
      body: { email, newIdentifierVerificationRecordId: 'nope' },
      vid,
    });
    expect(unverified.json).toMatchObject({ code: 'verification_record.not_found' });

    const phone = '1'.repeat(129);
    const phoneRecord = await verifiedRecord(token, { type: 'phone', value: phone });
    const phoneResponse = await call('POST', '/api/my-account/primary-phone', token, {
      body: { phone, newIdentifierVerificationRecordId: phoneRecord },
      vid,
    });
    expect(phoneResponse.status).toBe(422);
    expect(phoneResponse.json).toEqual(tooLong(128));
    expect(demo()).toMatchObject({ primaryEmail: demoUser.primaryEmail, primaryPhone: demoUser.primaryPhone });

    const phone128 = '1'.repeat(128);
    const record128 = await verifiedRecord(token, { type: 'phone', value: phone128 });
    expect(
      (await call('POST', '/api/my-account/primary-phone', token, { body: { phone: phone128, newIdentifierVerificationRecordId: record128 }, vid }))
        .status
    ).toBe(204);
  });
});
