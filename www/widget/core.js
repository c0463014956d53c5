// Loads the annotator's WASM core once per page, relative to this module's
// own URL, so the widget works wherever its folder is served from. The glue
// is imported with a literal path, so bundlers follow it too (and then the
// glue's own `new URL('..._bg.wasm', import.meta.url)`).
// The path is the one thing that differs between layouts: in this repository
// the glue is in www/pkg/ beside www/widget/; scripts/build-npm.sh rewrites
// every '../pkg/article_annotator.js' here for the npm package, where the
// widget sits in widget/ beside the glue.
// After a trap (a WebAssembly.RuntimeError from `annotate`) the instance may
// be corrupt: reloadCore() imports the glue again under a new query (`?r=N`:
// a new module, so a new instance; the glue's init runs only once per module).
// That import is by computed URL, which bundlers leave alone: in a bundle
// the reload may fail, and the widget then reports the error.
const GLUE_PATH = '../pkg/article_annotator.js';

let corePromise = null;
let current = null; // the core corePromise resolved to
let generation = 0;

/** @returns {Promise<{annotate: Function, version: Function}>} */
export function loadCore() {
  corePromise ??= importCore(generation);
  return corePromise;
}

/**
 * Replaces `broken` (a core that trapped) with a fresh instance, shared by
 * every widget of the page; when another widget already replaced it, the
 * current core. @returns {Promise<{annotate: Function, version: Function}>}
 */
export function reloadCore(broken) {
  if (current !== broken && corePromise) return corePromise;
  generation += 1;
  current = null;
  corePromise = importCore(generation);
  return corePromise;
}

/** Whether `core` is the current one (not replaced after a trap meanwhile). */
export function isCurrent(core) {
  return core === current;
}

async function importCore(number) {
  const glueUrl = new URL(GLUE_PATH, import.meta.url);
  let bindings;
  try {
    bindings = number === 0
      ? await import('../pkg/article_annotator.js')
      : await import(/* @vite-ignore */ /* webpackIgnore: true */ `${glueUrl.href}?r=${number}`);
  } catch (cause) {
    throw new Error(`article-annotator: could not load ${glueUrl.href}; serve the widget folder with the WASM package beside it (see README "Embedding the widget")`, { cause });
  }
  try {
    await bindings.default();
  } catch (cause) {
    throw new Error(`article-annotator: the WebAssembly module next to ${glueUrl.href} failed to load; under a Content-Security-Policy, script-src needs 'wasm-unsafe-eval'`, { cause });
  }
  const core = { annotate: bindings.annotate, version: bindings.version };
  if (number === generation) current = core;
  return core;
}
