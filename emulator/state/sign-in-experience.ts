/**
 * The default sign-in experience, shaped like the recorded `GET /api/.well-known/sign-in-exp`
 * of a Logto OSS tenant. Connectors are empty until the social-connector slice adds mock ones.
 */
export type SignInExperience = ReturnType<typeof defaultSignInExperience>;

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
  socialSignInConnectorTargets: [] as string[],
  signInMode: 'SignInAndRegister',
  customCss: null as string | null,
  customContent: {} as Record<string, string>,
  customUiAssets: null as unknown,
  customUiCsp: {} as Record<string, unknown>,
  passwordPolicy: {
    rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: [] as string[] },
  } as Record<string, unknown>,
  mfa: { factors: ['Totp', 'WebAuthn', 'BackupCode'], policy: 'UserControlled' },
  adaptiveMfa: {} as Record<string, unknown>,
  singleSignOnEnabled: false,
  supportEmail: null as string | null,
  supportWebsiteUrl: null as string | null,
  unknownSessionRedirectUrl: null as string | null,
  captchaPolicy: {} as Record<string, unknown>,
  sentinelPolicy: {} as Record<string, unknown>,
  verificationCodePolicy: {} as Record<string, unknown>,
  passkeySignIn: {} as Record<string, unknown>,
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
});
