// The reading page: the article box on one side, the annotated reading view
// on the other, re-annotated as you type (debounced) by a Web Worker
// (js/client.js, js/worker.js), so typing never waits for the annotator.
// This entry module shows the first view (js/view.js), with the text already
// in the box annotated by js/first-text.js, then loads the rest of the page
// (js/live.js). The browser gets both halves bundled (scripts/build-page.mjs:
// js/first-view.bundle.js, js/live.bundle.js). README, "Load path", says why.
//
// For tests and tools, once the annotator has loaded the page exposes
//   window.annotator = { annotate, version, lastText, lastDocument }
// `annotate(text, options)` returns a Promise of the document (it runs in
// the worker). `lastDocument` is the document the view currently shows (null
// when the input is empty, annotating failed or was cancelled) and
// `lastText` the text the view shows: it changes once the view is updated.
// `document.body.dataset.state` is "loading", then "ready" or "error" (the
// annotator could not be loaded); `data-busy` is set while annotating.
// Performance marks: aa:load (this script runs), aa:ready (an annotator is
// loaded: the page's own for a text already in the box at load, see
// js/first-text.js, else the worker), aa:first-highlight (the view shows
// highlights for the first time).
import { makeView, showResult, showMessage } from './js/view.js';
import { firstText } from './js/first-text.js';

performance.mark('aa:load');

main().catch((error) => {
  console.error(error);
  showMessage(`Something went wrong while starting the page (${error.message}). Reload the page.`);
});

async function main() {
  const state = {
    client: null, version: null, lastText: '', lastDocument: null, request: 0, hidden: new Set(), focus: undefined,
  };
  const page = makeView(state);
  // A short text already in the box is shown annotated before the worker
  // has started (js/first-text.js); the worker starts right after, so the
  // two do not compete for the processor.
  const first = await firstText;
  const shownFirst = Boolean(first) && first.text === page.ui.input.value;
  if (shownFirst) {
    performance.mark('aa:ready');
    state.request += 1;
    showResult(page, first.text, first.doc);
  }
  // The rest of the page: not needed for the first view, so loaded after it.
  const { startLivePage } = await import('./js/live.js');
  await startLivePage(page, shownFirst);
}
