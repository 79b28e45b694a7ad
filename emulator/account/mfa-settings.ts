import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import {
  mfaDataOf,
  publicLogtoConfig,
  withMfaData,
  withPasskeySignInData,
  type UserMfaData,
} from '../state/logto-config.js';

import { requireUser } from './current-user.js';
import { assertFieldEditable, assertFieldReadable, assertIdentitiesScope, assertStepUp } from './mfa-access.js';

const settingsBody = z.object({ skipMfaOnSignIn: z.boolean() });

/** Unknown keys, at the top and inside `mfa`, are dropped. */
const logtoConfigBody = z.object({
  mfa: z
    .object({
      enabled: z.boolean(),
      skipped: z.boolean(),
      additionalBindingSuggestionSkipped: z.boolean(),
      skipMfaOnSignIn: z.boolean(),
    })
    .partial()
    .optional(),
  passkeySignIn: z.object({ skipped: z.boolean() }).partial().optional(),
});

/**
 * GET/PATCH `/api/my-account/mfa-settings` (the `mfa` control; `skipMfaOnSignIn` lives in
 * `logtoConfig.mfa`, so logto-configs shows it too) and GET/PATCH `/api/my-account/logto-configs`
 * (the `passkey` control with its `mfa` fallback; `mfa` and `passkeySignIn` are merged). Here the
 * scope is checked before the field control.
 */
export const mfaSettingsRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.get('/my-account/mfa-settings', ...userApi, (ctx) => {
    assertIdentitiesScope(ctx);
    assertFieldReadable(ctx, 'mfa');
    const { skipMfaOnSignIn = false } = mfaDataOf(requireUser(state, authOf(ctx).userId).logtoConfig);
    ctx.body = { skipMfaOnSignIn };
  });

  router.patch('/my-account/mfa-settings', ...userApi, bodyGuard(settingsBody), (ctx) => {
    const { skipMfaOnSignIn } = guardedBody<z.infer<typeof settingsBody>>(ctx);
    assertStepUp(ctx);
    assertIdentitiesScope(ctx);
    assertFieldEditable(ctx, 'mfa');
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);
    state.users.update(user.id, { logtoConfig: withMfaData(user.logtoConfig, { skipMfaOnSignIn }) });
    ctx.body = { skipMfaOnSignIn };
  });

  router.get('/my-account/logto-configs', ...userApi, (ctx) => {
    assertIdentitiesScope(ctx);
    assertFieldReadable(ctx, 'passkey');
    ctx.body = publicLogtoConfig(requireUser(state, authOf(ctx).userId).logtoConfig);
  });

  router.patch('/my-account/logto-configs', ...userApi, bodyGuard(logtoConfigBody), (ctx) => {
    const { mfa, passkeySignIn } = guardedBody<z.infer<typeof logtoConfigBody>>(ctx);
    assertStepUp(ctx);
    assertIdentitiesScope(ctx);
    assertFieldEditable(ctx, 'passkey');
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);
    let logtoConfig = user.logtoConfig;
    if (mfa) logtoConfig = withMfaData(logtoConfig, mfa as UserMfaData);
    if (passkeySignIn) logtoConfig = withPasskeySignInData(logtoConfig, passkeySignIn);
    const updated = state.users.update(user.id, { logtoConfig });
    ctx.body = publicLogtoConfig(updated.logtoConfig);
  });
};
