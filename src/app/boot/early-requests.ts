import { getAccount } from '../../api/account';
import { createApiClient, type ApiClient } from '../../api/client';
import { getMfaSettings, getMfaVerifications } from '../../api/mfa';
import { getAccountCenterSettings, getSignInExperience } from '../../api/public-settings';
import { cachedAccessToken, sdkKey } from '../auth/token-cache';
import { loadConfig } from '../config/load-config';
import type { AppConfig, ConfigResult } from '../config/schema';
import { publicSettingsBase } from '../config/settings-source';
import { routerBasename } from '../base-url';
import { areaChunks } from './area-chunks';
import { loadCatalog } from '../../i18n/catalog-loaders';
import { initialLocale } from '../../i18n/locale-preference';
import { local } from '../web-storage';

/**
 * The first requests, made by the boot script (src/boot.ts) while the app's own code is still
 * downloading: on a phone that is the better part of a second in which the config and a returning
 * user's data arrive, so the first render already has them. Each is handed over once.
 */
export type FirstRead = 'account' | 'mfaVerifications' | 'mfaSettings' | 'accountCenterSettings' | 'signInExperience';

let config: Promise<ConfigResult> | undefined;
let reads = new Map<FirstRead, Promise<unknown>>();

/** The route the page was opened on, below the app's base (`/`, `/profile`, `/callback`…). */
export function firstPagePath(baseUrl: URL, location: Pick<Location, 'pathname'> = window.location): string {
  const prefix = routerBasename(baseUrl);
  return location.pathname.startsWith(prefix) ? location.pathname.slice(prefix.length) || '/' : '/';
}

/** Pages that finish a sign-in or a link: they change the session first, so nothing is read ahead. */
export const isReturnFromLogto = (path: string) => path === '/callback' || path === '/social-callback';

/**
 * What the page opened on shows first: the account everywhere, two-step data on the overview and
 * Security, and Logto's public settings (which decide the Edit buttons) where they are readable.
 */
export function firstReads(path: string, appConfig: AppConfig, settingsBase: string | undefined): FirstRead[] {
  const mfa = (path === '/' || path === '/security') && appConfig.accountCenter?.fields?.mfa !== 'Off';
  const reads: FirstRead[] = mfa ? ['account', 'mfaVerifications', 'mfaSettings'] : ['account'];
  return settingsBase === undefined ? reads : [...reads, 'accountCenterSettings', 'signInExperience'];
}

const fetchers: Record<FirstRead, (api: ApiClient, settingsBase: string) => Promise<unknown>> = {
  account: (api) => getAccount(api),
  mfaVerifications: (api) => getMfaVerifications(api),
  mfaSettings: (api) => getMfaSettings(api),
  accountCenterSettings: (api, settingsBase) => getAccountCenterSettings(api, settingsBase),
  signInExperience: (api, settingsBase) => getSignInExperience(api, settingsBase),
};

export function startEarlyRequests(baseUrl: URL, { location = window.location, framed = window.self !== window.top } = {}) {
  config = loadConfig(baseUrl);
  reads = new Map();
  const path = firstPagePath(baseUrl, location);
  // A reader of another language waits for its words before the first render (src/main.tsx): they
  // download beside the app's code instead of after it has run.
  void config
    .then((result) => {
      const locale = result.ok ? initialLocale(result.config.locale) : 'en';
      return locale === 'en' ? undefined : loadCatalog(locale);
    })
    .catch(() => undefined);
  // A framed copy keeps its tokens in memory (or gets them from the host): nothing stored to use.
  if (framed || isReturnFromLogto(path)) return;
  // The area's code first, before the config and the token are read: on a slow phone that read is a
  // few hundred milliseconds of the boot script. Someone still signed out needs the same code right
  // after signing in, when it is in the HTTP cache by then.
  void areaChunks[path]?.().catch(() => undefined);
  const api = config.then((result) => {
    const token = result.ok ? cachedAccessToken((item) => local.getItem(sdkKey(result.config.appId, item))) : undefined;
    if (!result.ok || !token) return undefined;
    const settingsBase = publicSettingsBase(result.config, baseUrl, location.origin);
    const client = createApiClient({ endpoint: result.config.endpoint, getAccessToken: async () => token });
    return { client, settingsBase: settingsBase ?? '', names: firstReads(path, result.config, settingsBase) };
  });
  for (const name of Object.keys(fetchers) as FirstRead[]) {
    const read = api.then((ready) => {
      if (!ready?.names.includes(name)) throw new Error(`Not read ahead: ${name}`);
      return fetchers[name](ready.client, ready.settingsBase);
    });
    // Whoever takes it handles a failure (by asking again the usual way); nobody may take it at all.
    read.catch(() => undefined);
    reads.set(name, read);
  }
}

export const bootConfig = (baseUrl: URL): Promise<ConfigResult> => config ?? loadConfig(baseUrl);

/** What the boot script read ahead with the SDK's cached token, if it tried; only the first caller gets it. */
export function takeEarlyRead<T>(name: FirstRead): Promise<T> | undefined {
  const taken = reads.get(name);
  reads.delete(name);
  return taken as Promise<T> | undefined;
}
