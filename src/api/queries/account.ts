import { useQuery } from '@tanstack/react-query';
import { getAccount } from '../account';
import { useApi } from '../ApiProvider';
import { queryKeys } from '../query-keys';

/** GET /api/my-account: the shell, the profile and the verification dialog all read this one entry. */
export function useAccountQuery() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.account(),
    queryFn: ({ signal }) => getAccount(api, signal),
  });
}
