import type { ApiClient } from './client';
import type { Account, AccountUpdate, Profile, ProfileUpdate } from './types';

export const getAccount = (api: ApiClient, signal?: AbortSignal) =>
  api.request<Account>('/api/my-account', { signal });

export const updateAccount = (api: ApiClient, update: AccountUpdate, verificationId?: string) =>
  api.request<Account>('/api/my-account', { method: 'PATCH', body: update, verificationId });

export const updateProfile = (api: ApiClient, update: ProfileUpdate) =>
  api.request<Profile>('/api/my-account/profile', { method: 'PATCH', body: update });

/**
 * Stores an image and answers its URL; the account is not changed until a PATCH sets `avatar`.
 * Logto takes JPEG, PNG, GIF, WebP and BMP (by their bytes) up to 20 MB.
 */
export const uploadAvatar = (
  api: ApiClient,
  image: Blob,
  fileName: string,
  { onProgress, signal }: { onProgress: (fraction: number) => void; signal?: AbortSignal },
) => {
  const body = new FormData();
  body.append('file', image, fileName);
  return api.request<{ url: string }>('/api/my-account/user-assets/avatar', { method: 'POST', body, signal, onUploadProgress: onProgress });
};
