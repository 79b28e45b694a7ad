import { describe, expect, it } from 'vitest';
import { createTranslator, matchLocale } from './i18n';
import { en } from './messages/en';
import { zhCN } from './messages/zh-CN';

describe('i18n', () => {
  it('interpolates variables', () => {
    const t = createTranslator('en', en);
    expect(t('profile.edit', { field: 'Name' })).toBe('Edit Name');
  });

  it('has a Simplified Chinese message for every English key, each keeping its placeholders', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zhCN[key], key).toBeTruthy();
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('matches browser languages to a supported locale', () => {
    expect(matchLocale(['zh-TW', 'en'])).toBe('zh-CN');
    expect(matchLocale(['fr-FR', 'en-GB'])).toBe('en');
    expect(matchLocale(['fr-FR'])).toBe('en');
  });
});
