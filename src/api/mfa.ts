import type { ApiClient } from './client';
import type { VerificationRecord } from './types';

export type MfaFactor = 'Totp' | 'WebAuthn' | 'BackupCode';

export type MfaVerification = {
  id: string;
  createdAt: string;
  type: MfaFactor;
  lastUsedAt?: string;
  /** WebAuthn: the browser's user agent when the passkey was added, and the name the user gave it. */
  agent?: string;
  name?: string;
  /** BackupCode: how many codes of the set are still unused. */
  remainCodes?: number;
};

export type BackupCode = { code: string; usedAt?: string };

export const getMfaVerifications = (api: ApiClient, signal?: AbortSignal) =>
  api.request<MfaVerification[]>('/api/my-account/mfa-verifications', { signal });

export const deleteMfaVerification = (api: ApiClient, id: string, verificationId?: string) =>
  api.request<void>(`/api/my-account/mfa-verifications/${encodeURIComponent(id)}`, { method: 'DELETE', verificationId });

/** Logto answers a plain-text "OK"; the client hands it back as text and nobody reads it. */
export const renameMfaVerification = (api: ApiClient, id: string, name: string, verificationId?: string) =>
  api.request<unknown>(`/api/my-account/mfa-verifications/${encodeURIComponent(id)}/name`, {
    method: 'PATCH',
    body: { name },
    verificationId,
  });

export const generateTotpSecret = (api: ApiClient) =>
  api.request<{ secret: string }>('/api/my-account/mfa-verifications/totp-secret/generate', { method: 'POST' });

/** PUT creates or replaces the one authenticator app, after checking a current code. */
export const bindTotp = (api: ApiClient, secret: string, code: string, verificationId?: string) =>
  api.request<void>('/api/my-account/mfa-verifications/totp', { method: 'PUT', body: { secret, code }, verificationId });

export type WebAuthnRegistration = VerificationRecord & { registrationOptions: Record<string, unknown> };

export const startWebAuthnRegistration = (api: ApiClient) =>
  api.request<WebAuthnRegistration>('/api/verifications/web-authn/registration', { method: 'POST' });

export const verifyWebAuthnRegistration = (api: ApiClient, verificationRecordId: string, payload: Record<string, unknown>) =>
  api.request<{ verificationRecordId: string }>('/api/verifications/web-authn/registration/verify', {
    method: 'POST',
    body: { verificationRecordId, payload: { ...payload, type: 'WebAuthn' } },
  });

export const bindWebAuthn = (api: ApiClient, newIdentifierVerificationRecordId: string, name: string, verificationId?: string) =>
  api.request<void>('/api/my-account/mfa-verifications', {
    method: 'POST',
    body: { type: 'WebAuthn', newIdentifierVerificationRecordId, name },
    verificationId,
  });

export const generateBackupCodes = (api: ApiClient) =>
  api.request<{ codes: string[] }>('/api/my-account/mfa-verifications/backup-codes/generate', { method: 'POST' });

export const bindBackupCodes = (api: ApiClient, codes: string[], verificationId?: string) =>
  api.request<void>('/api/my-account/mfa-verifications', { method: 'POST', body: { type: 'BackupCode', codes }, verificationId });

export const getBackupCodes = (api: ApiClient, verificationId?: string) =>
  api.request<{ codes: BackupCode[] }>('/api/my-account/mfa-verifications/backup-codes', { verificationId });

export const getMfaSettings = (api: ApiClient, signal?: AbortSignal) =>
  api.request<{ skipMfaOnSignIn: boolean }>('/api/my-account/mfa-settings', { signal });

export const updateMfaSettings = (api: ApiClient, skipMfaOnSignIn: boolean, verificationId?: string) =>
  api.request<{ skipMfaOnSignIn: boolean }>('/api/my-account/mfa-settings', {
    method: 'PATCH',
    body: { skipMfaOnSignIn },
    verificationId,
  });
