/**
 * Logto's date formats (`SupportedDateFormat`: US, UK, ISO, or a custom date-fns pattern). The
 * browser's date picker gives ISO dates; these turn them into the tenant's format and back. Only
 * the numeric year, month and day tokens are understood; anything else is typed as text.
 */
const presets: Record<string, string> = { 'MM/dd/yyyy': 'MM/dd/yyyy', 'dd/MM/yyyy': 'dd/MM/yyyy', 'yyyy-MM-dd': 'yyyy-MM-dd' };

type Token = 'yyyy' | 'yy' | 'MM' | 'M' | 'dd' | 'd';
const known = new Set<string>(['yyyy', 'yy', 'MM', 'M', 'dd', 'd']);
/** Runs of one letter, as date-fns reads them: `MMM` is a month name, not `MM` and `M`. */
const tokenPattern = /y+|M+|d+|[A-Za-z]+/g;

/** The pattern in effect, or undefined when there is none (any text is a date then, as in Logto). */
export function datePattern(format: string | undefined, customFormat: string | undefined): string | undefined {
  if (!format) return undefined;
  return format === 'custom' ? customFormat || undefined : (presets[format] ?? format);
}

/** Whether the browser's date picker can stand in for typing (the pattern has only those tokens). */
export function isPickable(pattern: string): boolean {
  const runs = pattern.match(tokenPattern) ?? [];
  const letters = new Set(runs.map((run) => run[0]));
  return !pattern.includes("'") && runs.every((run) => known.has(run)) && letters.size === 3 && runs.length === 3;
}

const pad = (value: number, length: number) => String(value).padStart(length, '0');

/** `2026-03-07` → `03/07/2026` for `MM/dd/yyyy`. */
export function formatIsoDate(iso: string, pattern: string): string {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  const values: Record<Token, string> = {
    yyyy: pad(year, 4),
    yy: pad(year % 100, 2),
    MM: pad(month, 2),
    M: String(month),
    dd: pad(day, 2),
    d: String(day),
  };
  return pattern.replace(tokenPattern, (token) => values[token as Token]);
}

/** `03/07/2026` → `2026-03-07`, or undefined when it is not a real date in that pattern. */
export function parseToIso(value: string, pattern: string): string | undefined {
  const tokens: Token[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(tokenPattern, (token) => {
    tokens.push(token as Token);
    return token.length === 1 ? '(\\d{1,2})' : `(\\d{${token.length}})`;
  });
  const match = new RegExp(`^${source}$`).exec(value);
  if (!match) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  tokens.forEach((token, index) => {
    const number = Number(match[index + 1]);
    if (token === 'yyyy') year = number;
    else if (token === 'yy') year = 2000 + number;
    else if (token === 'MM' || token === 'M') month = number;
    else day = number;
  });
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
