import { hasErrorCode } from '../../api/error';
import { describeError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/i18n';
import { waitBeforeNextSend } from './send-log';

/** Like describeError, plus when Logto will accept another code for this recipient. */
export function describeCodeError(t: Translate, error: unknown, recipient: { value: string; display: string }): string {
  if (hasErrorCode(error, 'request.message_rate_limited')) {
    const minutes = Math.max(1, Math.ceil(waitBeforeNextSend(recipient.value) / 60_000));
    return t('code_entry.rate_limited', { recipient: recipient.display, count: minutes });
  }
  return describeError(t, error);
}
