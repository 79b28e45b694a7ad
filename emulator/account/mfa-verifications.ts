import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { generateBackupCodes } from '../policies/backup-codes.js';
import { generateTotpSecret } from '../policies/totp.js';
import { toMfaVerificationResponse, type MfaFactor } from '../state/mfa.js';

import { requireUser } from './current-user.js';
import {
  assertFactorEnabled,
  assertFieldEditable,
  assertFieldReadable,
  assertIdentitiesScope,
  assertStepUp,
  fieldOfFactor,
} from './mfa-access.js';
import { newBackupCodes, newPasskey, newTotp, replacementTotp, saveFactors } from './mfa-binding.js';

const bindBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('WebAuthn'), newIdentifierVerificationRecordId: z.string(), name: z.string().optional() }),
  z.object({ type: z.literal('Totp'), secret: z.string(), code: z.string().optional() }),
  z.object({ type: z.literal('BackupCode'), codes: z.string().array() }),
]);
const totpBody = z.object({ secret: z.string(), code: z.string() });
const nameBody = z.object({ name: z.string() });

const prefix = '/my-account/mfa-verifications';

/**
 * `/api/my-account/mfa-verifications*`. Check order as in Logto: body guard, step-up, field
 * control (`passkey` with its `mfa` fallback for passkeys, `mfa` otherwise), `identities` scope
 * (401), first-party app, then the sign-in experience's factors. The two generate routes check
 * nothing beyond the token.
 */
export const mfaVerificationRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.get(prefix, ...userApi, (ctx) => {
    assertFieldReadable(ctx, 'mfa');
    assertIdentitiesScope(ctx);
    ctx.body = requireUser(state, authOf(ctx).userId).mfaVerifications.map(toMfaVerificationResponse);
  });

  router.post(prefix, ...userApi, bodyGuard(bindBody), (ctx) => {
    const body = guardedBody<z.infer<typeof bindBody>>(ctx);
    assertStepUp(ctx);
    assertFieldEditable(ctx, fieldOfFactor(body.type));
    assertIdentitiesScope(ctx);
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);
    assertFactorEnabled(state, body.type);

    const bound: MfaFactor =
      body.type === 'Totp'
        ? newTotp(state, user, body.secret, body.code)
        : body.type === 'BackupCode'
          ? newBackupCodes(state, user, body.codes)
          : newPasskey(state, body.newIdentifierVerificationRecordId, body.name, ctx.get('user-agent'));
    saveFactors(state, user, [...user.mfaVerifications, bound], bound);
    ctx.status = 204;
  });

  router.put(`${prefix}/totp`, ...userApi, bodyGuard(totpBody), (ctx) => {
    const { secret, code } = guardedBody<z.infer<typeof totpBody>>(ctx);
    assertStepUp(ctx);
    assertFieldEditable(ctx, 'mfa');
    assertIdentitiesScope(ctx);
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);
    assertFactorEnabled(state, 'Totp');

    const bound = replacementTotp(state, secret, code);
    saveFactors(state, user, [...user.mfaVerifications.filter(({ type }) => type !== 'Totp'), bound], bound);
    ctx.status = 204;
  });

  router.post(`${prefix}/totp-secret/generate`, ...userApi, (ctx) => {
    ctx.body = { secret: generateTotpSecret() };
  });

  router.post(`${prefix}/backup-codes/generate`, ...userApi, (ctx) => {
    ctx.body = { codes: generateBackupCodes() };
  });

  /** The first backup-code set, even an exhausted one listed before a fresh set (FINDINGS 10). */
  router.get(`${prefix}/backup-codes`, ...userApi, (ctx) => {
    assertStepUp(ctx);
    assertIdentitiesScope(ctx);
    const set = requireUser(state, authOf(ctx).userId).mfaVerifications.find((factor) => factor.type === 'BackupCode');
    assertThat(set, new RequestError({ code: 'verification_record.not_found', status: 404 }));
    ctx.body = { codes: set.codes.map(({ code, usedAt }) => (usedAt ? { code, usedAt } : { code })) };
  });

  /** Only passkeys can be renamed; Koa answers the bodyless 200 with the text `OK`. */
  router.patch(`${prefix}/:verificationId/name`, ...userApi, bodyGuard(nameBody), (ctx) => {
    const { name } = guardedBody<z.infer<typeof nameBody>>(ctx);
    assertStepUp(ctx);
    assertFieldEditable(ctx, 'passkey');
    assertIdentitiesScope(ctx);
    const { userId, clientId } = authOf(ctx);
    assertFirstPartyClient(state, clientId);
    const user = requireUser(state, userId);
    const id = ctx.params.verificationId;
    assertThat(
      user.mfaVerifications.some((factor) => factor.id === id && factor.type === 'WebAuthn'),
      'verification_record.not_found'
    );
    saveFactors(
      state,
      user,
      user.mfaVerifications.map((factor) => (factor.id === id && factor.type === 'WebAuthn' ? { ...factor, name } : factor))
    );
    ctx.status = 200;
  });

  /** The field control follows the entry's type; an unknown id is 400 (not 404), as recorded. */
  router.delete(`${prefix}/:verificationId`, ...userApi, (ctx) => {
    assertStepUp(ctx);
    const { userId, clientId } = authOf(ctx);
    const user = requireUser(state, userId);
    const factor = user.mfaVerifications.find(({ id }) => id === ctx.params.verificationId);
    assertFieldEditable(ctx, fieldOfFactor(factor?.type));
    assertIdentitiesScope(ctx);
    assertFirstPartyClient(state, clientId);
    assertThat(factor, 'verification_record.not_found');
    saveFactors(state, user, user.mfaVerifications.filter(({ id }) => id !== factor.id));
    ctx.status = 204;
  });
};
