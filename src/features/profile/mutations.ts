import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateAccount, updateProfile } from '../../api/account';
import { useApi } from '../../api/ApiProvider';
import type { ApiError } from '../../api/error';
import { queryKeys } from '../../api/query-keys';
import type { Account, Profile, ProfileUpdate } from '../../api/types';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';

type Snapshot = { previous?: Account };

/** Shows the change at once and puts the old data back if Logto refuses it. */
function useOptimisticAccount() {
  const queryClient = useQueryClient();
  const key = queryKeys.account();
  return {
    async apply(change: (account: Account) => Account): Promise<Snapshot> {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Account>(key);
      if (previous) queryClient.setQueryData<Account>(key, change(previous));
      return { previous };
    },
    rollback(snapshot: Snapshot | undefined) {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    set(update: (account: Account) => Account) {
      queryClient.setQueryData<Account>(key, (current) => (current ? update(current) : current));
    },
  };
}

/** Name and avatar: PATCH /api/my-account, no step-up needed. */
export function useUpdateAccount() {
  const api = useApi();
  const cache = useOptimisticAccount();
  return useMutation<Account, ApiError, Pick<Account, 'name' | 'avatar'>, Snapshot>({
    mutationFn: (update) => updateAccount(api, update),
    onMutate: (update) => cache.apply((account) => ({ ...account, ...update })),
    onError: (_error, _update, snapshot) => cache.rollback(snapshot),
    onSuccess: (account) => cache.set(() => account),
  });
}

/**
 * Username: Logto wants a step-up record whenever `username` is in the body, but checks the field
 * control first. Asking Logto before prompting means a read-only username is reported as such
 * instead of after the user has typed their password (one extra call when no record is cached).
 */
export function useUpdateUsername() {
  const api = useApi();
  const cache = useOptimisticAccount();
  return useVerifiedMutation<Account, { username: string | null }>({
    mutationFn: (update, verificationId) => updateAccount(api, update, verificationId),
    verification: { optional: true },
    onSuccess: (account) => cache.set(() => account),
  });
}

/** The OIDC profile claims: PATCH /api/my-account/profile merges top-level keys. */
export function useUpdateProfile() {
  const api = useApi();
  const cache = useOptimisticAccount();
  return useMutation<Profile, ApiError, ProfileUpdate, Snapshot>({
    mutationFn: (update) => updateProfile(api, update),
    onMutate: (update) => cache.apply((account) => ({ ...account, profile: { ...account.profile, ...update } })),
    onError: (_error, _update, snapshot) => cache.rollback(snapshot),
    onSuccess: (profile) => cache.set((account) => ({ ...account, profile })),
  });
}
