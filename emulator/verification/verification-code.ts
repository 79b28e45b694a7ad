import { z } from 'zod';

import { requireUser } from '../account/current-user.js';
import type { ApiDeps } from '../http/api-context.js';
import { authOf, guardedBody, requestLanguage } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { codeIdentifierGuard } from '../http/patterns.js';
import { assertThat } from '../http/request-error.js';
import { assertEmailAllowed } from '../policies/email-blocklist.js';
import { generateStandardId } from '../state/ids.js';
import type { TemplateType } from '../state/verification-records.js';

import { checkCode } from './check-code.js';
import { sendCode } from './send-code.js';
import { withSentinel } from './sentinel-guard.js';

const sendBody = z.object({
  identifier: codeIdentifierGuard,
  templateType: z.union([z.literal('BindMfa'), z.literal('UserPermissionValidation')]).optional(),
  /** Newer Logto lets a caller pick the message locale; the emulator sends no message text. */
  locale: z.string().optional(),
});

const verifyBody = z.object({
  identifier: codeIdentifierGuard,
  verificationId: z.string(),
  code: z.string(),
});

/** POST `/api/verifications/verification-code` and `/verification-code/verify`. */
export const verificationCodeRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/verifications/verification-code', ...userApi, bodyGuard(sendBody), (ctx) => {
    const { userId, clientId } = authOf(ctx);
    const { identifier, templateType: requested } = guardedBody<z.infer<typeof sendBody>>(ctx);
    assertFirstPartyClient(state, clientId);

    // "Own" is byte-for-byte: a re-cased current email is a new identifier.
    const user = requireUser(state, userId);
    const own =
      identifier.type === 'email' ? identifier.value === user.primaryEmail : identifier.value === user.primaryPhone;
    const templateType: TemplateType = own ? (requested ?? 'UserPermissionValidation') : 'BindNewIdentifier';
    if (!own && identifier.type === 'email') {
      assertEmailAllowed(state.signInExperience.emailBlocklistPolicy, identifier.value);
    }

    // Logto sends first and stores the record only once the send went through.
    const id = generateStandardId();
    sendCode(state, id, templateType, identifier);
    const record = state.verificationRecords.create({
      id,
      type: identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode',
      ...(own ? { userId } : {}),
      verified: false,
      templateType,
      identifier,
    });

    ctx.status = 201;
    ctx.body = { verificationRecordId: record.id, expiresAt: new Date(record.expiresAt).toISOString() };
  });

  router.post('/verifications/verification-code/verify', ...userApi, bodyGuard(verifyBody), async (ctx) => {
    const { clientId } = authOf(ctx);
    const { identifier, verificationId, code } = guardedBody<z.infer<typeof verifyBody>>(ctx);
    assertFirstPartyClient(state, clientId);

    const record = state.verificationRecords.findActive(verificationId);
    const expectedType = identifier.type === 'email' ? 'EmailVerificationCode' : 'PhoneVerificationCode';
    assertThat(record?.type === expectedType, 'verification_record.not_found');

    // Failures count per identifier value as sent; a locked identifier fails even with the right code.
    await withSentinel(state, identifier.value, requestLanguage(ctx), async () => {
      checkCode(state, record, identifier, code);
    });
    state.verificationRecords.update(record.id, { verified: true });

    ctx.body = { verificationRecordId: record.id };
  });
};
