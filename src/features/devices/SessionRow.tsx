import { useI18n } from '@/i18n/I18nProvider';
import { relativeTime } from '@/i18n/relative-time';
import { Button } from '@/ui/Button';
import { deviceLabel } from '@/user-agent/user-agent';
import { DeviceIcon } from './DeviceIcon';
import { placeOf, type SessionView } from './session-view';

type Props = {
  view: SessionView;
  now: number;
  /** Absent when the tenant lets users see their sessions but not end them. */
  onSignOut?: () => void;
};

/** One place the user is signed in: what, where, when, and through which apps. */
export function SessionRow({ view, now, onSignOut }: Props) {
  const { t, locale } = useI18n();
  const name = deviceLabel(t, view.device);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const place = placeOf(locale, view);
  const facts = [
    view.device.model ?? t(`device.kind.${view.device.kind}`),
    view.ip && t('devices.ip', { ip: view.ip }),
    place && t('devices.place', { place }),
  ].filter((fact): fact is string => Boolean(fact));

  return (
    // On a phone the button goes under the text instead of squeezing it into a narrow column.
    <li className="grid grid-cols-[auto_1fr] items-start gap-x-4 gap-y-2 py-4 sm:grid-cols-[auto_1fr_auto]">
      <DeviceIcon kind={view.device.kind} />
      <div className="min-w-0 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium text-gray-900 dark:text-gray-100">
          <span className="break-words">{name}</span>
          {view.isCurrent && (
            <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 dark:bg-green-900 dark:text-green-100">
              {t('devices.this_device')}
            </span>
          )}
        </p>
        <p className="mt-1 break-words text-gray-700 dark:text-gray-300">{facts.join(' · ')}</p>
        <p className="mt-1 text-gray-700 dark:text-gray-300">
          {t('devices.signed_in', { relative: relativeTime(locale, view.signedInAt - now), date: date.format(view.signedInAt) })}
          {' · '}
          {t('devices.expires', { date: date.format(view.expiresAt) })}
        </p>
        {view.apps.length > 0 && (
          <p className="mt-1 break-words text-gray-700 dark:text-gray-300">
            {t('devices.apps_used', { apps: new Intl.ListFormat(locale, { type: 'conjunction' }).format(view.apps) })}
          </p>
        )}
      </div>
      {onSignOut && (
        <Button
          className={view.isCurrent ? 'col-start-2 justify-self-start sm:col-start-3' : 'col-start-2 justify-self-start max-sm:-ms-3 sm:col-start-3'}
          size="sm"
          variant={view.isCurrent ? 'secondary' : 'ghost'}
          aria-label={view.isCurrent ? undefined : t('devices.sign_out_named', { device: name })}
          onClick={onSignOut}
        >
          {t(view.isCurrent ? 'devices.sign_out_here' : 'devices.sign_out')}
        </Button>
      )}
    </li>
  );
}
