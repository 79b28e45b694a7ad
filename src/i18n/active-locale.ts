import { isRightToLeft, type Locale } from './locales';

let active: Locale = 'en';

/**
 * The language the page is in now, for what talks to Logto outside React: the sign-in request
 * (`ui_locales`, so Logto's pages match) and the Account API (`Accept-Language`, so Logto's own
 * error messages do).
 */
export const activeLocale = (): Locale => active;

/** The page is now in `locale`: its words are in place, so `lang` and the direction follow. */
export function setActiveLocale(locale: Locale) {
  active = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
}
