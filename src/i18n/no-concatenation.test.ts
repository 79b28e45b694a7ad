import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

// A translated phrase glued to another string: word order, spacing and punctuation differ between
// languages, so the whole sentence must be one message with placeholders.
const gluing = [/\bt\((?:[^()]|\([^()]*\))*\)\s*\+/, /\+\s*\bt\(/, /\$\{\s*t\(/, /\bt\((?:[^()]|\([^()]*\))*\)\s*\.concat\(/];

describe('translated text', () => {
  it('is never put together from pieces with + or template strings', () => {
    const found = sources(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (gluing.some((pattern) => pattern.test(line)) ? [`${file.slice(root.length)}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the check catches gluing', () => {
    for (const line of ["t('a') + ' ' + name", "label + t('b')", '`${t(\'a\')} more`', "t('a', { n: f(x) }) + b"]) {
      expect(gluing.some((pattern) => pattern.test(line)), line).toBe(true);
    }
    expect(gluing.some((pattern) => pattern.test('setResendAt(Date.now() + wait)'))).toBe(false);
  });
});
