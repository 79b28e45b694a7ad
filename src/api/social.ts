import type { ApiClient } from './client';

export type SocialVerification = { verificationRecordId: string; authorizationUri: string; expiresAt: string };
/** What Logto's Secret Vault answers; read once for its status and never kept (see token-status.ts). */
export type StoredTokenResponse = { access_token: string; scope?: string; token_type?: string; expires_in?: number };

export const startSocialVerification = (
  api: ApiClient,
  body: { connectorId: string; state: string; redirectUri: string; scope?: string },
) => api.request<SocialVerification>('/api/verifications/social', { method: 'POST', body });

/** `connectorData` is every parameter of the provider's callback plus the redirect URI. */
export const verifySocial = (api: ApiClient, verificationRecordId: string, connectorData: Record<string, string>) =>
  api.request<{ verificationRecordId: string }>('/api/verifications/social/verify', {
    method: 'POST',
    body: { verificationRecordId, connectorData },
  });

/** POST links a new provider; PUT replaces the account linked for that provider. */
export const bindIdentity = (api: ApiClient, method: 'POST' | 'PUT', newIdentifierVerificationRecordId: string, verificationId?: string) =>
  api.request<void>('/api/my-account/identities', { method, body: { newIdentifierVerificationRecordId }, verificationId });

export const unlinkIdentity = (api: ApiClient, target: string, verificationId?: string) =>
  api.request<void>(`/api/my-account/identities/${encodeURIComponent(target)}`, { method: 'DELETE', verificationId });

export const getIdentityToken = (api: ApiClient, target: string, signal?: AbortSignal) =>
  api.request<StoredTokenResponse>(`/api/my-account/identities/${encodeURIComponent(target)}/access-token`, { signal });

export const getSsoIdentityToken = (api: ApiClient, connectorId: string, signal?: AbortSignal) =>
  api.request<StoredTokenResponse>(`/api/my-account/sso-identities/${encodeURIComponent(connectorId)}/access-token`, { signal });

/** Stores the token of a fresh social verification for an identity already linked. */
export const replaceIdentityToken = (api: ApiClient, target: string, verificationRecordId: string) =>
  api.request<StoredTokenResponse>(`/api/my-account/identities/${encodeURIComponent(target)}/access-token`, {
    method: 'PUT',
    body: { verificationRecordId },
  });

export type SsoIdentityClaim = { issuer: string; identityId: string; detail?: Record<string, unknown> };
export type UserInfo = { sub: string; sso_identities?: SsoIdentityClaim[] };

/**
 * Logto's OIDC userinfo. The Account API leaves enterprise SSO identities out of
 * GET /api/my-account, so they come from the `sso_identities` claim (scope `identities`).
 */
export const getUserInfo = (api: ApiClient, signal?: AbortSignal) => api.request<UserInfo>('/oidc/me', { signal });
