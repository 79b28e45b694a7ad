import { randomInt } from 'node:crypto';

const codeCount = 10;
const alphabet = '0123456789abcdef';

/** Ten codes of ten lower-case hex characters, as Logto generates them. */
export const generateBackupCodes = (): string[] =>
  Array.from({ length: codeCount }, () => Array.from({ length: 10 }, () => alphabet[randomInt(16)]).join(''));

/** Logto's format check: exactly ten codes, each ten hex characters (either case). */
export const isValidBackupCodeSet = (codes: string[]): boolean =>
  codes.length === codeCount && codes.every((code) => /^[\da-f]{10}$/i.test(code));
