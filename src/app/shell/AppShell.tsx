import { NavLink, Outlet } from 'react-router';
import { hasErrorCode } from '../../api/error';
import { useAccountQuery } from '../../api/queries/account';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useFieldControls } from '../account-center/field-controls';
import { useAppConfig } from '../ConfigProvider';
import { useSignInExperience } from '../account-center/sign-in-experience';
import { useSession } from '../auth/SessionProvider';
import { lazy, Suspense } from 'react';
import { areas } from './areas';
import { BrandLogo } from './Branding';
import { PreferencesSlot } from './PreferencesSlot';
import { TenantLinks } from './TenantLinks';
import { UserChip } from './UserChip';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  cx(
    // A block, so its padding takes room in the list: an inline link's background spills over its neighbours.
    'block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand',
    isActive
      ? 'bg-brand text-on-brand'
      : 'text-gray-700 hover:bg-gray-100 dark:text-gray-300 dark:hover:bg-gray-800',
  );

const AccountCenterDisabledPage = lazy(() => import('../pages/AccountCenterDisabledPage'));

export function AppShell() {
  const t = useT();
  const session = useSession();
  const account = useAccountQuery();
  const { enabled, controlOf } = useFieldControls();
  const { config } = useAppConfig();
  // Started with the account, not when an area first needs it: no waterfall between pages.
  useSignInExperience();
  // Shown until its field control is known to be Off: appearing late would push the page down on
  // a phone, where the navigation wraps; most tenants that show the area never take it away.
  const visibleAreas = areas.filter(
    (area) => (!area.field || controlOf(area.field) !== 'Off') && (!area.scope || config.scopes.includes(area.scope)),
  );
  const disabled = enabled === false || hasErrorCode(account.error, 'account_center.not_enabled');

  // While the page shows its skeleton its height is not known: a footer in view would be pushed
  // down when the data lands (a layout shift), so it stays hidden, its place kept, until then.
  return (
    <div className="flex min-h-dvh flex-col embedded:min-h-0 bg-gray-50 text-gray-900 dark:bg-gray-950 dark:text-gray-100 [&:has([data-skeleton])>footer]:invisible">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:start-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-gray-900"
      >
        {t('shell.skip_to_content')}
      </a>
      <header aria-label={t('app.name')} className="border-b border-gray-200 bg-white dark:border-gray-800 dark:bg-gray-900">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
          <span className="flex min-w-0 items-center gap-2 text-base font-semibold">
            <BrandLogo />
            {t('app.name')}
          </span>
          <div className="flex min-w-0 items-center gap-3">
            <UserChip />
            <Button size="sm" onClick={() => void session.signOut()}>
              {t('shell.sign_out')}
            </Button>
          </div>
        </div>
      </header>
      <div className="mx-auto flex w-full max-w-5xl flex-1 flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t('nav.label')} className="md:w-48 md:shrink-0">
          <ul className="flex flex-wrap gap-1 md:flex-col">
            {visibleAreas.map((area) => (
              <li key={area.path}>
                <NavLink to={area.path} end className={navLinkClass}>
                  {t(area.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" aria-label={t('shell.account')} className="min-w-0 flex-1">
          <Suspense fallback={<PageSkeleton />}>{disabled ? <AccountCenterDisabledPage /> : <Outlet />}</Suspense>
        </main>
      </div>
      <footer className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-4 px-4 pb-6">
        <PreferencesSlot />
        <TenantLinks />
      </footer>
    </div>
  );
}
