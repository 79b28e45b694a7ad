import type { AccountCenter, AccountCenterPatch, Application } from './logto.js';
import type { Change } from './report.js';
import type { Settings } from './settings.js';

/** Each deployment base URL signs in at `<base>callback` and returns to `<base>` after sign-out. */
export const callbackUri = (base: string): string => new URL('callback', base).href;

export const originOf = (base: string): string => new URL(base).origin;

/** The wanted values missing from `existing`, in order, once each. */
export const missing = (existing: readonly string[], wanted: readonly string[]): string[] =>
  [...new Set(wanted)].filter((value) => !existing.includes(value));

export type UriPlan = { redirectUris: string[]; postLogoutRedirectUris: string[]; changes: Change[] };

/**
 * The URIs to add to an application (never removing any); for a new one, `existing` is empty.
 */
export const planUris = (app: Pick<Application, 'oidcClientMetadata'> | undefined, urls: string[]): UriPlan => {
  const redirectUris = missing(app?.oidcClientMetadata.redirectUris ?? [], urls.map(callbackUri));
  const postLogoutRedirectUris = missing(app?.oidcClientMetadata.postLogoutRedirectUris ?? [], urls);
  return {
    redirectUris,
    postLogoutRedirectUris,
    changes: [
      ...redirectUris.map((value): Change => ({ kind: 'added', subject: 'redirect URIs', value })),
      ...postLogoutRedirectUris.map((value): Change => ({ kind: 'added', subject: 'post sign-out URIs', value })),
    ],
  };
};

const shown = (value: string | null | undefined) => value ?? '(not set)';

export type AccountCenterPlan = { patch: AccountCenterPatch; changes: Change[]; expected: AccountCenter };

/**
 * What to PATCH on the account center: enabled; the settings' field controls over the current
 * ones (Logto replaces `fields` whole, so the merged object is sent); the deployment origins added
 * to the WebAuthn related origins; the delete-account URL when the settings name one.
 */
export const planAccountCenter = (current: AccountCenter, settings: Settings): AccountCenterPlan => {
  const patch: AccountCenterPatch = {};
  const changes: Change[] = [];

  if (!current.enabled) {
    patch.enabled = true;
    changes.push({ kind: 'enabled', subject: 'account center' });
  }

  const fields = { ...current.fields };
  for (const [key, control] of Object.entries(settings.accountCenter.fields)) {
    if (control && fields[key] !== control) {
      changes.push({ kind: 'changed', subject: `field ${key}`, from: shown(fields[key]), to: control });
      fields[key] = control;
    }
  }
  if (changes.some(({ subject }) => subject.startsWith('field '))) {
    patch.fields = fields;
  }

  const origins = missing(current.webauthnRelatedOrigins, settings.urls.map(originOf));
  if (origins.length > 0) {
    patch.webauthnRelatedOrigins = [...current.webauthnRelatedOrigins, ...origins];
    changes.push(...origins.map((value): Change => ({ kind: 'added', subject: 'webauthn related origins', value })));
  }

  const { deleteAccountUrl } = settings.accountCenter;
  if (deleteAccountUrl !== undefined && deleteAccountUrl !== current.deleteAccountUrl) {
    patch.deleteAccountUrl = deleteAccountUrl;
    changes.push({
      kind: 'changed',
      subject: 'delete account URL',
      from: shown(current.deleteAccountUrl),
      to: shown(deleteAccountUrl),
    });
  }

  return { patch, changes, expected: { ...current, ...patch } };
};

/** JSON with object keys sorted: Postgres `jsonb` does not keep the order keys were sent in. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item
  );

/** Keys of a PATCH that Logto answered with another value (an older Logto drops unknown keys). */
export const ignoredKeys = (patch: AccountCenterPatch, result: AccountCenter): string[] =>
  Object.entries(patch)
    .filter(([key, value]) => canonical(result[key as keyof AccountCenter]) !== canonical(value))
    .map(([key]) => key);
