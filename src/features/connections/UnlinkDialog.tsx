import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { useAccountQuery } from '../../api/queries/account';
import { queryKeys } from '../../api/query-keys';
import { unlinkIdentity } from '../../api/social';
import { useT } from '../../i18n/I18nProvider';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';

export function UnlinkDialog({ target, name, onClose }: { target: string; name: string; onClose: () => void }) {
  const t = useT();
  const api = useApi();
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
    <ConfirmDialog
      title={t('connections.unlink.title', { name })}
      description={t('connections.unlink.body', { name })}
      confirmLabel={t('connections.unlink.confirm')}
      done={t('connections.unlinked', { name })}
      action={unlink}
      onClose={onClose}
    />
  );
}
