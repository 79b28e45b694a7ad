import { z } from 'zod';

/** `@logto/core-kit` regexes for identifiers in request bodies. */
export const emailPattern = /^\S+@\S+\.\S+$/;
/** Digits only: no `+`, spaces or dashes (FINDINGS: nothing else is validated). */
export const phonePattern = /^\d+$/;

/** Logto's `verificationCodeIdentifierGuard`: an email or a phone, told apart by `type`. */
export const codeIdentifierGuard = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email'), value: z.string().regex(emailPattern) }),
  z.object({ type: z.literal('phone'), value: z.string().regex(phonePattern) }),
]);
