import { randomBytes } from 'node:crypto';

import { parsePhoneNumberWithError } from 'libphonenumber-js/mobile';

import type { WebAuthnFactor } from '../state/mfa.js';
import type { User } from '../state/users.js';

/** Logto shows phone numbers in international format (`+1 555 123 4567`), raw when unparsable. */
const internationalPhone = (phone: string): string => {
  try {
    return parsePhoneNumberWithError(phone.startsWith('+') ? phone : `+${phone}`).formatInternational();
  } catch {
    return phone;
  }
};

/** Logto's display-name rule: name, then email, then phone, then username. */
const displayNameOf = ({ name, primaryEmail, primaryPhone, username }: Pick<User, 'name' | 'primaryEmail' | 'primaryPhone' | 'username'>) =>
  name ?? primaryEmail ?? (primaryPhone ? internationalPhone(primaryPhone) : null) ?? username ?? 'Unnamed User';

export const newRegistrationChallenge = (): string => randomBytes(32).toString('base64url');

/**
 * The creation options as Logto answers them (recorded key order): the RP is the API request's
 * hostname, `user.name` leaves the profile name out, and every bound passkey is excluded (a
 * credential bound twice is listed twice).
 */
export const registrationOptionsFor = (user: User, rpId: string, challenge: string) => ({
  rp: { name: rpId, id: rpId },
  user: {
    id: Buffer.from(user.id).toString('base64url'),
    name: displayNameOf({ ...user, name: null }),
    displayName: displayNameOf(user),
  },
  challenge,
  pubKeyCredParams: [
    { type: 'public-key', alg: -7 },
    { type: 'public-key', alg: -257 },
  ],
  timeout: 60_000,
  excludeCredentials: user.mfaVerifications
    .filter((factor): factor is WebAuthnFactor => factor.type === 'WebAuthn')
    .map(({ credentialId, transports }) => ({ type: 'public-key', id: credentialId, ...(transports ? { transports } : {}) })),
  authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: 'required' },
  attestation: 'none',
  extensions: { credProps: true },
});
