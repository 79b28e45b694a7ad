import { useState, type FormEvent } from 'react';
import { registerEnglish } from '../../i18n/register';
import { verificationEn } from '../messages.en';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useCountdown } from './use-countdown';

registerEnglish(verificationEn);

export const codeLength = 6;

type Props = {
  /** Where the code went, as the user knows it. */
  recipient: string;
  onSubmit: (code: string) => void;
  onResend: () => void;
  verifying: boolean;
  resending: boolean;
  resendAt: number | undefined;
  error?: string;
  submitLabel?: string;
};

/**
 * One field for the whole code: it takes a paste or an SMS autofill in one go, which six separate
 * boxes make awkward, and screen readers announce it as one input.
 */
export function CodeEntry({ recipient, onSubmit, onResend, verifying, resending, resendAt, error, submitLabel }: Props) {
  const t = useT();
  const [code, setCode] = useState('');
  const secondsLeft = useCountdown(resendAt);

  const update = (value: string) => {
    const digits = value.replace(/\D/g, '').slice(0, codeLength);
    setCode(digits);
    // A complete code goes straight to Logto, as a pasted or autofilled one is expected to.
    if (digits.length === codeLength && digits !== code && !verifying) onSubmit(digits);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length === codeLength) onSubmit(code);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-sm">{t('code_entry.sent_to', { recipient })}</p>
      <TextField
        label={t('code_entry.label')}
        hint={t('code_entry.hint', { length: codeLength })}
        error={error}
        value={code}
        onChange={(event) => update(event.target.value)}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={codeLength + 10}
        data-autofocus
        className="font-mono tracking-[0.3em]"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" busy={verifying} disabled={code.length !== codeLength}>
          {submitLabel ?? t('verification.verify')}
        </Button>
        <Button onClick={onResend} busy={resending} disabled={secondsLeft > 0}>
          {secondsLeft > 0 ? t('code_entry.resend_in', { seconds: secondsLeft }) : t('code_entry.resend')}
        </Button>
      </div>
    </form>
  );
}
