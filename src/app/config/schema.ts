import type { AccountCenterFields, FieldControl } from '../../api/types';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import type { MessageKey } from '../../i18n/messages/keys';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];
export const isThemePreference = (value: unknown): value is ThemePreference =>
  themePreferences.includes(value as ThemePreference);
export type PublicSettingsMode = 'auto' | 'read' | 'skip';

export type AppConfig = {
  /** Logto endpoint, e.g. `https://your-tenant.logto.app`, without a trailing slash. */
  endpoint: string;
  appId: string;
  scopes: string[];
  /** Whether to read Logto's public settings endpoints (not CORS-readable in production). */
  publicSettings: PublicSettingsMode;
  /**
   * Where this app's own host forwards GET `account-center` and `sign-in-exp` to Logto's
   * `/api/.well-known/`, relative to the app's base and ending in `/` (e.g. `logto-settings/`).
   */
  settingsPath?: string;
  /** Snapshot of the tenant's account-center settings, written at deploy time. */
  accountCenter?: {
    enabled?: boolean;
    fields?: AccountCenterFields;
    deleteAccountUrl?: string | null;
    profileFields?: Array<{ name: string }> | null;
  };
  /** Snapshot of sign-in experience parts (connectors, MFA, password policy, branding). */
  signInExperience?: Record<string, unknown>;
  theme: ThemePreference;
  locale: Locale | 'auto';
  embed: { allowedOrigins: string[] };
};

export type ConfigProblem = { field: string; reason: MessageKey; fix: MessageKey; vars?: Record<string, string> };

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Why no `offline_access`: without it the access token is bound to the Logto session, so signing
 * out anywhere or revoking the session ends access here too, and no long-lived refresh token sits
 * in the browser. The cost is a silent re-authentication once the one-hour token expires.
 */
export const defaultScopes = [
  'openid',
  'profile',
  'email',
  'phone',
  'address',
  'identities',
  'custom_data',
  'urn:logto:scope:sessions',
];

const controls: readonly FieldControl[] = ['Off', 'ReadOnly', 'Edit'];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type ConfigDefaults = { endpoint?: string; appId?: string; scopes?: string; settingsPath?: string };

