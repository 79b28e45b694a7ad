import type { MfaVerification } from '@/api/mfa';
import type { Grant, UserSession } from '@/api/sessions';
import type { SsoIdentityClaim } from '@/api/social';
import type { Account } from '@/api/types';

/** Bumped when the file's shape changes, so tools that read it can tell. */
export const exportFormatVersion = 1;

/** Keys that may hold a credential, anywhere in data that came from a provider. */
const secretKey = /token|secret|password|credential/i;

/** A deep copy without anything that looks like a credential: providers put odd things in raw data. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !secretKey.test(key))
        .map(([key, entry]) => [key, withoutSecrets(entry)]),
    );
  }
  return value;
}

const iso = (time: number | string | null | undefined) => (time === undefined || time === null ? null : new Date(time).toISOString());

export type ExportInput = {
  endpoint: string;
  now: Date;
  account: Account;
  ssoIdentities?: SsoIdentityClaim[];
  mfa?: MfaVerification[];
  /** Present only when the user verified for them (Logto guards both with a step-up record). */
  devices?: { sessions: UserSession[]; grants: Grant[] };
};

/**
 * The user's data as one JSON document, built in the browser from what the Account API returned.
 * Secrets never enter it: no token, no verification id, no TOTP key, no backup code.
 */
export function buildExport({ endpoint, now, account, ssoIdentities, mfa, devices }: ExportInput) {
  const { id, username, primaryEmail, primaryPhone, name, avatar, profile, customData, identities, createdAt, updatedAt, lastSignInAt } = account;
  return {
    format: 'logto-account-export',
    version: exportFormatVersion,
    exportedAt: now.toISOString(),
    logtoEndpoint: endpoint,
    account: {
      id,
      username: username ?? null,
      primaryEmail: primaryEmail ?? null,
      primaryPhone: primaryPhone ?? null,
      name: name ?? null,
      avatar: avatar ?? null,
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      lastSignInAt: iso(lastSignInAt),
    },
    profile: profile ?? {},
    customData: customData ?? {},
    socialIdentities: Object.entries(identities ?? {}).map(([target, identity]) => ({
      target,
      userId: identity.userId,
      details: withoutSecrets(identity.details ?? {}),
    })),
    ssoIdentities: (ssoIdentities ?? []).map(({ issuer, identityId, detail }) => ({ issuer, identityId, detail: withoutSecrets(detail ?? {}) })),
    twoStepVerification: (mfa ?? []).map((factor) => ({
      type: factor.type,
      ...(factor.name ? { name: factor.name } : {}),
      ...(factor.agent ? { createdWith: factor.agent } : {}),
      createdAt: iso(factor.createdAt),
      lastUsedAt: iso(factor.lastUsedAt),
      ...(factor.type === 'BackupCode' ? { unusedCodes: factor.remainCodes ?? 0 } : {}),
    })),
    ...(devices
      ? {
          sessions: devices.sessions.map((session) => ({
            signedInAt: iso(session.payload.loginTs * 1000),
            expiresAt: iso(session.expiresAt),
            isThisDevice: session.isCurrent === true,
            clients: Object.keys(session.payload.authorizations ?? {}),
            signIn: withoutSecrets(session.lastSubmission?.signInContext ?? {}),
          })),
          appGrants: devices.grants.map((grant) => ({
            application: grant.application,
            scopes: (grant.payload.openid?.scope ?? '').split(' ').filter(Boolean),
            grantedAt: iso(grant.payload.iat * 1000),
            expiresAt: iso(grant.expiresAt),
          })),
        }
      : {}),
  };
}

/** `account-dana-2026-12-02.json`: the username, else the id, and the day of the export. */
export function exportFileName(account: Account, now: Date) {
  const who = (account.username || account.id || 'user').replace(/[^\w.-]+/g, '_');
  return `account-${who}-${now.toISOString().slice(0, 10)}.json`;
}
