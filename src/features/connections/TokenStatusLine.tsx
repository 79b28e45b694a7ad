import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/I18nProvider';
import { Skeleton } from '../../ui/Skeleton';
import { useNow } from '../../ui/use-now';
import { relativeTime } from '@/i18n/relative-time';
import type { TokenStatus } from '@/api/queries/token-status';

/** "Token stored, expires in 58 minutes (14:32), scopes …" without ever touching the token. */
export function TokenStatusLine({ status, error, pending }: { status?: TokenStatus; error: unknown; pending: boolean }) {
  const { t, locale } = useI18n();
  const now = useNow();
  if (pending) return <Skeleton className="h-4 w-48" />;
  if (error) return <p className="text-xs text-red-700 dark:text-red-300">{t('connections.token.unknown', { reason: describeError(t, error) })}</p>;
  if (!status) return null;
  if (status.state === 'none') return <p className="text-xs text-gray-700 dark:text-gray-300">{t('connections.token.none')}</p>;
  if (status.state === 'expired') return <p className="text-xs font-medium text-red-700 dark:text-red-300">{t('connections.token.expired')}</p>;
  const expiry =
    status.expiresAt === undefined
      ? t('connections.token.no_expiry')
      : t('connections.token.expires', {
          relative: relativeTime(locale, status.expiresAt - now),
          absolute: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(status.expiresAt),
        });
  return (
    <p className="text-xs text-green-800 dark:text-green-300">
      {t('connections.token.stored')} · {expiry}
      {status.scopes.length > 0 && <> · {t('connections.token.scopes', { scopes: status.scopes.join(', ') })}</>}
    </p>
  );
}
