import { useMutation } from '@tanstack/react-query';
import { updateAccount } from '@/api/account';
import { useApi } from '@/api/ApiProvider';
import type { ApiError } from '@/api/error';
import { useAccountCache, type AccountSnapshot } from '@/api/queries/account';
import type { Account } from '@/api/types';

/**
 * One key of `customData`. Logto replaces the whole object on PATCH, so every other key is sent
 * back as the cache has it (with the user's other changes already in it); `undefined` removes it.
 */
export function useUpdateCustomData() {
  const api = useApi();
  const cache = useAccountCache();
  const withValue = (customData: Account['customData'], name: string, value: unknown) => {
    const next: Record<string, unknown> = { ...customData };
    if (value === undefined) delete next[name];
    else next[name] = value;
    return next;
  };
  return useMutation<Account, ApiError, { name: string; value: unknown }, AccountSnapshot>({
    mutationFn: ({ name, value }) => updateAccount(api, { customData: withValue(cache.current()?.customData, name, value) }),
    onMutate: ({ name, value }) => cache.apply((account) => ({ ...account, customData: withValue(account.customData, name, value) })),
    onError: (_error, _update, snapshot) => cache.rollback(snapshot),
    onSuccess: (account) => cache.set(() => account),
  });
}
