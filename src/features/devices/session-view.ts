import type { Grant, UserSession } from '@/api/sessions';
import type { MessageKey, Translate } from '@/i18n/i18n';
import { parseUserAgent, type Device } from '@/user-agent/user-agent';

/** A session as the page shows it: the device, where and when, and the apps used through it. */
export type SessionView = {
  id: string;
  isCurrent: boolean;
  device: Device;
  ip?: string;
  city?: string;
  country?: string;
  signedInAt: number;
  expiresAt: number;
  apps: string[];
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Application names by grant id and by client id, from every grant Logto listed. */
function appNames(grants: readonly Grant[]) {
  const byGrant = new Map<string, string>();
  const byClient = new Map<string, string>();
  for (const grant of grants) {
    byGrant.set(grant.id, grant.application.name);
    byClient.set(grant.payload.clientId, grant.application.name);
  }
  return { byGrant, byClient };
}

/** This device first, then the most recent sign-ins. */
export function sessionViews(sessions: readonly UserSession[], grants: readonly Grant[]): SessionView[] {
  const names = appNames(grants);
  return sessions
    .map((session) => {
      const context = session.lastSubmission?.signInContext ?? {};
      const authorizations = Object.entries(session.payload.authorizations ?? {});
      const apps = new Set<string>();
      for (const [clientId, { grantId }] of authorizations) {
        const name = (grantId && names.byGrant.get(grantId)) || names.byClient.get(clientId);
        if (name) apps.add(name);
      }
      return {
        id: session.payload.uid,
        isCurrent: session.isCurrent === true,
        device: parseUserAgent(text(context.userAgent)),
        ip: text(context.ip),
        city: text(context.city),
        country: text(context.country),
        signedInAt: session.payload.loginTs * 1000,
        expiresAt: session.expiresAt,
        apps: [...apps],
      };
    })
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.signedInAt - a.signedInAt);
}

/** "Lisbon, Portugal": the country's name in the user's language when Logto gives a region code. */
export function placeOf(locale: string, { city, country }: Pick<SessionView, 'city' | 'country'>): string | undefined {
  let countryName = country;
  if (country && /^[A-Za-z]{2}$/.test(country)) {
    try {
      countryName = new Intl.DisplayNames([locale], { type: 'region' }).of(country.toUpperCase()) ?? country;
    } catch {
      countryName = country;
    }
  }
  const parts = [city, countryName].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** One entry per third-party app, however many grants Logto keeps for it. */
export type AppAccess = { id: string; name: string; grantIds: string[]; scopes: string[]; resources: string[]; since: number };

export function appAccessList(grants: readonly Grant[]): AppAccess[] {
  const apps = new Map<string, AppAccess>();
  for (const grant of grants) {
    const app = apps.get(grant.application.id) ?? {
      id: grant.application.id,
      name: grant.application.name,
      grantIds: [],
      scopes: [],
      resources: [],
      since: grant.payload.iat * 1000,
    };
    app.grantIds.push(grant.id);
    app.since = Math.min(app.since, grant.payload.iat * 1000);
    for (const scope of (grant.payload.openid?.scope ?? '').split(' ')) {
      if (scope && !app.scopes.includes(scope)) app.scopes.push(scope);
    }
    for (const resource of Object.keys(grant.payload.resources ?? {})) {
      if (!app.resources.includes(resource)) app.resources.push(resource);
    }
    apps.set(app.id, app);
  }
  return [...apps.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const scopeKeys: Record<string, MessageKey> = {
  openid: 'devices.scope.openid',
  profile: 'devices.scope.profile',
  email: 'devices.scope.email',
  phone: 'devices.scope.phone',
  address: 'devices.scope.address',
  custom_data: 'devices.scope.custom_data',
  identities: 'devices.scope.identities',
  roles: 'devices.scope.roles',
  'urn:logto:scope:organizations': 'devices.scope.organizations',
  'urn:logto:scope:organization_roles': 'devices.scope.organization_roles',
  'urn:logto:scope:sessions': 'devices.scope.sessions',
  offline_access: 'devices.scope.offline_access',
};

/** What an app may use, in plain words; scopes this app has no words for are shown as Logto names them. */
export function accessLabels(t: Translate, { scopes, resources }: Pick<AppAccess, 'scopes' | 'resources'>): string[] {
  return [
    ...scopes.map((scope) => {
      const key = scopeKeys[scope];
      return key ? t(key) : scope;
    }),
    ...resources.map((resource) => t('devices.scope.resource', { resource })),
  ];
}
