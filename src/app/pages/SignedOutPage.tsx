import { useEffect, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useSession } from '../auth/SessionProvider';
import { clearNotice, peekNotice, type Notice } from '../auth/session-storage';
import { FullPageMessage } from '../shell/FullPageMessage';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

type Reason = 'session-ended' | 'popup-open' | 'popup-blocked';

const notices = {
  'signed-out-elsewhere': 'signed_out.elsewhere',
  'session-ended': 'signed_out.session_ended',
  'signed-out-here': 'signed_out.here',
  'popup-open': 'signed_out.popup_open',
  'popup-blocked': 'signed_out.popup_blocked',
} as const;

export default function SignedOutPage({ returnTo, reason }: { returnTo?: string; reason?: Reason }) {
  const t = useT();
  const session = useSession();
  const [stored] = useState<Notice | undefined>(() => peekNotice());
  // Shown once: a reload of this page does not say it again.
  useEffect(() => clearNotice(), []);
  const notice = reason ?? stored;
  const [busy, setBusy] = useState(false);

  return (
    <FullPageMessage title={t('signed_out.title')}>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t('signed_out.body')}</p>
      {notice && <Alert tone={notice === 'popup-blocked' ? 'error' : 'info'}>{t(notices[notice])}</Alert>}
      <div>
        <Button
          variant="primary"
          busy={busy || reason === 'popup-open'}
          onClick={() => {
            setBusy(true);
            void session.signIn({ returnTo }).finally(() => setBusy(false));
          }}
        >
          {t(reason === 'popup-blocked' ? 'signed_out.open_popup' : 'signed_out.sign_in')}
        </Button>
      </div>
    </FullPageMessage>
  );
}
