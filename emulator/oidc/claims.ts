import type { User } from '../state/users.js';

/**
 * Logto's scope → claims table. Its keys become `scopes_supported` (with `openid` and
 * `offline_access`), and oidc-provider releases a claim only when a granted scope lists it.
 */
export const scopeClaims = {
  profile: [
    'name',
    'family_name',
    'given_name',
    'middle_name',
    'nickname',
    'preferred_username',
    'profile',
    'picture',
    'website',
    'gender',
    'birthdate',
    'zoneinfo',
    'locale',
    'updated_at',
    'username',
    'created_at',
  ],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  address: ['address'],
  custom_data: ['custom_data'],
  identities: ['identities', 'sso_identities'],
  roles: ['roles'],
  'urn:logto:scope:organizations': ['organizations', 'organization_data'],
  'urn:logto:scope:organization_roles': ['organization_roles'],
  'urn:logto:scope:sessions': [],
  'urn:logto:scope:trusted_devices': [],
} as const;

/** Claims Logto leaves out of ID tokens by default (tenant `idToken.enabledExtendedClaims`). */
const userinfoOnlyClaims = new Set(['custom_data', 'identities', 'sso_identities', 'organization_data']);

const optional = <T>(key: string, value: T | undefined | null) =>
  value === undefined || value === null || value === '' ? {} : { [key]: value };

/**
 * Claims for a user, in Logto's order. `name` and `picture` are null when unset, the other
 * profile claims are omitted; timestamps are epoch milliseconds. oidc-provider filters them by
 * the granted scopes afterwards.
 */
export const userClaims = (user: User, use: 'id_token' | 'userinfo'): Record<string, unknown> => {
  const { profile } = user;
  const claims: Record<string, unknown> = {
    sub: user.id,
    name: user.name,
    ...optional('family_name', profile.familyName),
    ...optional('given_name', profile.givenName),
    ...optional('middle_name', profile.middleName),
    ...optional('nickname', profile.nickname),
    ...optional('preferred_username', profile.preferredUsername ?? user.username),
    ...optional('profile', profile.profile),
    picture: user.avatar,
    ...optional('website', profile.website),
    ...optional('gender', profile.gender),
    ...optional('birthdate', profile.birthdate),
    ...optional('zoneinfo', profile.zoneinfo),
    ...optional('locale', profile.locale),
    updated_at: user.updatedAt,
    username: user.username,
    created_at: user.createdAt,
    email: user.primaryEmail,
    email_verified: Boolean(user.primaryEmail),
    phone_number: user.primaryPhone,
    phone_number_verified: Boolean(user.primaryPhone),
    ...optional('address', profile.address),
    custom_data: user.customData,
    identities: user.identities,
    sso_identities: user.ssoIdentities.map(({ issuer, identityId, detail }) => ({
      issuer,
      identityId,
      detail,
    })),
    roles: [],
    organizations: [],
    organization_data: [],
    organization_roles: [],
  };

  if (use === 'id_token') {
    for (const claim of userinfoOnlyClaims) {
      delete claims[claim];
    }
  }
  return claims;
};
