import { z } from 'zod';

import { formatZodError } from '../http/guard.js';
import { RequestError, assertThat } from '../http/request-error.js';

/**
 * Logto's custom profile field guards and checks (`@logto/schemas`
 * `foundations/jsonb-types/custom-profile-fields.ts` at 42b5d613 for the stored config and its
 * parts, `types/custom-profile-fields.ts` for the per-type bodies, and
 * `core/src/libraries/custom-profile-fields/utils.ts` for the checks beyond zod).
 */

export const customProfileFieldTypes = [
  'Text',
  'Number',
  'Date',
  'Checkbox',
  'Select',
  'Url',
  'Regex',
  'Address',
  'Fullname',
] as const;

export type CustomProfileFieldType = (typeof customProfileFieldTypes)[number];

const typeGuard = z.enum(customProfileFieldTypes);

const fieldOptionGuard = z.object({ label: z.string().optional(), value: z.string() });

/** The stored `config` column (every key optional), and the config of each composite part. */
const baseConfigGuard = z.object({
  placeholder: z.string().max(256).optional(),
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(0).optional(),
  minValue: z.number().int().min(0).optional(),
  maxValue: z.number().int().min(0).optional(),
  format: z.string().max(128).optional(),
  customFormat: z.string().max(128).optional(),
  options: fieldOptionGuard.array().optional(),
  defaultValue: z.string().optional(),
});

/** A part of an Address or Fullname field: `{enabled, name, type, label?, description?, required, config?}`. */
export const fieldPartGuard = z.object({
  enabled: z.boolean(),
  name: z.string(),
  type: typeGuard,
  label: z.string().min(1).optional(),
  description: z.string().optional(),
  required: z.boolean(),
  config: baseConfigGuard.optional(),
});

export const customProfileFieldConfigGuard = baseConfigGuard.extend({ parts: fieldPartGuard.array().optional() });

export type CustomProfileFieldConfig = z.infer<typeof customProfileFieldConfigGuard>;

/**
 * Logto's response guards check rows against `CustomProfileFields.guard`, whose `config` is
 * stricter than the request guards (integer, non-negative limits; placeholders up to 256): a row
 * stored with a looser config makes the response a 500 (the Management API's and the public
 * sign-in experience's), though the row stays stored.
 */
export const rowsPassResponseGuard = (rows: ReadonlyArray<{ config: unknown }>): boolean =>
  rows.every(({ config }) => customProfileFieldConfigGuard.safeParse(config).success);

const addressKeys = ['formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country'] as const;
const fullnameKeys = ['givenName', 'middleName', 'familyName'] as const;

const base = z.object({
  name: z.string(),
  type: typeGuard,
  label: z.string().min(1).optional(),
  description: z.string().optional(),
  required: z.boolean(),
});

const placeholder = z.string().optional();

const text = base.extend({
  type: z.literal('Text'),
  config: z.object({ placeholder, minLength: z.number().optional(), maxLength: z.number().optional() }).optional(),
});
const number = base.extend({
  type: z.literal('Number'),
  config: z.object({ placeholder, minValue: z.number().optional(), maxValue: z.number().optional() }).optional(),
});
const date = base.extend({
  type: z.literal('Date'),
  config: z.object({ placeholder, format: z.string(), customFormat: z.string().optional() }).optional(),
});
// A checkbox has no description and is never required.
const checkbox = base.omit({ description: true }).extend({
  type: z.literal('Checkbox'),
  required: z.literal(false),
  config: z.object({ defaultValue: z.literal('true').or(z.literal('false')) }).optional(),
});
const select = base.extend({
  type: z.literal('Select'),
  config: z.object({ placeholder, options: z.array(fieldOptionGuard) }),
});
const url = base.extend({ type: z.literal('Url'), config: z.object({ placeholder }).optional() });
const regex = base.extend({ type: z.literal('Regex'), config: z.object({ placeholder, format: z.string() }) });
const address = base.extend({
  type: z.literal('Address'),
  config: z.object({ parts: z.array(fieldPartGuard.omit({ name: true }).extend({ name: z.enum(addressKeys) })) }),
});
const fullname = base.extend({
  type: z.literal('Fullname'),
  config: z.object({ parts: z.array(fieldPartGuard.omit({ name: true }).extend({ name: z.enum(fullnameKeys) })) }),
});

const perType = { text, number, date, checkbox, select, url, regex, address, fullname };

/** `POST /api/custom-profile-fields`: one of the nine shapes, picked by `type`. */
export const customProfileFieldUnionGuard = z.discriminatedUnion('type', [
  text,
  number,
  date,
  checkbox,
  select,
  url,
  regex,
  address,
  fullname,
]);

export type CustomProfileFieldInput = z.infer<typeof customProfileFieldUnionGuard>;

/** `PUT /api/custom-profile-fields/:name`: the same shapes without `name` (the path names it). */
export const updateCustomProfileFieldDataGuard = z.discriminatedUnion('type', [
  text.omit({ name: true }),
  number.omit({ name: true }),
  date.omit({ name: true }),
  checkbox.omit({ name: true }),
  select.omit({ name: true }),
  url.omit({ name: true }),
  regex.omit({ name: true }),
  address.omit({ name: true }),
  fullname.omit({ name: true }),
]);

export type CustomProfileFieldUpdate = z.infer<typeof updateCustomProfileFieldDataGuard>;

/** `@logto/core-kit` `numberAndAlphabetRegEx`. */
const numberAndAlphabet = /^[\dA-Za-z]+$/;

