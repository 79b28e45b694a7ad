import { describe, expect, it } from 'vitest';

import { generateTotpSecret } from '../policies/totp.js';
import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';
import { mfaApi } from '../testing/mfa-api.js';

const current = useEmulator();
const { call, control, signIn, passwordVid } = accountApi(current);
const { totpCode, bindTotp, list, mfaState } = mfaApi(current);

const demoId = () => current().state.users.findByUsername(demoUser.username)?.id ?? '';
const session = async () => {
  const token = await signIn(demoUser.username, demoUser.password);
  return { token, vid: await passwordVid(token, demoUser.password) };
};
const bindCodes = (token: string, vid: string, codes: string[]) =>
  call('POST', '/api/my-account/mfa-verifications', token, { body: { type: 'BackupCode', codes }, vid });
const generatedCodes = async (token: string) =>
  ((await call('POST', '/api/my-account/mfa-verifications/backup-codes/generate', token)).json as { codes: string[] }).codes;

describe('TOTP', () => {
  it('generates 32-character base32 secrets (20 bytes)', async () => {
    const { token } = await session();
    const { json } = await call('POST', '/api/my-account/mfa-verifications/totp-secret/generate', token);
    expect((json as { secret: string }).secret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('accepts the previous and next 30 s step on the emulator clock, nothing further', async () => {
    // 90 minutes ahead, then to the middle of a 30 s step so no check straddles a step boundary.
    const ahead = current().state.clock.now() + 90 * 60_000;
    await control('POST', '/clock/advance', { minutes: 90, ms: 15_000 - (ahead % 30_000) });
    const { token, vid } = await session();
    const secret = generateTotpSecret();
    const put = (code: string) => call('PUT', '/api/my-account/mfa-verifications/totp', token, { body: { secret, code }, vid });

    for (const far of [-60, 60]) {
      expect((await put(totpCode(secret, far))).json).toEqual({ code: 'session.mfa.invalid_totp_code', message: 'Invalid TOTP code.' });
    }
    expect((await put(totpCode(secret, -30))).status).toBe(204);
    expect((await put(totpCode(secret, 30))).status).toBe(204);
  });

  it('binds on POST without a code, one TOTP only; PUT replaces it under a new id; the secret is checked', async () => {
    const { token, vid } = await session();
    const post = (body: Record<string, unknown>) =>
      call('POST', '/api/my-account/mfa-verifications', token, { body: { type: 'Totp', ...body }, vid });

    expect((await post({ secret: 'JBSWY3DP', code: '123456' })).json).toMatchObject({ code: 'user.totp_secret_invalid' });
    expect((await post({ secret: 'not-base32!' })).json).toMatchObject({ code: 'user.totp_secret_invalid' });
    const first = generateTotpSecret();
    expect((await post({ secret: first })).status).toBe(204);
    const again = await post({ secret: generateTotpSecret() });
    expect(again.status).toBe(422);
    expect(again.json).toMatchObject({ code: 'user.totp_already_in_use' });

    const [before] = await list(token);
    const second = generateTotpSecret();
    expect((await bindTotp(token, vid, second)).status).toBe(204);
    const after = await list(token);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).not.toBe(before?.id);
    expect((await mfaState(demoId())).mfaVerifications).toMatchObject([{ type: 'Totp', key: second }]);
  });

  it('sets mfa.enabled when bound and keeps it after deletion', async () => {
    const { token, vid } = await session();
    await bindTotp(token, vid, generateTotpSecret());
    const configs = () => call('GET', '/api/my-account/logto-configs', token);
    expect((await configs()).json).toMatchObject({ mfa: { enabled: true } });
    const [entry] = await list(token);
    expect((await call('DELETE', `/api/my-account/mfa-verifications/${String(entry?.id)}`, token, { vid })).status).toBe(204);
    expect((await configs()).json).toMatchObject({ mfa: { enabled: true } });
  });

  it('refuses a factor the sign-in experience does not offer, but still lists it', async () => {
    const { token, vid } = await session();
    await bindTotp(token, vid, generateTotpSecret());
    await control('PATCH', '/sign-in-experience', { mfa: { factors: ['WebAuthn', 'BackupCode'], policy: 'UserControlled' } });
    expect((await bindTotp(token, vid, generateTotpSecret())).json).toMatchObject({ code: 'session.mfa.mfa_factor_not_enabled' });
    expect(await list(token)).toMatchObject([{ type: 'Totp' }]);
  });
});

describe('backup codes', () => {
  it('generates ten codes of ten lower-case hex characters', async () => {
    const { token } = await session();
    const codes = await generatedCodes(token);
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[\da-f]{10}$/);
  });

  it('cannot be the only factor, must be ten hex codes, and block a second set while codes remain', async () => {
    const { token, vid } = await session();
    const codes = await generatedCodes(token);
    expect((await bindCodes(token, vid, codes)).json).toMatchObject({ code: 'session.mfa.backup_code_can_not_be_alone' });
    await bindTotp(token, vid, generateTotpSecret());
    for (const wrong of [[], ['not-hex', 'XYZ'], codes.slice(0, 9)]) {
      const refused = await bindCodes(token, vid, wrong);
      expect(refused.status).toBe(422);
      expect(refused.json).toMatchObject({ code: 'user.wrong_backup_code_format' });
    }
    expect((await bindCodes(token, vid, codes.map((code) => code.toUpperCase()))).status).toBe(204);
    expect((await bindCodes(token, vid, await generatedCodes(token))).json).toMatchObject({
      code: 'user.backup_code_already_in_use',
    });
  });

  it('exhausted through the control API, a new set binds beside it and GET still shows the first set', async () => {
    const { token, vid } = await session();
    await bindTotp(token, vid, generateTotpSecret());
    const codes = await generatedCodes(token);
    await bindCodes(token, vid, codes);

    const used = await control('POST', `/users/${demoId()}/backup-codes/use`, {});
    expect(used.json).toEqual({ code: codes[0], usedAt: expect.any(String) as unknown, remainCodes: 9 });
    expect((await list(token))[1]).toMatchObject({ type: 'BackupCode', remainCodes: 9 });
    const shown = (await call('GET', '/api/my-account/mfa-verifications/backup-codes', token, { vid })).json as {
      codes: Array<{ code: string; usedAt?: string }>;
    };
    expect(shown.codes[0]).toEqual({ code: codes[0], usedAt: (used.json as { usedAt: string }).usedAt });
    expect(shown.codes[1]).toEqual({ code: codes[1] });

    for (const code of codes.slice(1)) {
      expect((await control('POST', `/users/${demoId()}/backup-codes/use`, { code })).status).toBe(200);
    }
    expect((await control('POST', `/users/${demoId()}/backup-codes/use`, {})).status).toBe(400);

    const fresh = await generatedCodes(token);
    expect((await bindCodes(token, vid, fresh)).status).toBe(204);
    const entries = await list(token);
    expect(entries.map(({ type, remainCodes }) => [type, remainCodes])).toEqual([
      ['Totp', undefined],
      ['BackupCode', 0],
      ['BackupCode', 10],
    ]);
    const firstSet = async () =>
      ((await call('GET', '/api/my-account/mfa-verifications/backup-codes', token, { vid })).json as { codes: Array<{ code: string }> })
        .codes.map(({ code }) => code);
    expect(await firstSet()).toEqual(codes);

    expect((await call('DELETE', `/api/my-account/mfa-verifications/${String(entries[1]?.id)}`, token, { vid })).status).toBe(204);
    expect(await firstSet()).toEqual(fresh);
  });

  it('answers 404 when there are none, and needs a step-up record', async () => {
    const { token, vid } = await session();
    const read = await call('GET', '/api/my-account/mfa-verifications/backup-codes', token, { vid });
    expect(read.status).toBe(404);
    expect(read.json).toMatchObject({ code: 'verification_record.not_found' });
    expect((await call('GET', '/api/my-account/mfa-verifications/backup-codes', token)).status).toBe(401);
  });
});

describe('field controls and scopes', () => {
  it('passkey falls back to mfa when unset; mfa gates the list and the other factors', async () => {
    const { token, vid } = await session();
    const { fields } = current().state.accountCenter;
    const setFields = (changes: Record<string, string | undefined>) => {
      const next: Record<string, unknown> = { ...fields, ...changes };
      for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
      return control('PATCH', '/account-center', { fields: next });
    };

    await setFields({ passkey: undefined, mfa: 'Off' });
    expect((await call('GET', '/api/my-account/logto-configs', token)).json).toMatchObject({ code: 'account_center.field_not_enabled' });
    expect((await call('GET', '/api/my-account/mfa-verifications', token)).json).toMatchObject({
      code: 'account_center.field_not_enabled',
    });
    // The generate routes have no field check.
    expect((await call('POST', '/api/my-account/mfa-verifications/totp-secret/generate', token)).status).toBe(200);

    await setFields({ passkey: undefined, mfa: 'ReadOnly' });
    expect((await call('PATCH', '/api/my-account/logto-configs', token, { body: { passkeySignIn: { skipped: true } }, vid })).json).toMatchObject({
      code: 'account_center.field_not_editable',
    });
    expect((await bindTotp(token, vid, generateTotpSecret())).json).toMatchObject({ code: 'account_center.field_not_editable' });

    await setFields({ passkey: 'Off', mfa: 'Edit' });
    expect((await call('GET', '/api/my-account/mfa-verifications', token)).status).toBe(200);
    const webAuthn = await call('POST', '/api/my-account/mfa-verifications', token, {
      body: { type: 'WebAuthn', newIdentifierVerificationRecordId: 'not-a-record' },
      vid,
    });
    expect(webAuthn.json).toMatchObject({ code: 'account_center.field_not_editable' });
    expect((await bindTotp(token, vid, generateTotpSecret())).status).toBe(204);

    await setFields({ passkey: 'Edit', mfa: 'Off' });
    expect((await call('GET', '/api/my-account/logto-configs', token)).status).toBe(200);
  });

  it('needs the identities scope (401) except for the generate routes', async () => {
    const token = await signIn(demoUser.username, demoUser.password, ['openid', 'profile']);
    expect((await call('GET', '/api/my-account/mfa-verifications', token)).json).toEqual({
      code: 'auth.unauthorized',
      message: 'Unauthorized. Please check credentials and its scope.',
    });
    expect((await call('POST', '/api/my-account/mfa-verifications/backup-codes/generate', token)).status).toBe(200);
  });
});
