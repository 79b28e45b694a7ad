import type { Account } from '../api/types';

export type VerificationMethod = 'password';

/**
 * The ways this user can prove who they are. `hasPassword` is absent when the tenant turns the
 * password field Off; the password check itself still works then, so offer it when the user has
 * some method and nothing else explains it.
 */
export function availableMethods(account: Account | undefined): VerificationMethod[] {
  if (!account) return [];
  const passwordKnown = account.hasPassword !== undefined;
  const hasPassword = passwordKnown ? account.hasPassword === true : account.hasSecurityVerificationMethod === true;
  return hasPassword ? ['password'] : [];
}
