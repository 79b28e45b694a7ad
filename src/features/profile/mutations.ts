import { useMutation } from '@tanstack/react-query';
import { updateAccount, updateProfile } from '../../api/account';
import { useApi } from '../../api/ApiProvider';
import type { ApiError } from '../../api/error';
import { useAccountCache, type AccountSnapshot } from '../../api/queries/account';
import type { Account, Profile, ProfileUpdate } from '../../api/types';

/** Name and avatar: PATCH /api/my-account, no step-up needed. */
export function useUpdateAccount() {
  const api = useApi();
  const cache = useAccountCache();
  return useMutation<Account, ApiError, Pick<Account, 'name' | 'avatar'>, AccountSnapshot>({
    mutationFn: (update) => updateAccount(api, update),
    onMutate: (update) => cache.apply((account) => ({ ...account, ...update })),
    onError: (_error, _update, snapshot) => cache.rollback(snapshot),
    onSuccess: (account) => cache.set(() => account),
  });
}

/** The OIDC profile claims: PATCH /api/my-account/profile merges top-level keys. */
export function useUpdateProfile() {
  const api = useApi();
  const cache = useAccountCache();
  return useMutation<Profile, ApiError, ProfileUpdate, AccountSnapshot>({
    mutationFn: (update) => updateProfile(api, update),
    onMutate: (update) => cache.apply((account) => ({ ...account, profile: { ...account.profile, ...update } })),
    onError: (_error, _update, snapshot) => cache.rollback(snapshot),
    onSuccess: (profile) => cache.set((account) => ({ ...account, profile })),
  });
}
