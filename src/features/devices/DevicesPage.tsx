import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { hasErrorCode } from '@/api/error';
import { queryKeys } from '@/api/query-keys';
import { PageError } from '@/app/shell/PageError';
import { useI18n } from '@/i18n/I18nProvider';
import { registerEnglish } from '@/i18n/register';
import { Alert } from '@/ui/Alert';
import { Button } from '@/ui/Button';
import { PageSkeleton } from '@/ui/PageSkeleton';
import { Section } from '@/ui/Section';
import { Skeleton } from '@/ui/Skeleton';
import { useNow } from '@/ui/use-now';
import { deviceLabel } from '@/user-agent/user-agent';
import { useStepUp } from '@/verification/VerificationProvider';
import { useRowControl } from '../rows/row-control';
import { AppRow } from './AppRow';
import { devicesEn } from './messages.en';
import { useGrants, useSessions } from '@/api/queries/sessions';
import { RemoveAppDialog } from './RemoveAppDialog';
import { appAccessList, sessionViews, type AppAccess, type SessionView } from './session-view';
import { SessionRow } from './SessionRow';
import { SignOutOthersDialog, type Target } from './SignOutOthersDialog';
import { SignOutSessionDialog } from './SignOutSessionDialog';

registerEnglish(devicesEn);

type Open = { kind: 'session'; view: SessionView } | { kind: 'others'; targets: Target[] } | { kind: 'app'; app: AppAccess };

/** Where the user is signed in, the third-party apps that can use the account, and ending either. */
export default function DevicesPage() {
  const { t } = useI18n();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const { controls, rowControl } = useRowControl();
  const control = controls.controlOf('session');
  const enabled = control === 'ReadOnly' || control === 'Edit';
  const sessions = useSessions(enabled);
  const firstParty = useGrants('firstParty', enabled);
  const thirdParty = useGrants('thirdParty', enabled);
  const now = useNow();
  const [open, setOpen] = useState<Open | undefined>();
  const sessionsHeading = useRef<HTMLHeadingElement>(null);
  const appsHeading = useRef<HTMLHeadingElement>(null);

  // Without readable settings, Logto's refusal is the only sign the area is off: remember it, so
  // the navigation stops offering it too.
  const offAtLogto = hasErrorCode(sessions.error, 'account_center.field_not_enabled');
  const { disable } = controls;
  useEffect(() => {
    if (offAtLogto) disable('session');
  }, [offAtLogto, disable]);

  const heading = <h1 className="text-2xl font-semibold text-gray-900 dark:text-gray-100">{t('devices.title')}</h1>;
  if (control === undefined) return <PageSkeleton />;
  if (!enabled || offAtLogto) {
    return (
      <div className="flex flex-col gap-6">
        {heading}
        <Alert tone="info">{t('devices.off')}</Alert>
      </div>
    );
  }

  const verify = () =>
    stepUp.afterVerifying(() => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessions() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.allGrants() });
    });

  if (sessions.needsVerification) {
    return (
      <div className="flex flex-col gap-6">
        {heading}
        <Section title={t('devices.verify.title')} description={t('devices.verify.body')}>
          <div className="py-4">
            <Button variant="primary" busy={sessions.isFetching} onClick={verify}>
              {t('devices.verify.action')}
            </Button>
          </div>
        </Section>
      </div>
    );
  }

  const { readOnly, readOnlyReason } = rowControl('session', true);
  const views = sessions.data ? sessionViews(sessions.data, [...(firstParty.data ?? []), ...(thirdParty.data ?? [])]) : [];
  const hasCurrent = views.some((view) => view.isCurrent);
  const others = views.filter((view) => !view.isCurrent);
  // With no session known as this one's, "all" must be said plainly; one device has its own button.
  const offerAll = !readOnly && others.length >= (hasCurrent ? 1 : 2);
  const apps = appAccessList(thirdParty.data ?? []);
  const close = () => setOpen(undefined);

  return (
    <div className="flex flex-col gap-6">
      {heading}

      <Section headingRef={sessionsHeading} title={t('devices.sessions.title')} description={readOnlyReason ?? t('devices.sessions.hint')}>
        {sessions.isPending && <Skeleton className="my-4 h-24 w-full" />}
        {sessions.isError && (
          <div className="py-4">
            <PageError error={sessions.error} onRetry={() => sessions.refetch()} />
          </div>
        )}
        {sessions.data && (
          <>
            <ul aria-label={t('devices.sessions.list')} className="divide-y divide-gray-200 dark:divide-gray-800">
              {views.map((view) => (
                <SessionRow
                  key={view.id}
                  view={view}
                  now={now}
                  onSignOut={readOnly ? undefined : () => setOpen({ kind: 'session', view })}
                />
              ))}
            </ul>
            {hasCurrent && others.length === 0 && <p className="py-4 text-sm text-gray-700 dark:text-gray-300">{t('devices.sessions.none')}</p>}
            {offerAll && (
              <div className="py-4">
                <Button
                  variant="danger"
                  // The devices as they are now: the list refreshes while the dialog works through them.
                  onClick={() => setOpen({ kind: 'others', targets: others.map((view) => ({ id: view.id, name: deviceLabel(t, view.device) })) })}
                >
                  {t(hasCurrent ? 'devices.others.action' : 'devices.others.action_all')}
                </Button>
              </div>
            )}
          </>
        )}
      </Section>

      <Section headingRef={appsHeading} title={t('devices.apps.title')} description={readOnlyReason ?? t('devices.apps.hint')}>
        {thirdParty.isPending && <Skeleton className="my-4 h-16 w-full" />}
        {thirdParty.isError && (
          <div className="py-4">
            <PageError error={thirdParty.error} onRetry={() => thirdParty.refetch()} />
          </div>
        )}
        {thirdParty.data &&
          (apps.length === 0 ? (
            <p className="py-4 text-sm text-gray-700 dark:text-gray-300">{t('devices.apps.none')}</p>
          ) : (
            <ul aria-label={t('devices.apps.list')} className="divide-y divide-gray-200 dark:divide-gray-800">
              {apps.map((app) => (
                <AppRow key={app.id} app={app} onRemove={readOnly ? undefined : () => setOpen({ kind: 'app', app })} />
              ))}
            </ul>
          ))}
      </Section>

      {open?.kind === 'session' && (
        <SignOutSessionDialog
          view={open.view}
          name={deviceLabel(t, open.view.device)}
          onClose={close}
          returnFocusTo={() => sessionsHeading.current}
        />
      )}
      {open?.kind === 'others' && (
        <SignOutOthersDialog
          targets={open.targets}
          all={!hasCurrent}
          onClose={close}
          returnFocusTo={() => sessionsHeading.current}
        />
      )}
      {open?.kind === 'app' && (
        <RemoveAppDialog
          app={open.app}
          name={open.app.name || t('devices.apps.unknown_app')}
          onClose={close}
          returnFocusTo={() => appsHeading.current}
        />
      )}
    </div>
  );
}
