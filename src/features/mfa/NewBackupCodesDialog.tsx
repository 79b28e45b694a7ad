import { useState } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useMutationOnMount } from '../../api/use-mutation-on-mount';
import { bindBackupCodes, deleteMfaVerification, generateBackupCodes } from '../../api/mfa';
import { useAccountQuery } from '../../api/queries/account';
import { signInName } from '../../app/account-names';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { CheckboxField } from '../../ui/CheckboxField';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { downloadText } from '@/ui/download';
import { backupCodesText } from './backup-codes-file';
import { useRefreshMfa } from '@/api/queries/mfa';

/**
 * Shows a new set of backup codes once, lets the user keep them (copy, download, print) and only
 * then saves them. Logto refuses a new set while an old one has unused codes and reports an
 * exhausted one first, so every existing set is removed just before the new one is saved.
 */
export function NewBackupCodesDialog({ existingIds, onClose }: { existingIds: string[]; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const refresh = useRefreshMfa();
  const { data: account } = useAccountQuery();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState(false);
  const generate = useMutationOnMount({ mutationFn: () => generateBackupCodes(api) });

  const bind = useVerifiedMutation<void, string[]>({
    mutationFn: async (codes, verificationId) => {
      // Logto refuses a new set beside one with unused codes, and an exhausted old set would
      // shadow the new one when codes are read back: the old ones go first.
      await Promise.all(existingIds.map((id) => deleteMfaVerification(api, id, verificationId)));
      await bindBackupCodes(api, codes, verificationId);
    },
    onSettled: () => refresh(),
  });

  const codes = generate.data?.codes ?? [];
  const site = window.location.hostname;
  const accountName = signInName(account) ?? '';
  const text = backupCodesText({ codes, site, account: accountName, heading: t('mfa.backup.file_heading') });

  return (
    <Dialog open title={t('mfa.backup.new_title')} description={t('mfa.backup.new_body')} onClose={onClose}>
      {generate.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm">
          <Spinner /> {t('common.loading')}
        </p>
      )}
      {generate.error && <Alert>{describeError(t, generate.error)}</Alert>}
      {codes.length > 0 && (
        <div className="flex flex-col gap-4" data-print-area>
          <ul dir="ltr" aria-label={t('mfa.backup.list_label')} className="grid grid-cols-2 gap-2 font-mono text-sm">
            {codes.map((code) => (
              <li key={code} className="rounded bg-gray-100 px-2 py-1 text-center dark:bg-gray-800">
                {code}
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap gap-2 print:hidden">
            <Button
              size="sm"
              onClick={() =>
                void navigator.clipboard.writeText(codes.join('\n')).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t(copied ? 'mfa.copied' : 'mfa.backup.copy')}
            </Button>
            <Button size="sm" onClick={() => downloadText(`backup-codes-${site}.txt`, text)}>
              {t('mfa.backup.download')}
            </Button>
            <Button size="sm" onClick={() => window.print()}>
              {t('mfa.backup.print')}
            </Button>
          </div>
          <CheckboxField
            wrapperClassName="print:hidden"
            label={t('mfa.backup.confirm_saved')}
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
          />
          {bind.error && <Alert>{describeError(t, bind.error)}</Alert>}
          <div className="flex justify-end gap-2 print:hidden">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              disabled={!saved}
              busy={bind.isPending}
              onClick={() =>
                bind.mutate(codes, {
                  onSuccess: () => {
                    toast.show(t('mfa.backup.saved'));
                    onClose();
                  },
                })
              }
            >
              {t('mfa.backup.done')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
