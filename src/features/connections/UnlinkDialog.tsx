import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { useAccountQuery } from '../../api/queries/account';
import { queryKeys } from '../../api/query-keys';
import { unlinkIdentity } from '../../api/social';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';

export function UnlinkDialog({ target, name, onClose }: { target: string; name: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const queryClient = useQueryClient();
  const { data: account } = useAccountQuery();
  const unlink = useVerifiedMutation<void, void>({
    mutationFn: (_nothing, verificationId) => unlinkIdentity(api, target, verificationId),
    // A user who signs in only with social accounts has nothing to verify with; Logto knows.
    verification: { optional: account?.hasSecurityVerificationMethod === false },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.tokenStatus('social', target) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.account() });
    },
  });

  return (
    <Dialog open title={t('connections.unlink.title', { name })} description={t('connections.unlink.body', { name })} onClose={onClose}>
      {unlink.error && <Alert>{describeError(t, unlink.error)}</Alert>}
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          busy={unlink.isPending}
          onClick={() =>
            unlink.mutate(undefined, {
              onSuccess: () => {
                toast.show(t('connections.unlinked', { name }));
                onClose();
              },
            })
          }
        >
          {t('connections.unlink.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
