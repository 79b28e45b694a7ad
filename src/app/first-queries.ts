import type { QueryFunction, QueryKey } from '@tanstack/react-query';
import { accountQuery } from '../api/queries/account';
import { mfaSettingsQuery, mfaVerificationsQuery } from '../api/queries/mfa';
import { accountCenterSettingsQuery, signInExperienceQuery } from '../api/queries/public-settings';
import { publicSettingsBase } from './config/settings-source';
import { firstPagePath, firstReads, isReturnFromLogto, takeEarlyRead } from './boot/early-requests';
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
  const prefetch = (query: { queryKey: QueryKey; queryFn?: unknown }, early: Promise<unknown> | undefined) => {
    const ask = query.queryFn as QueryFunction;
    void queryClient.prefetchQuery({ queryKey: query.queryKey, queryFn: early ? (context) => early.catch(() => ask(context)) : ask });
  };
  const settingsBase = publicSettingsBase(config, baseUrl, location.origin);
  const queries = {
    account: accountQuery,
    mfaVerifications: mfaVerificationsQuery,
    mfaSettings: mfaSettingsQuery,
    accountCenterSettings: (client: typeof api) => accountCenterSettingsQuery(client, settingsBase ?? ''),
    signInExperience: (client: typeof api) => signInExperienceQuery(client, settingsBase ?? ''),
  };
  for (const name of firstReads(path, config, settingsBase)) prefetch(queries[name](api), takeEarlyRead(name));
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
