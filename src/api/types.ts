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
};

export type VerificationRecord = { verificationRecordId: string; expiresAt: string };
