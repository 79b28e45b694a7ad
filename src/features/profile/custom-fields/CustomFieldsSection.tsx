import type { Account, CustomProfileField } from '@/api/types';
import { useT } from '@/i18n/I18nProvider';
import { registerEnglish } from '@/i18n/register';
import { Section } from '@/ui/Section';
import type { SaveFailure } from '../../rows/EditableRow';
import type { RowControl } from '../../rows/row-control';
import { useUpdateCustomData } from './use-update-custom-data';
import { CustomFieldRow } from './CustomFieldRow';
import { customFieldsEn } from './messages.en';

registerEnglish(customFieldsEn);

type Props = RowControl & {
  fields: CustomProfileField[];
  customData: Account['customData'];
  explainFailure: (error: unknown) => SaveFailure;
};

/** The tenant's own profile fields, kept in `customData`, under the `customData` field control. */
export default function CustomFieldsSection({ fields, customData = {}, explainFailure, ...control }: Props) {
  const t = useT();
  const update = useUpdateCustomData();
  return (
    <Section title={t('custom_field.section')} description={control.readOnlyReason ?? t('custom_field.section_hint')}>
      {fields.map((field) => (
        <CustomFieldRow
          key={field.name}
          field={field}
          stored={customData[field.name]}
          readOnly={control.readOnly}
          readOnlyReason={control.readOnlyReason}
          save={(value) => update.mutateAsync({ name: field.name, value })}
          explainFailure={explainFailure}
        />
      ))}
    </Section>
  );
}
