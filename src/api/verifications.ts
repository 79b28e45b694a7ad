import type { ApiClient } from './client';
import type { VerificationRecord } from './types';

export type Identifier = { type: 'email' | 'phone'; value: string };
/** Logto forces `BindNewIdentifier` for addresses the user does not own yet. */
export type CodeTemplate = 'UserPermissionValidation' | 'BindMfa';

export const verifyPassword = (api: ApiClient, password: string) =>
  api.request<VerificationRecord>('/api/verifications/password', { method: 'POST', body: { password } });

export const sendCode = (api: ApiClient, identifier: Identifier, templateType?: CodeTemplate) =>
  api.request<VerificationRecord>('/api/verifications/verification-code', {
    method: 'POST',
    body: templateType ? { identifier, templateType } : { identifier },
  });

export const verifyCode = (api: ApiClient, identifier: Identifier, verificationId: string, code: string) =>
  api.request<{ verificationRecordId: string }>('/api/verifications/verification-code/verify', {
    method: 'POST',
    body: { identifier, verificationId, code },
  });
