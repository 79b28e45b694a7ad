import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../client';
import { useApi } from '../ApiProvider';
import { getAccountCenterSettings, getSignInExperience } from '../public-settings';
import { queryKeys } from '../query-keys';

const publicQuery = { retry: false, staleTime: 5 * 60_000 } as const;

export const accountCenterSettingsQuery = (api: ApiClient) =>
  queryOptions({ queryKey: queryKeys.accountCenterSettings(), queryFn: ({ signal }) => getAccountCenterSettings(api, signal), ...publicQuery });

export const signInExperienceQuery = (api: ApiClient) =>
  queryOptions({ queryKey: queryKeys.signInExperience(), queryFn: ({ signal }) => getSignInExperience(api, signal), ...publicQuery });

/** Asked for only when the config says the browser can read them (see field-controls.ts). */
export function useAccountCenterSettingsQuery(enabled: boolean) {
  return useQuery({ ...accountCenterSettingsQuery(useApi()), enabled });
}

export function useSignInExperienceQuery(enabled: boolean) {
  return useQuery({ ...signInExperienceQuery(useApi()), enabled });
}
