import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useSession } from '../auth/SessionProvider';
import { takeNotice, type Notice } from '../auth/session-storage';
import { FullPageMessage } from '../shell/FullPageMessage';

export default function SignedOutPage({ returnTo, sessionEnded = false }: { returnTo?: string; sessionEnded?: boolean }) {
  const t = useT();
  const session = useSession();
  const [notice] = useState<Notice | undefined>(() => (sessionEnded ? 'session-ended' : takeNotice()));
  const [busy, setBusy] = useState(false);

  return (
    <FullPageMessage title={t('signed_out.title')}>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t('signed_out.body')}</p>
      {notice && <Alert tone="info">{t(notice === 'signed-out-elsewhere' ? 'signed_out.elsewhere' : 'signed_out.session_ended')}</Alert>}
      <div>
        <Button
          variant="primary"
          busy={busy}
          onClick={() => {
            setBusy(true);
            void session.signIn({ returnTo }).catch(() => setBusy(false));
          }}
        >
          {t('signed_out.sign_in')}
        </Button>
      </div>
    </FullPageMessage>
  );
}
