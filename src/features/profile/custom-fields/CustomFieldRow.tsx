import type { CustomProfileField } from '@/api/types';
import { useI18n } from '@/i18n/I18nProvider';
import { CheckboxField } from '@/ui/CheckboxField';
import { SelectField, TextField } from '@/ui/Field';
import { EditableRow, NotSet, type SaveFailure } from '../../rows/EditableRow';
import { dateInput, draftOf, problemOf, storedOf, type Draft } from './field-rules';
import { parseToIso } from './date-format';

type Props = {
  field: CustomProfileField;
  stored: unknown;
  readOnly: boolean;
  readOnlyReason?: string;
  save: (value: unknown) => Promise<unknown>;
  explainFailure: (error: unknown) => SaveFailure;
};

/** One field the tenant defined, shown and edited with the input its type calls for. */
export function CustomFieldRow({ field, stored, readOnly, readOnlyReason, save, explainFailure }: Props) {
  const { t, locale } = useI18n();
  const { name, label, type, config } = field;
  const hint = field.description || undefined;
  const options = config.options ?? [];
  const optionLabel = (value: string) => options.find((option) => option.value === value)?.label || value;

  const display = () => {
    const draft = draftOf(field, stored);
    if (type === 'Checkbox') return stored === undefined ? <NotSet /> : t(draft ? 'custom_field.yes' : 'custom_field.no');
    if (draft === '' || typeof draft === 'boolean') return <NotSet />;
    if (type === 'Select') return optionLabel(draft);
    if (type === 'Date') {
      // The picker's ISO date, or the stored text in the tenant's format, read in the user's language.
      const { pattern, picker } = dateInput(field);
      const iso = picker ? draft : pattern ? parseToIso(draft, pattern) : undefined;
      return iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : draft;
    }
    if (type === 'Number') return new Intl.NumberFormat(locale).format(Number(draft));
    return draft;
  };

  return (
    <EditableRow<Draft>
      label={label}
      display={display()}
      readOnly={readOnly}
      readOnlyReason={readOnlyReason}
      initialDraft={() => draftOf(field, stored)}
      validate={(draft) => {
        const problem = problemOf(field, draft);
        return { [name]: problem && t(problem.key, problem.vars) };
      }}
      save={(draft) => save(storedOf(field, draft))}
      explainFailure={explainFailure}
      renderEditor={({ draft, setDraft, errors, firstField }) => {
        const common = { label, name, hint, error: errors[name], required: field.required };
        if (type === 'Checkbox') {
          return <CheckboxField {...common} ref={firstField} checked={draft === true} onChange={(event) => setDraft(event.target.checked)} />;
        }
        const text = typeof draft === 'string' ? draft : '';
        if (type === 'Select') {
          return (
            <SelectField
              {...common}
              ref={firstField}
              value={text}
              options={[
                ...(field.required && text !== '' ? [] : [{ value: '', label: t('custom_field.choose') }]),
                ...options.map((option) => ({ value: option.value, label: option.label || option.value })),
              ]}
              onChange={(event) => setDraft(event.target.value)}
            />
          );
        }
        const date = type === 'Date' ? dateInput(field) : undefined;
        return (
          <TextField
            {...common}
            ref={firstField}
            type={type === 'Number' ? 'number' : type === 'Url' ? 'url' : date?.picker ? 'date' : 'text'}
            inputMode={type === 'Number' ? 'decimal' : type === 'Url' ? 'url' : undefined}
            placeholder={config.placeholder ?? (date && !date.picker ? date.pattern : undefined)}
            autoComplete="off"
            value={text}
            onChange={(event) => setDraft(event.target.value)}
          />
        );
      }}
    />
  );
}
