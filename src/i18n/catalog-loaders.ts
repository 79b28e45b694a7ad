import type { Catalog, Locale } from './i18n';

// One chunk per language. This map of them is a chunk of its own too: an English page never
// downloads it (see loadMessages), and the app asks for it as soon as it knows the start language,
// before the first render (src/main.tsx).
const catalogs = import.meta.glob<{ catalog: Catalog }>(['./messages/*.ts', '!./messages/en.ts', '!./messages/keys.ts']);

export async function loadCatalog(locale: Exclude<Locale, 'en'>): Promise<Catalog | undefined> {
  const load = catalogs[`./messages/${locale}.ts`];
  return load ? (await load()).catalog : undefined;
}
