// The annotator's Web Worker (a module worker): loads the WASM bindings, then
// annotates the texts the page sends, so the page never blocks while it runs.
//
// Messages in:  {wasm} first: the WebAssembly.Module the page compiled, or
//               null (this worker then fetches and compiles it itself);
//               {id, text, options?} (before or after it)
// Messages out: {type: "ready", version} | {type: "load-error", message}
//               {id, type: "progress", done, total} (big texts, per chunk)
//               {id, type: "result", doc} | {id, type: "error", message, trap?}
//               (trap: true when the WASM instance trapped, a WebAssembly.RuntimeError:
//               the instance may be corrupt, so the page replaces this worker)
//               {id, type: "superseded"} (a newer request arrived mid-way)
// Cancelling is done by the page: it terminates this worker and starts another.
import { splitAtParagraphs, mergeDocuments, lengthIn } from './chunks.js';

const SERVE_HINT = 'Build it and serve the page with `make serve`, then reload '
  + '(http://127.0.0.1:8080). If it is already served, reload the page.';

let bindings = null;
let newestId = -1;
let receiveWasm;
const wasmFromPage = new Promise((resolve) => { receiveWasm = resolve; });
const loaded = load();

async function load() {
  let module;
  try {
    module = await import('../pkg/article_annotator.js');
  } catch {
    postMessage({ type: 'load-error', message: `The annotator's JavaScript (pkg/article_annotator.js) could not be loaded. ${SERVE_HINT}` });
    return;
  }
  try {
    const wasm = await wasmFromPage;
    await module.default(wasm ? { module_or_path: wasm } : undefined);
  } catch {
    postMessage({ type: 'load-error', message: `The annotator's WebAssembly module (pkg/article_annotator_bg.wasm) failed to load. ${SERVE_HINT}` });
    return;
  }
  bindings = module;
  postMessage({ type: 'ready', version: module.version() });
}

self.onmessage = async ({ data }) => {
  if ('wasm' in data) {
    receiveWasm(data.wasm);
    return;
  }
  newestId = Math.max(newestId, data.id);
  await loaded;
  if (!bindings) return;
  try {
    const doc = await annotateInChunks(data);
    postMessage(doc ? { id: data.id, type: 'result', doc } : { id: data.id, type: 'superseded' });
  } catch (error) {
    const trap = error instanceof WebAssembly.RuntimeError;
    postMessage({ id: data.id, type: 'error', trap, message: error instanceof Error ? error.message : String(error) });
  }
};

/** The merged document, or null when a newer request came in between chunks. */
async function annotateInChunks({ id, text, options }) {
  const chunks = splitAtParagraphs(text);
  if (chunks.length === 1) return bindings.annotate(text, options);
  const parts = [];
  const unit = options?.offsets ?? 'utf16';
  postMessage({ id, type: 'progress', done: 0, total: chunks.length });
  for (const chunk of chunks) {
    const start = lengthIn(unit, text.slice(0, chunk.start));
    parts.push({ start, doc: bindings.annotate(chunk.text, options) });
    postMessage({ id, type: 'progress', done: parts.length, total: chunks.length });
    // Let queued messages in: a newer text makes this one pointless.
    await new Promise((resolve) => { setTimeout(resolve, 0); });
    if (newestId > id) return null;
  }
  return mergeDocuments(parts);
}
