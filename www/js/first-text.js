// The fast path for the text already in the box when the page loads (pasted
// or restored while the page was loading): it is annotated here, on the
// page's own thread, instead of waiting for the worker to start. Only a
// short text, only once: afterwards, every text goes to the worker.
//
// It is part of the first view's bundle (js/first-view.bundle.js, with the
// bindings): annotating starts when the bundle runs, once the document is
// parsed and the WASM compiled (boot.js); app.js shows `firstText` if the
// box still holds that text.
//
// Any failure (bindings missing, a trap) gives null and the worker
// annotates the text as usual, reporting what went wrong.
import { compiledWasm } from './boot.js';

// UTF-16 units; the seed article is about 5,000. Annotating this much takes
// a few milliseconds, so the page never blocks for long.
export const FIRST_TEXT_LIMIT = 20_000;

/** Resolves to `{ text, doc }`: the box's text once parsed, annotated; or null. */
export const firstText = parsed().then(() => annotateHere(document.getElementById('article-input')?.value ?? ''));

/** Resolves once the document is parsed (readyState "interactive": the box exists). */
function parsed() {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => { document.addEventListener('readystatechange', resolve, { once: true }); });
}

async function annotateHere(text) {
  if (!text.trim() || text.length > FIRST_TEXT_LIMIT) return null;
  try {
    const wasm = await compiledWasm;
    if (!wasm) return null;
    const bindings = await import('../pkg/article_annotator.js');
    await bindings.default({ module_or_path: wasm });
    return { text, doc: bindings.annotate(text) };
  } catch (error) {
    console.warn('annotating on the page failed; the worker will annotate instead', error);
    return null;
  }
}
