import { useApi } from '../../api/ApiProvider';
import { deleteMfaVerification } from '../../api/mfa';
import { useT } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { useRefreshMfa } from '@/api/queries/mfa';

/** Confirms and removes one passkey or the authenticator app. */
export function RemoveFactorDialog({ id, title, body, done, onClose }: { id: string; title: string; body: string; done: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const refresh = useRefreshMfa();
  const remove = useVerifiedMutation<void, void>({
    mutationFn: (_nothing, verificationId) => deleteMfaVerification(api, id, verificationId),
    onSuccess: () => refresh(),
  });
  return <ConfirmDialog title={title} description={body} confirmLabel={t('mfa.remove')} done={done} action={remove} onClose={onClose} />;
}
