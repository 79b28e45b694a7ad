import type { operations } from './generated/user-api';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type RequestJson<T> = T extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

/** GET /api/my-account. Keys are absent when a field is Off or the token lacks the scope. */
export type Account = JsonBody<operations['GetProfile']['responses'][200]>;
export type AccountUpdate = RequestJson<operations['UpdateProfile']>;
export type Profile = NonNullable<Account['profile']>;
export type ProfileUpdate = RequestJson<operations['UpdateOtherProfile']>;
export type Address = NonNullable<Profile['address']>;

export type FieldControl = 'Off' | 'ReadOnly' | 'Edit';
export const accountCenterFieldKeys = [
  'name',
  'avatar',
  'profile',
  'email',
  'phone',
  'password',
  'username',
  'social',
  'customData',
  'mfa',
  'passkey',
  'session',
] as const;
export type AccountCenterField = (typeof accountCenterFieldKeys)[number];
export type AccountCenterFields = Partial<Record<AccountCenterField, FieldControl>>;

/** GET /api/.well-known/account-center (only readable same-origin or when Logto allows it). */
export type AccountCenterSettings = {
  enabled: boolean;
  fields: AccountCenterFields;
  deleteAccountUrl?: string | null;
  webauthnRelatedOrigins?: string[];
  /** Which profile fields Logto's own account page shows, in order (names from the catalog). */
  profileFields?: Array<{ name: string }> | null;
};

export type CustomProfileFieldType = 'Text' | 'Number' | 'Date' | 'Checkbox' | 'Select' | 'Url' | 'Regex' | 'Address' | 'Fullname';

/** A field the tenant defined (Logto's `custom_profile_fields` row, as the sign-in experience lists it). */
export type CustomProfileField = {
  name: string;
  type: CustomProfileFieldType;
  label: string;
  description?: string | null;
  required: boolean;
  config: {
    placeholder?: string;
    minLength?: number;
    maxLength?: number;
    minValue?: number;
    maxValue?: number;
    /** Date: `MM/dd/yyyy`, `dd/MM/yyyy`, `yyyy-MM-dd` or `custom` (then `customFormat`); Regex: the pattern. */
    format?: string;
    customFormat?: string;
    options?: Array<{ label?: string; value: string }>;
    defaultValue?: string;
  };
};

export type VerificationRecord = { verificationRecordId: string; expiresAt: string };

/** A social connector as the sign-in experience lists it. */
export type SocialConnector = {
  id: string;
  target: string;
  /** Localized names keyed by language tag, or one name. */
  name: Record<string, string> | string;
  logo?: string;
  logoDark?: string | null;
  platform?: 'Web' | 'Native' | 'Universal' | null;
  isTokenStorageSupported?: boolean;
};

/** An enterprise SSO connector. Logto's public list has no issuer; a config snapshot may add it. */
export type SsoConnector = { id: string; connectorName: string; logo?: string; darkLogo?: string | null; issuer?: string };

/** The parts of Logto's sign-in experience the account center reads. */
export type SignInExperience = {
  socialConnectors?: SocialConnector[];
  ssoConnectors?: SsoConnector[];
  passwordPolicy?: unknown;
  mfa?: { factors?: string[]; policy?: string };
  color?: { primaryColor?: string; darkPrimaryColor?: string; isDarkModeEnabled?: boolean };
  branding?: { logoUrl?: string; darkLogoUrl?: string };
  /** Every profile field the tenant defined; `profileFields` of the account center picks from it. */
  customProfileFieldCatalog?: CustomProfileField[];
  termsOfUseUrl?: string | null;
  privacyPolicyUrl?: string | null;
  supportEmail?: string | null;
  supportWebsiteUrl?: string | null;
};
