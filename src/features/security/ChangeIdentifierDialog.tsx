import { useEffect, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/error';
import { maxLength } from '@/api/limits';
import { useT } from '../../i18n/I18nProvider';
import { loadPhoneLibrary, parsePhone } from '../../phone/phone';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useToast } from '../../ui/Toast';
import { CodeEntry } from '../../verification/code/CodeEntry';
import { describeCodeError } from '../../verification/code/describe-code-error';
import { useCodeVerification } from '../../verification/code/use-code-verification';
import { useBindIdentifier, type IdentifierKind } from './mutations';

type Target = { value: string; display: string };

/** Errors about the new address itself: the user must pick another one. */
const addressErrors = ['user.email_already_in_use', 'user.phone_already_in_use', 'guard.invalid_input'];
const isAddressError = (error: unknown) =>
  isApiError(error) && (addressErrors.includes(error.code ?? '') || (error.code ?? '').startsWith('session.email_blocklist.'));

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/**
 * Add or change the primary email or phone: Logto sends a code to the new address, the user types
 * it, and the bind call carries both that record and the step-up record.
 */
export function ChangeIdentifierDialog({ kind, hasCurrent, onClose }: { kind: IdentifierKind; hasCurrent: boolean; onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const [target, setTarget] = useState<Target | undefined>();
  const [verifiedRecordId, setVerifiedRecordId] = useState<string | undefined>();
  const code = useCodeVerification();
  const bind = useBindIdentifier(kind);
  const title = t(hasCurrent ? `identifier.${kind}.change_title` : `identifier.${kind}.add_title`);

  // Fetch the phone library while the user types, so checking the number is instant.
  useEffect(() => {
    if (kind === 'phone') void loadPhoneLibrary().catch(() => undefined);
  }, [kind]);

  const save = (value: string, recordId: string) =>
    bind.mutate(
      { value, newIdentifierRecordId: recordId },
      {
        onSuccess: () => {
          toast.show(t(`identifier.${kind}.saved`));
          onClose();
        },
        onError: (error) => {
          if (!isAddressError(error)) return;
          // The address itself is refused: back to the first step, with what was typed.
          setInputError(describeCodeError(t, error, { value, display: input }));
          setVerifiedRecordId(undefined);
          code.reset();
        },
      },
    );

  const sendTo = async (event: FormEvent) => {
    event.preventDefault();
    setInputError(undefined);
    let next: Target;
    if (kind === 'email') {
      const value = input.trim();
      if (value.length > maxLength.email) return setInputError(t('field.too_long', { max: maxLength.email }));
      if (!looksLikeEmail(value)) return setInputError(t('identifier.email.invalid'));
      next = { value, display: value };
    } else {
      const parsed = await parsePhone(input);
      if (!parsed.ok) return setInputError(t('identifier.phone.invalid'));
      if (parsed.digits.length > maxLength.phone) return setInputError(t('field.too_long', { max: maxLength.phone }));
      next = { value: parsed.digits, display: parsed.display };
    }
    setTarget(next);
    code.send.mutate(
      { type: kind, value: next.value },
      { onError: (error) => setInputError(describeCodeError(t, error, next)) },
    );
  };

  const step = !code.sent || !target ? 'address' : verifiedRecordId ? 'save' : 'code';

  return (
    <Dialog open title={title} onClose={onClose}>
      {step === 'address' && (
        <form onSubmit={sendTo} noValidate className="flex flex-col gap-4">
          <TextField
            label={t(`identifier.${kind}.new_label`)}
            type={kind === 'email' ? 'email' : 'tel'}
            inputMode={kind === 'email' ? 'email' : 'tel'}
            autoComplete={kind === 'email' ? 'email' : 'tel'}
            hint={t(`identifier.${kind}.hint`)}
            value={input}
            error={inputError}
            onChange={(event) => setInput(event.target.value)}
            data-autofocus
          />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" busy={code.send.isPending} disabled={!input.trim()}>
              {t('verification.code.send')}
            </Button>
          </div>
        </form>
      )}
      {step === 'code' && target && (
        <>
          <CodeEntry
            recipient={target.display}
            onSubmit={(typed) =>
              code.verify.mutate(typed, {
                onSuccess: (record) => {
                  setVerifiedRecordId(record.verificationRecordId);
                  save(target.value, record.verificationRecordId);
                },
              })
            }
            onResend={() => code.send.mutate({ type: kind, value: target.value })}
            verifying={code.verify.isPending}
            resending={code.send.isPending}
            resendAt={code.resendAt}
            error={
              code.verify.error
                ? describeCodeError(t, code.verify.error, target)
                : code.send.error
                  ? describeCodeError(t, code.send.error, target)
                  : undefined
            }
            submitLabel={t('identifier.verify_and_save')}
          />
          <Button variant="ghost" size="sm" className="self-start" onClick={code.reset}>
            {t(`identifier.${kind}.use_another`)}
          </Button>
        </>
      )}
      {step === 'save' && target && verifiedRecordId && (
        <div className="flex flex-col gap-4">
          <p className="text-sm">{t('identifier.code_verified', { recipient: target.display })}</p>
          {bind.error && !bind.isPending && <Alert>{describeCodeError(t, bind.error, target)}</Alert>}
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" busy={bind.isPending} onClick={() => save(target.value, verifiedRecordId)}>
              {t('common.save')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
