import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/api/ApiProvider';
import { hasErrorCode } from '@/api/error';
import { queryKeys } from '@/api/query-keys';
import { getGrants, getSessions, type UserSession } from '@/api/sessions';
import { useFieldControls } from '@/app/account-center/field-controls';
import { useVerifiedQuery } from '@/verification/use-verified-query';

export function useSessions(enabled: boolean) {
  const api = useApi();
  return useVerifiedQuery({ queryKey: queryKeys.sessions(), queryFn: (vid, signal) => getSessions(api, vid, signal), enabled });
}

/**
 * First-party grants only name the apps used through each session; third-party grants are the
 * apps the user can remove. Both lists together are every grant, without asking twice.
 */
export function useGrants(appType: 'firstParty' | 'thirdParty', enabled: boolean) {
  const api = useApi();
  return useVerifiedQuery({ queryKey: queryKeys.grants(appType), queryFn: (vid, signal) => getGrants(api, appType, vid, signal), enabled });
}

/** Logto answers these for a session or grant that is already gone: the outcome the user wanted. */
export const isAlreadyGone = (error: unknown) =>
  hasErrorCode(error, 'oidc.session_not_found', 'oidc.invalid_session_account_id', 'oidc.invalid_grant');

/** After sessions or grants changed: drop what is known gone at once, then fetch the truth. */
export function useRefreshDevices() {
  const queryClient = useQueryClient();
  return {
    removeSessions(ids: readonly string[]) {
      queryClient.setQueryData<UserSession[]>(queryKeys.sessions(), (current) =>
        current?.filter((session) => !ids.includes(session.payload.uid)),
      );
    },
    refetch: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sessions() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.allGrants() }),
      ]),
  };
}

/** Logto refused a change (`field_not_editable`): stop offering sign-out and removal here. */
export function useLockWhenRefused() {
  const { lock } = useFieldControls();
  return (error: unknown) => {
    if (hasErrorCode(error, 'account_center.field_not_editable')) lock('session');
  };
}
