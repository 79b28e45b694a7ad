import type { CustomProfileField } from '@/api/types';
import type { MessageKey, Vars } from '@/i18n/i18n';
import { isHttpUrl } from '@/app/safe-url';
import { datePattern, formatIsoDate, isPickable, parseToIso } from './date-format';

/** What the editor holds: text for most types, a flag for checkboxes. */
export type Draft = string | boolean;
export type Problem = { key: MessageKey; vars?: Vars };

export const dateInput = (field: CustomProfileField) => {
  const pattern = datePattern(field.config.format, field.config.customFormat);
  return { pattern, picker: pattern === undefined || isPickable(pattern) };
};

/** The editor's starting value from what `customData` holds (Logto may hold a number or a flag). */
export function draftOf(field: CustomProfileField, stored: unknown): Draft {
  if (field.type === 'Checkbox') return typeof stored === 'boolean' ? stored : stored === 'true' || (stored === undefined && field.config.defaultValue === 'true');
  if (stored === undefined || stored === null) return '';
  const text = String(stored);
  if (field.type === 'Date') {
    const { pattern, picker } = dateInput(field);
    // The picker edits ISO dates; a stored value in another pattern is converted for it.
    if (pattern && picker) return parseToIso(text, pattern) ?? '';
  }
  return text;
}

const lengthProblem = ({ minLength: min, maxLength: max }: CustomProfileField['config'], length: number): Problem | undefined => {
  if ((min === undefined || length >= min) && (max === undefined || length <= max)) return undefined;
  if (min !== undefined && max !== undefined) return { key: 'custom_field.length_between', vars: { min, max } };
  return min !== undefined ? { key: 'custom_field.length_min', vars: { min } } : { key: 'custom_field.length_max', vars: { max: max ?? 0 } };
};

const rangeProblem = ({ minValue: min, maxValue: max }: CustomProfileField['config'], value: number): Problem | undefined => {
  if ((min === undefined || value >= min) && (max === undefined || value <= max)) return undefined;
  if (min !== undefined && max !== undefined) return { key: 'custom_field.range_between', vars: { min, max } };
  return min !== undefined ? { key: 'custom_field.range_min', vars: { min } } : { key: 'custom_field.range_max', vars: { max: max ?? 0 } };
};

const matches = (pattern: string, value: string) => {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    // A pattern the browser cannot read cannot be met here, as in Logto's own account page.
    return false;
  }
};

/** Logto's rules for each type (its account page applies the same before saving). */
export function problemOf(field: CustomProfileField, draft: Draft): Problem | undefined {
  if (typeof draft === 'boolean') return field.required && !draft ? { key: 'custom_field.must_check' } : undefined;
  const value = draft.trim();
  if (value === '') return field.required ? { key: 'custom_field.required' } : undefined;
  const { config } = field;
  switch (field.type) {
    case 'Number': {
      const number = Number(value);
      return Number.isNaN(number) ? { key: 'custom_field.not_a_number' } : rangeProblem(config, number);
    }
    case 'Url':
      return isHttpUrl(value) ? undefined : { key: 'field.invalid_url' };
    case 'Regex':
      return config.format && !matches(config.format, value) ? { key: 'custom_field.pattern' } : undefined;
    case 'Date': {
      // Patterns beyond numeric year, month and day (month names, weekdays) are taken as typed.
      const { pattern, picker } = dateInput(field);
      if (!pattern || !picker) return undefined;
      return parseToIso(value, 'yyyy-MM-dd') ? undefined : { key: 'custom_field.date', vars: { format: pattern } };
    }
    case 'Select':
      return config.options?.some((option) => option.value === value) ? undefined : { key: 'field.invalid_value' };
    default:
      return lengthProblem(config, value.length);
  }
}

/** The value to keep in `customData` (Logto's account page keeps numbers as numbers, flags as flags); undefined clears it. */
export function storedOf(field: CustomProfileField, draft: Draft): unknown {
  if (typeof draft === 'boolean') return draft;
  const value = draft.trim();
  if (value === '') return undefined;
  if (field.type === 'Number') return Number(value);
  if (field.type === 'Date') {
    const { pattern, picker } = dateInput(field);
    if (pattern && picker) return formatIsoDate(value, pattern);
  }
  return value;
}
