import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';

const current = useEmulator();
const { call, control, signIn, outbox, sendCode, verifyCode, verifiedRecord } = accountApi(current);

const demoEmail = { type: 'email', value: demoUser.primaryEmail } as const;
const demoToken = () => signIn(demoUser.username, demoUser.password);
const advance = (seconds: number) => control('POST', '/clock/advance', { seconds });
const recordIdOf = (response: { json: unknown }) =>
  (response.json as { verificationRecordId: string }).verificationRecordId;

describe('dev outbox', () => {
  it('keeps every code sent, newest first, filtered by recipient, until cleared or reset', async () => {
    const token = await demoToken();
    await sendCode(token, demoEmail);
    await sendCode(token, { type: 'phone', value: demoUser.primaryPhone });
    await sendCode(token, { type: 'email', value: 'New.Address@example.com' });

    const all = await outbox();
    expect(all.map(({ to }) => to)).toEqual(['New.Address@example.com', demoUser.primaryPhone, demoUser.primaryEmail]);
    expect(all[1]).toEqual({
      to: demoUser.primaryPhone,
      channel: 'sms',
      code: expect.stringMatching(/^\d{6}$/) as unknown,
      templateType: 'UserPermissionValidation',
      sentAt: expect.any(String) as unknown,
    });
    expect(all[0]).toMatchObject({ channel: 'email', templateType: 'BindNewIdentifier' });
    expect((await outbox('new.address@EXAMPLE.com')).map(({ to }) => to)).toEqual(['New.Address@example.com']);

    expect((await control('DELETE', '/outbox')).status).toBe(204);
    expect(await outbox()).toEqual([]);
    await sendCode(token, demoEmail);
    await control('POST', '/reset');
    expect(await outbox()).toEqual([]);
  });

  it('stamps messages with the emulator clock', async () => {
    await advance(3600);
    await sendCode(await demoToken(), demoEmail);
    const [message] = await outbox();
    const { now } = (await control('GET', '/clock')).json as { now: string };
    expect(Math.abs(Date.parse(message?.sentAt ?? '') - Date.parse(now))).toBeLessThan(5000);
  });
});

describe('templates and step-up', () => {
  it('binds a code for the current email to the user; verified, it works as a VID once per code', async () => {
    const token = await demoToken();
    const sent = await sendCode(token, demoEmail);
    expect(sent.status).toBe(201);
    const id = recordIdOf(sent);
    const [message] = await outbox();
    expect(message?.templateType).toBe('UserPermissionValidation');

    expect((await verifyCode(token, demoEmail, id, message?.code ?? '')).json).toEqual({ verificationRecordId: id });
    // Single use: the code is gone, the record stays verified.
    expect((await verifyCode(token, demoEmail, id, message?.code ?? '')).json).toMatchObject({
      code: 'verification_code.not_found',
    });
    const patched = await call('PATCH', '/api/my-account', token, { body: { username: 'dana2' }, vid: id });
    expect(patched.status).toBe(200);
  });

  it('uses BindMfa when asked, and BindNewIdentifier for any other value, a re-cased email included', async () => {
    const token = await demoToken();
    await sendCode(token, demoEmail, 'BindMfa');
    await sendCode(token, { type: 'email', value: demoUser.primaryEmail.toUpperCase() }, 'UserPermissionValidation');
    expect((await outbox()).map(({ templateType }) => templateType)).toEqual(['BindNewIdentifier', 'BindMfa']);

    const id = await verifiedRecord(token, { type: 'email', value: 'someone.new@example.com' });
    const denied = await call('PATCH', '/api/my-account', token, { body: { username: 'dana3' }, vid: id });
    expect(denied.json).toMatchObject({ code: 'verification_record.permission_denied' });
  });
});

describe('code checks', () => {
  it('refuses a code after the policy expiry on the emulator clock', async () => {
    const token = await demoToken();
    const id = recordIdOf(await sendCode(token, demoEmail));
    const [message] = await outbox();
    // With the default 600 s the record (also 10 minutes) is gone first, as in Logto.
    await advance(601);
    expect((await verifyCode(token, demoEmail, id, message?.code ?? '')).json).toMatchObject({
      code: 'verification_record.not_found',
    });

    await control('PATCH', '/sign-in-experience', { verificationCodePolicy: { expirationDuration: 60 } });
    const second = recordIdOf(await sendCode(token, demoEmail));
    const [fresh] = await outbox();
    await advance(61);
    expect((await verifyCode(token, demoEmail, second, fresh?.code ?? '')).json).toMatchObject({
      code: 'verification_code.expired',
    });
  });

  it('allows maxRetryAttempts wrong codes, then refuses even the right one', async () => {
    await control('PATCH', '/sign-in-experience', { verificationCodePolicy: { maxRetryAttempts: 3 } });
    const token = await demoToken();
    const id = recordIdOf(await sendCode(token, demoEmail));
    const [message] = await outbox();
    const wrong = message?.code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await verifyCode(token, demoEmail, id, wrong)).json).toMatchObject({ code: 'verification_code.code_mismatch' });
    }
    expect((await verifyCode(token, demoEmail, id, message?.code ?? '')).json).toMatchObject({
      code: 'verification_code.exceed_max_try',
    });
  });

  it('names the mismatching identifier and rejects a record of the other kind', async () => {
    const token = await demoToken();
    const phone = { type: 'phone', value: demoUser.primaryPhone } as const;
    const phoneRecord = recordIdOf(await sendCode(token, phone));
    expect((await verifyCode(token, { type: 'phone', value: '15550000000' }, phoneRecord, '123456')).json).toMatchObject({
      code: 'verification_code.phone_mismatch',
    });
    expect((await verifyCode(token, demoEmail, phoneRecord, '123456')).json).toMatchObject({
      code: 'verification_record.not_found',
    });
  });
});

