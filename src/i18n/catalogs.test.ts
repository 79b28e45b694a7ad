import { describe, expect, it } from 'vitest';
import { connectionsEn } from '../features/connections/messages.en';
import { devicesEn } from '../features/devices/messages.en';
import { mfaEn } from '../features/mfa/messages.en';
import { overviewEn } from '../features/overview/messages.en';
import { avatarEn } from '../features/profile/avatar/messages.en';
import { customFieldsEn } from '../features/profile/custom-fields/messages.en';
import { securityEn } from '../features/security/messages.en';
import { pagesEn } from '../app/pages/messages.en';
import { userAgentEn } from '../user-agent/messages.en';
import { verificationEn } from '../verification/messages.en';
import { locales } from './locales';
import { en as coreEn } from './messages/en';

/** Every English message, from the core catalog and each area's part. */
const english: Record<string, string> = {
  ...coreEn,
  ...securityEn,
  ...connectionsEn,
  ...mfaEn,
  ...devicesEn,
  ...overviewEn,
  ...avatarEn,
  ...customFieldsEn,
  ...userAgentEn,
  ...pagesEn,
  ...verificationEn,
};

const catalogs = Object.entries(
  import.meta.glob<{ catalog: Record<string, string> }>(['./messages/*.ts', '!./messages/en.ts', '!./messages/keys.ts'], { eager: true }),
).map(([path, module]) => [path.replace(/^.*\/(.*)\.ts$/, '$1'), module.catalog] as const);

/**
 * Messages a native product writer leaves as in English, and where: loanwords that are that
 * language's everyday word (Tablet, Computer, Website, TV, Zoom, Account, Password, Passkey) and
 * “No” in Spanish and Italian. Anything else equal to English is an untranslated message.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  'device.kind.tablet': ['cs', 'de', 'id', 'it', 'nl', 'pl-PL', 'pt-BR', 'pt-PT', 'tr-TR'],
  'device.kind.desktop': ['de', 'it', 'nl'],
  'device.kind.tv': ['it', 'ko', 'pt-BR'],
  'profile.name': ['de'],
  'profile.website': ['de', 'nl'],
  'mfa.passkey.title': ['de'],
  'mfa.passkey.unnamed': ['de', 'it'],
  'overview.check.passkeys': ['de'],
  'avatar.crop.zoom': ['es', 'it', 'pt-BR', 'pt-PT'],
  'custom_field.no': ['es', 'it'],
  'app.name': ['it', 'nl'],
  'password.section': ['it'],
  'password.label': ['it'],
};

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const countedKeys = Object.keys(english).filter((key) => key.endsWith('_one')).map((key) => key.slice(0, -'_one'.length));
const pluralForms = ['zero', 'one', 'two', 'few', 'many'] as const;

it('has a catalog for every language the app offers', () => {
  expect(catalogs.map(([locale]) => locale).sort()).toEqual(locales.filter((locale) => locale !== 'en').sort());
});

describe.each(catalogs)('the %s catalog', (locale, catalog) => {
  it('has every English message, none empty', () => {
    const missing = Object.keys(english).filter((key) => !catalog[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('translates every message, but for the few a native writer keeps in English', () => {
    const untranslated = Object.keys(english).filter((key) => catalog[key] === english[key] && !sameAsEnglish[key]?.includes(locale));
    expect(untranslated).toEqual([]);
  });

  it('has no key English does not have, but for the plural forms of counted messages', () => {
    const extra = Object.keys(catalog).filter(
      (key) => !(key in english) && !countedKeys.some((base) => pluralForms.some((form) => key === `${base}_${form}`)),
    );
    expect(extra).toEqual([]);
  });

  it('keeps each message’s placeholders; a plural form may name the count English’s “one” leaves out', () => {
    for (const [key, text] of Object.entries(catalog)) {
      const base = countedKeys.find((counted) => pluralForms.some((form) => key === `${counted}_${form}`));
      const expected = placeholders(english[base ?? key] ?? '');
      const actual = placeholders(text);
      if (base) expect(actual.filter((name) => name !== 'count'), `${locale}: ${key}`).toEqual(expected.filter((name) => name !== 'count'));
      else expect(actual, `${locale}: ${key}`).toEqual(expected);
    }
  });

  it('has a form for each plural category its language gives a whole number, for every counted message', () => {
    const rules = new Intl.PluralRules(locale);
    const numbers = [...Array.from({ length: 1000 }, (_, n) => n), 1_000_000];
    const categories = [...new Set(numbers.map((n) => rules.select(n)))].filter((category) => category !== 'other');
    for (const base of countedKeys) {
      for (const category of categories) expect(catalog[`${base}_${category}`], `${locale}: ${base}_${category}`).toBeTruthy();
    }
  });
});
