import { describe, expect, it } from 'vitest';
import { createTranslator, locales, matchLocale } from './i18n';
import { connectionsEn } from '../features/connections/messages.en';
import { mfaEn } from '../features/mfa/messages.en';
import { securityEn } from '../features/security/messages.en';
import { verificationEn } from '../verification/messages.en';
import { en as coreEn } from './messages/en';
import { catalog as zhCN } from './messages/zh-CN';
import { registerEnglish } from './register';

const en = { ...coreEn, ...securityEn, ...connectionsEn, ...mfaEn, ...verificationEn };

describe('i18n', () => {
  it('interpolates variables', () => {
    const t = createTranslator('en', coreEn);
    expect(t('field.edit', { field: 'Name' })).toBe('Edit Name');
  });

  it('writes numbers in the language’s own digits and grouping', () => {
    expect(createTranslator('en', coreEn)('field.too_long', { max: 1280 })).toBe('Use at most 1,280 characters.');
    expect(createTranslator('fa-IR', {})('field.too_long', { max: 128 })).toBe('Use at most ۱۲۸ characters.');
  });

  it('writes small whole numbers exactly as Intl does in every language, without building a NumberFormat first', () => {
    for (const locale of locales) {
      const t = createTranslator(locale, {});
      const format = new Intl.NumberFormat(locale);
      for (const value of [...Array.from({ length: 1000 }, (_, index) => index), 1000, 1280, -5, 2.5]) {
        expect(t('field.too_long', { max: value }), `${locale} ${value}`).toBe(`Use at most ${format.format(value)} characters.`);
      }
    }
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        built += 1;
      }
    } as typeof Intl.NumberFormat;
    try {
      createTranslator('de', {})('field.too_long', { max: 128 });
      expect(built).toBe(0);
      createTranslator('fa-IR', {})('field.too_long', { max: 128 });
      expect(built).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('isolates inserted text in a right-to-left language, so an address cannot reorder the sentence', () => {
    expect(createTranslator('he', {})('links.support_email', { email: 'help@example.test' })).toBe('Email \u2068help@example.test\u2069');
    expect(createTranslator('de', {})('links.support_email', { email: 'help@example.test' })).toBe('Email help@example.test');
  });

  it('picks the plural form from the count', () => {
    const t = createTranslator('en', coreEn);
    registerEnglish(verificationEn);
    expect(t('code_entry.rate_limited', { recipient: 'a@b.c', count: 1 })).toBe('Too many codes were sent to a@b.c. Try again in 1 minute.');
    expect(t('code_entry.rate_limited', { recipient: 'a@b.c', count: 7 })).toBe('Too many codes were sent to a@b.c. Try again in 7 minutes.');
  });

  it('has no key twice across the English parts', () => {
    const parts = [coreEn, securityEn, connectionsEn, mfaEn, verificationEn].map((part) => Object.keys(part));
    expect(parts.flat().length).toBe(new Set(parts.flat()).size);
  });

  it('has a Simplified Chinese message for every English key, each keeping its placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zhCN[key], key).toBeTruthy();
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('matches browser languages to a supported locale', () => {
    expect(matchLocale(['zh-TW', 'en'])).toBe('zh-TW');
    expect(matchLocale(['fr-FR', 'en-GB'])).toBe('fr');
    expect(matchLocale(['gsw-CH', 'xx'])).toBe('en');
  });
});
