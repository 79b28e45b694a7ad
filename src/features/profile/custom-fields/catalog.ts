import type { CustomProfileField, CustomProfileFieldType } from '@/api/types';

/**
 * Names Logto stores outside `customData`: the account's own columns and the OIDC profile claims
 * (`packages/schemas`: `builtInCustomProfileFieldKeys`). This page already has rows for them.
 */
const builtInNames = new Set([
  'name',
  'avatar',
  'username',
  'primaryEmail',
  'primaryPhone',
  'fullname',
  'familyName',
  'givenName',
  'middleName',
  'nickname',
  'preferredUsername',
  'profile',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
]);

const types: readonly CustomProfileFieldType[] = ['Text', 'Number', 'Date', 'Checkbox', 'Select', 'Url', 'Regex', 'Address', 'Fullname'];

/** Composite types write the OIDC name parts or address, which the page's own rows already edit. */
const stored = (field: CustomProfileField) => !builtInNames.has(field.name) && field.type !== 'Address' && field.type !== 'Fullname';

/** A snapshot in config.json is hand-editable: keep only entries in the shape Logto gives. */
const isField = (value: unknown): value is CustomProfileField => {
  const field = value as Partial<CustomProfileField> | null;
  return (
    typeof field?.name === 'string' &&
    field.name !== '' &&
    types.includes(field.type as CustomProfileFieldType) &&
    typeof field.label === 'string' &&
    typeof field.config === 'object' &&
    field.config !== null
  );
};

/**
 * The tenant's own fields kept in `customData`, in the order the account center lists them
 * (`profileFields`). Without that list, none: the tenant has not chosen any for this page.
 */
export function customFieldsToShow(catalog: unknown, profileFields: Array<{ name: string }> | null | undefined): CustomProfileField[] {
  if (!Array.isArray(catalog) || !profileFields) return [];
  const byName = new Map(catalog.filter(isField).map((field) => [field.name, field]));
  return profileFields.flatMap(({ name }) => {
    const field = byName.get(name);
    return field && stored(field) ? [{ ...field, required: field.required === true }] : [];
  });
}
