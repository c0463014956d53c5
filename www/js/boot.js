// Compiles the annotator's WebAssembly once, as early as the page allows.
//
// index.html starts downloading pkg/article_annotator_bg.wasm (<link
// rel="preload" as="fetch" crossorigin>) and runs this module `async`, so
// compiling starts while the page's script is still loading. It is not
// bundled (scripts/build-page.mjs): first-text.js and live.js, in their two
// bundles, import this one module instance. It serves the
// first text on the page's own thread (first-text.js) and is posted to every
// annotator worker (client.js), so the .wasm is fetched and compiled once.

const WASM_URL = new URL('../pkg/article_annotator_bg.wasm', import.meta.url);

/** Resolves to the compiled WebAssembly.Module, or null if it could not be
 * fetched or compiled (the worker then loads it itself and reports why). */
export const compiledWasm = compile().catch(() => null);

async function compile() {
  // Same URL, mode and credentials as the preload, so its response is used.
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`${WASM_URL} answered ${response.status}`);
  // Streaming compilation needs the application/wasm type; any other server
  // still works, a little slower.
  if (response.headers.get('content-type') === 'application/wasm') return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}
