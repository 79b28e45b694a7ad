import { loadCatalog } from './catalog-loaders';
import { en } from './messages/en';
import type { MessageKey, Messages } from './messages/keys';
import { registeredEnglish } from './register';

export type { MessageKey };
import { isRightToLeft, type Locale } from './locales';
export { isLocale, locales, matchLocale, type Locale } from './locales';
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export type Catalog = Partial<Messages>;

/** The core English catalog ships with the app; every other language loads when chosen. */
export async function loadMessages(locale: Locale): Promise<Catalog> {
  if (locale === 'en') return en;
  return (await loadCatalog(locale)) ?? en;
}

const english = (key: string): string | undefined =>
  (en as Record<string, string>)[key] ?? registeredEnglish[key];

const placeholder = /\{(\w+)\}/g;
const ownDigits: ReadonlySet<Locale> = new Set(['ar', 'fa-IR']);

export function createTranslator(locale: Locale, messages: Catalog): Translate {
  // Built on first use: the first NumberFormat costs a phone tens of milliseconds (ICU data), and
  // most pages format neither a number nor a plural when they first show.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  const plural = (count: number) => (plurals ??= new Intl.PluralRules(locale)).select(count);
  // Numbers in the language's own digits and grouping (Persian ۱۲, German 1.000). A whole number
  // below 1,000 is plain 0–9 digits in every language here but Persian (and Arabic, in older ICU
  // data): it skips building the NumberFormat, which cost the overview's first render ~200 ms on a
  // throttled phone. The unit test holds this to what Intl writes, number by number.
  const number = (value: number) =>
    !ownDigits.has(locale) && Number.isInteger(value) && value >= 0 && value < 1000
      ? String(value)
      : (numbers ??= new Intl.NumberFormat(locale)).format(value);
  const lookup = (key: string) => (messages as Record<string, string>)[key] ?? english(key);
  // In a right-to-left language an inserted name, address or URL is isolated (FSI … PDI), so its own
  // direction cannot reorder the sentence around it.
  const isolate = isRightToLeft(locale) ? (text: string) => `\u2068${text}\u2069` : (text: string) => text;
  const show = (value: string | number | undefined, match: string) =>
    value === undefined ? match : typeof value === 'number' ? number(value) : isolate(value);
  return (key, vars) => {
    let template = lookup(key) ?? key;
    if (vars && typeof vars.count === 'number') template = lookup(`${key}_${plural(vars.count)}`) ?? template;
    return vars ? template.replace(placeholder, (match, name: string) => show(vars[name], match)) : template;
  };
}

export function hasMessage(key: string): key is MessageKey {
  return english(key) !== undefined;
}
