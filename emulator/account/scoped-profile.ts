import { isReadable, type AccountCenterSettings } from '../state/account-center.js';
import type { User, UserAddress, UserProfile } from '../state/users.js';

const profileKeys = [
  'familyName',
  'givenName',
  'middleName',
  'nickname',
  'preferredUsername',
  'profile',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
] as const;

const addressKeys = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'] as const;

/** Key order of Logto's response guard, which re-emits objects in schema order. */
const responseKeys = [
  'id',
  'username',
  'primaryEmail',
  'primaryPhone',
  'name',
  'avatar',
  'customData',
  'identities',
  'lastSignInAt',
  'createdAt',
  'updatedAt',
  'profile',
  'applicationId',
  'cimdClientId',
  'isSuspended',
  'hasPassword',
  'hasSecurityVerificationMethod',
] as const;

const pick = <K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]) =>
  Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));

export const orderAddress = (address: UserAddress): UserAddress => pick(address, addressKeys);

/** The profile object in schema order; `address` only when the caller may see it. */
export const orderProfile = (profile: UserProfile, withAddress: boolean): UserProfile => ({
  ...pick(profile, profileKeys),
  ...(withAddress && profile.address ? { address: orderAddress(profile.address) } : {}),
});

export const hasSecurityVerificationMethod = (user: User): boolean =>
  Boolean(user.passwordDigest) || Boolean(user.primaryEmail) || Boolean(user.primaryPhone);

export type ProfileResponse = Partial<Record<(typeof responseKeys)[number], unknown>>;

/**
 * The user as the Account API shows it: scopes decide what is loaded (`A/scoped`), then the
 * account-center field controls decide what is returned; `ssoIdentities` never comes back.
 */
export const accountProfile = (
  user: User,
  scopes: Set<string>,
  accountCenter: AccountCenterSettings
): ProfileResponse => {
  const { fields } = accountCenter;
  const scoped: ProfileResponse = {
    id: user.id,
    ...(scopes.has('identities') ? { identities: user.identities } : {}),
    ...(scopes.has('custom_data') ? { customData: user.customData } : {}),
    ...(scopes.has('email') ? { primaryEmail: user.primaryEmail } : {}),
    ...(scopes.has('phone') ? { primaryPhone: user.primaryPhone } : {}),
    ...(scopes.has('profile')
      ? {
          name: user.name,
          avatar: user.avatar,
          username: user.username,
          profile: orderProfile(user.profile, scopes.has('address')),
          lastSignInAt: user.lastSignInAt,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
          applicationId: user.applicationId,
          cimdClientId: null,
          isSuspended: user.isSuspended,
          hasPassword: Boolean(user.passwordDigest),
        }
      : {}),
  };

  const hidden = new Set<string>(
    (
      [
        ['name', 'name'],
        ['avatar', 'avatar'],
        ['username', 'username'],
        ['email', 'primaryEmail'],
        ['phone', 'primaryPhone'],
        ['profile', 'profile'],
        ['customData', 'customData'],
        ['social', 'identities'],
        ['password', 'hasPassword'],
      ] as const
    )
      .filter(([field]) => !isReadable(fields[field]))
      .map(([, key]) => key)
  );

  const filtered = Object.fromEntries(
    Object.entries(scoped).filter(([key]) => !hidden.has(key))
  ) as ProfileResponse;
  filtered.hasSecurityVerificationMethod = hasSecurityVerificationMethod(user);
  return pick(filtered, responseKeys);
};
