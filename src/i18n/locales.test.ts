import { afterEach, describe, expect, it } from 'vitest';
import { chosenLocale, hasOwnLocale, initialLocale, storeLocale, urlLocale } from './locale-preference';
import { closestLocale, isRightToLeft, locales, matchLocale } from './locales';

describe('the closest supported language', () => {
  it.each([
    ['de-AT', 'de'],
    ['DE', 'de'],
    ['pt', 'pt-BR'],
    ['pt-AO', 'pt-BR'],
    ['pt-PT', 'pt-PT'],
    ['fa', 'fa-IR'],
    ['pl', 'pl-PL'],
    ['tr', 'tr-TR'],
    ['uk', 'uk-UA'],
    ['iw', 'he'],
    ['in', 'id'],
    ['zh', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hans-HK', 'zh-CN'],
    ['en_US', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(closestLocale(tag)).toBe(expected);
  });

  it('is nothing for a language the app does not speak, or no language at all', () => {
    expect(closestLocale('gsw')).toBeUndefined();
    expect(closestLocale('not a tag!')).toBeUndefined();
  });

  it('takes the first of the user’s languages the app speaks, else English', () => {
    expect(matchLocale(['gsw', 'nl-BE', 'en'])).toBe('nl');
    expect(matchLocale(['gsw'])).toBe('en');
    expect(matchLocale([])).toBe('en');
  });

  it('lays out Arabic, Persian and Hebrew right to left, nothing else', () => {
    expect(locales.filter(isRightToLeft)).toEqual(['ar', 'fa-IR', 'he']);
  });
});

describe('the language to start in', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('reads OIDC’s ui_locales, taking the first the app speaks', () => {
    expect(urlLocale('?ui_locales=gsw%20ja-JP%20de')).toBe('ja');
    sessionStorage.clear();
    expect(urlLocale('?ui_locales=gsw')).toBeUndefined();
    expect(urlLocale('')).toBeUndefined();
  });

  it('keeps ui_locales for the tab, through the sign-in round trip that drops it from the URL', () => {
    expect(urlLocale('?ui_locales=ar')).toBe('ar');
    expect(urlLocale('?code=x&state=y')).toBe('ar');
  });

  it('is the browser’s language unless the deployment names one', () => {
    expect(initialLocale('auto', ['sv-SE', 'en'])).toBe('sv');
    expect(initialLocale('de', ['sv-SE'])).toBe('de');
  });

  it('is the user’s own choice above everything', () => {
    storeLocale('ko');
    expect(chosenLocale()).toBe('ko');
    expect(initialLocale('de', ['sv-SE'])).toBe('ko');
    expect(hasOwnLocale()).toBe(true);
  });
});
