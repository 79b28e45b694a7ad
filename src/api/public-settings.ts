import type { ApiClient } from './client';
import type { AccountCenterSettings, SignInExperience } from './types';

// A forwarding host that never answers must not hold the page back: after this the snapshot in
// config.json (or what the account shows) stands in, as when the settings cannot be read at all.
const patienceMs = 5000;

function patient(signal?: AbortSignal): AbortSignal | undefined {
  if (typeof AbortSignal.timeout !== 'function' || typeof AbortSignal.any !== 'function') return signal;
  const timeout = AbortSignal.timeout(patienceMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/**
 * Logto's public settings, from `base`: its `/api/.well-known/` where the browser may read it, or
 * the path this app's host forwards there (in production Logto sends no CORS headers for them).
 */
export const getAccountCenterSettings = (api: ApiClient, base: string, signal?: AbortSignal) =>
  api.request<AccountCenterSettings>('account-center', { anonymous: true, base, signal: patient(signal) });

export const getSignInExperience = (api: ApiClient, base: string, signal?: AbortSignal) =>
  api.request<SignInExperience>('sign-in-exp', { anonymous: true, base, signal: patient(signal) });
