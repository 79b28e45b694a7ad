import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { checkPassword } from '../policies/password-policy.js';
import { isEditable } from '../state/account-center.js';
import { hashPassword, verifyPassword } from '../state/password.js';

import { requireUser } from './current-user.js';
import { hasSecurityVerificationMethod } from './scoped-profile.js';

const body = z.object({ password: z.string().min(1) });

/**
 * POST `/api/my-account/password`. Step-up only when the user has a password, email or phone (a
 * social-only user sets an initial password without one); it is checked before the field control.
 * No scope is required. The policy comes first, then "same as the current password".
 */
export const passwordRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/my-account/password', ...userApi, bodyGuard(body), async (ctx) => {
    const { userId, identityVerified, clientId } = authOf(ctx);
    const { password } = guardedBody<z.infer<typeof body>>(ctx);
    const user = requireUser(state, userId);

    if (hasSecurityVerificationMethod(user)) {
      assertThat(
        identityVerified,
        new RequestError({ code: 'verification_record.permission_denied', status: 401 })
      );
    }
    assertThat(isEditable(accountCenterOf(ctx).fields.password), 'account_center.field_not_editable');
    assertFirstPartyClient(state, clientId);

    const issues = checkPassword(state.signInExperience.passwordPolicy, password, {
      name: user.name ?? undefined,
      username: user.username ?? undefined,
      email: user.primaryEmail ?? undefined,
      phoneNumber: user.primaryPhone ?? undefined,
    });
    if (issues.length > 0) {
      throw new RequestError({ code: 'password.rejected', status: 422 }, issues);
    }
    if (await verifyPassword(password, user.passwordDigest)) {
      throw new RequestError({ code: 'user.same_password', status: 422 });
    }

    state.users.update(userId, { passwordDigest: await hashPassword(password) });
    ctx.status = 204;
  });
};
