import { getAccount } from '../../api/account';
import { createApiClient } from '../../api/client';
import type { Account } from '../../api/types';
import { cachedAccessToken, sdkKey } from '../auth/token-cache';
import { loadConfig } from '../config/load-config';
import type { ConfigResult } from '../config/schema';
import { routerBasename } from '../base-url';
import { local } from '../web-storage';

/**
 * The first requests, made by the boot script (src/boot.ts) while the app's own code is still
 * downloading: on a phone that is the better part of a second in which the config and a returning
 * user's account arrive, so the first render already has them. Both are handed over once.
 */
let config: Promise<ConfigResult> | undefined;
let account: Promise<Account> | undefined;

/** The route the page was opened on, below the app's base (`/`, `/profile`, `/callback`…). */
export function firstPagePath(baseUrl: URL, location: Pick<Location, 'pathname'> = window.location): string {
  const prefix = routerBasename(baseUrl);
  return location.pathname.startsWith(prefix) ? location.pathname.slice(prefix.length) || '/' : '/';
}

/** Pages that finish a sign-in or a link: they change the session first, so nothing is read ahead. */
export const isReturnFromLogto = (path: string) => path === '/callback' || path === '/social-callback';

export function startEarlyRequests(baseUrl: URL, { location = window.location, framed = window.self !== window.top } = {}) {
  config = loadConfig(baseUrl);
  // A framed copy keeps its tokens in memory (or gets them from the host): nothing stored to use.
  if (framed || isReturnFromLogto(firstPagePath(baseUrl, location))) return;
  account = config.then((result) => {
    const token = result.ok ? cachedAccessToken((item) => local.getItem(sdkKey(result.config.appId, item))) : undefined;
    if (!result.ok || !token) throw new Error('No cached token to read the account with.');
    return getAccount(createApiClient({ endpoint: result.config.endpoint, getAccessToken: async () => token }));
  });
  // Whoever takes it handles a failure (by asking again the usual way); nobody may take it at all.
  account.catch(() => undefined);
}

export const bootConfig = (baseUrl: URL): Promise<ConfigResult> => config ?? loadConfig(baseUrl);

/** The account read ahead with the SDK's cached token, if any; only the first caller gets it. */
export function takeEarlyAccount(): Promise<Account> | undefined {
  const taken = account;
  account = undefined;
  return taken;
}
