import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useMutationOnMount } from '../../api/use-mutation-on-mount';
import { hasErrorCode } from '../../api/error';
import { bindTotp, generateTotpSecret } from '../../api/mfa';
import { useAccountQuery } from '../../api/queries/account';
import { signInName } from '../../app/account-names';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { groupKey, otpauthUri } from './otpauth';
import { useRefreshMfa } from '@/api/queries/mfa';

/** Draws the QR code with `qrcode`, loaded only here, as an image: no markup from a library. */
function QrCode({ value, label }: { value: string; label: string }) {
  const image = useQuery({
    queryKey: ['qr', value],
    queryFn: () => import('qrcode').then((qrcode) => qrcode.toDataURL(value, { margin: 1, width: 192 })),
    staleTime: Infinity,
    gcTime: 0,
  });
  if (!image.data) return <div className="flex size-48 items-center justify-center">{image.isPending && <Spinner />}</div>;
  return <img src={image.data} alt={label} width={192} height={192} className="size-48 rounded-md bg-white" />;
}

/** Set up or replace the authenticator app: scan or type the key, then prove it with a code. */
export function TotpDialog({ replacing, onClose }: { replacing: boolean; onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const refresh = useRefreshMfa();
  const { data: account } = useAccountQuery();
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  const secret = useMutationOnMount({ mutationFn: () => generateTotpSecret(api) });

  const bind = useVerifiedMutation<void, { secret: string; code: string }>({
    mutationFn: (input, verificationId) => bindTotp(api, input.secret, input.code, verificationId),
    onSuccess: () => refresh(),
  });

  const accountName = signInName(account) ?? t('shell.account');
  const uri = secret.data ? otpauthUri({ secret: secret.data.secret, issuer: window.location.hostname, account: accountName }) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!secret.data || code.length !== 6) return;
    bind.mutate(
      { secret: secret.data.secret, code },
      {
        onSuccess: () => {
          toast.show(t(replacing ? 'mfa.totp.replaced' : 'mfa.totp.added'));
          onClose();
        },
      },
    );
  };

  const codeError = bind.error
    ? hasErrorCode(bind.error, 'session.mfa.invalid_totp_code')
      ? t('mfa.totp.wrong_code')
      : describeError(t, bind.error)
    : undefined;

  return (
    <Dialog open title={t(replacing ? 'mfa.totp.replace_title' : 'mfa.totp.add_title')} onClose={onClose}>
      {secret.error && <Alert>{describeError(t, secret.error)}</Alert>}
      {secret.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm">
          <Spinner /> {t('common.loading')}
        </p>
      )}
      {secret.data && uri && (
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <ol className="flex list-decimal flex-col gap-3 ps-5 text-sm">
            <li>
              {t('mfa.totp.step_scan')}
              <div className="mt-2">
                <QrCode value={uri} label={t('mfa.totp.qr_label')} />
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-brand">{t('mfa.totp.cant_scan')}</summary>
                <p className="mt-1">{t('mfa.totp.manual')}</p>
                <p className="mt-2 flex flex-wrap items-center gap-2">
                  <code dir="ltr" className="rounded bg-gray-100 px-2 py-1 font-mono text-sm dark:bg-gray-800" data-testid="totp-key">
                    {groupKey(secret.data.secret)}
                  </code>
                  <Button
                    size="sm"
                    onClick={() =>
                      void navigator.clipboard.writeText(secret.data.secret).then(
                        () => setCopied(true),
                        () => setCopied(false),
                      )
                    }
                  >
                    {t(copied ? 'mfa.copied' : 'mfa.totp.copy_key')}
                  </Button>
                </p>
              </details>
            </li>
            <li>{t('mfa.totp.step_code')}</li>
          </ol>
          <TextField
            label={t('mfa.totp.code_label')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, '').slice(0, 6))}
            error={codeError}
            className="font-mono tracking-[0.3em]"
          />
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" busy={bind.isPending} disabled={code.length !== 6}>
              {t('mfa.totp.verify')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
