import { LogtoError, OidcError } from '@logto/browser';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { useSession } from '../auth/SessionProvider';
import { useAppConfig } from '../ConfigProvider';
import { takeReturnTo } from '../auth/session-storage';
import { session as sessionStorageSafe } from '../web-storage';
import { FullPageMessage } from '../shell/FullPageMessage';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

/** The OAuth error Logto sent back to the redirect URI, if that is what failed. */
function oidcErrorOf(error: Error | undefined): OidcError | undefined {
  if (error instanceof LogtoError && error.code === 'callback_uri_verification.error_found' && error.data instanceof OidcError) {
    return error.data;
  }
  return undefined;
}

/** Whether this page load carries an answer from Logto that the SDK can still process. */
function callbackState(appId: string): 'pending' | 'orphaned' | 'none' {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) return 'none';
  return sessionStorageSafe.getItem(`logto:${appId}:signInSession`) ? 'pending' : 'orphaned';
}

export default function CallbackPage() {
  const t = useT();
  const session = useSession();
  const { config } = useAppConfig();
  // Read once: the SDK removes its sign-in session when it is done.
  const [arrival] = useState(() => callbackState(config.appId));
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const started = useRef(false);

  useEffect(() => {
    // Once: the code works once, and React may run this twice in development.
    if (arrival !== 'pending' || started.current) return;
    started.current = true;
    session.handleCallback(window.location.href).then(
      () => {
        setDone(true);
        navigate(takeReturnTo(), { replace: true });
      },
      (failure: unknown) => setError(failure instanceof Error ? failure : new Error(String(failure))),
    );
  }, [arrival, session, navigate]);
  const oidcError = oidcErrorOf(error);
  const silentFailed = oidcError?.error === 'login_required' && session.isSilentReauth();

  useEffect(() => {
    // The silent re-authentication found no Logto session: the user has to sign in.
    if (silentFailed) void session.continueInteractively();
  }, [silentFailed, session]);

  if (silentFailed || done || (arrival === 'pending' && !error)) {
    return (
      <FullPageMessage title={t('callback.title')}>
        <p className="flex items-center gap-2 text-sm" role="status">
          <Spinner /> {t('callback.working')}
        </p>
      </FullPageMessage>
    );
  }

  if (error || arrival === 'orphaned') {
    const reason =
      oidcError?.error === 'access_denied'
        ? t('callback.cancelled')
        : error
          ? t('callback.failed', { reason: oidcError?.errorDescription ?? error.message })
          : t('callback.orphaned');
    return (
      <FullPageMessage title={t('callback.failed_title')}>
        <Alert>{reason}</Alert>
        <div>
          <Button variant="primary" onClick={() => void session.signIn()}>
            {t('callback.retry')}
          </Button>
        </div>
      </FullPageMessage>
    );
  }

  return <Navigate to="/" replace />;
}
