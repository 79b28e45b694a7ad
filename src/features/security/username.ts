/** Logto's username rule (`packages/toolkit/core-kit/src/regex.ts`) and length limit. */
export const usernamePattern = /^[A-Z_a-z]\w*$/;
export const usernameMaxLength = 128;
