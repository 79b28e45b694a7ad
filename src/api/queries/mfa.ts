import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../ApiProvider';
import { getMfaSettings, getMfaVerifications } from '../mfa';
import { queryKeys } from '../query-keys';

export function useMfaVerifications(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.mfaVerifications(), queryFn: ({ signal }) => getMfaVerifications(api, signal), enabled });
}

export function useMfaSettings(enabled: boolean) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.mfaSettings(), queryFn: ({ signal }) => getMfaSettings(api, signal), enabled });
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
