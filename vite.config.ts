/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { packCatalogs } from './scripts/catalog-pack.mjs';
import { forwardLogtoSettings } from './scripts/forward-settings.mjs';

/**
 * Static hosts without rewrite rules (GitHub Pages, a bare bucket) answer unknown paths with
 * 404.html; making it the app itself keeps deep links and the sign-in callback working there.
 */
function spaFallbackPage(): Plugin {
  let outDir = 'dist';
  return {
    name: 'spa-fallback-page',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: () => copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html')),
  };
}

/**
 * `.gz` and `.br` beside every text asset, compressed once at the highest levels, so a host
 * that serves precompressed files (nginx `gzip_static`/`brotli_static`, see deploy/nginx) sends
 * fewer bytes than on-the-fly compression would, with no CPU per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  const compressible = /\.(js|mjs|css|html|svg|json)$/;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  return {
    name: 'precompress',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: {
      // After the 404.html copy, so it is compressed too.
      order: 'post',
      handler: () => {
        for (const path of files(outDir).filter((file) => compressible.test(file) && !file.includes('/.vite/'))) {
          const source = readFileSync(path);
          if (source.length < 1024) continue;
          writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
          writeFileSync(`${path}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
      },
    },
  };
}

/**
 * The page's entry (src/boot.ts) only starts the first requests and then imports the app
 * (src/main.tsx). Without help the browser would learn of the app's chunks only once the entry
 * runs; these links have it download them with the entry, straight from the HTML.
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.moduleIds.includes(sourceFile('src/main.tsx')));
        if (!app) throw new Error('preload-app: no chunk for src/main.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * React Router publishes a production build but its package exports only the development one
 * (remix-run/react-router#14102, open since v7.0.2): the production build has no development
 * warnings. Its top level also keeps every component it defines: each ends in a
 * `X.displayName = "…"` statement, and `React.forwardRef(…)` / `React.createContext(…)` calls carry
 * no pure annotation, so the bundler must assume they have effects and keeps `<Form>`, its
 * submission code and the framework-mode parts this app never renders. Dropping the top-level
 * `displayName` assignments (read only by React's developer tools) and annotating those calls as
 * pure lets tree-shaking remove what is unused. Bytes only: if a new version no longer matches,
 * nothing breaks and `npm run size` shows the loss.
 */
const reactRouterProduction = fileURLToPath(new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url));
function pruneReactRouter(): Plugin {
  const chunk = /\/react-router\/dist\/production\/chunk-[\w-]+\.mjs$/;
  return {
    name: 'prune-react-router',
    apply: 'build',
    transform: (code, id) =>
      chunk.test(id)
        ? {
            code: code
              .replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm, '')
              .replace(/^(var [A-Za-z_$][\w$]* = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm, '$1/* @__PURE__ */ $2'),
            map: null,
          }
        : null,
  };
}

type ModuleGraph = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null };
const sourceFile = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every module `from` imports statically, directly or not (itself included). */
function reach(graph: ModuleGraph, from: string, into = new Set<string>()) {
  if (into.has(from)) return into;
  into.add(from);
  graph.getModuleInfo(from)?.importedIds.forEach((id) => reach(graph, id, into));
  return into;
}

/** A named chunk of the modules `pick` chooses from the module graph (worked out once, on first use). */
function chunkOf(name: string, pick: (reachFrom: (path: string) => Set<string>) => Iterable<string>) {
  let members: Set<string> | undefined;
  return (id: string, graph: ModuleGraph) => {
    members ??= new Set(pick((path) => reach(graph, sourceFile(path))));
    return members.has(id) ? name : null;
  };
}

/**
 * Everything the app (src/main.tsx) imports statically, minus what the entry (src/boot.ts)
 * already has, goes into one chunk: the app needs all of it at first paint anyway, and one
 * file compresses better and costs fewer requests than the dozen the bundler would otherwise cut
 * out for code the lazy pages share with it.
 */
const appChunk = chunkOf('main', (reachFrom) => {
  const boot = reachFrom('src/boot.ts');
  return [...reachFrom('src/main.tsx')].filter((member) => !boot.has(member));
});

/**
 * Code the overview (the start page) shares with the other areas, in one chunk: left to the
 * bundler it is half a dozen chunks under 1 KB each, and on a phone each request costs the boot
 * script's main thread ~15 ms to issue (the boot asks for the opened area's code at once).
 */
const overviewSharedChunk = chunkOf('area-shared', (reachFrom) => {
  const app = reachFrom('src/main.tsx');
  const otherAreas = ['src/features/security/SecurityPage.tsx', 'src/features/connections/ConnectionsPage.tsx', 'src/features/devices/DevicesPage.tsx'];
  const others = new Set(otherAreas.flatMap((page) => [...reachFrom(page)]));
  return [...reachFrom('src/features/overview/OverviewPage.tsx')].filter((member) => !app.has(member) && others.has(member));
});

/** `npm start` reads Logto's public settings through the dev server, as a deployment's host forwards them. */
function devSettings(): Plugin | undefined {
  const { VITE_LOGTO_ENDPOINT: endpoint, VITE_LOGTO_SETTINGS_PATH: path } = process.env;
  return endpoint && path ? { ...forwardLogtoSettings({ endpoint, path }), apply: 'serve' } : undefined;
}

// `base: './'` keeps every asset URL relative, so one build runs under `/`, `/account/` or any
// other sub-path without rebuilding (routes are one segment deep, see src/app/base-url.ts).
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    preloadApp(),
    spaFallbackPage(),
    precompress(),
    pruneReactRouter(),
    devSettings(),
    packCatalogs({ dir: fileURLToPath(new URL('src/i18n/messages', import.meta.url)), skip: ['en.ts', 'keys.ts'] }),
  ],
  // The Logto SDK's ID-token check, loaded on the sign-in callback only (see the file's comment).
  resolve: {
    alias: [
      { find: /^jose$/, replacement: fileURLToPath(new URL('src/app/auth/lazy-jose.ts', import.meta.url)) },
      // `@/…` is `src/…`, so imports read the same from any depth.
      { find: /^@\//, replacement: fileURLToPath(new URL('src/', import.meta.url)) },
      // Tests keep React Router's development build and its warnings; see pruneReactRouter.
      ...(command === 'build' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    rollupOptions: { output: { codeSplitting: { groups: [{ name: appChunk, debugName: 'app', includeDependenciesRecursively: false }, { name: overviewSharedChunk, debugName: 'area-shared', includeDependenciesRecursively: false }] } } },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 20000,
        },
      },
    ],
  },
}));
