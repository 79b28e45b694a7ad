import type Provider from 'oidc-provider';

import type { LastSubmission } from '../state/session-extensions.js';
import type { EmulatorState } from '../state/store.js';

import type { OidcStore } from './adapter.js';
import { grantTtlSeconds, sessionTtlSeconds } from './provider.js';

type Payload = Record<string, unknown>;

export type SessionAuthorization = { sid?: string; grantId?: string; persistsLogout?: boolean };

/** A session as Logto's session APIs list it (the Account API adds `isCurrent`). */
export type UserSession = {
  payload: Payload;
  lastSubmission: LastSubmission | null;
  clientId: string | null;
  accountId: string | null;
  /** Epoch milliseconds. */
  expiresAt: number;
};

export type UserGrant = {
  id: string;
  payload: Payload;
  expiresAt: number;
  application: { id: string; name: string };
};

export type GrantAppType = 'firstParty' | 'thirdParty';
export type RevokeGrantsTarget = 'all' | 'firstParty';

/** Logto's response guards put these keys first, in this order; others follow as stored. */
const sessionKeys = ['exp', 'iat', 'jti', 'uid', 'kind', 'loginTs', 'accountId', 'authorizations'];
const grantKeys = ['exp', 'iat', 'jti', 'kind', 'clientId', 'accountId'];

const ordered = (payload: Payload, first: string[]): Payload => {
  const known = first.filter((key) => payload[key] !== undefined).map((key) => [key, payload[key]]);
  const rest = Object.entries(payload).filter(([key, value]) => !first.includes(key) && value !== undefined);
  return structuredClone(Object.fromEntries([...known, ...rest]));
};

/** Stored, unexpired instances of a model, in storage order (Logto's queries have no ORDER BY). */
const liveEntries = (store: OidcStore, model: string) => {
  const now = Date.now();
  return store
    .entries(model)
    .map(([, id, entry]) => ({ id, payload: entry.payload as Payload, expiresAt: entry.expiresAt ?? Number(entry.payload.exp) * 1000 }))
    .filter(({ expiresAt }) => expiresAt > now);
};

/**
 * The account's active sessions joined with their sign-in context, like Logto's left join on
 * `oidc_session_extensions`: a session with no recorded sign-in has `lastSubmission`,
 * `clientId` and `accountId` null.
 */
export const listUserSessions = (store: OidcStore, state: EmulatorState, accountId: string): UserSession[] => {
  const sessions = liveEntries(store, 'Session');
  state.sessionExtensions.retain(new Set(sessions.map(({ payload }) => String(payload.uid))));
  return sessions
    .filter(({ payload }) => payload.accountId === accountId)
    .map(({ payload, expiresAt }) => {
      const extension = state.sessionExtensions.get(String(payload.uid));
      const matches = extension?.accountId === accountId;
      return {
        payload: ordered(payload, sessionKeys),
        lastSubmission: matches ? extension.lastSubmission : null,
        clientId: matches ? extension.clientId : null,
        accountId: matches ? extension.accountId : null,
        expiresAt,
      };
    });
};

/** Active grants of applications that still exist (Logto joins the applications table). */
export const listUserGrants = (
  store: OidcStore,
  state: EmulatorState,
  accountId: string,
  appType?: GrantAppType
): UserGrant[] =>
  liveEntries(store, 'Grant').flatMap(({ id, payload, expiresAt }) => {
    const client = payload.accountId === accountId ? state.clients.get(String(payload.clientId)) : undefined;
    if (!client || (appType && client.isThirdParty !== (appType === 'thirdParty'))) {
      return [];
    }
    return [{ id, payload: ordered(payload, grantKeys), expiresAt, application: { id: client.id, name: client.name } }];
  });

