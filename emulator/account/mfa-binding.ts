import { assertThat, RequestError } from '../http/request-error.js';
import { isValidBackupCodeSet } from '../policies/backup-codes.js';
import { isValidTotpCode, isValidTotpSecret } from '../policies/totp.js';
import { generateStandardId } from '../state/ids.js';
import { withMfaData } from '../state/logto-config.js';
import type { BackupCodeFactor, MfaFactor, TotpFactor, WebAuthnFactor } from '../state/mfa.js';
import type { EmulatorState } from '../state/store.js';
import type { User } from '../state/users.js';
import { webAuthnDataOf } from '../verification/web-authn-record.js';

const nowIso = (state: EmulatorState) => new Date(state.clock.now()).toISOString();

/** Secret first, then the code (on the emulator clock, ±1 step) when one is given. */
const assertTotp = (state: EmulatorState, secret: string, code: string | undefined) => {
  assertThat(isValidTotpSecret(secret), 'user.totp_secret_invalid');
  if (code) {
    assertThat(isValidTotpCode(secret, code, state.clock.now()), 'session.mfa.invalid_totp_code');
  }
};

const totpFactor = (state: EmulatorState, key: string): TotpFactor => ({
  id: generateStandardId(),
  type: 'Totp',
  createdAt: nowIso(state),
  key,
});

/** POST `{type: 'Totp'}`: one TOTP per user (422), then secret and optional code. */
export const newTotp = (state: EmulatorState, user: User, secret: string, code: string | undefined): TotpFactor => {
  assertThat(
    user.mfaVerifications.every(({ type }) => type !== 'Totp'),
    new RequestError({ code: 'user.totp_already_in_use', status: 422 })
  );
  assertTotp(state, secret, code);
  return totpFactor(state, secret);
};

/** PUT `/mfa-verifications/totp`: the code is required; the result replaces any TOTP (new id). */
export const replacementTotp = (state: EmulatorState, secret: string, code: string): TotpFactor => {
  assertTotp(state, secret, code);
  return totpFactor(state, secret);
};

/**
 * POST `{type: 'BackupCode'}`, in Logto's order: a set with unused codes blocks a new one (an
 * exhausted set does not, and stays), backup codes cannot be the only factor, then the format.
 */
export const newBackupCodes = (state: EmulatorState, user: User, codes: string[]): BackupCodeFactor => {
  assertThat(
    user.mfaVerifications.every((factor) => factor.type !== 'BackupCode' || factor.codes.every(({ usedAt }) => usedAt)),
    new RequestError({ code: 'user.backup_code_already_in_use', status: 422 })
  );
  assertThat(
    user.mfaVerifications.some(({ type }) => type !== 'BackupCode'),
    new RequestError({ code: 'session.mfa.backup_code_can_not_be_alone', status: 422 })
  );
  assertThat(isValidBackupCodeSet(codes), new RequestError({ code: 'user.wrong_backup_code_format', status: 422 }));
  return { id: generateStandardId(), type: 'BackupCode', createdAt: nowIso(state), codes: codes.map((code) => ({ code })) };
};

/**
 * POST `{type: 'WebAuthn'}`: a verified registration record (any other id is 400
 * `verification_record.not_found`). Records are not consumed, so binding one twice makes two
 * entries for the same credential, as recorded. `agent` is this request's User-Agent.
 */
export const newPasskey = (
  state: EmulatorState,
  recordId: string,
  name: string | undefined,
  agent: string
): WebAuthnFactor => {
  const record = state.verificationRecords.findActive(recordId);
  assertThat(record?.type === 'WebAuthn' && record.verified, 'verification_record.not_found');
  const { registrationInfo } = webAuthnDataOf(record);
  assertThat(registrationInfo, 'verification_record.not_found');
  return {
    id: generateStandardId(),
    type: 'WebAuthn',
    createdAt: nowIso(state),
    ...registrationInfo,
    agent,
    ...(name === undefined ? {} : { name }),
  };
};

/**
 * Stores the new factor list. Binding TOTP or backup codes turns `logtoConfig.mfa.enabled` on; a
 * passkey does so only when WebAuthn is one of the sign-in experience's MFA factors. Deleting
 * never turns it off.
 */
export const saveFactors = (state: EmulatorState, user: User, factors: MfaFactor[], bound?: MfaFactor): void => {
  const enables =
    bound !== undefined && (bound.type !== 'WebAuthn' || state.signInExperience.mfa.factors.includes('WebAuthn'));
  state.users.update(user.id, {
    mfaVerifications: factors,
    ...(enables ? { logtoConfig: withMfaData(user.logtoConfig, { enabled: true }) } : {}),
  });
};
