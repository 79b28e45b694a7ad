import { useFieldControls } from '../../app/account-center/field-controls';
import type { AccountCenterField } from '../../api/types';
import { useT } from '../../i18n/I18nProvider';

export type RowControl = { visible: boolean; readOnly: boolean; readOnlyReason?: string };

/** Off → hidden; ReadOnly → shown without Edit, with the reason; Edit → editable. */
export function useRowControl() {
  const t = useT();
  const controls = useFieldControls();
  return {
    controls,
    rowControl(field: AccountCenterField, present: boolean): RowControl {
      const control = controls.controlOf(field);
      if (!present || control === 'Off' || control === undefined) return { visible: false, readOnly: true };
      if (control === 'Edit') return { visible: true, readOnly: false };
      return {
        visible: true,
        readOnly: true,
        readOnlyReason: controls.isLocked(field) ? t('field.locked') : t('field.read_only'),
      };
    },
  };
}
