import { useState } from 'react';
import { useAccountQuery } from '../api/queries/account';
import type { VerificationRecord } from '../api/types';
import { registerEnglish } from '../i18n/register';
import { verificationEn } from './messages.en';
import { useT } from '../i18n/I18nProvider';
import { usePhoneFormat } from '../phone/use-phone-format';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { availableMethods, type VerificationMethod } from './methods';
import { CodeMethod } from './methods/CodeMethod';
import { PasswordMethod } from './methods/PasswordMethod';
import type { PromptReason } from './run-verified';

registerEnglish(verificationEn);

type Props = {
  reason: PromptReason | undefined;
  onVerified: (record: VerificationRecord) => void;
  onCancel: () => void;
};

export default function VerificationDialog({ reason, onVerified, onCancel }: Props) {
  const t = useT();
  const { data: account } = useAccountQuery();
  const formatPhone = usePhoneFormat(Boolean(account?.primaryPhone));
  const methods = availableMethods(account);
  const [chosen, setChosen] = useState(0);
  const method: VerificationMethod | undefined = methods[chosen] ?? methods[0];

  const label = (option: VerificationMethod) =>
    option.kind === 'password'
      ? t('verification.method.password')
      : option.kind === 'email'
        ? t('verification.method.email', { recipient: option.address })
        : t('verification.method.phone', { recipient: formatPhone(option.address) });

  return (
    <Dialog
      open={reason !== undefined}
      title={t('verification.title')}
      description={reason === 'expired' ? t('verification.expired') : t('verification.required')}
      onClose={onCancel}
    >
      {methods.length > 1 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('verification.method.legend')}</legend>
          {methods.map((option, index) => (
            <label key={option.kind} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="verification-method"
                checked={method === option}
                onChange={() => setChosen(index)}
                className="size-4 accent-brand"
              />
              {label(option)}
            </label>
          ))}
        </fieldset>
      )}
      {!method && (
        <div className="flex flex-col gap-4">
          <p className="text-sm">{t('verification.no_method')}</p>
          <div className="flex justify-end">
            <Button onClick={onCancel}>{t('common.close')}</Button>
          </div>
        </div>
      )}
      {method?.kind === 'password' && <PasswordMethod onVerified={onVerified} onCancel={onCancel} />}
      {method && method.kind !== 'password' && (
        <CodeMethod
          key={method.kind}
          channel={method.kind}
          address={method.address}
          display={method.kind === 'phone' ? formatPhone(method.address) : method.address}
          onVerified={onVerified}
          onCancel={onCancel}
        />
      )}
    </Dialog>
  );
}
