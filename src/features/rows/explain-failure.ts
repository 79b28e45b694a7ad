import { guardIssues, hasErrorCode } from '../../api/error';
import type { AccountCenterField } from '../../api/types';
import { describeError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/i18n';
import type { SaveFailure } from './EditableRow';

type Options = {
  field: AccountCenterField;
  lock: (field: AccountCenterField) => void;
  /** Error codes that belong to one input of the row rather than the whole row. */
  fieldCodes?: Record<string, string>;
  /** Words for a format Logto refused, per input (its guard only says "invalid"). */
  invalidFormat?: Record<string, string>;
};

/** Plain words for a failed profile save, placed next to the input they concern when possible. */
export function explainFailure(t: Translate, error: unknown, { field, lock, fieldCodes = {}, invalidFormat = {} }: Options): SaveFailure {
  if (hasErrorCode(error, 'account_center.field_not_editable')) {
    lock(field);
    return { message: t('field.locked') };
  }
  const issues = guardIssues(error);
  if (issues.length > 0) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of issues) {
      const input = issue.path.join('.');
      fieldErrors[input] = issue.validation === 'url' ? t('field.invalid_url') : (invalidFormat[input] ?? t('field.invalid_value'));
    }
    return { fieldErrors };
  }
  for (const [code, input] of Object.entries(fieldCodes)) {
    if (hasErrorCode(error, code)) return { fieldErrors: { [input]: describeError(t, error) } };
  }
  return { message: describeError(t, error) };
}
