import { local, session } from '../app/web-storage';
import { closestLocale, isLocale, matchLocale, type Locale } from './locales';

const storageKey = 'account-center:locale';
// As the page was opened: later navigation drops the query, not the user's request.
const openedWith = typeof window === 'undefined' ? '' : window.location.search;

/** The language the user picked here, remembered across visits. */
export const chosenLocale = (): Locale | undefined => {
  const stored = local.getItem(storageKey);
  return isLocale(stored) ? stored : undefined;
};

const requestedKey = 'account-center:requested-locale';

/**
 * `ui_locales` of the page's URL (OIDC's space-separated list): the first the app speaks. Kept for
 * the tab's session, so the language survives the round trip through Logto's sign-in, which
 * comes back without it.
 */
export function urlLocale(search: string = openedWith): Locale | undefined {
  const requested = new URLSearchParams(search).get('ui_locales');
  for (const tag of requested?.split(/\s+/).filter(Boolean) ?? []) {
    const match = closestLocale(tag);
    if (match) {
      session.setItem(requestedKey, match);
      return match;
    }
  }
  const kept = session.getItem(requestedKey);
  return isLocale(kept) ? kept : undefined;
}

/**
 * The language to start in: the user's own choice, then `ui_locales` in the URL, then the
 * deployment's `locale`, then the browser's languages. (A host page's `set-locale` comes later,
 * in its place between the URL and the deployment: see EmbedBridge.)
 */
export function initialLocale(configured: Locale | 'auto', languages: readonly string[] = navigator.languages): Locale {
  return chosenLocale() ?? urlLocale() ?? (configured === 'auto' ? matchLocale(languages) : configured);
}

/** Whether something the user did or asked for outranks a host page's language. */
export const hasOwnLocale = () => chosenLocale() !== undefined || urlLocale() !== undefined;

export function storeLocale(locale: Locale) {
  local.setItem(storageKey, locale);
}
