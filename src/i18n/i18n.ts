import type { MessageKey, Messages } from './messages/en';
import { en } from './messages/en';

export type { MessageKey };
export type Locale = 'en' | 'zh-CN';
export const locales: readonly Locale[] = ['en', 'zh-CN'];
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

// English ships in the entry chunk; other catalogs load on demand so they cost nothing up front.
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Messages>> = {
  'zh-CN': () => import('./messages/zh-CN').then((module) => module.zhCN),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === 'en' ? en : loaders[locale]();
}

export function matchLocale(candidates: readonly string[]): Locale {
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const placeholder = /\{(\w+)\}/g;

export function createTranslator(locale: Locale, messages: Messages): Translate {
  const plurals = new Intl.PluralRules(locale);
  return (key, vars) => {
    let template: string = messages[key] ?? en[key] ?? key;
    if (vars && typeof vars.count === 'number') {
      const pluralKey = `${key}_${plurals.select(vars.count)}` as MessageKey;
      template = messages[pluralKey] ?? en[pluralKey] ?? template;
    }
    return vars ? template.replace(placeholder, (match, name: string) => String(vars[name] ?? match)) : template;
  };
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
