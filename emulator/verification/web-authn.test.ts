import { describe, expect, it } from 'vitest';

import { demoUser } from '../state/seed.js';
import { accountApi } from '../testing/account-api.js';
import { request } from '../testing/http.js';
import { useEmulator } from '../testing/lifecycle.js';
import { mfaApi } from '../testing/mfa-api.js';
import { SoftwareAuthenticator } from '../testing/software-authenticator.js';

const current = useEmulator();
const { call, control, signIn, passwordVid } = accountApi(current);
const { startRegistration, verifyRegistration, bindPasskey, registerPasskey, list } = mfaApi(current);

const demoToken = () => signIn(demoUser.username, demoUser.password);

/** Not one of the default related origins (the app URLs on 5173 and 4173). */
const foreignAppOrigin = 'http://localhost:4175';

describe('registration options', () => {
  it('answer 200 with the recorded shape: RP = API hostname, user, ES256/RS256, resident key, 60 s', async () => {
    const token = await demoToken();
    const response = await call('POST', '/api/verifications/web-authn/registration', token);
    expect(response.status).toBe(200);
    const user = current().state.users.findByUsername(demoUser.username);
    expect(response.json).toEqual({
      verificationRecordId: expect.stringMatching(/^[\da-z]{21}$/) as unknown,
      registrationOptions: {
        rp: { name: 'localhost', id: 'localhost' },
        // `user.name` skips the profile name: email, then phone, then username.
        user: { id: Buffer.from(user?.id ?? '').toString('base64url'), name: demoUser.primaryEmail, displayName: demoUser.name },
        challenge: expect.stringMatching(/^[\w-]{43}$/) as unknown,
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        timeout: 60_000,
        excludeCredentials: [],
        authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: 'required' },
        attestation: 'none',
        extensions: { credProps: true },
      },
      expiresAt: expect.any(String) as unknown,
    });
  });

  it('take the RP ID from the host the API is called on, never from the app', async () => {
    const token = await demoToken();
    const { port } = current();
    const response = await request(`http://127.0.0.1:${port}/api/verifications/web-authn/registration`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Origin: 'http://localhost:4173' },
    });
    expect((response.json as { registrationOptions: { rp: unknown } }).registrationOptions.rp).toEqual({
      name: '127.0.0.1',
      id: '127.0.0.1',
    });
  });

  it('name a phone-only user by the international number and exclude bound passkeys, twice if bound twice', async () => {
    await control('PATCH', `/users/${current().state.users.findByUsername('demo')?.id ?? ''}`, {
      name: null,
      primaryEmail: null,
    });
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const { authenticator, verificationRecordId } = await registerPasskey(token, vid);
    expect((await bindPasskey(token, vid, verificationRecordId, { name: 'again' })).status).toBe(204);

    const { registrationOptions } = await startRegistration(token);
    expect(registrationOptions.user).toMatchObject({ name: '+1 555 123 4567', displayName: '+1 555 123 4567' });
    expect(registrationOptions.excludeCredentials).toEqual([
      { type: 'public-key', id: authenticator.credentialId, transports: ['internal'] },
      { type: 'public-key', id: authenticator.credentialId, transports: ['internal'] },
    ]);
  });
});

