import { updateAccount } from '../../api/account';
import { useApi } from '../../api/ApiProvider';
import { useAccountCache } from '../../api/queries/account';
import type { Account } from '../../api/types';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';

/**
 * Username: Logto wants a step-up record whenever `username` is in the body, but checks the field
 * control first. Asking Logto before prompting means a read-only username is reported as such
 * instead of after the user has typed their password (one extra call when no record is cached).
 */
export function useUpdateUsername() {
  const api = useApi();
  const cache = useAccountCache();
  return useVerifiedMutation<Account, { username: string | null }>({
    mutationFn: (update, verificationId) => updateAccount(api, update, verificationId),
    verification: { optional: true },
    onSuccess: (account) => cache.set(() => account),
  });
}

