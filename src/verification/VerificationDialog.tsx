import { useAccountQuery } from '../api/queries/account';
import type { VerificationRecord } from '../api/types';
import { useT } from '../i18n/I18nProvider';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { availableMethods } from './methods';
import { PasswordMethod } from './methods/PasswordMethod';
import type { PromptReason } from './run-verified';

type Props = {
  reason: PromptReason | undefined;
  onVerified: (record: VerificationRecord) => void;
  onCancel: () => void;
};

export default function VerificationDialog({ reason, onVerified, onCancel }: Props) {
  const t = useT();
  const { data: account } = useAccountQuery();
  const methods = availableMethods(account);

  return (
    <Dialog
      open={reason !== undefined}
      title={t('verification.title')}
      description={reason === 'expired' ? t('verification.expired') : t('verification.required')}
      onClose={onCancel}
    >
      {methods.includes('password') ? (
        <PasswordMethod onVerified={onVerified} onCancel={onCancel} />
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm">{t('verification.no_method')}</p>
          <div className="flex justify-end">
            <Button onClick={onCancel}>{t('common.close')}</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
