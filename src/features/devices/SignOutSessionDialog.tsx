import { useApi } from '@/api/ApiProvider';
import { revokeSession } from '@/api/sessions';
import { useSession } from '@/app/auth/SessionProvider';
import { useT } from '@/i18n/I18nProvider';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useVerifiedMutation } from '@/verification/use-verified-mutation';
import { isAlreadyGone, useLockWhenRefused, useRefreshDevices } from './queries';
import type { SessionView } from './session-view';

type Props = { view: SessionView; name: string; onClose: () => void; returnFocusTo: () => HTMLElement | null };

/** Signs one session out, with the grants of its apps; this device's own ends in the signed-out page. */
export function SignOutSessionDialog({ view, name, onClose, returnFocusTo }: Props) {
  const t = useT();
  const api = useApi();
  const session = useSession();
  const lockWhenRefused = useLockWhenRefused();
  const devices = useRefreshDevices();
  const signOut = useVerifiedMutation<void, void>({
    mutationFn: async (_nothing, verificationId) => {
      try {
        await revokeSession(api, view.id, verificationId);
      } catch (error) {
        // Signed out already (elsewhere, or it expired): the outcome the user asked for.
        if (!isAlreadyGone(error)) throw error;
      }
    },
    onSuccess: () => {
      if (view.isCurrent) return session.signOut({ sessionEnded: true });
      devices.removeSessions([view.id]);
      return devices.refetch();
    },
    onError: lockWhenRefused,
  });

  return (
    <ConfirmDialog
      title={view.isCurrent ? t('devices.sign_out_here.title') : t('devices.sign_out.title', { device: name })}
      description={view.isCurrent ? t('devices.sign_out_here.body') : t('devices.sign_out.body', { device: name })}
      confirmLabel={t(view.isCurrent ? 'devices.sign_out_here' : 'devices.sign_out')}
      done={t('devices.sign_out.done', { device: name })}
      action={signOut}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    />
  );
}
