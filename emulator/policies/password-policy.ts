import type { PasswordPolicySettings } from '../state/sign-in-experience.js';

import { isCommonPassword } from './common-passwords.js';

/** One reason a password is refused, as Logto puts it in `data` of `password.rejected`. */
export type PasswordIssue = { code: string; interpolation?: Record<string, number> };

/** What the user-info rule compares against (Logto: name, username, primary email and phone). */
export type PasswordUserInfo = { name?: string; username?: string; email?: string; phoneNumber?: string };

/** `@logto/core-kit`'s defaults for every key the stored policy leaves out. */
export const resolvePasswordPolicy = (settings: PasswordPolicySettings) => ({
  length: { min: settings.length?.min ?? 8, max: settings.length?.max ?? 256 },
  characterTypes: { min: settings.characterTypes?.min ?? 1 },
  rejects: {
    pwned: settings.rejects?.pwned ?? true,
    repetitionAndSequence: settings.rejects?.repetitionAndSequence ?? true,
    userInfo: settings.rejects?.userInfo ?? true,
    words: settings.rejects?.words ?? [],
  },
});

const symbols = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Runs shorter than this are not counted as repetition or sequence. */
const minimumRun = 3;

/** Keyboard and alphabet runs, read both ways. */
const sequences = [
  '0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm',
  '1qaz', '2wsx', '3edc', '4rfv', '5tgb', '6yhn', '7ujm', '8ik', '9ol',
].flatMap((sequence) => [sequence, [...sequence].reverse().join('')]);

/** Lowercase, uppercase, digits, symbols; `undefined` when a character is none of them. */
const characterTypeCount = (password: string): number | undefined => {
  const types = new Set<string>();
  for (const character of password) {
    if (character >= 'a' && character <= 'z') types.add('lower');
    else if (character >= 'A' && character <= 'Z') types.add('upper');
    else if (character >= '0' && character <= '9') types.add('digit');
    else if (symbols.includes(character)) types.add('symbol');
    else return undefined;
  }
  return types.size;
};

const repetitionAt = (rest: string): number => {
  const first = rest[0]?.toLowerCase();
  let length = 0;
  for (const character of rest) {
    if (character.toLowerCase() !== first) break;
    length += 1;
  }
  return length >= minimumRun ? length : 0;
};

const isSequential = (value: string) => {
  const lowered = value.toLowerCase();
  return sequences.some((sequence) => sequence.includes(lowered));
};

const sequenceAt = (rest: string): number => {
  let run = '';
  for (const character of rest) {
    if (run && !isSequential(run + character)) break;
    run += character;
  }
  const length = [...run].length;
  return length >= minimumRun ? length : 0;
};

const longestPrefix = (rest: string, candidates: string[]): number => {
  const lowered = rest.toLowerCase();
  return Math.max(0, ...candidates.filter((word) => word && lowered.startsWith(word.toLowerCase())).map((word) => word.length));
};

const userInfoAt = (rest: string, { name, username, email, phoneNumber }: PasswordUserInfo): number => {
  const candidates: string[] = [];
  if (name) {
    // The full name wins when it matches; otherwise the name without spaces or any single word.
    candidates.push(
      ...(rest.toLowerCase().startsWith(name.toLowerCase())
        ? [name]
        : [name.replaceAll(/\s+/g, ''), ...name.split(' ')])
    );
  }
  if (username) candidates.push(username);
  const emailLocalPart = email?.split('@')[0];
  if (emailLocalPart) candidates.push(emailLocalPart);
  const phoneLength = phoneNumber && rest.startsWith(phoneNumber) ? phoneNumber.length : 0;
  return Math.max(longestPrefix(rest, candidates), phoneLength);
};

/**
 * Logto's `PasswordPolicyChecker.check`, reimplemented: length, character types, the pwned list,
 * then the restricted-phrase rules. Those mark every character covered by a repetition, sequence,
 * listed word or piece of user info, and only reject when more than all but three characters are
 * covered; the codes come in the order their first match appears.
 */
export const checkPassword = (
  settings: PasswordPolicySettings,
  password: string,
  userInfo: PasswordUserInfo
): PasswordIssue[] => {
  const policy = resolvePasswordPolicy(settings);
  const issues: PasswordIssue[] = [];

  if (password.length < policy.length.min) {
    issues.push({ code: 'password_rejected.too_short', interpolation: { min: policy.length.min } });
  } else if (password.length > policy.length.max) {
    issues.push({ code: 'password_rejected.too_long', interpolation: { max: policy.length.max } });
  }
  const types = characterTypeCount(password);
  if (types === undefined) {
    issues.push({ code: 'password_rejected.unsupported_characters' });
  } else if (types < policy.characterTypes.min) {
    issues.push({
      code: 'password_rejected.character_types',
      interpolation: { min: policy.characterTypes.min },
    });
  }
  if (policy.rejects.pwned && isCommonPassword(password)) {
    issues.push({ code: 'password_rejected.pwned' });
  }

  const covered = Array.from({ length: password.length }, () => false);
  const codes = new Set<string>();
  const cover = (start: number, length: number, code: string) => {
    if (length <= 0) return;
    covered.fill(true, start, start + length);
    codes.add(code);
  };
  const { repetitionAndSequence, words, userInfo: rejectUserInfo } = policy.rejects;
  for (let index = 0; index < password.length; index += 1) {
    const rest = password.slice(index);
    if (repetitionAndSequence) {
      cover(index, repetitionAt(rest), 'restricted.repetition');
      cover(index, sequenceAt(rest), 'restricted.sequence');
    }
    if (words.length > 0) {
      cover(index, longestPrefix(rest, words), 'restricted.words');
    }
    if (rejectUserInfo) {
      cover(index, userInfoAt(rest, userInfo), 'restricted.user_info');
    }
  }

  const coveredCount = covered.filter(Boolean).length;
  if (coveredCount > Math.max(1, password.length - 3)) {
    issues.push(...[...codes].map((code) => ({ code: `password_rejected.${code}` })));
  }
  return issues;
};
