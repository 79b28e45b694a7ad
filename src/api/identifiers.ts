import type { ApiClient } from './client';

/** Primary email and phone. Every call carries a step-up record; binding also the new address's. */
export const bindPrimaryEmail = (api: ApiClient, email: string, newIdentifierVerificationRecordId: string, verificationId?: string) =>
  api.request<void>('/api/my-account/primary-email', {
    method: 'POST',
    body: { email, newIdentifierVerificationRecordId },
    verificationId,
  });

export const removePrimaryEmail = (api: ApiClient, verificationId?: string) =>
  api.request<void>('/api/my-account/primary-email', { method: 'DELETE', verificationId });

/** `phone` is Logto's digits-only form, without `+`. */
export const bindPrimaryPhone = (api: ApiClient, phone: string, newIdentifierVerificationRecordId: string, verificationId?: string) =>
  api.request<void>('/api/my-account/primary-phone', {
    method: 'POST',
    body: { phone, newIdentifierVerificationRecordId },
    verificationId,
  });

export const removePrimaryPhone = (api: ApiClient, verificationId?: string) =>
  api.request<void>('/api/my-account/primary-phone', { method: 'DELETE', verificationId });

/** Sets or changes the password; Logto asks for a step-up record only when the user has a way to give one. */
export const setPassword = (api: ApiClient, password: string, verificationId?: string) =>
  api.request<void>('/api/my-account/password', { method: 'POST', body: { password }, verificationId });
