import type { Catalog, Locale } from './i18n';

// One chunk per language. This map of them sits in the boot script (src/app/boot/early-requests.ts
// asks for the start language as soon as the config is in): a map chunk of its own would be one
// more round trip, and on a phone its code waits behind the app's compile, before the language's
// own chunk could even be asked for.
const catalogs = import.meta.glob<{ catalog: Catalog }>(['./messages/*.ts', '!./messages/en.ts', '!./messages/keys.ts']);

const loading = new Map<Locale, Promise<Catalog | undefined>>();

/** A language's words, downloaded once whoever asks first; a failed download is tried again on the next ask. */
export function loadCatalog(locale: Exclude<Locale, 'en'>): Promise<Catalog | undefined> {
  const pending = loading.get(locale);
  if (pending) return pending;
  const load = catalogs[`./messages/${locale}.ts`];
  const catalog = load ? load().then((module) => module.catalog) : Promise.resolve(undefined);
  loading.set(locale, catalog);
  catalog.catch(() => loading.delete(locale));
  return catalog;
}
