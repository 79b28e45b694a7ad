import type { Context } from 'koa';

import type { AccountCenterSettings } from '../state/account-center.js';

import { detectLanguage } from './phrases.js';

/** What the auth middleware learns from the access token and the step-up header. */
export type AuthContext = {
  userId: string;
  clientId: string | undefined;
  scopes: Set<string>;
  /** True when `logto-verification-id` names a record that proves the user's identity. */
  identityVerified: boolean;
  /** The OIDC session the token belongs to, when it is session-bound. */
  sessionUid: string | undefined;
};

type ApiState = {
  auth?: AuthContext;
  accountCenter?: AccountCenterSettings;
  guard?: { body?: unknown; query?: unknown };
};

const apiState = (ctx: Context) => ctx.state as ApiState;

export const setAuth = (ctx: Context, auth: AuthContext) => {
  apiState(ctx).auth = auth;
};

export const authOf = (ctx: Context): AuthContext => {
  const { auth } = apiState(ctx);
  if (!auth) {
    throw new Error('The auth middleware did not run for this route.');
  }
  return auth;
};

export const setAccountCenter = (ctx: Context, settings: AccountCenterSettings) => {
  apiState(ctx).accountCenter = settings;
};

export const accountCenterOf = (ctx: Context): AccountCenterSettings => {
  const { accountCenter } = apiState(ctx);
  if (!accountCenter) {
    throw new Error('The account-center middleware did not run for this route.');
  }
  return accountCenter;
};

export const setGuarded = (ctx: Context, part: 'body' | 'query', value: unknown) => {
  const state = apiState(ctx);
  state.guard = { ...state.guard, [part]: value };
};

export const guardedBody = <Body>(ctx: Context): Body => {
  const { guard } = apiState(ctx);
  if (!guard || !('body' in guard)) {
    throw new Error('No body guard ran for this route.');
  }
  return guard.body as Body;
};

export const guardedQuery = <Query>(ctx: Context): Query => {
  const { guard } = apiState(ctx);
  if (!guard || !('query' in guard)) {
    throw new Error('No query guard ran for this route.');
  }
  return guard.query as Query;
};

export const requestLanguage = (ctx: Context): string =>
  detectLanguage(
    typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined,
    ctx.get('accept-language') || undefined
  );
