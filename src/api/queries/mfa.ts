import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import { useApi } from '../ApiProvider';
import { getMfaSettings, getMfaVerifications } from '../mfa';
import { queryKeys } from '../query-keys';

export const mfaVerificationsQuery = (api: ApiClient) =>
  queryOptions({ queryKey: queryKeys.mfaVerifications(), queryFn: ({ signal }) => getMfaVerifications(api, signal) });

export const mfaSettingsQuery = (api: ApiClient) =>
  queryOptions({ queryKey: queryKeys.mfaSettings(), queryFn: ({ signal }) => getMfaSettings(api, signal) });

export function useMfaVerifications(enabled: boolean) {
  return useQuery({ ...mfaVerificationsQuery(useApi()), enabled });
}

export function useMfaSettings(enabled: boolean) {
  return useQuery({ ...mfaSettingsQuery(useApi()), enabled });
}

/** After any factor changes: the list, the settings Logto may have switched, and the account. */
export function useRefreshMfa() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.mfaVerifications() }),
      queryClient.invalidateQueries({ queryKey: queryKeys.mfaSettings() }),
    ]);
}
