import { totpCodeAt } from '../policies/totp.js';
import type { Emulator } from '../server.js';
import type { MfaFactor } from '../state/mfa.js';
import type { JsonObject } from '../state/users.js';

import { accountApi } from './account-api.js';
import { request, type RawResponse } from './http.js';
import { SoftwareAuthenticator, type CreationOptions } from './software-authenticator.js';

export type Registration = { verificationRecordId: string; registrationOptions: CreationOptions & Record<string, unknown> };

/**
 * MFA calls for tests of one emulator: passkey registration (with an explicit `Origin`, or none),
 * binding, TOTP codes on the emulator clock and the control API's MFA state.
 */
export const mfaApi = (emulator: () => Emulator) => {
  const { call, control } = accountApi(emulator);

  const startRegistration = async (token: string): Promise<Registration> => {
    const response = await call('POST', '/api/verifications/web-authn/registration', token);
    if (response.status !== 200) throw new Error(`registration answered ${response.status} ${response.text}`);
    return response.json as Registration;
  };

  /** `origin: null` sends no Origin header at all. */
  const verifyRegistration = (token: string, verificationRecordId: string, payload: unknown, origin: string | null) =>
    request(`${emulator().url}/api/verifications/web-authn/registration/verify`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, ...(origin ? { Origin: origin } : {}) },
      body: { verificationRecordId, payload },
    });

  const bindPasskey = (token: string, vid: string, recordId: string, { name, userAgent }: { name?: string; userAgent?: string } = {}) =>
    request(`${emulator().url}/api/my-account/mfa-verifications`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'logto-verification-id': vid,
        ...(userAgent ? { 'User-Agent': userAgent } : {}),
      },
      body: { type: 'WebAuthn', newIdentifierVerificationRecordId: recordId, ...(name === undefined ? {} : { name }) },
    });

  /** Options, a software authenticator on `appOrigin`, verify with that Origin, bind. */
  const registerPasskey = async (token: string, vid: string, { appOrigin = 'http://localhost:5173', name = 'Test key' } = {}) => {
    const authenticator = new SoftwareAuthenticator();
    const { verificationRecordId, registrationOptions } = await startRegistration(token);
    const verified = await verifyRegistration(
      token,
      verificationRecordId,
      authenticator.register(registrationOptions, appOrigin),
      appOrigin
    );
    if (verified.status !== 200) throw new Error(`verify answered ${verified.status} ${verified.text}`);
    const bound = await bindPasskey(token, vid, verificationRecordId, { name });
    if (bound.status !== 204) throw new Error(`binding answered ${bound.status} ${bound.text}`);
    return { authenticator, verificationRecordId };
  };

  const totpCode = (secret: string, offsetSeconds = 0) => totpCodeAt(secret, emulator().state.clock.now() + offsetSeconds * 1000);

  const bindTotp = async (token: string, vid: string, secret: string): Promise<RawResponse> =>
    call('PUT', '/api/my-account/mfa-verifications/totp', token, { body: { secret, code: totpCode(secret) }, vid });

  const list = async (token: string) =>
    (await call('GET', '/api/my-account/mfa-verifications', token)).json as Array<Record<string, unknown>>;

  const mfaState = async (userId: string) =>
    (await control('GET', `/users/${userId}/mfa`)).json as { mfaVerifications: MfaFactor[]; logtoConfig: JsonObject };

  return { startRegistration, verifyRegistration, bindPasskey, registerPasskey, totpCode, bindTotp, list, mfaState };
};
