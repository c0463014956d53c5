// Bundles the page's modules (www/app.js, www/js/) into two files, so the
// browser asks for one script per part of the page instead of one per module:
//
//   www/js/first-view.bundle.js   app.js and what the first view imports
//                                 (js/view.js, js/first-text.js, ...) and the
//                                 WASM bindings (pkg/article_annotator.js)
//   www/js/live.bundle.js         js/live.js and its imports: the rest of the
//                                 page, imported by the first view once it
//                                 is up
//
// Why: a browser opens at most 6 connections to a server, and the first view
// was 11 requests, so half of them waited for the other half (README, "Load
// path", has the figures). js/boot.js stays its own module, shared by both
// bundles and started early by index.html; js/worker.js stays unbundled (it
// runs in its own thread and loads what it needs there). The sources stay
// the small modules in www/js/; the bundles are built, never edited, and
// tests/page/bundle.test.mjs fails when they are older than the sources.
//
//   node scripts/build-page.mjs           (scripts/build-wasm.sh runs it)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WWW = path.join(ROOT, 'www');

// The modules that stay separate files, as seen from the bundles in www/js/.
const SHARED = [
  // One instance of the compiled WASM for the page (index.html runs it
  // `async`, before the bundles): both bundles import it.
  { filter: /^\.\/boot\.js$/, path: './boot.js' },
  // The rest of the page, which the first view imports dynamically.
  { filter: /^\.\/(js\/)?live\.js$/, path: './live.bundle.js' },
];

const keepShared = {
  name: 'keep-shared-modules',
  setup(build) {
    for (const { filter, path: target } of SHARED) {
      build.onResolve({ filter }, (args) => (args.kind === 'entry-point' ? undefined : { path: target, external: true }));
    }
  },
};

/** The bundles: [{ entry, outfile }] relative to www/. */
export const BUNDLES = [
  { entry: 'app.js', outfile: 'js/first-view.bundle.js' },
  { entry: 'js/live.js', outfile: 'js/live.bundle.js' },
];

/**
 * Builds the bundles. With `write: false`, returns their text instead of
 * writing them ({ [outfile]: text }), for the freshness test.
 */
export async function buildPage({ write = true } = {}) {
  const esbuild = await import('esbuild');
  const texts = {};
  for (const { entry, outfile } of BUNDLES) {
    const result = await esbuild.build({
      entryPoints: [path.join(WWW, entry)],
      outfile: path.join(WWW, outfile),
      bundle: true,
      format: 'esm',
      target: 'es2022',
      // Readable output: the page is served as it is built, and a stack
      // trace should name the functions of the sources.
      minify: false,
      legalComments: 'none',
      banner: { js: `// Built by scripts/build-page.mjs from www/${entry} and its imports: edit those, not this file.` },
      plugins: [keepShared],
      write,
      logLevel: 'warning',
    });
    if (!write) texts[outfile] = result.outputFiles[0].text;
  }
  return texts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await buildPage();
    console.log(`build-page: ${BUNDLES.map((b) => `www/${b.outfile}`).join(', ')}`);
  } catch (error) {
    console.error(`build-page: ${error.message}`);
    if (error.code === 'ERR_MODULE_NOT_FOUND') console.error('build-page: esbuild is missing; run: npm ci');
    process.exit(1);
  }
}
