import { useQueryClient } from '@tanstack/react-query';
import { hasErrorCode } from '@/api/error';
import { queryKeys } from '@/api/query-keys';
import type { UserSession } from '@/api/sessions';
import { useFieldControls } from '@/app/account-center/field-controls';

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
