import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { useSession } from '../auth/SessionProvider';
import { FullPageMessage } from '../shell/FullPageMessage';
import { registerEnglish } from '../../i18n/register';
import { pagesEn } from './messages.en';

registerEnglish(pagesEn);

/** Host-token mode: the host owns the sign-in, so this page can only ask it to try again. */
export default function HostSignedOut({ expired = false }: { expired?: boolean }) {
  const t = useT();
  const session = useSession();
  const queryClient = useQueryClient();
  return (
    <FullPageMessage title={t(expired ? 'host.expired_title' : 'host.signed_out_title')}>
      <p className="text-sm text-gray-700 dark:text-gray-300">{t(expired ? 'host.expired_body' : 'host.signed_out_body')}</p>
      {expired && (
        <div>
          <Button
            variant="primary"
            onClick={() => {
              session.resume();
              void queryClient.invalidateQueries();
            }}
          >
            {t('common.retry')}
          </Button>
        </div>
      )}
    </FullPageMessage>
  );
}
