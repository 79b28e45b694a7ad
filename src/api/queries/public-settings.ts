import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import { useApi } from '../ApiProvider';
import { getAccountCenterSettings, getSignInExperience } from '../public-settings';
import { queryKeys } from '../query-keys';

const publicQuery = { retry: false, staleTime: 5 * 60_000 } as const;

/** `base`: where this deployment reads them (see app/config/settings-source.ts). */
export const accountCenterSettingsQuery = (api: ApiClient, base: string) =>
  queryOptions({
    queryKey: queryKeys.accountCenterSettings(),
    queryFn: ({ signal }) => getAccountCenterSettings(api, base, signal),
    ...publicQuery,
  });

export const signInExperienceQuery = (api: ApiClient, base: string) =>
  queryOptions({ queryKey: queryKeys.signInExperience(), queryFn: ({ signal }) => getSignInExperience(api, base, signal), ...publicQuery });

/** Asked for only where the deployment can read them (`base` known). */
export function useAccountCenterSettingsQuery(base: string | undefined) {
  return useQuery({ ...accountCenterSettingsQuery(useApi(), base ?? ''), enabled: base !== undefined });
}

export function useSignInExperienceQuery(base: string | undefined) {
  return useQuery({ ...signInExperienceQuery(useApi(), base ?? ''), enabled: base !== undefined });
}