describe('registration verify', () => {
  it('accepts a credential made on the page whose origin the request carries, even if not related', async () => {
    const token = await demoToken();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    const payload = new SoftwareAuthenticator().register(registrationOptions, foreignAppOrigin);
    const verified = await verifyRegistration(token, verificationRecordId, payload, foreignAppOrigin);
    expect(verified.status).toBe(200);
    expect(verified.json).toEqual({ verificationRecordId });
    // The same payload again is fine: records are not consumed.
    expect((await verifyRegistration(token, verificationRecordId, payload, foreignAppOrigin)).status).toBe(200);
  });

  it('accepts an origin listed in webauthnRelatedOrigins whatever the Origin header says', async () => {
    await control('PATCH', '/account-center', { webauthnRelatedOrigins: ['https://app.example.test'] });
    const token = await demoToken();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    const payload = new SoftwareAuthenticator().register(registrationOptions, 'https://app.example.test');
    expect((await verifyRegistration(token, verificationRecordId, payload, 'http://localhost:5173')).status).toBe(200);
  });

  it('refuses any other origin with the library message, and lists an absent Origin as empty', async () => {
    const token = await demoToken();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    const payload = new SoftwareAuthenticator().register(registrationOptions, foreignAppOrigin);

    const refused = await verifyRegistration(token, verificationRecordId, payload, 'http://localhost:5173');
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      code: 'session.mfa.webauthn_verification_failed',
      message: 'WebAuthn verification failed.',
      data: {
        message: `Unexpected registration response origin "${foreignAppOrigin}", expected one of: http://localhost:5173, http://localhost:5173, http://localhost:4173`,
      },
    });
    const noOrigin = await verifyRegistration(token, verificationRecordId, payload, null);
    expect((noOrigin.json as { data: { message: string } }).data.message).toMatch(/expected one of: , http:\/\/localhost:5173/);

    // Not verified, so it cannot be bound.
    const vid = await passwordVid(token, demoUser.password);
    expect((await bindPasskey(token, vid, verificationRecordId)).json).toMatchObject({ code: 'verification_record.not_found' });
  });

  it('refuses another challenge, an unknown record and a malformed payload', async () => {
    const token = await demoToken();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    const stale = new SoftwareAuthenticator().register({ ...registrationOptions, challenge: 'c3RhbGU' }, 'http://localhost:5173');
    expect((await verifyRegistration(token, verificationRecordId, stale, 'http://localhost:5173')).json).toMatchObject({
      code: 'session.mfa.webauthn_verification_failed',
      data: { message: `Unexpected registration response challenge "c3RhbGU", expected "${registrationOptions.challenge}"` },
    });
    expect((await verifyRegistration(token, 'nope', stale, 'http://localhost:5173')).json).toMatchObject({
      code: 'verification_record.not_found',
    });
    const malformed = await verifyRegistration(token, verificationRecordId, { type: 'public-key', id: 'x' }, null);
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ code: 'guard.invalid_input' });
  });
});

describe('passkeys on the account', () => {
  it('lists, renames (200 text OK) and deletes a bound passkey; the agent is the binding request User-Agent', async () => {
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const authenticator = new SoftwareAuthenticator();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    await verifyRegistration(token, verificationRecordId, authenticator.register(registrationOptions, 'http://localhost:5173'), 'http://localhost:5173');
    const bound = await bindPasskey(token, vid, verificationRecordId, { name: 'Laptop', userAgent: 'TestAgent/1.0' });
    expect(bound.status).toBe(204);

    const [entry] = await list(token);
    expect(entry).toEqual({
      id: expect.any(String) as unknown,
      createdAt: expect.any(String) as unknown,
      type: 'WebAuthn',
      agent: 'TestAgent/1.0',
      name: 'Laptop',
    });
    const id = String(entry?.id);

    const renamed = await call('PATCH', `/api/my-account/mfa-verifications/${id}/name`, token, { body: { name: '' }, vid });
    expect(renamed.status).toBe(200);
    expect(renamed.text).toBe('OK');
    expect(renamed.header('content-type')).toBe('text/plain; charset=utf-8');
    expect((await list(token))[0]?.name).toBe('');

    expect((await call('DELETE', `/api/my-account/mfa-verifications/${id}`, token, { vid })).status).toBe(204);
    expect((await call('DELETE', `/api/my-account/mfa-verifications/${id}`, token, { vid })).json).toMatchObject({
      code: 'verification_record.not_found',
    });
    expect(await list(token)).toEqual([]);
  });

  it('turns mfa.enabled on only while WebAuthn is an MFA factor; passkey sign-in alone allows binding', async () => {
    await control('PATCH', '/sign-in-experience', { mfa: { factors: ['Totp'], policy: 'UserControlled' } });
    const token = await demoToken();
    const vid = await passwordVid(token, demoUser.password);
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    await verifyRegistration(token, verificationRecordId, new SoftwareAuthenticator().register(registrationOptions, 'http://localhost:5173'), 'http://localhost:5173');
    expect((await bindPasskey(token, vid, verificationRecordId)).json).toMatchObject({
      code: 'session.mfa.mfa_factor_not_enabled',
    });

    await control('PATCH', '/sign-in-experience', { passkeySignIn: { enabled: true } });
    expect((await bindPasskey(token, vid, verificationRecordId)).status).toBe(204);
    expect((await call('GET', '/api/my-account/logto-configs', token)).json).toEqual({
      mfa: { skipped: false, skipMfaOnSignIn: false },
      passkeySignIn: { skipped: false },
    });
    const wellKnown = (await call('GET', '/api/.well-known/sign-in-exp', '')).json as Record<string, unknown>;
    expect(wellKnown).toMatchObject({ mfa: { factors: ['Totp'] }, passkeySignIn: { enabled: true } });
  });
});
