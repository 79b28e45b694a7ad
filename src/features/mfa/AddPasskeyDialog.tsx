import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/ApiProvider';
import { useMutationOnMount } from '../../api/use-mutation-on-mount';
import { isApiError, type ApiError } from '../../api/error';
import { bindWebAuthn, startWebAuthnRegistration, verifyWebAuthnRegistration, type WebAuthnRegistration } from '../../api/mfa';
import { useAppConfig } from '../../app/ConfigProvider';
import { describeError } from '../../i18n/describe-error';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toast';
import { useVerifiedMutation } from '../../verification/use-verified-mutation';
import { deviceLabel, parseUserAgent } from '@/user-agent/user-agent';
import { useRefreshMfa } from '@/api/queries/mfa';
import { classifyPasskeyError, loadWebAuthn, type PasskeyFailure } from './webauthn';

type Prepared = { registration: WebAuthnRegistration; webauthn: Awaited<ReturnType<typeof loadWebAuthn>> };

/**
 * Adds a passkey: Logto's registration options and the WebAuthn library are fetched as soon as the
 * dialog opens, so pressing "Create passkey" calls the browser straight from the click.
 */
export function AddPasskeyDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const refresh = useRefreshMfa();
  const { config } = useAppConfig();
  // The name Logto keeps for the passkey: "Chrome on macOS", in the user's language.
  const defaultName = deviceLabel(t, parseUserAgent(navigator.userAgent), t('mfa.passkey.unnamed'));
  const [name, setName] = useState(defaultName);
  const prepare = useMutationOnMount<Prepared>({
    mutationFn: async () => {
      const [registration, webauthn] = await Promise.all([startWebAuthnRegistration(api), loadWebAuthn()]);
      return { registration, webauthn };
    },
  });

  const create = useMutation<string, ApiError | Error, Prepared>({
    mutationFn: async ({ registration, webauthn }) => {
      // The options are Logto's JSON form, which is what simplewebauthn takes.
      const credential = (await webauthn.startRegistration({ optionsJSON: registration.registrationOptions as never })) as never;
      await verifyWebAuthnRegistration(api, registration.verificationRecordId, credential);
      return registration.verificationRecordId;
    },
  });
  const created = create.data;
  // Logto's refusals are ApiErrors; anything else came from the browser's passkey prompt.
  const failure: PasskeyFailure | undefined = create.error && !isApiError(create.error) ? classifyPasskeyError(create.error) : undefined;

  const bind = useVerifiedMutation<void, { recordId: string; name: string }>({
    mutationFn: ({ recordId, name: label }, verificationId) => bindWebAuthn(api, recordId, label, verificationId),
    onSuccess: () => refresh(),
  });

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!created) return;
    bind.mutate(
      { recordId: created, name: name.trim() || defaultName },
      {
        onSuccess: () => {
          toast.show(t('mfa.passkey.added'));
          onClose();
        },
      },
    );
  };

  const logtoPasskeyPage = `${config.endpoint}/account/passkey/add`;

  return (
    <Dialog open title={t('mfa.passkey.add_title')} description={t('mfa.passkey.add_body')} onClose={onClose}>
      {!created ? (
        <div className="flex flex-col gap-4">
          {prepare.isPending && (
            <p role="status" className="flex items-center gap-2 text-sm">
              <Spinner /> {t('mfa.passkey.preparing')}
            </p>
          )}
          {prepare.error && <Alert>{describeError(t, prepare.error)}</Alert>}
          {failure === 'wrong_origin' ? (
            <Alert>
              <p>{t('mfa.passkey.error.wrong_origin', { origin: window.location.origin })}</p>
              <ul className="mt-2 list-disc ps-5">
                <li>{t('mfa.passkey.fix.same_site')}</li>
                <li>{t('mfa.passkey.fix.related_origins', { origin: window.location.origin })}</li>
                <li>
                  <a href={logtoPasskeyPage} className="underline underline-offset-2" rel="noopener noreferrer">
                    {t('mfa.passkey.fix.logto_page')}
                  </a>
                </li>
              </ul>
            </Alert>
          ) : failure ? (
            <Alert tone={failure === 'cancelled' ? 'info' : 'error'}>{t(`mfa.passkey.error.${failure}`)}</Alert>
          ) : create.error ? (
            <Alert>{describeError(t, create.error)}</Alert>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              variant="primary"
              data-autofocus
              disabled={!prepare.data}
              busy={create.isPending}
              onClick={() => prepare.data && create.mutate(prepare.data)}
            >
              {t(failure ? 'mfa.passkey.try_again' : 'mfa.passkey.create')}
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={save} noValidate className="flex flex-col gap-4">
          <Alert tone="success">{t('mfa.passkey.created')}</Alert>
          <TextField
            label={t('mfa.passkey.name')}
            hint={t('mfa.passkey.name_hint')}
            value={name}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
            data-autofocus
          />
          {bind.error && <Alert>{describeError(t, bind.error)}</Alert>}
          <div className="flex justify-end gap-2">
            <Button type="submit" variant="primary" busy={bind.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
