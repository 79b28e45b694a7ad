import { randomBytes } from 'node:crypto';

import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';

import type { EmulatorState } from '../state/store.js';
import type { StoredTokenSet } from '../state/token-vault.js';

import { parse } from './parse.js';

const tokenInput = z
  .object({
    state: z.enum(['stored', 'expired', 'missing']),
    accessToken: z.string().min(1),
    scope: z.string(),
    tokenType: z.string(),
    /** Seconds from now; `null` stores a token without expiry. Ignored for `expired`. */
    expiresIn: z.number().int().positive().nullable(),
    refreshToken: z.string().min(1),
  })
  .partial({ accessToken: true, scope: true, tokenType: true, expiresIn: true, refreshToken: true })
  .strict();

type TokenInput = z.infer<typeof tokenInput>;

/** What the control API shows of a stored token, the secret values included (tests compare them). */
const view = (state: EmulatorState, secret: { connectorId?: string; identityId: string; tokens: StoredTokenSet } | undefined) => {
  if (!secret) {
    return { state: 'missing' as const };
  }
  const { tokens } = secret;
  const nowSeconds = Math.floor(state.clock.now() / 1000);
  const expired = tokens.expiresAt !== undefined && nowSeconds >= tokens.expiresAt;
  return {
    state: expired ? ('expired' as const) : ('stored' as const),
    ...(secret.connectorId ? { connectorId: secret.connectorId } : {}),
    identityId: secret.identityId,
    accessToken: tokens.accessToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    ...(tokens.scope === undefined ? {} : { scope: tokens.scope }),
    ...(tokens.tokenType === undefined ? {} : { tokenType: tokens.tokenType }),
    expiresAt: tokens.expiresAt === undefined ? null : new Date(tokens.expiresAt * 1000).toISOString(),
    expiresIn: tokens.expiresAt === undefined ? null : tokens.expiresAt - nowSeconds,
  };
};

/** `stored` lives `expiresIn` seconds (default an hour); `expired` ended a minute ago. */
const tokenSetOf = (state: EmulatorState, input: TokenInput, defaultPrefix: string): StoredTokenSet => {
  const nowSeconds = Math.floor(state.clock.now() / 1000);
  const expiresAt =
    input.state === 'expired' ? nowSeconds - 60 : input.expiresIn === null ? undefined : nowSeconds + (input.expiresIn ?? 3600);
  return {
    accessToken: input.accessToken ?? `${defaultPrefix}${randomBytes(18).toString('base64url')}`,
    ...(input.refreshToken ? { refreshToken: input.refreshToken } : {}),
    ...(input.scope === undefined ? {} : { scope: input.scope }),
    tokenType: input.tokenType ?? 'Bearer',
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
};

const fail = (ctx: Context, status: number, message: string) => {
  ctx.status = status;
  ctx.body = { message };
};

/**
 * `PUT`/`GET /__emulator/users/:id/identities/:target/token` and
 * `/users/:id/sso-identities/:connectorId/token`: put a user's Secret Vault entry in a state
 * (stored, expired, missing) or read it, as the recordings did by SQL. A refresh token given here
 * is one the mock provider will honour.
 */
export const tokenControl = (router: Router, state: EmulatorState): void => {
  router.get('/users/:id/identities/:target/token', (ctx) => {
    const { id = '', target = '' } = ctx.params;
    if (!state.users.get(id)) return fail(ctx, 404, 'User not found.');
    ctx.body = view(state, state.tokenVault.findSocial(id, target));
  });

  router.put('/users/:id/identities/:target/token', (ctx) => {
    const { id = '', target = '' } = ctx.params;
    const input = parse(tokenInput, ctx.request.body);
    const user = state.users.get(id);
    if (!user) return fail(ctx, 404, 'User not found.');
    if (input.state === 'missing') {
      state.tokenVault.deleteSocial(id, target);
      ctx.body = view(state, undefined);
      return;
    }
    const identity = user.identities[target];
    if (!identity) return fail(ctx, 400, `The user has no ${target} identity; link one first.`);
    const [connector] = state.connectors.socialByTarget(target);
    if (!connector) return fail(ctx, 400, `No social connector has target ${target}.`);

    const tokens = tokenSetOf(state, input, `${target}-test-token-`);
    if (tokens.refreshToken) {
      state.mockProviders.registerRefreshToken(connector.kind, tokens.refreshToken, identity.userId, tokens.scope);
    }
    state.tokenVault.upsertSocial({ userId: id, target, connectorId: connector.id, identityId: identity.userId, tokens });
    ctx.body = view(state, state.tokenVault.findSocial(id, target));
  });

  router.get('/users/:id/sso-identities/:connectorId/token', (ctx) => {
    const { id = '', connectorId = '' } = ctx.params;
    if (!state.users.get(id)) return fail(ctx, 404, 'User not found.');
    ctx.body = view(state, state.tokenVault.findSso(id, connectorId));
  });

  router.put('/users/:id/sso-identities/:connectorId/token', (ctx) => {
    const { id = '', connectorId = '' } = ctx.params;
    const input = parse(tokenInput, ctx.request.body);
    const user = state.users.get(id);
    if (!user) return fail(ctx, 404, 'User not found.');
    if (input.state === 'missing') {
      state.tokenVault.deleteSso(id, connectorId);
      ctx.body = view(state, undefined);
      return;
    }
    const identity = user.ssoIdentities.find((candidate) => candidate.ssoConnectorId === connectorId);
    if (!identity) return fail(ctx, 400, `The user has no SSO identity of connector ${connectorId}.`);

    const tokens = tokenSetOf(state, input, 'sso-test-token-');
    if (tokens.refreshToken) {
      state.mockProviders.registerRefreshToken(connectorId, tokens.refreshToken, identity.identityId, tokens.scope);
    }
    state.tokenVault.upsertSso({ userId: id, ssoConnectorId: connectorId, identityId: identity.identityId, tokens });
    ctx.body = view(state, state.tokenVault.findSso(id, connectorId));
  });
};
