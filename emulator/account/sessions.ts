import type { Context } from 'koa';
import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf, guardedQuery } from '../http/context.js';
import { queryGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { listUserSessions, revokeSessionGrants } from '../oidc/user-sessions.js';
import { isEditable, isReadable } from '../state/account-center.js';

import { assertStepUp } from './mfa-access.js';

/** Reading sessions or grants: the `session` control Off is 400 `field_not_enabled`. */
export const assertSessionReadable = (ctx: Context): void =>
  assertThat(isReadable(accountCenterOf(ctx).fields.session), 'account_center.field_not_enabled');

/** Deleting a session or a grant needs `session: Edit`. */
export const assertSessionEditable = (ctx: Context): void =>
  assertThat(isEditable(accountCenterOf(ctx).fields.session), 'account_center.field_not_editable');

/** `urn:logto:scope:sessions`; missing, it is 401 like a bad token. */
export const assertSessionsScope = (ctx: Context): void =>
  assertThat(
    authOf(ctx).scopes.has('urn:logto:scope:sessions'),
    new RequestError({ code: 'auth.unauthorized', status: 401 })
  );

const deleteQuery = z.object({ revokeGrantsTarget: z.enum(['all', 'firstParty']).optional() });

/**
 * GET `/api/my-account/sessions` and DELETE `/sessions/:sessionId` (`payload.uid`). Checks, as
 * in Logto: query guard, step-up, field control, scope, then the lookup. No first-party check.
 * Without `revokeGrantsTarget` only the session goes: its session-bound tokens then fail on
 * their own, while `offline_access` tokens and refresh tokens keep working.
 */
export const sessionRoutes = ({ router, state, provider, oidcStore, userApi }: ApiDeps): void => {
  router.get('/my-account/sessions', ...userApi, (ctx) => {
    assertStepUp(ctx);
    assertSessionReadable(ctx);
    assertSessionsScope(ctx);
    const { userId, sessionUid } = authOf(ctx);
    ctx.body = {
      sessions: listUserSessions(oidcStore, state, userId).map((session) => ({
        ...session,
        isCurrent: session.payload.uid === sessionUid,
      })),
    };
  });

  router.delete('/my-account/sessions/:sessionId', ...userApi, queryGuard(deleteQuery), async (ctx) => {
    const { revokeGrantsTarget } = guardedQuery<z.infer<typeof deleteQuery>>(ctx);
    assertStepUp(ctx);
    assertSessionEditable(ctx);
    assertSessionsScope(ctx);
    const { userId } = authOf(ctx);

    const session = await provider.Session.findByUid(ctx.params.sessionId ?? '');
    // Logto passes the intended 404 as the error's data, so the status stays 400.
    assertThat(session, new RequestError('oidc.session_not_found', { status: 404 }));
    assertThat(session.accountId === userId, new RequestError('oidc.invalid_session_account_id', { status: 404 }));

    if (revokeGrantsTarget) {
      await revokeSessionGrants(provider, state, session.authorizations ?? {}, revokeGrantsTarget);
    }
    await session.destroy();
    state.sessionExtensions.delete(session.uid);
    ctx.status = 204;
  });
};
