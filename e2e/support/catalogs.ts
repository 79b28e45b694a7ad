import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The object literal a catalog file exports (`export const … = { … };`): our own string literals. */
function readObject(path: string): Record<string, string> {
  const source = readFileSync(resolve(path), 'utf8');
  const start = source.indexOf('{', source.indexOf('export const'));
  const end = source.lastIndexOf('}');
  return new Function(`"use strict"; return (${source.slice(start, end + 1)});`)() as Record<string, string>;
}

const englishParts = [
  'src/i18n/messages/en.ts',
  'src/app/pages/messages.en.ts',
  'src/verification/messages.en.ts',
  'src/user-agent/messages.en.ts',
  'src/features/security/messages.en.ts',
  'src/features/connections/messages.en.ts',
  'src/features/mfa/messages.en.ts',
  'src/features/devices/messages.en.ts',
  'src/features/overview/messages.en.ts',
  'src/features/profile/avatar/messages.en.ts',
  'src/features/profile/custom-fields/messages.en.ts',
];

/** Every English message of the app. */
export const english = (): Record<string, string> => Object.assign({}, ...englishParts.map(readObject));

/** One language's catalog as the app ships it, to find its words on the page as a reader would. */
export const catalogOf = (locale: string) => readObject(`src/i18n/messages/${locale}.ts`);

const accented: Record<string, string> = { a: 'á', e: 'ë', i: 'î', o: 'ø', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž', A: 'Å', E: 'É', I: 'Ï', O: 'Ö', U: 'Û' };

/**
 * A pseudo-translation: every letter accented (so untranslated text stands out) and 40% longer,
 * in words of five letters (so it wraps like a real language), placeholders untouched.
 */
export function pseudo(text: string): string {
  const body = text
    .split(/(\{\w+\})/)
    .map((part) => (part.startsWith('{') ? part : [...part].map((letter) => accented[letter] ?? letter).join('')))
    .join('');
  const extra = Math.ceil(text.replace(/\{\w+\}/g, '').length * 0.4);
  const padding = Array.from({ length: Math.ceil(extra / 6) }, () => 'ŵøŕðš').join(' ');
  return extra > 0 ? `${body} ${padding}` : body;
}
