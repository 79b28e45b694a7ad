// Build only: ships each language's catalog as its words alone. The message keys (about a quarter
// of a catalog's compressed size) are one list, in a chunk every language shares, and a catalog is
// an array of its words in that list's order. The source files stay plain objects, and the app
// still receives `catalog` as an object: only the bytes on the wire change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const keysModule = 'virtual:catalog-keys';
const resolvedKeysModule = `\0${keysModule}`;

/** The object literal of `export const catalog: LanguageMessages = { … };`, evaluated. */
function readCatalog(source, file) {
  const start = source.indexOf('{', source.indexOf('export const catalog'));
  const end = source.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error(`${file}: no \`export const catalog = { … }\``);
  // Our own source, string literals only: evaluated as the JavaScript it is.
  return new Function(`"use strict"; return (${source.slice(start, end + 1)});`)();
}

/** @param {{ dir: string, skip: string[] }} options  the catalogs' folder, and files there that are not catalogs */
export function packCatalogs({ dir, skip }) {
  const isCatalog = (id) => id.startsWith(dir) && id.endsWith('.ts') && !skip.some((name) => id.endsWith(`/${name}`));
  let keys = [];
  return {
    name: 'pack-catalogs',
    apply: 'build',
    buildStart() {
      const all = new Set();
      for (const name of readdirSync(dir).sort()) {
        const file = join(dir, name);
        if (!isCatalog(file)) continue;
        for (const key of Object.keys(readCatalog(readFileSync(file, 'utf8'), file))) all.add(key);
      }
      keys = [...all];
    },
    resolveId: (id) => (id === keysModule ? resolvedKeysModule : undefined),
    load(id) {
      if (id !== resolvedKeysModule) return undefined;
      return `const keys = ${JSON.stringify(keys)};
export function unpack(words) {
  const catalog = {};
  keys.forEach((key, index) => {
    if (words[index] !== 0) catalog[key] = words[index];
  });
  return catalog;
}`;
    },
    transform(code, id) {
      if (!isCatalog(id)) return undefined;
      const catalog = readCatalog(code, id);
      // 0 for a key this language has no word for (another language's plural form).
      const words = keys.map((key) => catalog[key] ?? 0);
      return { code: `import { unpack } from '${keysModule}';\nexport const catalog = unpack(${JSON.stringify(words)});\n`, map: null };
    },
  };
}
