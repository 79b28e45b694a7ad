/**
 * The URI authenticator apps read from the QR code. Logto never builds it; like Logto's own
 * account center, the issuer is this site's host and the account the user's best-known name.
 */
export function otpauthUri({ secret, issuer, account }: { secret: string; issuer: string; account: string }): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

/** "ABCD EFGH …": easier to type by hand than 32 characters in a row. */
export const groupKey = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');