/**
 * Custom-data keys Logto itself uses (`reservedCustomDataKeys`): the console's onboarding data
 * (`onboarding`, read in `types/onboarding.ts`), guide requests, console preferences and the
 * default tenant (named after the schema's `guideRequestsKey`, `consoleUserPreferenceKey`,
 * `defaultTenantIdKey`).
 */
const reservedCustomDataKeys = new Set(['onboarding', 'guideRequests', 'consoleUserPreference', 'defaultTenantId']);

/** `reservedSignInIdentifierKeys`: the user's identifiers, under their column and short names. */
const reservedSignInIdentifierKeys = new Set(['username', 'primaryEmail', 'primaryPhone', 'email', 'phone']);

const assertFieldName = (name: string) => {
  assertThat(numberAndAlphabet.test(name), 'custom_profile_fields.invalid_name');
  assertThat(
    !reservedCustomDataKeys.has(name),
    new RequestError({ code: 'custom_profile_fields.name_conflict_custom_data', interpolation: { name } })
  );
  assertThat(
    !reservedSignInIdentifierKeys.has(name),
    new RequestError({ code: 'custom_profile_fields.name_conflict_sign_in_identifier', interpolation: { name } })
  );
};

/** `isValidRegEx`: the pattern compiles as a JavaScript regular expression. */
const isValidRegEx = (pattern: string) => {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
};

/** Url and Date wrap zod's failure as `request.invalid_input` with zod's message as details. */
const parseAsInvalidInput = (guard: z.ZodTypeAny, data: unknown) => {
  const result = guard.safeParse(data);
  if (!result.success) {
    const error = new RequestError(
      { code: 'request.invalid_input', interpolation: { details: result.error.message } },
      result.error
    );
    error.details = formatZodError(result.error);
    throw error;
  }
};

type PartsCode = 'custom_profile_fields.invalid_address_parts' | 'custom_profile_fields.invalid_fullname_parts';

const assertParts = (parts: Array<{ type: CustomProfileFieldType }>, emptyCode: PartsCode, strict: boolean) => {
  assertThat(parts.length > 0, emptyCode);
  assertThat(
    !parts.some(({ type }) => type === 'Address' || type === 'Fullname'),
    'custom_profile_fields.invalid_sub_component_type'
  );
  if (strict) {
    for (const part of parts) {
      validateCustomProfileFieldData(part as unknown as FieldData, true);
    }
  }
};

type FieldData = { name: string; type: CustomProfileFieldType } & Record<string, unknown>;

/**
 * Logto's `validateCustomProfileFieldData`: the name, then the per-type rules. Creation is
 * lenient; an update (`strict`) also wants a checkbox default, select options, a compiling regex
 * and valid parts. A zod failure here throws the ZodError itself, as Logto's `parse` does.
 */
export function validateCustomProfileFieldData(data: FieldData, strict = false): void {
  assertFieldName(data.name);
  switch (data.type) {
    case 'Text': {
      const { minLength, maxLength } = perType.text.parse(data).config ?? {};
      assertThat(
        minLength === undefined || maxLength === undefined || minLength <= maxLength,
        'custom_profile_fields.invalid_min_max_input'
      );
      break;
    }
    case 'Number': {
      const { minValue, maxValue } = perType.number.parse(data).config ?? {};
      assertThat(
        minValue === undefined || maxValue === undefined || minValue <= maxValue,
        'custom_profile_fields.invalid_min_max_input'
      );
      break;
    }
    case 'Checkbox': {
      const { config } = perType.checkbox.parse(data);
      if (strict) assertThat(config?.defaultValue !== undefined, 'custom_profile_fields.invalid_default_value');
      break;
    }
    case 'Select': {
      const { config } = perType.select.parse(data);
      if (strict) assertThat(config.options.length > 0, 'custom_profile_fields.invalid_options');
      break;
    }
    case 'Regex': {
      const { config } = perType.regex.parse(data);
      if (strict) assertThat(isValidRegEx(config.format), 'custom_profile_fields.invalid_regex_format');
      break;
    }
    case 'Address': {
      assertParts(perType.address.parse(data).config.parts, 'custom_profile_fields.invalid_address_parts', strict);
      break;
    }
    case 'Fullname': {
      assertParts(perType.fullname.parse(data).config.parts, 'custom_profile_fields.invalid_fullname_parts', strict);
      break;
    }
    case 'Url': {
      parseAsInvalidInput(perType.url, data);
      break;
    }
    case 'Date': {
      parseAsInvalidInput(perType.date, data);
      break;
    }
  }
}

/**
 * Logto's `validateProfileFieldsList`, shared by the sign-in order and the account center's
 * `profileFields`: every name must be in the catalog (400
 * `custom_profile_fields.entity_not_exists_with_names`), then no name twice (400
 * `request.invalid_input` with `data.duplicateNames`).
 */
export const assertProfileFieldsList = (
  fields: ReadonlyArray<{ name: string }>,
  inCatalog: (name: string) => boolean
): void => {
  const names = fields.map(({ name }) => name);
  const unique = [...new Set(names)];
  const missing = unique.filter((name) => !inCatalog(name));
  assertThat(
    missing.length === 0,
    new RequestError({
      code: 'custom_profile_fields.entity_not_exists_with_names',
      interpolation: { names: missing.join(', ') },
    })
  );
  const duplicateNames = unique.filter((name) => names.indexOf(name) !== names.lastIndexOf(name));
  assertThat(
    duplicateNames.length === 0,
    new RequestError(
      {
        code: 'request.invalid_input',
        interpolation: { details: `Duplicate profile field names: ${duplicateNames.join(', ')}` },
      },
      { duplicateNames }
    )
  );
};
