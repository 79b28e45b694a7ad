import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody, requestLanguage } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { verifyPassword } from '../state/password.js';

import { withSentinel } from './sentinel-guard.js';

const body = z.object({ password: z.string().min(1) });

/** POST `/api/verifications/password`: a 10-minute, user-bound, verified Password record. */
export const passwordVerificationRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/verifications/password', ...userApi, bodyGuard(body), async (ctx) => {
    const { userId, clientId } = authOf(ctx);
    const { password } = guardedBody<z.infer<typeof body>>(ctx);
    assertFirstPartyClient(state, clientId);

    await withSentinel(state, userId, requestLanguage(ctx), async () => {
      const user = state.users.get(userId);
      if (!user || !(await verifyPassword(password, user.passwordDigest))) {
        throw new RequestError({ code: 'session.invalid_credentials', status: 422 });
      }
      if (user.isSuspended) {
        throw new RequestError({ code: 'user.suspended', status: 401 });
      }
    });

    const record = state.verificationRecords.create({
      type: 'Password',
      userId,
      verified: true,
      identifier: { type: 'userId', value: userId },
    });
    ctx.status = 201;
    ctx.body = {
      verificationRecordId: record.id,
      expiresAt: new Date(record.expiresAt).toISOString(),
    };
  });
};
