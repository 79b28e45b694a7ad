import { en } from './messages/en';
import type { MessageKey, Messages } from './messages/keys';
import { registeredEnglish } from './register';

export type { MessageKey };
import type { Locale } from './locales';
export { isLocale, locales, type Locale } from './locales';
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export type Catalog = Partial<Messages>;

// The core English catalog ships in the entry chunk; other languages load on demand.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  'zh-CN': () => import('./messages/zh-CN').then((module) => module.catalog),
};

export async function loadMessages(locale: Locale): Promise<Catalog> {
  return locale === 'en' ? en : loaders[locale]();
}

const english = (key: string): string | undefined =>
  (en as Record<string, string>)[key] ?? registeredEnglish[key];

export function matchLocale(candidates: readonly string[]): Locale {
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

const placeholder = /\{(\w+)\}/g;

export function createTranslator(locale: Locale, messages: Catalog): Translate {
  const plurals = new Intl.PluralRules(locale);
  const lookup = (key: string) => (messages as Record<string, string>)[key] ?? english(key);
  return (key, vars) => {
    let template = lookup(key) ?? key;
    if (vars && typeof vars.count === 'number') template = lookup(`${key}_${plurals.select(vars.count)}`) ?? template;
    return vars ? template.replace(placeholder, (match, name: string) => String(vars[name] ?? match)) : template;
  };
}

export function hasMessage(key: string): key is MessageKey {
  return english(key) !== undefined;
}
