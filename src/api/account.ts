import type { ApiClient } from './client';
import type { Account, AccountUpdate, Profile, ProfileUpdate } from './types';

export const getAccount = (api: ApiClient, signal?: AbortSignal) =>
  api.request<Account>('/api/my-account', { signal });

export const updateAccount = (api: ApiClient, update: AccountUpdate, verificationId?: string) =>
  api.request<Account>('/api/my-account', { method: 'PATCH', body: update, verificationId });

export const updateProfile = (api: ApiClient, update: ProfileUpdate) =>
  api.request<Profile>('/api/my-account/profile', { method: 'PATCH', body: update });