/** Merges `config.json` over build-time defaults and checks every field. */
export function parseConfig(file: unknown, defaults: ConfigDefaults = {}): ConfigResult {
  const problems: ConfigProblem[] = [];
  if (file !== undefined && !isObject(file)) {
    return { ok: false, problems: [{ field: 'config.json', reason: 'config.problem.not_object', fix: 'config.fix.file' }] };
  }
  const raw: Record<string, unknown> = file ?? {};
  const problem = (field: string, reason: MessageKey, fix: MessageKey, vars?: Record<string, string>) =>
    problems.push({ field, reason, fix, vars });

  const endpointValue = raw.endpoint ?? defaults.endpoint;
  let endpoint = '';
  if (endpointValue === undefined || endpointValue === '') {
    problem('endpoint', 'config.problem.missing', 'config.fix.endpoint');
  } else if (typeof endpointValue !== 'string') {
    problem('endpoint', 'config.problem.not_string', 'config.fix.endpoint');
  } else {
    try {
      const url = new URL(endpointValue);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
      if (url.search || url.hash) throw new Error('query');
      endpoint = url.href.replace(/\/+$/, '');
    } catch {
      problem('endpoint', 'config.problem.not_url', 'config.fix.endpoint', { value: endpointValue });
    }
  }

  const appIdValue = raw.appId ?? defaults.appId;
  let appId = '';
  if (appIdValue === undefined || appIdValue === '') problem('appId', 'config.problem.missing', 'config.fix.app_id');
  else if (typeof appIdValue !== 'string') problem('appId', 'config.problem.not_string', 'config.fix.app_id');
  else appId = appIdValue.trim();

  let scopes = defaultScopes;
  const scopesValue = raw.scopes ?? (defaults.scopes ? defaults.scopes.split(/\s+/).filter(Boolean) : undefined);
  if (scopesValue !== undefined) {
    if (!Array.isArray(scopesValue) || !scopesValue.every((scope) => typeof scope === 'string' && /^\S+$/.test(scope))) {
      problem('scopes', 'config.problem.not_scope_list', 'config.fix.scopes');
    } else if (!scopesValue.includes('openid')) {
      problem('scopes', 'config.problem.no_openid', 'config.fix.scopes');
    } else {
      scopes = [...new Set(scopesValue as string[])];
    }
  }

  const publicSettings = raw.publicSettings ?? 'auto';
  if (publicSettings !== 'auto' && publicSettings !== 'read' && publicSettings !== 'skip') {
    problem('publicSettings', 'config.problem.not_one_of', 'config.fix.public_settings', { allowed: 'auto, read, skip' });
  }

  // Relative and inside the app's base: the host forwards it, and nothing but it, to Logto.
  let settingsPath: string | undefined;
  const settingsPathValue = raw.settingsPath ?? (defaults.settingsPath || undefined);
  if (settingsPathValue !== undefined) {
    const segments = typeof settingsPathValue === 'string' ? settingsPathValue.replace(/\/$/, '').split('/') : [];
    const relative = segments.every((segment) => /^[\w.~-]+$/.test(segment) && segment !== '.' && segment !== '..');
    if (typeof settingsPathValue !== 'string' || !relative) {
      problem('settingsPath', 'config.problem.not_relative_path', 'config.fix.settings_path', { value: String(settingsPathValue) });
    } else {
      settingsPath = `${segments.join('/')}/`;
    }
  }

  let accountCenter: AppConfig['accountCenter'];
  if (raw.accountCenter !== undefined) {
    if (!isObject(raw.accountCenter)) {
      problem('accountCenter', 'config.problem.not_object', 'config.fix.account_center');
    } else {
      const { enabled, fields, deleteAccountUrl, profileFields } = raw.accountCenter;
      if (enabled !== undefined && typeof enabled !== 'boolean') {
        problem('accountCenter.enabled', 'config.problem.not_boolean', 'config.fix.account_center');
      }
      if (fields !== undefined && !isObject(fields)) {
        problem('accountCenter.fields', 'config.problem.not_object', 'config.fix.account_center');
      }
      for (const [key, value] of Object.entries(isObject(fields) ? fields : {})) {
        if (!controls.includes(value as FieldControl)) {
          problem(`accountCenter.fields.${key}`, 'config.problem.not_one_of', 'config.fix.account_center', {
            allowed: controls.join(', '),
          });
        }
      }
      if (deleteAccountUrl !== undefined && deleteAccountUrl !== null && typeof deleteAccountUrl !== 'string') {
        problem('accountCenter.deleteAccountUrl', 'config.problem.not_string', 'config.fix.account_center');
      }
      const isNameList = (value: unknown) =>
        Array.isArray(value) && value.every((entry) => isObject(entry) && typeof entry.name === 'string');
      if (profileFields !== undefined && profileFields !== null && !isNameList(profileFields)) {
        problem('accountCenter.profileFields', 'config.problem.not_name_list', 'config.fix.account_center');
      }
      accountCenter = {
        enabled: enabled as boolean | undefined,
        fields: isObject(fields) ? (fields as AccountCenterFields) : undefined,
        deleteAccountUrl: deleteAccountUrl as string | null | undefined,
        profileFields: profileFields as Array<{ name: string }> | null | undefined,
      };
    }
  }

  if (raw.signInExperience !== undefined && !isObject(raw.signInExperience)) {
    problem('signInExperience', 'config.problem.not_object', 'config.fix.sign_in_experience');
  }

  const theme = raw.theme ?? 'system';
  if (!isThemePreference(theme)) {
    problem('theme', 'config.problem.not_one_of', 'config.fix.theme', { allowed: 'system, light, dark' });
  }

  const locale = raw.locale ?? 'auto';
  if (locale !== 'auto' && !isLocale(locale)) {
    problem('locale', 'config.problem.not_one_of', 'config.fix.locale', { allowed: ['auto', ...locales].join(', ') });
  }

  const allowedOrigins: string[] = [];
  if (raw.embed !== undefined) {
    const origins = isObject(raw.embed) ? raw.embed.allowedOrigins : undefined;
    if (!isObject(raw.embed) || (origins !== undefined && !Array.isArray(origins))) {
      problem('embed.allowedOrigins', 'config.problem.not_origin_list', 'config.fix.embed');
    } else {
      for (const origin of (origins ?? []) as unknown[]) {
        const valid = typeof origin === 'string' && URL.canParse(origin) && new URL(origin).origin === origin;
        if (valid) allowedOrigins.push(origin);
        else problem('embed.allowedOrigins', 'config.problem.not_origin', 'config.fix.embed', { value: String(origin) });
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      endpoint,
      appId,
      scopes,
      publicSettings: publicSettings as PublicSettingsMode,
      settingsPath,
      accountCenter,
      signInExperience: raw.signInExperience as Record<string, unknown> | undefined,
      theme: theme as ThemePreference,
      locale: locale as AppConfig['locale'],
      embed: { allowedOrigins },
    },
  };
}
