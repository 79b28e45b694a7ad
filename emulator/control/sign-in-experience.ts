import type Router from '@koa/router';
import { z } from 'zod';

import { assertProfileFieldsList } from '../policies/custom-profile-fields.js';
import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

/** Logto's `PATCH /api/sign-in-exp` link guards: a URL, `null` or `''`; the two policy links are `varchar(2048)`. */
const link = (limit?: number) => (limit ? z.string().url().max(limit) : z.string().url()).nullable().or(z.literal(''));

/** The ranges Logto's Management API accepts for these settings. */
const signInExperiencePatch = z
  .object({
    passwordPolicy: z
      .object({
        length: z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).partial(),
        characterTypes: z.object({ min: z.number().int().min(1).max(4) }).partial(),
        rejects: z
          .object({
            pwned: z.boolean(),
            repetitionAndSequence: z.boolean(),
            userInfo: z.boolean(),
            words: z.array(z.string()),
          })
          .partial(),
      })
      .partial()
      .strict(),
    emailBlocklistPolicy: z
      .object({
        blockDisposableAddresses: z.boolean(),
        blockSubaddressing: z.boolean(),
        customBlocklist: z.array(z.string()),
      })
      .partial()
      .strict(),
    verificationCodePolicy: z
      .object({
        expirationDuration: z.number().int().min(60).max(3600),
        maxRetryAttempts: z.number().int().min(1).max(100),
      })
      .partial()
      .strict(),
    sentinelPolicy: z
      .object({ maxAttempts: z.number().int().min(1), lockoutDuration: z.number().int().min(1) })
      .partial()
      .strict(),
    mfa: z
      .object({
        factors: z.array(
          z.enum(['Totp', 'WebAuthn', 'BackupCode', 'EmailVerificationCode', 'PhoneVerificationCode'])
        ),
        policy: z.string().min(1),
      })
      .strict(),
    passkeySignIn: z
      .object({ enabled: z.boolean(), showPasskeyButton: z.boolean(), allowAutofill: z.boolean() })
      .partial()
      .strict(),
    /** Which social connector targets the sign-in experience (and the well-known) offers. */
    socialSignInConnectorTargets: z.array(z.string().min(1)),
    /** Off: `ssoConnectors` is empty in the well-known. */
    singleSignOnEnabled: z.boolean(),
    termsOfUseUrl: link(2048),
    privacyPolicyUrl: link(2048),
    supportEmail: z.string().email().nullable().or(z.literal('')),
    supportWebsiteUrl: link(),
    /** The catalog fields the sign-up form collects, in order; the well-known's `customProfileFields`. */
    signUpProfileFields: z.array(z.object({ name: z.string() })).nullable(),
  })
  .partial()
  .strict();

/**
 * `GET`/`PATCH /__emulator/sign-in-experience`. Like Logto's `PATCH /api/sign-in-exp`, each key
 * sent replaces that setting as a whole; keys not sent are kept. `/api/.well-known/sign-in-exp`
 * serves the result (without `emailBlocklistPolicy`, which Logto does not publish).
 */
export const signInExperienceControl = (router: Router, state: EmulatorState): void => {
  router.get('/sign-in-experience', (ctx) => {
    ctx.body = state.signInExperience;
  });

  router.patch('/sign-in-experience', (ctx) => {
    const patch = parse(signInExperiencePatch, ctx.request.body);
    if (patch.signUpProfileFields) {
      assertProfileFieldsList(patch.signUpProfileFields, (name) => state.customProfileFields.has(name));
    }
    state.signInExperience = { ...state.signInExperience, ...structuredClone(patch) };
    ctx.body = state.signInExperience;
  });
};
