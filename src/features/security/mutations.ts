import { useApi } from '../../api/ApiProvider';
import { bindPrimaryEmail, bindPrimaryPhone, removePrimaryEmail, removePrimaryPhone, setPassword } from '../../api/identifiers';
import { useAccountCache, useAccountQuery } from '../../api/queries/account';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';

export type IdentifierKind = 'email' | 'phone';
const accountKey: Record<IdentifierKind, 'primaryEmail' | 'primaryPhone'> = { email: 'primaryEmail', phone: 'primaryPhone' };

export function useBindIdentifier(kind: IdentifierKind) {
  const api = useApi();
  const cache = useAccountCache();
  return useVerifiedMutation<void, { value: string; newIdentifierRecordId: string }>({
    mutationFn: ({ value, newIdentifierRecordId }, verificationId) =>
      kind === 'email'
        ? bindPrimaryEmail(api, value, newIdentifierRecordId, verificationId)
        : bindPrimaryPhone(api, value, newIdentifierRecordId, verificationId),
    onSuccess: (_nothing, { value }) => cache.merge(() => ({ [accountKey[kind]]: value, hasSecurityVerificationMethod: true })),
  });
}

export function useRemoveIdentifier(kind: IdentifierKind) {
  const api = useApi();
  const cache = useAccountCache();
  return useVerifiedMutation<void, void>({
    mutationFn: (_nothing, verificationId) =>
      kind === 'email' ? removePrimaryEmail(api, verificationId) : removePrimaryPhone(api, verificationId),
    onSuccess: () => cache.merge(() => ({ [accountKey[kind]]: null })),
  });
}

/**
 * Logto skips the step-up for a user with no password, email or phone (a social-only user setting
 * a first password), so only ask for one when the account has a way to give it.
 */
export function useSetPassword() {
  const api = useApi();
  const cache = useAccountCache();
  const { data: account } = useAccountQuery();
  return useVerifiedMutation<void, string>({
    mutationFn: (password, verificationId) => setPassword(api, password, verificationId),
    verification: { optional: account?.hasSecurityVerificationMethod === false },
    // An Off password field hides `hasPassword`; do not make it appear.
    onSuccess: () => cache.merge((account) => ({ ...('hasPassword' in account && { hasPassword: true }), hasSecurityVerificationMethod: true })),
  });
}
