import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { hasErrorCode, type ApiError } from '../../api/error';
import type { VerificationRecord } from '../../api/types';
import { verifyPassword } from '../../api/verifications';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';

export function PasswordMethod({ onVerified, onCancel }: { onVerified: (record: VerificationRecord) => void; onCancel: () => void }) {
  const t = useT();
  const api = useApi();
  const [password, setPassword] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const verify = useMutation<VerificationRecord, ApiError, string>({
    mutationFn: (value) => verifyPassword(api, value),
    onSuccess: onVerified,
    onError: () => input.current?.focus(),
  });

  const error = verify.error
    ? hasErrorCode(verify.error, 'session.invalid_credentials')
      ? t('verification.password.wrong')
      : describeError(t, verify.error)
    : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) verify.mutate(password);
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <TextField
        ref={input}
        label={t('verification.password.label')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={error}
        required
        data-autofocus
      />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" busy={verify.isPending} disabled={!password}>
          {t('verification.verify')}
        </Button>
      </div>
    </form>
  );
}
