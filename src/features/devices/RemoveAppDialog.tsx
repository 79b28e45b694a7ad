import { useApi } from '@/api/ApiProvider';
import { revokeGrant } from '@/api/sessions';
import { useT } from '@/i18n/I18nProvider';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useVerifiedMutation } from '@/verification/use-verified-mutation';
import { isAlreadyGone, useLockWhenRefused, useRefreshDevices } from './queries';
import type { AppAccess } from './session-view';

type Props = { app: AppAccess; name: string; onClose: () => void; returnFocusTo: () => HTMLElement | null };

/** Removes every grant Logto keeps for one third-party app, so none of its tokens keeps working. */
export function RemoveAppDialog({ app, name, onClose, returnFocusTo }: Props) {
  const t = useT();
  const api = useApi();
  const lockWhenRefused = useLockWhenRefused();
  const devices = useRefreshDevices();
  const remove = useVerifiedMutation<void, void>({
    mutationFn: async (_nothing, verificationId) => {
      const results = await Promise.allSettled(app.grantIds.map((id) => revokeGrant(api, id, verificationId)));
      // A grant already gone is what the user wants; any other failure (a refused record first) is reported.
      const failure = results.find(
        (result): result is PromiseRejectedResult => result.status === 'rejected' && !isAlreadyGone(result.reason),
      );
      if (failure) throw failure.reason;
    },
    onSettled: () => devices.refetch(),
    onError: lockWhenRefused,
  });

  return (
    <ConfirmDialog
      title={t('devices.apps.remove_title', { app: name })}
      description={t('devices.apps.remove_body', { app: name })}
      confirmLabel={t('devices.apps.remove')}
      done={t('devices.apps.removed', { app: name })}
      action={remove}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    />
  );
}
