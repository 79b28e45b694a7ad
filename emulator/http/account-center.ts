import type { Middleware } from 'koa';

import type { EmulatorState } from '../state/store.js';

import { setAccountCenter } from './context.js';
import { assertThat } from './request-error.js';

const thirdPartyTokenPath = /^\/api\/my-account\/identities\/[^/]+\/access-token$/;

/**
 * The account-center switch. It sits on the same router as the Verification API in Logto, so it
 * gates `/api/verifications*` too; only reading a stored third-party token is exempt.
 */
export const accountCenterGate =
  (state: EmulatorState): Middleware =>
  async (ctx, next) => {
    const settings = structuredClone(state.accountCenter);
    if (!(ctx.method === 'GET' && thirdPartyTokenPath.test(ctx.path))) {
      assertThat(settings.enabled, 'account_center.not_enabled');
    }
    setAccountCenter(ctx, settings);
    await next();
  };
