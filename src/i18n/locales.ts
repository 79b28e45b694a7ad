/** The languages the app speaks; apart from i18n.ts so config.json's check does not load the words. */
export const locales = [
  'en',
  'ar',
  'cs',
  'de',
  'es',
  'fa-IR',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'nl',
  'pl-PL',
  'pt-BR',
  'pt-PT',
  'ru',
  'sv',
  'th',
  'tr-TR',
  'uk-UA',
  'vi',
  'zh-CN',
  'zh-HK',
  'zh-TW',
] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

const rightToLeft: ReadonlySet<Locale> = new Set(['ar', 'fa-IR', 'he']);
export const isRightToLeft = (locale: Locale) => rightToLeft.has(locale);

// Old codes browsers and hosts still send.
const aliases: Record<string, string> = { iw: 'he', in: 'id' };

/**
 * The supported language closest to a BCP 47 tag, or `undefined`: an exact match; Chinese by
 * script and region (Traditional: Hong Kong and Macau → zh-HK, else zh-TW; Simplified → zh-CN);
 * Portuguese → pt-BR unless Portugal's; otherwise by language alone (fa → fa-IR, de-AT → de).
 */
export function closestLocale(tag: string): Locale | undefined {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
  const exact = locales.find((locale) => locale.toLowerCase() === parsed.baseName.toLowerCase());
  if (exact) return exact;
  const language = aliases[parsed.language] ?? parsed.language;
  if (language === 'zh') {
    const { script, region } = parsed.maximize();
    if (script === 'Hans') return 'zh-CN';
    return region === 'HK' || region === 'MO' ? 'zh-HK' : 'zh-TW';
  }
  if (language === 'pt') return parsed.region === 'PT' ? 'pt-PT' : 'pt-BR';
  return locales.find((locale) => locale === language || locale.startsWith(`${language}-`));
}

/** The first of the user's languages the app speaks, else English. */
export function matchLocale(candidates: readonly string[]): Locale {
  for (const candidate of candidates) {
    const match = closestLocale(candidate);
    if (match) return match;
  }
  return 'en';
}
