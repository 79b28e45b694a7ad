import { useApi } from '../../api/ApiProvider';
import { deleteMfaVerification } from '../../api/mfa';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { useRefreshMfa } from './queries';

/** Confirms and removes one passkey or the authenticator app. */
export function RemoveFactorDialog({ id, title, body, done, onClose }: { id: string; title: string; body: string; done: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const refresh = useRefreshMfa();
  const remove = useVerifiedMutation<void, void>({
    mutationFn: (_nothing, verificationId) => deleteMfaVerification(api, id, verificationId),
    onSuccess: () => refresh(),
  });
  return (
    <Dialog open title={title} description={body} onClose={onClose}>
      {remove.error && <Alert>{describeError(t, remove.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          busy={remove.isPending}
          onClick={() =>
            remove.mutate(undefined, {
              onSuccess: () => {
                toast.show(done);
                onClose();
              },
            })
          }
        >
          {t('mfa.remove')}
        </Button>
      </div>
    </Dialog>
  );
}
