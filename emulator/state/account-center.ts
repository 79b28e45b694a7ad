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
  'trustedDevice',
] as const;

export type AccountCenterField = (typeof accountCenterFieldKeys)[number];
export type AccountCenterControl = 'Off' | 'ReadOnly' | 'Edit';

/** A missing key behaves as `Off`, as in Logto. */
export type AccountCenterFields = Partial<Record<AccountCenterField, AccountCenterControl>>;

export type AccountCenterSettings = {
  enabled: boolean;
  fields: AccountCenterFields;
  webauthnRelatedOrigins: string[];
  deleteAccountUrl: string | null;
  customCss: string | null;
  profileFields: Array<{ name: string }> | null;
};

/**
 * Every field `Edit`. `trustedDevice` is left out: Logto only exposes it with dev features on,
 * and the recorded production server had them off.
 */
export const allFieldsEditable = (): AccountCenterFields => ({
  name: 'Edit',
  avatar: 'Edit',
  profile: 'Edit',
  email: 'Edit',
  phone: 'Edit',
  password: 'Edit',
  username: 'Edit',
  social: 'Edit',
  customData: 'Edit',
  mfa: 'Edit',
  passkey: 'Edit',
  session: 'Edit',
});

export const isReadable = (control: AccountCenterControl | undefined): boolean =>
  control === 'ReadOnly' || control === 'Edit';

export const isEditable = (control: AccountCenterControl | undefined): boolean =>
  control === 'Edit';

/** The public row shape of `GET /api/.well-known/account-center`. */
export const toAccountCenterRow = (settings: AccountCenterSettings) => ({
  tenantId: 'default',
  id: 'default',
  enabled: settings.enabled,
  fields: settings.fields,
  webauthnRelatedOrigins: settings.webauthnRelatedOrigins,
  deleteAccountUrl: settings.deleteAccountUrl,
  customCss: settings.customCss,
  profileFields: settings.profileFields,
});
