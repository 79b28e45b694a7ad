import type { BackupCode, MfaFactor } from './mfa.js';
import type { EmulatorState } from './store.js';

export class MfaUsageError extends Error {}

/**
 * What an MFA sign-in with a backup code does (the emulator has no MFA sign-in): the given code,
 * or the first unused one, gets `usedAt` on the emulator clock. Returns the code and what is left.
 */
export const useBackupCode = (state: EmulatorState, userId: string, wanted?: string) => {
  const user = state.users.get(userId);
  if (!user) throw new MfaUsageError('User not found.');
  const matches = ({ code, usedAt }: BackupCode) => !usedAt && (wanted === undefined || code === wanted);
  const set = user.mfaVerifications.find((factor) => factor.type === 'BackupCode' && factor.codes.some(matches));
  if (set?.type !== 'BackupCode') {
    throw new MfaUsageError(wanted === undefined ? 'The user has no unused backup code.' : 'No unused backup code matches.');
  }
  const usedAt = new Date(state.clock.now()).toISOString();
  const target = set.codes.find(matches) as BackupCode;
  const codes = set.codes.map((entry) => (entry === target ? { ...entry, usedAt } : entry));
  const mfaVerifications = user.mfaVerifications.map((factor): MfaFactor => (factor.id === set.id ? { ...set, codes } : factor));
  state.users.update(userId, { mfaVerifications });
  return { code: target.code, usedAt, remainCodes: codes.filter((entry) => !entry.usedAt).length };
};

/** What a passkey sign-in or MFA check does to the passkey: `lastUsedAt` now, counter + 1. */
export const usePasskey = (state: EmulatorState, userId: string, factorId: string) => {
  const user = state.users.get(userId);
  if (!user) throw new MfaUsageError('User not found.');
  const passkey = user.mfaVerifications.find((factor) => factor.id === factorId);
  if (passkey?.type !== 'WebAuthn') throw new MfaUsageError('The user has no passkey with this id.');
  const used = { ...passkey, lastUsedAt: new Date(state.clock.now()).toISOString(), counter: passkey.counter + 1 };
  state.users.update(userId, {
    mfaVerifications: user.mfaVerifications.map((factor) => (factor.id === factorId ? used : factor)),
  });
  return used;
};
