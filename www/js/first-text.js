// The fast path for the text already in the box when the page loads (pasted
// or restored while the page was loading): it is annotated here, on the
// page's own thread, instead of waiting for the worker to start. Only a
// short text, only once: afterwards, every text goes to the worker.
//
// Any failure (bindings missing, a bad document, a trap) returns null and
// the worker annotates the text as usual, reporting what went wrong.
import { compiledWasm } from './boot.js';

// UTF-16 units; the seed article is about 5,000. Annotating this much takes
// a few milliseconds, so the page never blocks for long.
export const FIRST_TEXT_LIMIT = 20_000;

/** The annotated document of `text`, or null (too long, or no annotator here). */
export async function annotateFirstText(text) {
  if (!text.trim() || text.length > FIRST_TEXT_LIMIT) return null;
  try {
    const wasm = await compiledWasm;
    if (!wasm) return null;
    const bindings = await import('../pkg/article_annotator.js');
    await bindings.default({ module_or_path: wasm });
    return { doc: bindings.annotate(text), version: bindings.version() };
  } catch (error) {
    console.warn('annotating on the page failed; the worker will annotate instead', error);
    return null;
  }
}
