import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedQuery } from '../http/context.js';
import { queryGuard } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { listUserGrants, removeSessionAuthorization, revokeGrantChain } from '../oidc/user-sessions.js';

import { assertStepUp } from './mfa-access.js';
import { assertSessionEditable, assertSessionReadable, assertSessionsScope } from './sessions.js';

const listQuery = z.object({ appType: z.enum(['firstParty', 'thirdParty']).optional() });

/**
 * GET `/api/my-account/grants` (`?appType=` filters on the application's `isThirdParty`) and
 * DELETE `/grants/:grantId`, with the sessions routes' checks. Unknown and foreign grants are a
 * real 404 here. Deleting revokes the grant's tokens and codes and removes it from the session
 * that authorized it.
 */
export const grantRoutes = ({ router, state, provider, oidcStore, userApi }: ApiDeps): void => {
  router.get('/my-account/grants', ...userApi, queryGuard(listQuery), (ctx) => {
    const { appType } = guardedQuery<z.infer<typeof listQuery>>(ctx);
    assertStepUp(ctx);
    assertSessionReadable(ctx);
    assertSessionsScope(ctx);
    ctx.body = { grants: listUserGrants(oidcStore, state, authOf(ctx).userId, appType) };
  });

  router.delete('/my-account/grants/:grantId', ...userApi, async (ctx) => {
    assertStepUp(ctx);
    assertSessionEditable(ctx);
    assertSessionsScope(ctx);
    const { userId } = authOf(ctx);
    const grantId = ctx.params.grantId ?? '';

    const grant = await provider.Grant.find(grantId, { ignoreExpiration: true });
    if (grant?.accountId !== userId) {
      throw new RequestError({ code: 'oidc.invalid_grant', status: 404 });
    }
    // An expired grant has nothing left to revoke; its session entry still goes.
    if (!grant.isExpired) {
      await revokeGrantChain(provider, grantId);
    }
    await removeSessionAuthorization(provider, oidcStore, userId, grantId);
    ctx.status = 204;
  });
};
