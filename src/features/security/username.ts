/** Logto's username rule (`packages/toolkit/core-kit/src/regex.ts`). */
export const usernamePattern = /^[A-Z_a-z]\w*$/;
