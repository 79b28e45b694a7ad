import type { CountryCode } from 'libphonenumber-js/min';
import { loadOnce } from '../app/load-once';

/**
 * libphonenumber-js with its smallest metadata, loaded only where a phone number is shown or
 * typed: it is the largest thing on those screens and nothing else needs it.
 */
const load = () => import('libphonenumber-js/min');
type PhoneLib = Awaited<ReturnType<typeof load>>;

let library: PhoneLib | undefined;

export const loadPhoneLibrary: () => Promise<PhoneLib> = loadOnce(() => load().then((module) => (library = module)));

/** Logto stores digits only (`15551234567`); people read `+1 555 123 4567`. */
export function formatPhone(digits: string): string {
  const international = `+${digits}`;
  if (!library) return international;
  const parsed = library.parsePhoneNumberFromString(international);
  return parsed?.isValid() ? parsed.formatInternational() : international;
}

/** The region of the browser's language, for numbers typed without a country code. */
export function defaultCountry(languages: readonly string[] = navigator.languages): CountryCode | undefined {
  for (const language of languages) {
    const region = language.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
    if (region) return region.toUpperCase() as CountryCode;
  }
  return undefined;
}

export type ParsedPhone = { ok: true; digits: string; display: string } | { ok: false };

/** Accepts a national or international number; answers Logto's digits-only form when valid. */
export async function parsePhone(input: string, country = defaultCountry()): Promise<ParsedPhone> {
  const { parsePhoneNumberFromString } = await loadPhoneLibrary();
  const text = input.trim();
  if (!text) return { ok: false };
  // "00" is the international prefix in most of the world.
  const normalised = text.startsWith('00') ? `+${text.slice(2)}` : text;
  const parsed = parsePhoneNumberFromString(normalised, normalised.startsWith('+') ? undefined : country);
  if (!parsed?.isValid()) return { ok: false };
  return { ok: true, digits: parsed.number.slice(1), display: parsed.formatInternational() };
}
