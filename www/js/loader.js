// Loads the WASM annotator built into ./pkg/ (wasm-bindgen, --target web).
// Failures become a LoadError whose message tells a person what to do;
// the original error stays in `cause` for the console.

export class LoadError extends Error {}

const SERVE_HINT = 'Build it and serve the page with `make serve`, then reload '
  + '(http://127.0.0.1:8080). If it is already served, reload the page.';

/** @returns {Promise<{annotate: Function, version: Function}>} */
export async function loadAnnotator() {
  let bindings;
  try {
    bindings = await import('../pkg/article_annotator.js');
  } catch (cause) {
    throw new LoadError(`The annotator's JavaScript (pkg/article_annotator.js) could not be loaded. ${SERVE_HINT}`, { cause });
  }
  try {
    await bindings.default();
  } catch (cause) {
    throw new LoadError(`The annotator's WebAssembly module (pkg/article_annotator_bg.wasm) failed to load. ${SERVE_HINT}`, { cause });
  }
  return { annotate: bindings.annotate, version: bindings.version };
}
