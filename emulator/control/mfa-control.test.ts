import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';
import { mfaApi } from '../testing/mfa-api.js';

const current = useEmulator();
const { call, control, signIn } = accountApi(current);
const { list, mfaState } = mfaApi(current);

const demoId = () => current().state.users.findByUsername(demoUser.username)?.id ?? '';

describe('MFA control API', () => {
  it('seeds factors, shows secrets only on /mfa, and records a passkey use on the emulator clock', async () => {
    const totp = await control('POST', `/users/${demoId()}/mfa-verifications`, { type: 'Totp' });
    expect(totp.status).toBe(201);
    expect(totp.json).toMatchObject({ type: 'Totp', key: expect.stringMatching(/^[A-Z2-7]{32}$/) as unknown });
    const passkey = (await control('POST', `/users/${demoId()}/mfa-verifications`, { type: 'WebAuthn', name: 'Seeded', agent: 'UA' }))
      .json as { id: string; credentialId: string; rpId: string };
    expect(passkey.rpId).toBe('localhost');
    await control('POST', `/users/${demoId()}/mfa-verifications`, { type: 'BackupCode' });

    const state = await mfaState(demoId());
    expect(state.mfaVerifications.map(({ type }) => type)).toEqual(['Totp', 'WebAuthn', 'BackupCode']);
    expect(state.logtoConfig).toEqual({ mfa: { enabled: true } });
    expect((await control('GET', `/users/${demoId()}`)).json).not.toHaveProperty('mfaVerifications');

    await control('POST', '/clock/advance', { minutes: 5 });
    const used = await control('POST', `/users/${demoId()}/mfa-verifications/${passkey.id}/use`);
    const { lastUsedAt } = used.json as { lastUsedAt: string };
    expect(Math.abs(Date.parse(lastUsedAt) - current().state.clock.now())).toBeLessThan(5000);

    const token = await signIn(demoUser.username, demoUser.password);
    expect((await list(token))[1]).toEqual({
      id: passkey.id,
      createdAt: expect.any(String) as unknown,
      type: 'WebAuthn',
      lastUsedAt,
      agent: 'UA',
      name: 'Seeded',
    });
    const options = await call('POST', '/api/verifications/web-authn/registration', token);
    expect((options.json as { registrationOptions: { excludeCredentials: unknown[] } }).registrationOptions.excludeCredentials).toEqual([
      { type: 'public-key', id: passkey.credentialId },
    ]);
  });

  it('refuses unknown users, codes and passkeys, and a secret Logto would refuse', async () => {
    expect((await control('GET', '/users/nobody/mfa')).status).toBe(404);
    expect((await control('POST', '/users/nobody/backup-codes/use', {})).status).toBe(404);
    const none = await control('POST', `/users/${demoId()}/backup-codes/use`, {});
    expect(none.status).toBe(400);
    expect(none.json).toEqual({ message: 'The user has no unused backup code.' });
    expect((await control('POST', `/users/${demoId()}/mfa-verifications/nope/use`)).status).toBe(400);
    expect((await control('POST', `/users/${demoId()}/mfa-verifications`, { type: 'Totp', key: 'JBSWY3DP' })).status).toBe(400);
  });
});
