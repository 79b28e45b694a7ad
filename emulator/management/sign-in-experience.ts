import type Router from '@koa/router';
import type { Middleware } from 'koa';

import type { SignInExperience } from '../state/sign-in-experience.js';
import type { EmulatorState } from '../state/store.js';

/** The stored row's keys, in Logto's column order. */
const rowKeys = [
  'tenantId',
  'id',
  'color',
  'branding',
  'hideLogtoBranding',
  'languageInfo',
  'termsOfUseUrl',
  'privacyPolicyUrl',
  'agreeToTermsPolicy',
  'signIn',
  'signUp',
  'socialSignIn',
  'socialSignInConnectorTargets',
  'signInMode',
  'customCss',
  'customContent',
  'customUiAssets',
  'customUiCsp',
  'passwordPolicy',
  'mfa',
  'adaptiveMfa',
  'singleSignOnEnabled',
  'supportEmail',
  'supportWebsiteUrl',
  'unknownSessionRedirectUrl',
  'captchaPolicy',
  'sentinelPolicy',
  'emailBlocklistPolicy',
  'verificationCodePolicy',
  'forgotPasswordMethods',
  'passkeySignIn',
  'signUpProfileFields',
  'passwordExpiration',
  'usernamePolicy',
] as const;

/**
 * The sign-in experience row as the Management API returns it: the same settings the well-known
 * serves, plus `emailBlocklistPolicy`, without the connectors and other computed parts the
 * public endpoint adds. `forgotPasswordMethods` is `null` (connector-based, as a fresh tenant).
 */
export const toSignInExperienceRow = (experience: SignInExperience) => {
  const stored: Record<string, unknown> = { ...experience, forgotPasswordMethods: null };
  return Object.fromEntries(rowKeys.map((key) => [key, stored[key]]));
};

/** `GET /api/sign-in-exp`. */
export const signInExperienceRoutes = (router: Router, auth: Middleware[], state: EmulatorState): void => {
  router.get('/sign-in-exp', ...auth, (ctx) => {
    ctx.body = toSignInExperienceRow(state.signInExperience);
  });
};
