import type { ConnectorSet } from './connectors.js';
import type { CustomProfileField } from './custom-profile-fields.js';

/**
 * The default sign-in experience, shaped like the recorded `GET /api/.well-known/sign-in-exp`
 * of a Logto OSS tenant, plus `emailBlocklistPolicy`, which Logto stores in the same row but does
 * not publish there. The connectors, `forgotPassword`, `isDevelopmentTenant` and the custom profile
 * fields are computed when the well-known is served (`publicSignInExperience`).
 */
export type SignInExperience = ReturnType<typeof defaultSignInExperience>;

/** Logto's `EmailBlocklistPolicy`; `blockDisposableAddresses` is a Logto Cloud feature. */
export type EmailBlocklistPolicy = {
  blockDisposableAddresses?: boolean;
  blockSubaddressing?: boolean;
  customBlocklist?: string[];
};

/** Logto's `VerificationCodePolicy` (seconds, tries); unset keys take Logto's defaults. */
export type VerificationCodePolicy = { expirationDuration?: number; maxRetryAttempts?: number };

/** Logto's password policy as stored: every key optional, defaults filled in when checking. */
export type PasswordPolicySettings = {
  length?: { min?: number; max?: number };
  characterTypes?: { min?: number };
  rejects?: { pwned?: boolean; repetitionAndSequence?: boolean; userInfo?: boolean; words?: string[] };
};

/** Logto's `mfa` setting: the factors users may bind and when sign-in asks for them. */
export type MfaSettings = { factors: string[]; policy: string };

/** Logto's `passkeySignIn`; `enabled` also lets users bind passkeys when WebAuthn is no MFA factor. */
export type PasskeySignInSettings = { enabled?: boolean; showPasskeyButton?: boolean; allowAutofill?: boolean };

/** Logto's `SentinelPolicy` (attempts per hour, lockout minutes); unset keys take the defaults. */
export type SentinelPolicy = { maxAttempts?: number; lockoutDuration?: number };

/** `signUpProfileFields`: the custom profile fields the sign-up form collects, by name, in order. */
export type SignUpProfileFields = Array<{ name: string }> | null;

/**
 * `GET /api/.well-known/sign-in-exp`: the stored row without the email blocklist, as Logto does;
 * social connectors whose target is offered, in the targets' order; SSO connectors only when
 * single sign-on is on; then `customProfileFields`, the catalog rows the sign-up form collects
 * (`signUpProfileFields`, in its order), and `customProfileFieldCatalog`, the whole catalog in
 * `sieOrder` order (the recorded tenant: no sign-up fields, the name and avatar rows).
 */
export const publicSignInExperience = (
  { emailBlocklistPolicy: _hidden, forgotPassword, isDevelopmentTenant, ...row }: SignInExperience,
  connectors: ConnectorSet,
  catalog: CustomProfileField[]
) => ({
  ...row,
  socialConnectors: row.socialSignInConnectorTargets.flatMap((target) =>
    connectors.social
      .filter((connector) => connector.target === target)
      .map(({ id, name, logo, logoDark, platform, isTokenStorageSupported }) => ({
        id,
        target,
        name,
        logo,
        logoDark,
        platform,
        isTokenStorageSupported,
      }))
  ),
  ssoConnectors: row.singleSignOnEnabled
    ? connectors.sso.map(({ id, connectorName, logo, darkLogo }) => ({ id, connectorName, logo, darkLogo }))
    : [],
  forgotPassword,
  isDevelopmentTenant,
  customProfileFields: (row.signUpProfileFields ?? []).flatMap(({ name }) =>
    catalog.filter((field) => field.name === name)
  ),
  customProfileFieldCatalog: catalog,
});

export const defaultSignInExperience = () => ({
  tenantId: 'default',
  id: 'default',
  color: { primaryColor: '#6139F6', isDarkModeEnabled: false, darkPrimaryColor: '#8768F8' },
  branding: {} as Record<string, string>,
  hideLogtoBranding: false,
  languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
  termsOfUseUrl: null as string | null,
  privacyPolicyUrl: null as string | null,
  agreeToTermsPolicy: 'Automatic',
  signIn: {
    methods: [
      { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
      { identifier: 'email', password: true, verificationCode: true, isPasswordPrimary: true },
      { identifier: 'phone', password: true, verificationCode: true, isPasswordPrimary: true },
    ],
  },
  signUp: { identifiers: ['username'], password: true, verify: false },
  socialSignIn: {} as Record<string, unknown>,
  socialSignInConnectorTargets: ['github', 'google'] as string[],
  signInMode: 'SignInAndRegister',
  customCss: null as string | null,
  customContent: {} as Record<string, string>,
  customUiAssets: null as unknown,
  customUiCsp: {} as Record<string, unknown>,
  passwordPolicy: {
    rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] as string[] },
  } as PasswordPolicySettings,
  mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' } as MfaSettings,
  adaptiveMfa: {} as Record<string, unknown>,
  singleSignOnEnabled: true,
  supportEmail: null as string | null,
  supportWebsiteUrl: null as string | null,
  unknownSessionRedirectUrl: null as string | null,
  captchaPolicy: {} as Record<string, unknown>,
  sentinelPolicy: {} as SentinelPolicy,
  verificationCodePolicy: {} as VerificationCodePolicy,
  passkeySignIn: {} as PasskeySignInSettings,
  signUpProfileFields: [] as SignUpProfileFields,
  passwordExpiration: {} as Record<string, unknown>,
  usernamePolicy: {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  },
  forgotPassword: { phone: false, email: false },
  isDevelopmentTenant: false,
  emailBlocklistPolicy: {} as EmailBlocklistPolicy,
});
