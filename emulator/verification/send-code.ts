import { RequestError } from '../http/request-error.js';
import type { EmulatorState } from '../state/store.js';
import type { CodeIdentifier } from '../state/verification-codes.js';
import type { TemplateType } from '../state/verification-records.js';

/**
 * "Sends" a code for a verification record: refuses a recipient over the send cap (429, no
 * `Retry-After`, as recorded), issues the code, puts it in the outbox instead of a connector and
 * counts the send. A refused send leaves nothing behind.
 */
export const sendCode = (
  state: EmulatorState,
  recordId: string,
  templateType: TemplateType,
  identifier: CodeIdentifier
): void => {
  if (state.messageRate.isLimited(identifier.value)) {
    throw new RequestError({ code: 'request.message_rate_limited', status: 429 });
  }
  const { code } = state.verificationCodes.issue(recordId, templateType, identifier);
  state.outbox.add({
    to: identifier.value,
    channel: identifier.type === 'email' ? 'email' : 'sms',
    code,
    templateType,
  });
  state.messageRate.record(identifier.value);
};
