import { useQuery } from '@tanstack/react-query';
import { useApi } from '../ApiProvider';
import { getAccountCenterSettings, getSignInExperience } from '../public-settings';
import { queryKeys } from '../query-keys';

const publicQuery = { retry: false, staleTime: 5 * 60_000 } as const;

/** Asked for only when the config says the browser can read them (see field-controls.ts). */
export function useAccountCenterSettingsQuery(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.accountCenterSettings(),
    queryFn: ({ signal }) => getAccountCenterSettings(api, signal),
    enabled,
    ...publicQuery,
  });
}

export function useSignInExperienceQuery(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.signInExperience(),
    queryFn: ({ signal }) => getSignInExperience(api, signal),
    enabled,
    ...publicQuery,
  });
}
