import { getAccount } from '../api/account';
import { accountQuery } from '../api/queries/account';
import { mfaSettingsQuery, mfaVerificationsQuery } from '../api/queries/mfa';
import { accountCenterSettingsQuery, signInExperienceQuery } from '../api/queries/public-settings';
import { shouldReadPublicSettings } from './account-center/public-settings';
import { firstPagePath, isReturnFromLogto, takeEarlyAccount } from './boot/early-requests';
import type { AppContext } from './create-app';

/**
 * The page's first data, asked for the moment the config is read, while React is still mounting,
 * instead of after the components that need it render (a waterfall of a few hundred ms on a
 * phone). The same query options as the hooks, so the components pick up these very requests.
 * Only for a user the SDK already holds a cached token for: anyone else is about to sign in.
 */
export function startFirstQueries({ config, baseUrl, queryClient, api, session }: AppContext, location: Location = window.location) {
  if (!session.isSignedIn()) return;
  const path = firstPagePath(baseUrl, location);
  if (isReturnFromLogto(path)) return;

  // The boot script may have asked already; if that failed (a dead token, say), ask the usual way.
  const early = takeEarlyAccount();
  const account = accountQuery(api);
  void queryClient.prefetchQuery(early ? { ...account, queryFn: ({ signal }) => early.catch(() => getAccount(api, signal)) } : account);
  if (shouldReadPublicSettings(config.publicSettings, config.endpoint, location.origin)) {
    if (!config.accountCenter?.fields) void queryClient.prefetchQuery(accountCenterSettingsQuery(api));
    void queryClient.prefetchQuery(signInExperienceQuery(api));
  }
  const mfa = config.accountCenter?.fields?.mfa;
  if ((path === '/' || path === '/security') && mfa !== 'Off') {
    void queryClient.prefetchQuery(mfaVerificationsQuery(api));
    void queryClient.prefetchQuery(mfaSettingsQuery(api));
  }
}

/** Opens the connection to Logto while the rest of the page loads. */
export function preconnect(endpoint: string) {
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = new URL(endpoint).origin;
  // The Account API is called without credentials: the same connection pool as `crossorigin`.
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}
