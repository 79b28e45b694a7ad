import type { ConnectorSet } from './connectors.js';

/**
 * The default sign-in experience, shaped like the recorded `GET /api/.well-known/sign-in-exp`
 * of a Logto OSS tenant, plus `emailBlocklistPolicy`, which Logto stores in the same row but does
 * not publish there. `socialConnectors` and `ssoConnectors` are filled from the connector store
 * when the well-known is served (`publicSignInExperience`).
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

/**
 * `GET /api/.well-known/sign-in-exp`: the email blocklist left out, as Logto does; social
 * connectors whose target is offered, in the targets' order; SSO connectors only when single
 * sign-on is on.
 */
export const publicSignInExperience = (
  { emailBlocklistPolicy: _hidden, ...rest }: SignInExperience,
  connectors: ConnectorSet
) => ({
  ...rest,
  socialConnectors: rest.socialSignInConnectorTargets.flatMap((target) =>
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
  ssoConnectors: rest.singleSignOnEnabled
    ? connectors.sso.map(({ id, connectorName, logo, darkLogo }) => ({ id, connectorName, logo, darkLogo }))
    : [],
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
  signUpProfileFields: [] as unknown[],
  passwordExpiration: {} as Record<string, unknown>,
  usernamePolicy: {
    caseSensitive: true,
    minLength: 1,
    maxLength: 128,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  },
  socialConnectors: [] as unknown[],
  ssoConnectors: [] as unknown[],
  forgotPassword: { phone: false, email: false },
  isDevelopmentTenant: false,
  customProfileFields: [] as unknown[],
  customProfileFieldCatalog: [] as unknown[],
  emailBlocklistPolicy: {} as EmailBlocklistPolicy,
});
