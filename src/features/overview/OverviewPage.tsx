import { useEffect } from 'react';
import { hasErrorCode } from '@/api/error';
import { useMfaSettings, useMfaVerifications } from '@/api/queries/mfa';
import { useAccountQuery } from '@/api/queries/account';
import { useGrants, useSessions } from '@/api/queries/sessions';
import { useSocialTokenStatuses } from '@/api/queries/token-status';
import type { FieldControl } from '@/api/types';
import { useFieldControls } from '@/app/account-center/field-controls';
import { useSignInExperience } from '@/app/account-center/sign-in-experience';
import { useAppConfig } from '@/app/ConfigProvider';
import { PageError } from '@/app/shell/PageError';
import { useI18n } from '@/i18n/I18nProvider';
import { registerEnglish } from '@/i18n/register';
import { PageSkeleton } from '@/ui/PageSkeleton';
import { Section } from '@/ui/Section';
import { byUrgency, checkup } from './checks';
import { CheckRow } from './CheckRow';
import { DownloadData } from './DownloadData';
import { IdentityCard } from './IdentityCard';
import { overviewEn } from './messages.en';

registerEnglish(overviewEn);

const shown = (control: FieldControl | undefined) => control === 'ReadOnly' || control === 'Edit';
const sessionsScope = 'urn:logto:scope:sessions';

/**
 * The start page: who is signed in, a checkup of what protects the account with one action per
 * finding, and the data export. Every query starts at once; none waits for a step-up.
 */
// Who is signed in, then a checkup about as long as a fresh account's.
const overviewSkeleton = [{ rows: 1, picture: true }, { rows: 5 }];

export default function OverviewPage() {
  const { t, locale } = useI18n();
  const { config } = useAppConfig();
  const account = useAccountQuery();
  const { controlOf, disable } = useFieldControls();
  const { experience } = useSignInExperience();
  const mfaAvailable = shown(controlOf('mfa'));
  const mfa = useMfaVerifications(mfaAvailable);
  const mfaSettings = useMfaSettings(mfaAvailable);
  const devicesAvailable = shown(controlOf('session')) && config.scopes.includes(sessionsScope);
  // Read with the record at hand only: without one these fail at once, without a request.
  const sessions = useSessions(devicesAvailable);
  const apps = useGrants('thirdParty', devicesAvailable);

  const identities = account.data?.identities ?? {};
  const connectors = experience.socialConnectors ?? [];
  const linked = Object.keys(identities).filter(
    (target) => connectors.find((connector) => connector.target === target)?.isTokenStorageSupported !== false,
  );
  const tokens = useSocialTokenStatuses(shown(controlOf('social')) ? linked : []);
  // Without readable settings, Logto's refusal is how the app learns two-step verification is off.
  const mfaOff = hasErrorCode(mfa.error, 'account_center.field_not_enabled');
  useEffect(() => {
    if (mfaOff) disable('mfa');
  }, [mfaOff, disable]);

  // The two-step data decides how long the checkup is: the page waits for it with the account (both
  // are read at once, early), so a late answer cannot push what is below the checkup down.
  const waiting = mfaAvailable && (mfa.isPending || mfaSettings.isPending);
  if (account.isPending || waiting) return <PageSkeleton sections={overviewSkeleton} />;
  if (account.isError) return <PageError error={account.error} onRetry={() => account.refetch()} />;

  const nameOf = (target: string) => {
    const name = connectors.find((connector) => connector.target === target)?.name;
    return typeof name === 'string' ? name : (name?.[locale] ?? name?.en ?? target);
  };
  const checks = byUrgency(
    checkup({
      account: account.data,
      controlOf,
      experience,
      mfa: mfa.data,
      skipMfaOnSignIn: mfaSettings.data?.skipMfaOnSignIn,
      tokens: linked.map((target, index) => ({ target, name: nameOf(target), status: tokens[index]?.data })),
      devicesAvailable,
      devices: sessions.data && apps.data ? { sessions: sessions.data.length, apps: new Set(apps.data.map((grant) => grant.application.id)).size } : undefined,
    }),
  );
  const toLookAt = checks.filter((check) => check.status !== 'fine').length;
  const fine = checks.length - toLookAt;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold text-gray-900 dark:text-gray-100">{t('overview.title')}</h1>
      <IdentityCard account={account.data} />

      <Section title={t('overview.checkup.title')}>
        <div className="flex flex-col gap-2 py-4">
          <p className="text-sm font-medium text-gray-900 dark:text-gray-100">
            {toLookAt === 0 ? t('overview.checkup.summary_none') : t('overview.checkup.summary', { count: toLookAt })}
          </p>
          <progress
            value={fine}
            max={Math.max(checks.length, 1)}
            aria-label={t('overview.checkup.progress', { done: fine, total: checks.length })}
            className="h-2 w-full accent-brand"
          />
        </div>
        {mfa.isError && !mfaOff && <PageError error={mfa.error} onRetry={() => mfa.refetch()} />}
        <ul aria-label={t('overview.checkup.list')} className="divide-y divide-gray-200 dark:divide-gray-800">
          {checks.map((check) => (
            <CheckRow key={check.id} check={check} />
          ))}
        </ul>
      </Section>

      <DownloadData
        account={account.data}
        mfaAvailable={mfaAvailable}
        devicesAvailable={devicesAvailable}
        devicesAtHand={sessions.isSuccess && apps.isSuccess}
      />
    </div>
  );
}
