import type { Account } from '../api/types';

export type VerificationMethod =
  | { kind: 'password' }
  | { kind: 'email'; address: string }
  | { kind: 'phone'; address: string };

/**
 * The ways this user can prove who they are, as Logto accepts them: the password, or a code sent
 * to the current primary email or phone. `hasPassword` is absent when the tenant turns the
 * password field Off; the password check still works then, so offer it when the user has some
 * method that the email and phone do not explain.
 */
export function availableMethods(account: Account | undefined): VerificationMethod[] {
  if (!account) return [];
  const methods: VerificationMethod[] = [];
  const emailOrPhoneKnown = Boolean(account.primaryEmail || account.primaryPhone);
  const hasPassword =
    account.hasPassword ?? (account.hasSecurityVerificationMethod === true && !emailOrPhoneKnown);
  if (hasPassword) methods.push({ kind: 'password' });
  if (account.primaryEmail) methods.push({ kind: 'email', address: account.primaryEmail });
  if (account.primaryPhone) methods.push({ kind: 'phone', address: account.primaryPhone });
  return methods;
}
