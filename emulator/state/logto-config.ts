import type { JsonObject } from './users.js';

/** `logtoConfig.mfa` as Logto stores it; every flag optional. */
export type UserMfaData = {
  enabled?: boolean;
  skipped?: boolean;
  additionalBindingSuggestionSkipped?: boolean;
  skipMfaOnSignIn?: boolean;
};

/** `logtoConfig.passkeySignIn`. */
export type UserPasskeySignInData = { skipped?: boolean };

const booleansOf = (value: unknown, keys: readonly string[]): Record<string, boolean> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {};
  }
  return Object.fromEntries(
    keys.flatMap((key) => {
      const flag = (value as Record<string, unknown>)[key];
      return typeof flag === 'boolean' ? [[key, flag]] : [];
    })
  );
};

export const mfaDataOf = (logtoConfig: JsonObject): UserMfaData =>
  booleansOf(logtoConfig.mfa, ['enabled', 'skipped', 'additionalBindingSuggestionSkipped', 'skipMfaOnSignIn']);

export const passkeySignInDataOf = (logtoConfig: JsonObject): UserPasskeySignInData =>
  booleansOf(logtoConfig.passkeySignIn, ['skipped']);

/** The config with `mfa` merged over what is stored (other keys kept). */
export const withMfaData = (logtoConfig: JsonObject, patch: UserMfaData): JsonObject => ({
  ...logtoConfig,
  mfa: { ...mfaDataOf(logtoConfig), ...patch },
});

export const withPasskeySignInData = (logtoConfig: JsonObject, patch: UserPasskeySignInData): JsonObject => ({
  ...logtoConfig,
  passkeySignIn: { ...passkeySignInDataOf(logtoConfig), ...patch },
});

/**
 * GET/PATCH `/api/my-account/logto-configs`: `enabled` only once set, the other flags default to
 * false, and `additionalBindingSuggestionSkipped` is never shown (FINDINGS "logto-configs").
 */
export const publicLogtoConfig = (logtoConfig: JsonObject) => {
  const { enabled, skipped = false, skipMfaOnSignIn = false } = mfaDataOf(logtoConfig);
  const { skipped: passkeySkipped = false } = passkeySignInDataOf(logtoConfig);
  return {
    mfa: { ...(enabled === undefined ? {} : { enabled }), skipped, skipMfaOnSignIn },
    passkeySignIn: { skipped: passkeySkipped },
  };
};
