import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { useEmulator } from '../testing/lifecycle.js';

const current = useEmulator();
const { call, signIn, passwordVid } = accountApi(current);

describe('mfa-settings and logto-configs', () => {
  it('mirror skipMfaOnSignIn, deep-merge mfa, ignore unknown keys and never show additionalBindingSuggestionSkipped', async () => {
    const token = await signIn(demoUser.username, demoUser.password);
    const vid = await passwordVid(token, demoUser.password);
    const configs = (body?: unknown) =>
      body === undefined
        ? call('GET', '/api/my-account/logto-configs', token)
        : call('PATCH', '/api/my-account/logto-configs', token, { body, vid });

    expect((await call('GET', '/api/my-account/mfa-settings', token)).json).toEqual({ skipMfaOnSignIn: false });
    expect((await call('PATCH', '/api/my-account/mfa-settings', token, { body: { skipMfaOnSignIn: true } })).status).toBe(401);
    expect((await call('PATCH', '/api/my-account/mfa-settings', token, { body: { skipMfaOnSignIn: true }, vid })).json).toEqual({
      skipMfaOnSignIn: true,
    });
    expect((await configs()).json).toEqual({ mfa: { skipped: false, skipMfaOnSignIn: true }, passkeySignIn: { skipped: false } });

    expect((await configs({ mfa: { enabled: false } })).json).toEqual({
      mfa: { enabled: false, skipped: false, skipMfaOnSignIn: true },
      passkeySignIn: { skipped: false },
    });
    const merged = await configs({
      mfa: { additionalBindingSuggestionSkipped: true, skipped: true, unknownFlag: 1 },
      passkeySignIn: { skipped: true },
      other: { x: 1 },
    });
    expect(merged.json).toEqual({
      mfa: { enabled: false, skipped: true, skipMfaOnSignIn: true },
      passkeySignIn: { skipped: true },
    });
    expect((await configs({})).json).toEqual(merged.json);
    expect((await configs({ mfa: { skipped: 'no' } })).json).toMatchObject({ code: 'guard.invalid_input' });
    expect((await call('GET', '/api/my-account/mfa-settings', token)).json).toEqual({ skipMfaOnSignIn: true });
  });
});
