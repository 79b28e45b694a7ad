import { RequestError } from '../http/request-error.js';

type Match = { field: string | undefined; mode: 'like' | 'exact'; values: string[] };

const invalid = (details: string) =>
  new RequestError({ code: 'request.invalid_input', status: 400, interpolation: { details } });

/** SQL `LIKE` as a regular expression: `%` any run, `_` one character, the rest literal. */
const likePattern = (value: string, caseSensitive: boolean) =>
  new RegExp(
    `^${[...value]
      .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : char.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')))
      .join('')}$`,
    caseSensitive ? 's' : 'is'
  );

/**
 * A subset of Logto's list search: `search=` (any searchable field) and `search.<field>=`, modes
 * `like` (the default, SQL `LIKE` patterns) and `exact` (`mode=` or `mode.<field>=`),
 * `isCaseSensitive`, and `joint` (`or`, the default, or `and`). `similar_to` and `posix` are not
 * emulated.
 */
export const searchFilter = <Item>(
  params: URLSearchParams,
  fields: Record<string, (item: Item) => string | null>
): ((item: Item) => boolean) => {
  const modes = new Map<string | undefined, string>();
  const values = new Map<string | undefined, string[]>();
  for (const [key, value] of params.entries()) {
    const [prefix, field, extra] = key.split('.');
    if (prefix !== 'search' && prefix !== 'mode') continue;
    if (extra !== undefined) throw invalid(`Unsupported nested search field path \`${key}\`.`);
    if (field !== undefined && !(field in fields)) {
      throw invalid(`Search field \`${field}\` is not allowed. Expect one of ${Object.keys(fields).join(', ')}.`);
    }
    if (prefix === 'mode') modes.set(field, value);
    else values.set(field, [...(values.get(field) ?? []), value]);
  }
  const caseSensitive = params.get('isCaseSensitive') === 'true';
  const joint = params.get('joint') ?? params.get('jointMode') ?? 'or';
  if (joint !== 'or' && joint !== 'and') throw invalid(`Search joint mode \`${joint}\` is not valid.`);

  const matches: Match[] = [...values.entries()].map(([field, fieldValues]) => {
    const mode = modes.get(field) ?? modes.get(undefined) ?? 'like';
    if (mode !== 'like' && mode !== 'exact') throw invalid(`Search match mode \`${mode}\` is not emulated.`);
    if (fieldValues.some((value) => !value)) throw invalid('Search value cannot be empty.');
    if (mode === 'like' && fieldValues.length !== 1) {
      throw invalid('Only one search value is allowed when search mode is not `exact`.');
    }
    return { field, mode, values: fieldValues };
  });
  if (matches.length === 0) return () => true;

  const test = (item: Item, { field, mode, values: matchValues }: Match) =>
    (field ? [field] : Object.keys(fields)).some((name) => {
      const actual = fields[name]?.(item);
      if (actual === null || actual === undefined) return false;
      if (mode === 'exact') {
        return matchValues.some((value) =>
          caseSensitive ? actual === value : actual.toLowerCase() === value.toLowerCase()
        );
      }
      return likePattern(matchValues[0] ?? '', caseSensitive).test(actual);
    });
  return (item) =>
    joint === 'and' ? matches.every((match) => test(item, match)) : matches.some((match) => test(item, match));
};
