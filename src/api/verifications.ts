import type { ApiClient } from './client';
import type { VerificationRecord } from './types';

export const verifyPassword = (api: ApiClient, password: string) =>
  api.request<VerificationRecord>('/api/verifications/password', { method: 'POST', body: { password } });
