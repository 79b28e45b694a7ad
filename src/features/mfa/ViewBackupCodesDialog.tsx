import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { getBackupCodes } from '../../api/mfa';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { useStepUp } from '../../verification/VerificationProvider';

/** Which backup codes are used. Logto shows them only with a step-up record, so they are not cached. */
export function ViewBackupCodesDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const api = useApi();
  const stepUp = useStepUp();
  const codes = useQuery({
    queryKey: ['backup-codes-view'],
    queryFn: () => stepUp.run((verificationId) => getBackupCodes(api, verificationId)),
    gcTime: 0,
    retry: false,
  });
  const list = codes.data?.codes ?? [];
  const left = list.filter((code) => !code.usedAt).length;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Dialog open title={t('mfa.backup.view_title')} onClose={onClose}>
      {codes.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm">
          <Spinner /> {t('common.loading')}
        </p>
      )}
      {codes.error && <Alert>{describeError(t, codes.error)}</Alert>}
      {list.length > 0 && (
        <>
          <p className="text-sm">{t('mfa.backup.left', { count: left, total: list.length })}</p>
          <ul dir="ltr" aria-label={t('mfa.backup.list_label')} className="flex flex-col gap-1 font-mono text-sm">
            {list.map((code) => (
              <li key={code.code} className="flex justify-between gap-4 rounded bg-gray-100 px-2 py-1 dark:bg-gray-800">
                <span className={code.usedAt ? 'line-through' : undefined}>{code.code}</span>
                <span className="font-sans text-xs text-gray-700 dark:text-gray-300">
                  {code.usedAt ? t('mfa.backup.used_on', { date: date.format(new Date(code.usedAt)) }) : t('mfa.backup.unused')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="flex justify-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </div>
    </Dialog>
  );
}
