import type { ApiClient } from './client';
import type { operations } from './generated/user-api';

type SessionList = operations['GetSessions']['responses'][200]['content']['application/json'];
type GrantList = operations['GetGrants']['responses'][200]['content']['application/json'];

/** One OIDC session of the user: a browser where they signed in. `isCurrent` marks the caller's. */
export type UserSession = SessionList['sessions'][number];

/**
 * An app's standing permission. Logto also returns what was granted (`openid.scope`, and
 * `resources` for API resources), which its OpenAPI document leaves out.
 */
export type Grant = GrantList['grants'][number] & {
  payload: { openid?: { scope?: string }; resources?: Record<string, string> };
};

export type AppType = 'firstParty' | 'thirdParty';

/** Logto asks for a step-up record even to read sessions and grants. */
export const getSessions = (api: ApiClient, verificationId: string | undefined, signal?: AbortSignal) =>
  api.request<SessionList>('/api/my-account/sessions', { verificationId, signal }).then((body) => body.sessions);

export const getGrants = (api: ApiClient, appType: AppType, verificationId: string | undefined, signal?: AbortSignal) =>
  api
    .request<{ grants: Grant[] }>('/api/my-account/grants', { query: { appType }, verificationId, signal })
    .then((body) => body.grants);

/**
 * Ends a session. `all` also revokes the grants of every app used through it, so their tokens die
 * with it; without it, apps holding `offline_access` would keep working on that device.
 */
export const revokeSession = (api: ApiClient, sessionId: string, verificationId: string | undefined) =>
  api.request<void>(`/api/my-account/sessions/${encodeURIComponent(sessionId)}`, {
    method: 'DELETE',
    query: { revokeGrantsTarget: 'all' },
    verificationId,
  });

export const revokeGrant = (api: ApiClient, grantId: string, verificationId: string | undefined) =>
  api.request<void>(`/api/my-account/grants/${encodeURIComponent(grantId)}`, { method: 'DELETE', verificationId });
