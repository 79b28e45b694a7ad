import { randomInt } from 'node:crypto';

const lowercaseAlphanumeric = '0123456789abcdefghijklmnopqrstuvwxyz';
const urlSafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export const randomString = (length: number, alphabet: string): string =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** Logto user ids: 12 lowercase alphanumerics. */
export const generateUserId = (): string => randomString(12, lowercaseAlphanumeric);

/** Logto "standard" ids (verification records and most other rows): 21 lowercase alphanumerics. */
export const generateStandardId = (): string => randomString(21, lowercaseAlphanumeric);

/** The `logto-core-request-id` header value. */
export const generateRequestId = (): string => randomString(16, urlSafe);
