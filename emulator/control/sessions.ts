import type Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { z } from 'zod';

import type { OidcStore } from '../oidc/adapter.js';
import { sessionTtlSeconds } from '../oidc/provider.js';
import { createGrant, createSession, listUserSessions } from '../oidc/user-sessions.js';
import { demoClientId } from '../state/clients.js';
import { demoSpaScope } from '../state/seed.js';
import { identifierOf, passwordSignIn } from '../state/session-extensions.js';
import type { EmulatorState } from '../state/store.js';

import { parse } from './parse.js';

const sessionInput = z
  .object({
    userAgent: z.string().min(1),
    ip: z.string().min(1),
    country: z.string().min(1),
    city: z.string().min(1),
    clientIds: z.array(z.string().min(1)).min(1),
    /** Granted to every client; default the demo SPA's scopes. */
    scope: z.string().min(1),
    loginAt: z.string().datetime({ offset: true }),
  })
  .partial()
  .strict();

const grantInput = z.object({ clientId: z.string().min(1), scope: z.string().min(1).optional() }).strict();

const fail = (ctx: Context, status: number, message: string) => {
  ctx.status = status;
  ctx.body = { message };
};

/**
 * `/__emulator/users/:id/sessions` and `/users/:id/grants`: sessions signed in "elsewhere" (another
 * device, another app) and grants without a session, made directly in oidc-provider's storage.
 * Such sessions have no cookie anywhere and no tokens; they can be listed and revoked.
 */
export const sessionControl = (
  router: Router,
  { state, oidcStore, provider }: { state: EmulatorState; oidcStore: OidcStore; provider: Provider }
): void => {
  /** A client a user can have signed in to: known, and not a machine-to-machine app. */
  const unknownClient = (clientIds: string[]) =>
    clientIds.find((clientId) => state.clients.get(clientId)?.type === 'MachineToMachine' || !state.clients.get(clientId));

  router.get('/users/:id/sessions', (ctx) => {
    const id = ctx.params.id ?? '';
    if (!state.users.get(id)) return fail(ctx, 404, 'User not found.');
    ctx.body = listUserSessions(oidcStore, state, id);
  });

  router.post('/users/:id/sessions', async (ctx) => {
    const id = ctx.params.id ?? '';
    const { userAgent, ip, country, city, clientIds = [demoClientId], scope = demoSpaScope, loginAt } = parse(
      sessionInput,
      ctx.request.body
    );
    const user = state.users.get(id);
    if (!user) return fail(ctx, 404, 'User not found.');
    const unknown = unknownClient(clientIds);
    if (unknown) return fail(ctx, 400, `No application ${unknown} a user can sign in to.`);
    const now = Math.floor(Date.now() / 1000);
    const loginTs = loginAt ? Math.floor(Date.parse(loginAt) / 1000) : now;
    if (loginTs > now || loginTs <= now - sessionTtlSeconds) {
      return fail(ctx, 400, 'loginAt must be in the last 14 days (sessions live 14 days).');
    }

    const created = await createSession(provider, {
      accountId: id,
      loginTs,
      clients: clientIds.map((clientId) => ({ clientId, scope })),
    });
    const signInContext = Object.fromEntries(
      Object.entries({ ip, userAgent, country, city }).filter((entry): entry is [string, string] => entry[1] !== undefined)
    );
    state.sessionExtensions.save(created.uid, {
      accountId: id,
      clientId: clientIds.at(-1) ?? demoClientId,
      lastSubmission: passwordSignIn(id, identifierOf(user), signInContext),
    });
    ctx.status = 201;
    ctx.body = created;
  });

  router.post('/users/:id/grants', async (ctx) => {
    const id = ctx.params.id ?? '';
    const { clientId, scope = 'openid profile' } = parse(grantInput, ctx.request.body);
    if (!state.users.get(id)) return fail(ctx, 404, 'User not found.');
    if (unknownClient([clientId])) return fail(ctx, 400, `No application ${clientId} a user can sign in to.`);
    ctx.status = 201;
    ctx.body = { id: await createGrant(provider, { accountId: id, clientId, scope }) };
  });
};