/** Logto's `revokeGrantChain`: every token and code issued under the grant, then the grant. */
export const revokeGrantChain = async (provider: Provider, grantId: string): Promise<void> => {
  await Promise.all(
    [
      provider.AccessToken,
      provider.RefreshToken,
      provider.AuthorizationCode,
      provider.DeviceCode,
      provider.BackchannelAuthenticationRequest,
    ].map((model) => model.revokeByGrantId(grantId))
  );
  await provider.Grant.adapter.destroy(grantId);
};

/** The grants a session deletion revokes: every one, or those of first-party applications only. */
export const revokeSessionGrants = async (
  provider: Provider,
  state: EmulatorState,
  authorizations: Record<string, SessionAuthorization>,
  target: RevokeGrantsTarget
): Promise<void> => {
  const grantIds = Object.entries(authorizations)
    .filter(([clientId]) => {
      if (target === 'all') return true;
      // An application that no longer exists counts as not first-party, as in Logto's lookup.
      const client = state.clients.get(clientId);
      return client !== undefined && !client.isThirdParty;
    })
    .flatMap(([, { grantId }]) => (grantId ? [grantId] : []));
  await Promise.all([...new Set(grantIds)].map((grantId) => revokeGrantChain(provider, grantId)));
};

/**
 * Logto's `removeUserSessionAuthorizationByGrantId`: the first active session of the account
 * that authorizes the grant loses that entry (without a new session id, since no browser is
 * there to receive the cookie). Its session-bound tokens then fail oidc-provider's binding check.
 */
export const removeSessionAuthorization = async (
  provider: Provider,
  store: OidcStore,
  accountId: string,
  grantId: string
): Promise<void> => {
  const reference = liveEntries(store, 'Session').find(
    ({ payload }) =>
      payload.accountId === accountId &&
      Object.values((payload.authorizations ?? {}) as Record<string, SessionAuthorization>).some(
        (authorization) => authorization.grantId === grantId
      )
  );
  const session = reference && (await provider.Session.findByUid(String(reference.payload.uid)));
  if (!session?.authorizations || session.accountId !== accountId) {
    return;
  }
  session.authorizations = Object.fromEntries(
    Object.entries(session.authorizations).filter(([, authorization]) => authorization.grantId !== grantId)
  );
  await session.persist();
};

const epochSeconds = () => Math.floor(Date.now() / 1000);

/** A grant as the consent step saves it, issued at `iat` (epoch seconds) for Logto's 180 days. */
export const createGrant = async (
  provider: Provider,
  { accountId, clientId, scope, iat = epochSeconds() }: { accountId: string; clientId: string; scope: string; iat?: number }
): Promise<string> => {
  const grant = new provider.Grant({ accountId, clientId });
  grant.addOIDCScope(scope);
  grant.iat = iat;
  grant.exp = iat + grantTtlSeconds;
  return grant.save();
};

/**
 * A signed-in OIDC session as oidc-provider leaves it after sign-in and consent: one grant and
 * one `sid` per client; `persistsLogout` where `offline_access` was granted (its tokens then
 * outlive the session). `loginTs` is epoch seconds, at most 14 days back.
 */
export const createSession = async (
  provider: Provider,
  {
    accountId,
    loginTs = epochSeconds(),
    clients,
  }: { accountId: string; loginTs?: number; clients: Array<{ clientId: string; scope: string }> }
): Promise<{ uid: string; grantIds: string[] }> => {
  const session = new provider.Session();
  session.loginAccount({ accountId, loginTs });
  const grantIds: string[] = [];
  for (const { clientId, scope } of clients) {
    const grantId = await createGrant(provider, { accountId, clientId, scope, iat: loginTs });
    grantIds.push(grantId);
    session.ensureClientContainer(clientId);
    session.grantIdFor(clientId, grantId);
    if (scope.split(' ').includes('offline_access')) {
      session.authorizationFor(clientId).persistsLogout = true;
    }
  }
  session.iat = loginTs;
  await session.save(loginTs + sessionTtlSeconds - epochSeconds());
  return { uid: session.uid, grantIds };
};
