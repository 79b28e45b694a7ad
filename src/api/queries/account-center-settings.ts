import { useQuery } from '@tanstack/react-query';
import { getAccountCenterSettings } from '../account';
import { useApi } from '../ApiProvider';
import { queryKeys } from '../query-keys';

/**
 * Logto's public account-center settings. In production Logto does not send CORS headers for
 * them to other origins, so this is only asked for when the config says it can be read.
 */
export function useAccountCenterSettingsQuery(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.accountCenterSettings(),
    queryFn: ({ signal }) => getAccountCenterSettings(api, signal),
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
  });
}
