import type { Context } from 'koa';

import { accountCenterOf, authOf } from '../http/context.js';
import { assertThat, RequestError } from '../http/request-error.js';
import { isEditable, isReadable, type AccountCenterControl } from '../state/account-center.js';
import type { MfaFactorType } from '../state/mfa.js';
import type { EmulatorState } from '../state/store.js';

/** Which field control gates a route: `mfa`, or `passkey`, which falls back to `mfa` when unset. */
export type MfaField = 'mfa' | 'passkey';

const controlOf = (ctx: Context, field: MfaField): AccountCenterControl | undefined => {
  const { fields } = accountCenterOf(ctx);
  return field === 'passkey' ? (fields.passkey ?? fields.mfa) : fields.mfa;
};

/** The step-up header must name an identity record (401). */
export const assertStepUp = (ctx: Context): void =>
  assertThat(authOf(ctx).identityVerified, new RequestError({ code: 'verification_record.permission_denied', status: 401 }));

/** Every MFA, settings and logto-config route needs `identities`; a missing scope is 401 here. */
export const assertIdentitiesScope = (ctx: Context): void =>
  assertThat(authOf(ctx).scopes.has('identities'), new RequestError({ code: 'auth.unauthorized', status: 401 }));

/** Reading: Off is 400 `field_not_enabled`. */
export const assertFieldReadable = (ctx: Context, field: MfaField): void =>
  assertThat(isReadable(controlOf(ctx, field)), 'account_center.field_not_enabled');

/** Writing: anything but Edit is 400 `field_not_editable`. */
export const assertFieldEditable = (ctx: Context, field: MfaField): void =>
  assertThat(isEditable(controlOf(ctx, field)), 'account_center.field_not_editable');

/** Passkeys are governed by the `passkey` control, every other factor by `mfa`. */
export const fieldOfFactor = (type: MfaFactorType | undefined): MfaField => (type === 'WebAuthn' ? 'passkey' : 'mfa');

/**
 * The sign-in experience must offer the factor; a passkey may also be bound when passkey sign-in
 * is on even if WebAuthn is no MFA factor.
 */
export const assertFactorEnabled = (state: EmulatorState, type: MfaFactorType): void => {
  const { mfa, passkeySignIn } = state.signInExperience;
  assertThat(
    mfa.factors.includes(type) || (type === 'WebAuthn' && passkeySignIn.enabled === true),
    'session.mfa.mfa_factor_not_enabled'
  );
};
