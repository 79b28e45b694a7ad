import type { VerificationRecord } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CodeEntry } from '../code/CodeEntry';
import { describeCodeError } from '../code/describe-code-error';
import { useCodeVerification } from '../code/use-code-verification';

type Props = {
  channel: 'email' | 'phone';
  address: string;
  display: string;
  onVerified: (record: VerificationRecord) => void;
  onCancel: () => void;
};

/** Proves identity with a code sent to the user's current email or phone. */
export function CodeMethod({ channel, address, display, onVerified, onCancel }: Props) {
  const t = useT();
  const { sent, resendAt, send, verify } = useCodeVerification();
  const identifier = { type: channel, value: address };
  const recipient = { value: address, display };
  const sendError = send.error ? describeCodeError(t, send.error, recipient) : undefined;

  if (!sent) {
    return (
      <div className="flex flex-col gap-4">
        <p className="text-sm">{t(channel === 'email' ? 'verification.code.intro_email' : 'verification.code.intro_phone', { recipient: display })}</p>
        {sendError && <Alert>{sendError}</Alert>}
        <div className="flex justify-end gap-2">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={send.isPending} onClick={() => send.mutate(identifier)}>
            {t('verification.code.send')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <CodeEntry
      recipient={display}
      onSubmit={(code) => verify.mutate(code, { onSuccess: onVerified })}
      onResend={() => send.mutate(identifier)}
      verifying={verify.isPending}
      resending={send.isPending}
      resendAt={resendAt}
      error={verify.error ? describeCodeError(t, verify.error, recipient) : sendError}
    />
  );
}