describe('brute-force guards', () => {
  it('caps sends at 10 per recipient (any letter case) per 600 s of emulator time', async () => {
    const token = await demoToken();
    const recipient = 'capped@example.com';
    for (let send = 0; send < 10; send += 1) {
      const value = send % 2 ? recipient.toUpperCase() : recipient;
      expect((await sendCode(token, { type: 'email', value })).status).toBe(201);
    }
    const refused = await sendCode(token, { type: 'email', value: recipient });
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({
      code: 'request.message_rate_limited',
      message: 'Too many messages sent to this recipient. Please try again later.',
    });
    expect(refused.header('retry-after')).toBeUndefined();
    expect(await outbox(recipient)).toHaveLength(10);
    expect((await sendCode(token, { type: 'email', value: 'other@example.com' })).status).toBe(201);

    await advance(599);
    expect((await sendCode(token, { type: 'email', value: recipient })).status).toBe(429);
    await advance(2);
    expect((await sendCode(token, { type: 'email', value: recipient })).status).toBe(201);
  });

  it('locks code verification per identifier after the sentinel limit, even for the right code', async () => {
    await control('PATCH', '/sign-in-experience', { sentinelPolicy: { maxAttempts: 3, lockoutDuration: 5 } });
    const token = await demoToken();
    const id = recordIdOf(await sendCode(token, demoEmail));
    const [message] = await outbox();
    const wrong = message?.code === '000000' ? '111111' : '000000';
    await verifyCode(token, demoEmail, id, wrong);
    await verifyCode(token, demoEmail, id, wrong);
    const third = await verifyCode(token, demoEmail, id, wrong);
    expect(third.json).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
      message: 'Too many attempts in a short time. Please try again in 5 minutes.',
    });
    expect((await verifyCode(token, demoEmail, id, message?.code ?? '')).json).toMatchObject({
      code: 'session.verification_blocked_too_many_attempts',
    });

    // Another identifier is not locked.
    const phone = { type: 'phone', value: demoUser.primaryPhone } as const;
    const phoneId = recordIdOf(await sendCode(token, phone));
    const [sms] = await outbox(phone.value);
    expect((await verifyCode(token, phone, phoneId, sms?.code ?? '')).status).toBe(200);

    await advance(5 * 60 + 1);
    const again = recordIdOf(await sendCode(token, demoEmail));
    const [fresh] = await outbox(demoEmail.value);
    expect((await verifyCode(token, demoEmail, again, fresh?.code ?? '')).status).toBe(200);
  });
});

describe('email blocklist', () => {
  it('checks new emails only: subaddressing, the custom list (domains, wildcards), disposable domains', async () => {
    await control('PATCH', '/sign-in-experience', {
      emailBlocklistPolicy: {
        blockSubaddressing: true,
        blockDisposableAddresses: true,
        customBlocklist: ['@blocked.example', 'exact@example.org', 'spam*@*.example.net'],
      },
    });
    const token = await demoToken();
    const send = async (value: string) => (await sendCode(token, { type: 'email', value })).json;

    expect(await send('dana+tag@example.com')).toEqual({
      code: 'session.email_blocklist.email_subaddressing_not_allowed',
      message: 'Email subaddressing is not allowed.',
    });
    expect(await send('anyone@BLOCKED.example')).toEqual({
      code: 'session.email_blocklist.email_not_allowed',
      message: 'The email address "anyone@BLOCKED.example" is restricted. Please choose a different one.',
    });
    expect(await send('exact@example.org')).toMatchObject({ code: 'session.email_blocklist.email_not_allowed' });
    expect(await send('spammer@mail.example.net')).toMatchObject({ code: 'session.email_blocklist.email_not_allowed' });
    expect(await send('someone@mailinator.com')).toMatchObject({ code: 'session.email_blocklist.email_not_allowed' });
    expect(await send('fine@example.org')).toHaveProperty('verificationRecordId');
    expect(await outbox()).toHaveLength(1);

    // The user's own current email is not a new identifier, so it is not checked.
    await control('PATCH', '/sign-in-experience', { emailBlocklistPolicy: { customBlocklist: ['@example.com'] } });
    expect((await sendCode(token, demoEmail)).status).toBe(201);
  });
});

describe('sign-in experience control', () => {
  it('replaces the given settings; the well-known shows them but never the email blocklist', async () => {
    const patched = await control('PATCH', '/sign-in-experience', {
      passwordPolicy: { length: { min: 10 } },
      emailBlocklistPolicy: { blockSubaddressing: true },
    });
    expect(patched.json).toMatchObject({
      passwordPolicy: { length: { min: 10 } },
      emailBlocklistPolicy: { blockSubaddressing: true },
      verificationCodePolicy: {},
    });
    const wellKnown = (await call('GET', '/api/.well-known/sign-in-exp', '')).json as Record<string, unknown>;
    expect(wellKnown.passwordPolicy).toEqual({ length: { min: 10 } });
    expect(wellKnown).not.toHaveProperty('emailBlocklistPolicy');

    const invalid = await control('PATCH', '/sign-in-experience', { verificationCodePolicy: { expirationDuration: 5 } });
    expect(invalid.status).toBe(400);
    expect((await control('PATCH', '/sign-in-experience', { colour: 'red' })).status).toBe(400);
    await control('POST', '/reset');
    expect(((await control('GET', '/sign-in-experience')).json as Record<string, unknown>).emailBlocklistPolicy).toEqual({});
  });
});
