// Loads the annotator's WASM core once per page, relative to this module's
// own URL, so the widget works wherever its folder is served from. The glue
// is imported with a literal path, so bundlers follow it too (and then the
// glue's own `new URL('..._bg.wasm', import.meta.url)`).
// The path is the one thing that differs between layouts: in this repository
// the glue is in www/pkg/ beside www/widget/; scripts/build-npm.sh rewrites
// every '../pkg/article_annotator.js' here for the npm package, where the
// widget sits in widget/ beside the glue.
const GLUE_PATH = '../pkg/article_annotator.js';

let corePromise = null;

/** @returns {Promise<{annotate: Function, version: Function}>} */
export function loadCore() {
  corePromise ??= importCore();
  return corePromise;
}

async function importCore() {
  const glueUrl = new URL(GLUE_PATH, import.meta.url);
  let bindings;
  try {
    bindings = await import('../pkg/article_annotator.js');
  } catch (cause) {
    throw new Error(`article-annotator: could not load ${glueUrl.href}; serve the widget folder with the WASM package beside it (see README "Embedding the widget")`, { cause });
  }
  try {
    await bindings.default();
  } catch (cause) {
    throw new Error(`article-annotator: the WebAssembly module next to ${glueUrl.href} failed to load; under a Content-Security-Policy, script-src needs 'wasm-unsafe-eval'`, { cause });
  }
  return { annotate: bindings.annotate, version: bindings.version };
}
