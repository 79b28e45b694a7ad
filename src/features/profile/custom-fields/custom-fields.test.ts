import { describe, expect, it } from 'vitest';
import type { CustomProfileField } from '@/api/types';
import { customFieldsToShow } from './catalog';
import { datePattern, formatIsoDate, isPickable, parseToIso } from './date-format';
import { draftOf, problemOf, storedOf } from './field-rules';

const field = (overrides: Partial<CustomProfileField>): CustomProfileField => ({
  name: 'x',
  type: 'Text',
  label: 'X',
  required: false,
  config: {},
  ...overrides,
});

describe('which custom fields the profile shows', () => {
  const catalog = [
    field({ name: 'name', type: 'Text' }),
    field({ name: 'department', type: 'Select' }),
    field({ name: 'shipping', type: 'Address' }),
    field({ name: 'birthdate', type: 'Date' }),
    field({ name: 'employeeId', type: 'Regex' }),
    { name: 'broken', type: 'Nope', label: 'B', config: {} },
  ];

  it('shows the fields kept in customData, in the account center’s order', () => {
    const shown = customFieldsToShow(catalog, [{ name: 'employeeId' }, { name: 'name' }, { name: 'department' }, { name: 'shipping' }, { name: 'missing' }]);
    expect(shown.map(({ name }) => name)).toEqual(['employeeId', 'department']);
  });

  it('shows none when the tenant chose none, or the snapshot is not a list', () => {
    expect(customFieldsToShow(catalog, null)).toEqual([]);
    expect(customFieldsToShow('nope', [{ name: 'department' }])).toEqual([]);
    expect(customFieldsToShow(catalog, [{ name: 'broken' }])).toEqual([]);
  });
});

describe('date formats', () => {
  it('knows Logto’s presets and custom patterns', () => {
    expect(datePattern('MM/dd/yyyy', undefined)).toBe('MM/dd/yyyy');
    expect(datePattern('custom', 'dd.MM.yyyy')).toBe('dd.MM.yyyy');
    expect(datePattern(undefined, undefined)).toBeUndefined();
    expect(isPickable('dd.MM.yyyy')).toBe(true);
    expect(isPickable('MMM d, yyyy')).toBe(false);
  });

  it('converts between the picker’s ISO date and the tenant’s pattern, refusing impossible dates', () => {
    expect(formatIsoDate('2026-03-07', 'MM/dd/yyyy')).toBe('03/07/2026');
    expect(formatIsoDate('2026-03-07', 'd.M.yy')).toBe('7.3.26');
    expect(parseToIso('03/07/2026', 'MM/dd/yyyy')).toBe('2026-03-07');
    expect(parseToIso('31/02/2026', 'dd/MM/yyyy')).toBeUndefined();
    expect(parseToIso('2026-3-7', 'yyyy-MM-dd')).toBeUndefined();
    expect(parseToIso('0001-01-01', 'yyyy-MM-dd')).toBe('0001-01-01');
  });
});

describe('field rules', () => {
  it('requires a value, or a tick for a required checkbox', () => {
    expect(problemOf(field({ required: true }), '  ')?.key).toBe('custom_field.required');
    expect(problemOf(field({ type: 'Checkbox', required: true }), false)?.key).toBe('custom_field.must_check');
    expect(problemOf(field({}), '')).toBeUndefined();
  });

  it('checks text length, number range, URL, pattern, date and option as Logto does', () => {
    expect(problemOf(field({ config: { minLength: 2, maxLength: 4 } }), 'abcde')).toEqual({ key: 'custom_field.length_between', vars: { min: 2, max: 4 } });
    expect(problemOf(field({ type: 'Number', config: { minValue: 1 } }), '0')).toEqual({ key: 'custom_field.range_min', vars: { min: 1 } });
    expect(problemOf(field({ type: 'Number' }), 'ten')?.key).toBe('custom_field.not_a_number');
    expect(problemOf(field({ type: 'Url' }), 'javascript:alert(1)')?.key).toBe('field.invalid_url');
    expect(problemOf(field({ type: 'Regex', config: { format: '^E-\\d{4}$' } }), 'E-12')?.key).toBe('custom_field.pattern');
    expect(problemOf(field({ type: 'Regex', config: { format: '^E-\\d{4}$' } }), 'E-1234')).toBeUndefined();
    expect(problemOf(field({ type: 'Regex', config: { format: '(' } }), 'x')?.key).toBe('custom_field.pattern');
    expect(problemOf(field({ type: 'Date', config: { format: 'MM/dd/yyyy' } }), '2026-02-30')?.key).toBe('custom_field.date');
    expect(problemOf(field({ type: 'Date', config: { format: 'MM/dd/yyyy' } }), '2026-02-28')).toBeUndefined();
    expect(problemOf(field({ type: 'Select', config: { options: [{ value: 'a' }] } }), 'b')?.key).toBe('field.invalid_value');
  });

  it('keeps numbers as numbers, flags as flags, dates in the tenant’s pattern, and clears empty values', () => {
    expect(storedOf(field({ type: 'Number' }), '42')).toBe(42);
    expect(storedOf(field({ type: 'Checkbox' }), false)).toBe(false);
    expect(storedOf(field({ type: 'Date', config: { format: 'dd/MM/yyyy' } }), '2026-03-07')).toBe('07/03/2026');
    expect(storedOf(field({}), '  ')).toBeUndefined();
    expect(draftOf(field({ type: 'Date', config: { format: 'dd/MM/yyyy' } }), '07/03/2026')).toBe('2026-03-07');
    expect(draftOf(field({ type: 'Checkbox', config: { defaultValue: 'true' } }), undefined)).toBe(true);
    expect(draftOf(field({ type: 'Number' }), 7)).toBe('7');
  });
});
