import type { Context } from 'koa';
import { z } from 'zod';

import type { ApiDeps } from '../http/api-context.js';
import { accountCenterOf, authOf, guardedBody } from '../http/context.js';
import { assertFirstPartyClient } from '../http/first-party.js';
import { bodyGuard } from '../http/guard.js';
import { emailPattern, phonePattern } from '../http/patterns.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { fitColumns, userColumnLimits } from '../policies/column-limits.js';
import { assertEmailAllowed } from '../policies/email-blocklist.js';
import { isEditable } from '../state/account-center.js';
import type { EmulatorState } from '../state/store.js';
import type { VerificationType } from '../state/verification-records.js';

import { requireUser } from './current-user.js';
import { assertRemainingIdentifier } from './identifiers.js';

const emailBody = z.object({ email: z.string().regex(emailPattern), newIdentifierVerificationRecordId: z.string() });
const phoneBody = z.object({ phone: z.string().regex(phonePattern), newIdentifierVerificationRecordId: z.string() });

/**
 * The checks every primary-email/phone route starts with, in Logto's order: step-up first, then
 * the field control, the scope (400 when missing) and the first-party check.
 */
const assertMayChange = (ctx: Context, state: EmulatorState, field: 'email' | 'phone') => {
  const { identityVerified, scopes, clientId } = authOf(ctx);
  assertThat(
    identityVerified,
    new RequestError({ code: 'verification_record.permission_denied', status: 401 })
  );
  assertThat(isEditable(accountCenterOf(ctx).fields[field]), 'account_center.field_not_editable');
  assertThat(scopes.has(field), 'auth.unauthorized');
  assertFirstPartyClient(state, clientId);
};

/**
 * A verified code record of the right kind whose identifier is exactly `value`; Logto does not
 * look at the record's template or owner, and answers every miss the same way.
 */
const assertVerifiedRecord = (state: EmulatorState, id: string, type: VerificationType, value: string) => {
  const record = state.verificationRecords.findActive(id);
  assertThat(
    record?.type === type && record.verified && record.identifier?.value === value,
    'verification_record.not_found'
  );
};

/** POST/DELETE `/api/my-account/primary-email` and `/primary-phone`. */
export const emailPhoneRoutes = ({ router, state, userApi }: ApiDeps): void => {
  router.post('/my-account/primary-email', ...userApi, bodyGuard(emailBody), (ctx) => {
    const { userId } = authOf(ctx);
    const { email, newIdentifierVerificationRecordId } = guardedBody<z.infer<typeof emailBody>>(ctx);
    assertMayChange(ctx, state, 'email');
    assertEmailAllowed(state.signInExperience.emailBlocklistPolicy, email);
    assertVerifiedRecord(state, newIdentifierVerificationRecordId, 'EmailVerificationCode', email);

    // Emails are unique case-insensitively.
    const owner = state.users.findByEmail(email);
    if (owner && owner.id !== userId) {
      throw new RequestError({ code: 'user.email_already_in_use', status: 422 });
    }
    // Last, as Logto's update: an email longer than the column is 422 `entity.value_too_long`.
    state.users.update(requireUser(state, userId).id, fitColumns(userColumnLimits, { primaryEmail: email }));
    ctx.status = 204;
  });

  router.delete('/my-account/primary-email', ...userApi, (ctx) => {
    const { userId } = authOf(ctx);
    assertMayChange(ctx, state, 'email');
    const user = requireUser(state, userId);
    assertRemainingIdentifier(user, { primaryEmail: null });
    state.users.update(user.id, { primaryEmail: null });
    ctx.status = 204;
  });

  router.post('/my-account/primary-phone', ...userApi, bodyGuard(phoneBody), (ctx) => {
    const { userId } = authOf(ctx);
    const { phone, newIdentifierVerificationRecordId } = guardedBody<z.infer<typeof phoneBody>>(ctx);
    assertMayChange(ctx, state, 'phone');
    assertVerifiedRecord(state, newIdentifierVerificationRecordId, 'PhoneVerificationCode', phone);

    // Phones are compared exactly; no other validation than digits-only (FINDINGS).
    const owner = state.users.findByPhone(phone);
    if (owner && owner.id !== userId) {
      throw new RequestError({ code: 'user.phone_already_in_use', status: 422 });
    }
    state.users.update(requireUser(state, userId).id, fitColumns(userColumnLimits, { primaryPhone: phone }));
    ctx.status = 204;
  });

  router.delete('/my-account/primary-phone', ...userApi, (ctx) => {
    const { userId } = authOf(ctx);
    assertMayChange(ctx, state, 'phone');
    const user = requireUser(state, userId);
    assertRemainingIdentifier(user, { primaryPhone: null });
    state.users.update(user.id, { primaryPhone: null });
    ctx.status = 204;
  });
};
