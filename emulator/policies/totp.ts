import { timingSafeEqual } from 'node:crypto';

import { createGuardrails, generateSecret, generateSync } from 'otplib';

/** otplib's defaults, which Logto keeps: SHA-1, 6 digits, 30-second steps. */
const stepSeconds = 30;
/** Logto accepts the previous and the next step too (otplib `window: 1`). */
const toleratedSteps = [-1, 0, 1];
/** Logto accepts 16-character secrets (10 bytes); otplib 13 refuses under 16 bytes by default. */
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 1 });

/** A new secret: 20 random bytes, base32 (32 characters), as Logto generates it. */
export const generateTotpSecret = (): string => generateSecret({ length: 20 });

/** Logto's check: 16–32 characters of upper-case base32, padding allowed only as base32 pads. */
export const isValidTotpSecret = (secret: string): boolean =>
  secret.length >= 16 &&
  secret.length <= 32 &&
  /^(?:[2-7A-Z]{8})*(?:[2-7A-Z]{2}={6}|[2-7A-Z]{4}={4}|[2-7A-Z]{5}={3}|[2-7A-Z]{7}=)?$/.test(secret);

/** The code for the step containing `nowMs` (tests and the control API use it). */
export const totpCodeAt = (secret: string, nowMs: number): string =>
  generateSync({ secret, epoch: Math.floor(nowMs / 1000), period: stepSeconds, guardrails });

const sameCode = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** True when `code` is the code of the current, previous or next step at `nowMs` (emulator clock). */
export const isValidTotpCode = (secret: string, code: string, nowMs: number): boolean => {
  try {
    return toleratedSteps.some((step) => sameCode(totpCodeAt(secret, nowMs + step * stepSeconds * 1000), code));
  } catch {
    // A secret otplib cannot decode never matches, like a failed check in Logto.
    return false;
  }
};
