import { useI18n } from '@/i18n/I18nProvider';
import { Button } from '@/ui/Button';
import { accessLabels, type AppAccess } from './session-view';

/** A third-party app with access: what it may use, since when, and a way to take it back. */
export function AppRow({ app, onRemove }: { app: AppAccess; onRemove?: () => void }) {
  const { t, locale } = useI18n();
  const name = app.name || t('devices.apps.unknown_app');
  const labels = accessLabels(t, app);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <li className="grid items-start gap-x-4 gap-y-2 py-4 sm:grid-cols-[1fr_auto]">
      <div className="min-w-0 text-sm">
        <p className="font-medium break-words text-gray-900 dark:text-gray-100">{name}</p>
        {labels.length > 0 && (
          <p className="mt-1 break-words text-gray-700 dark:text-gray-300">
            {t('devices.apps.can', { scopes: new Intl.ListFormat(locale, { type: 'conjunction' }).format(labels) })}
          </p>
        )}
        <p className="mt-1 text-gray-700 dark:text-gray-300">{t('devices.apps.since', { date: date.format(app.since) })}</p>
      </div>
      {onRemove && (
        <Button className="justify-self-start max-sm:-ms-3" size="sm" variant="ghost" aria-label={t('devices.apps.remove_named', { app: name })} onClick={onRemove}>
          {t('devices.apps.remove')}
        </Button>
      )}
    </li>
  );
}
