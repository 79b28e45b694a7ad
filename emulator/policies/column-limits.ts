import { RequestError } from '../http/request-error.js';

/**
 * Storing a string in a `varchar(n)` column, as Postgres does it: longer than `n` characters
 * (code points, not UTF-16 units) fails with SQLSTATE 22001 "value too long for type character
 * varying(n)", unless everything past `n` is spaces, which are cut off silently. Logto's
 * `koaSlonikErrorHandler` turns 22001 into 422 `entity.value_too_long` with the database message
 * as `data.message`; the row is left as it was.
 */
export const fitVarchar = <Value extends string | null | undefined>(value: Value, limit: number): Value => {
  if (typeof value !== 'string') {
    return value;
  }
  const characters = [...value];
  if (characters.length <= limit) {
    return value;
  }
  if (characters.slice(limit).every((character) => character === ' ')) {
    return characters.slice(0, limit).join('') as Value;
  }
  throw new RequestError(
    { code: 'entity.value_too_long', status: 422 },
    { message: `value too long for type character varying(${limit})` }
  );
};

/**
 * Applies `fitVarchar` to each limited column a change sets, in the table's column order (the
 * order Postgres checks them in), and returns the change as it would be stored.
 */
export const fitColumns = <Changes extends object>(
  limits: ReadonlyArray<readonly [string, number]>,
  changes: Changes
): Changes => {
  const fitted = { ...changes } as Record<string, unknown>;
  for (const [column, limit] of limits) {
    const value = fitted[column];
    if (typeof value === 'string') {
      fitted[column] = fitVarchar(value, limit);
    }
  }
  return fitted as Changes;
};

/** `users` columns the Account API writes that have a length limit (`packages/schemas/tables/users.sql`). */
export const userColumnLimits = [
  ['username', 128],
  ['primaryEmail', 128],
  ['primaryPhone', 128],
  ['name', 128],
  ['avatar', 2048],
] as const;

/** `custom_profile_fields` columns with a length limit (`packages/schemas/tables/custom_profile_fields.sql`). */
export const customProfileFieldColumnLimits = [
  ['name', 128],
  ['label', 128],
  ['description', 256],
] as const;
