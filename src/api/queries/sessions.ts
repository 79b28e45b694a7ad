import type { StepUp } from '@/verification/VerificationProvider';
import { useVerifiedQuery, verifiedQueryOptions } from '@/verification/use-verified-query';
import type { ApiClient } from '../client';
import { useApi } from '../ApiProvider';
import { queryKeys } from '../query-keys';
import { getGrants, getSessions, type AppType } from '../sessions';

const sessionsRead = (api: ApiClient) => ({
  queryKey: queryKeys.sessions(),
  queryFn: (vid: string | undefined, signal: AbortSignal) => getSessions(api, vid, signal),
});

const grantsRead = (api: ApiClient, appType: AppType) => ({
  queryKey: queryKeys.grants(appType),
  queryFn: (vid: string | undefined, signal: AbortSignal) => getGrants(api, appType, vid, signal),
});

export function useSessions(enabled: boolean) {
  return useVerifiedQuery({ ...sessionsRead(useApi()), enabled });
}

/**
 * First-party grants only name the apps used through each session; third-party grants are the
 * apps the user can remove. Both lists together are every grant, without asking twice.
 */
export function useGrants(appType: AppType, enabled: boolean) {
  return useVerifiedQuery({ ...grantsRead(useApi(), appType), enabled });
}

/** For `queryClient.fetchQuery`: the same entries, read with the step-up record at hand. */
export const sessionsQuery = (api: ApiClient, stepUp: StepUp) => verifiedQueryOptions(stepUp, sessionsRead(api));
export const grantsQuery = (api: ApiClient, stepUp: StepUp, appType: AppType) => verifiedQueryOptions(stepUp, grantsRead(api, appType));
