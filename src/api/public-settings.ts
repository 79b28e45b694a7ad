import type { ApiClient } from './client';
import type { AccountCenterSettings, SignInExperience } from './types';

/** Logto's public settings. In production Logto sends no CORS headers for them to other origins. */
export const getAccountCenterSettings = (api: ApiClient, signal?: AbortSignal) =>
  api.request<AccountCenterSettings>('/api/.well-known/account-center', { anonymous: true, signal });

export const getSignInExperience = (api: ApiClient, signal?: AbortSignal) =>
  api.request<SignInExperience>('/api/.well-known/sign-in-exp', { anonymous: true, signal });
