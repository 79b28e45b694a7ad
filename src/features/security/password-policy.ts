import type { Translate } from '../../i18n/i18n';

/** Logto's password policy (sign-in experience `passwordPolicy`), as the config snapshot carries it. */
export type PasswordPolicy = {
  length: { min: number; max: number };
  characterTypes: { min: number };
  rejects: { pwned: boolean; repetitionAndSequence: boolean; userInfo: boolean; words: string[] };
};

/** Logto's defaults for a tenant that never changed its policy. */
export const defaultPasswordPolicy: PasswordPolicy = {
  length: { min: 8, max: 256 },
  characterTypes: { min: 1 },
  rejects: { pwned: true, repetitionAndSequence: true, userInfo: true, words: [] },
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const booleanOr = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export function passwordPolicyFrom(signInExperience: { passwordPolicy?: unknown } | undefined): PasswordPolicy {
  const raw = isObject(signInExperience?.passwordPolicy) ? signInExperience.passwordPolicy : {};
  const length = isObject(raw.length) ? raw.length : {};
  const types = isObject(raw.characterTypes) ? raw.characterTypes : {};
  const rejects = isObject(raw.rejects) ? raw.rejects : {};
  const base = defaultPasswordPolicy;
  return {
    length: { min: numberOr(length.min, base.length.min), max: numberOr(length.max, base.length.max) },
    characterTypes: { min: numberOr(types.min, base.characterTypes.min) },
    rejects: {
      pwned: booleanOr(rejects.pwned, base.rejects.pwned),
      repetitionAndSequence: booleanOr(rejects.repetitionAndSequence, base.rejects.repetitionAndSequence),
      userInfo: booleanOr(rejects.userInfo, base.rejects.userInfo),
      words: Array.isArray(rejects.words) ? rejects.words.filter((word): word is string => typeof word === 'string') : [],
    },
  };
}

export function characterTypeCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^\dA-Za-z]/].filter((pattern) => pattern.test(password)).length;
}

export type Requirement = { key: 'length' | 'types'; met: boolean; text: string };

/** What the browser can check itself; Logto checks the rest (breached, repetition, user info). */
export function requirements(t: Translate, password: string, policy: PasswordPolicy): Requirement[] {
  const list: Requirement[] = [
    {
      key: 'length',
      met: password.length >= policy.length.min && password.length <= policy.length.max,
      text: t('password.rule.length', { min: policy.length.min }),
    },
  ];
  if (policy.characterTypes.min > 1) {
    list.push({
      key: 'types',
      met: characterTypeCount(password) >= policy.characterTypes.min,
      text: t('password.rule.types', { min: policy.characterTypes.min }),
    });
  }
  return list;
}

/** 0 (empty) to 4: a rough guide that rewards length and variety, not a security guarantee. */
export function strength(password: string): 0 | 1 | 2 | 3 | 4 {
  if (!password) return 0;
  const variety = characterTypeCount(password);
  const distinct = new Set(password).size;
  let score = password.length >= 16 ? 3 : password.length >= 12 ? 2 : password.length >= 8 ? 1 : 0;
  if (variety >= 3) score += 1;
  if (distinct <= 3) score = 0;
  return Math.max(1, Math.min(4, score)) as 1 | 2 | 3 | 4;
}

type Rejection = { code?: unknown; interpolation?: Record<string, unknown> };

/** Logto's `password.rejected` data: which rules the password broke. */
export function describeRejection(t: Translate, data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  return (data as Rejection[]).map(({ code, interpolation = {} }) => {
    const vars = Object.fromEntries(Object.entries(interpolation).map(([key, value]) => [key, String(value)]));
    switch (code) {
      case 'password_rejected.too_short':
        return t('password.rejected.too_short', vars);
      case 'password_rejected.too_long':
        return t('password.rejected.too_long', vars);
      case 'password_rejected.character_types':
        return t('password.rejected.character_types', vars);
      case 'password_rejected.unsupported_characters':
        return t('password.rejected.unsupported_characters');
      case 'password_rejected.pwned':
        return t('password.rejected.pwned');
      case 'password_rejected.restricted.repetition':
        return t('password.rejected.repetition');
      case 'password_rejected.restricted.sequence':
        return t('password.rejected.sequence');
      case 'password_rejected.restricted.user_info':
        return t('password.rejected.user_info');
      case 'password_rejected.restricted.words':
        return t('password.rejected.words');
      default:
        return t('password.rejected.other');
    }
  });
}
