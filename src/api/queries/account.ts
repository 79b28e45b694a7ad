import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import { getAccount } from '../account';
import { useApi } from '../ApiProvider';
import { queryKeys } from '../query-keys';
import type { Account } from '../types';

export const accountQuery = (api: ApiClient) => queryOptions({ queryKey: queryKeys.account(), queryFn: ({ signal }) => getAccount(api, signal) });

/** GET /api/my-account: the shell, every area and the verification dialog read this one entry. */
export function useAccountQuery() {
  return useQuery(accountQuery(useApi()));
}

export type AccountSnapshot = { previous?: Account };

/** The one place mutations change the cached account: optimistically, on success, or back. */
export function useAccountCache() {
  const queryClient = useQueryClient();
  const key = queryKeys.account();
  return {
    current: () => queryClient.getQueryData<Account>(key),
    /** Shows a change at once; keep the snapshot to put the old data back if Logto refuses it. */
    async apply(change: (account: Account) => Account): Promise<AccountSnapshot> {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Account>(key);
      if (previous) queryClient.setQueryData<Account>(key, change(previous));
      return { previous };
    },
    rollback(snapshot: AccountSnapshot | undefined) {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
    },
    set(change: (account: Account) => Account) {
      queryClient.setQueryData<Account>(key, (current) => (current ? change(current) : current));
    },
    /** After a change Logto answers without a body: show what is known, then fetch the truth. */
    merge(change: (account: Account) => Partial<Account>) {
      queryClient.setQueryData<Account>(key, (current) => (current ? { ...current, ...change(current) } : current));
      void queryClient.invalidateQueries({ queryKey: key });
    },
  };
}
