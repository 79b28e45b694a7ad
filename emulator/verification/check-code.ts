import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';
import type { CodeIdentifier } from '../state/verification-codes.js';
import type { VerificationRecord } from '../state/verification-records.js';

/** Logto's `defaultVerificationCodePolicy`. */
export const defaultVerificationCodePolicy = { expirationDuration: 600, maxRetryAttempts: 10 };

/**
 * Logto's passcode check for a record, in its order: an unconsumed code of the record's template,
 * the identifier exactly as sent to, expiry and the try limit from the sign-in experience's
 * `verificationCodePolicy` (read now, on the emulator clock), then the code itself. A wrong code
 * counts a try; the right one is consumed, so it works once.
 */
export const checkCode = (
  state: EmulatorState,
  record: VerificationRecord,
  identifier: CodeIdentifier,
  code: string
): void => {
  const entry = state.verificationCodes.findUnconsumed(record.id, record.templateType);
  if (!entry) {
    throw new RequestError('verification_code.not_found');
  }
  if (entry.identifier.value !== identifier.value) {
    throw new RequestError(
      identifier.type === 'phone' ? 'verification_code.phone_mismatch' : 'verification_code.email_mismatch'
    );
  }
  const { expirationDuration, maxRetryAttempts } = {
    ...defaultVerificationCodePolicy,
    ...state.signInExperience.verificationCodePolicy,
  };
  if (entry.createdAt + expirationDuration * 1000 < state.clock.now()) {
    throw new RequestError('verification_code.expired');
  }
  if (entry.tryCount >= maxRetryAttempts) {
    throw new RequestError('verification_code.exceed_max_try');
  }
  if (code !== entry.code) {
    state.verificationCodes.countFailedTry(entry.id);
    throw new RequestError('verification_code.code_mismatch');
  }
  state.verificationCodes.consume(entry.id);
};
