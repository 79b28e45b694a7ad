import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasErrorCode } from '../../api/error';
import { useSignInExperience } from '../../app/account-center/sign-in-experience';
import { describeError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { registerEnglish } from '../../i18n/register';
import { Alert } from '../../ui/Alert';
import { Spinner } from '../../ui/Spinner';
import { useToast } from '../../ui/Toast';
import { localizedName } from './connectors';
import { connectionsEn } from './messages.en';
import { isExpired, takePendingLink, type PendingLink } from './pending-link';
import { useFinishLink } from './use-finish-link';

registerEnglish(connectionsEn);

type Outcome = { kind: 'working' } | { kind: 'failed'; message: string };

/** Where providers send the user back. Nothing is linked unless `state` matches a link this tab started. */
export default function SocialCallbackPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const navigate = useNavigate();
  const finish = useFinishLink();
  const { experience } = useSignInExperience();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'working' });
  const started = useRef(false);

  useEffect(() => {
    // React may run effects twice in development; the answer must be used once.
    if (started.current) return;
    started.current = true;
    const params = Object.fromEntries(new URLSearchParams(window.location.search));
    const link = takePendingLink(params.state ?? null);
    const fail = (message: string) => setOutcome({ kind: 'failed', message });
    if (!link) return fail(t('connections.callback.state_mismatch'));
    const name = () =>
      localizedName(experience.socialConnectors?.find((connector) => connector.id === link.connectorId)?.name, locale, link.target);
    if (isExpired(link)) return fail(t('connections.callback.expired'));
    if (params.error) {
      return fail(params.error === 'access_denied' ? t('connections.callback.cancelled', { name: name() }) : t('connections.callback.provider_error', { name: name() }));
    }
    finish(link, params).then(
      () => {
        toast.show(t(link.mode === 'reconnect' ? 'connections.reconnected' : 'connections.linked', { name: name() }));
        navigate('/connections', { replace: true });
      },
      (error: unknown) => fail(explainLinkFailure(t, error, link, name())),
    );
    // Runs once per page load by design (see the guard above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('connections.callback.title')}</h1>
      {outcome.kind === 'working' ? (
        <p role="status" className="flex items-center gap-2 text-sm">
          <Spinner /> {t('connections.callback.working')}
        </p>
      ) : (
        <>
          <Alert>{outcome.message}</Alert>
          <p className="text-sm">
            <Link to="/connections" replace className="text-brand underline underline-offset-2">
              {t('connections.callback.back')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

function explainLinkFailure(t: Translate, error: unknown, link: PendingLink, name: string): string {
  if (hasErrorCode(error, 'user.identity_already_in_use')) {
    return (error as { status: number }).status === 422
      ? t('connections.error.owned_by_other', { name })
      : t('connections.error.already_linked', { name });
  }
  if (hasErrorCode(error, 'verification_record.social_verification.token_response_not_found')) {
    return t('connections.error.no_token_storage', { name });
  }
  if (hasErrorCode(error, 'user.identity_not_exists_in_current_user')) return t('connections.error.other_account', { name });
  if (link.mode !== 'reconnect' && hasErrorCode(error, 'verification_record.not_found')) return t('connections.callback.expired');
  return describeError(t, error);
}
