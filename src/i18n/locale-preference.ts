import { local } from '../app/web-storage';
import { isLocale, matchLocale, type Locale } from './i18n';

const storageKey = 'account-center:locale';

export function initialLocale(configured: Locale | 'auto'): Locale {
  const stored = local.getItem(storageKey);
  if (isLocale(stored)) return stored;
  return configured === 'auto' ? matchLocale(navigator.languages) : configured;
}

export function storeLocale(locale: Locale) {
  local.setItem(storageKey, locale);
}
