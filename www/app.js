// The paste page: the article box on the left, the annotated reading view on
// the right, re-annotated as you type (debounced).
//
// For tests and tools, once the annotator has loaded the page exposes
//   window.annotator = { annotate, version, lastText, lastDocument }
// `lastDocument` is the document the view currently shows (null when the
// input is empty or annotating failed) and `lastText` the text it annotates.
// `document.body.dataset.state` is "loading", then "ready" or "error" (the
// annotator could not be loaded).
import { EXAMPLE_ARTICLE } from './example-article.js';
import { loadAnnotator, LoadError } from './js/loader.js';
import { renderAnnotated } from './js/render.js';
import { renderSpeakers, clearSpeakers } from './js/speakers.js';
import { attachTooltip } from './js/tooltip.js';
import { describeSpan } from './js/describe.js';
import { debounce } from './js/debounce.js';

const TYPING_DELAY_MS = 150;
const EMPTY_HINT = 'Paste an article on the left (above, on a small screen), or press “Try an example”.';
const NO_SPEAKERS_YET = 'Speakers appear here once there is an article.';

const ui = {
  input: document.getElementById('article-input'),
  exampleButton: document.getElementById('example-button'),
  clearButton: document.getElementById('clear-button'),
  message: document.getElementById('message'),
  summary: document.getElementById('summary'),
  view: document.getElementById('view'),
  speakers: document.getElementById('speakers'),
  tooltip: document.getElementById('tooltip'),
  version: document.getElementById('version'),
};

main().catch((error) => {
  console.error(error);
  showMessage(`Something went wrong while starting the page (${error.message}). Reload the page.`);
});

async function main() {
  let annotator;
  try {
    annotator = await loadAnnotator();
  } catch (error) {
    failLoading(error);
    return;
  }
  const state = { annotator, lastText: '', lastDocument: null };
  exposeForTests(state);
  ui.version.textContent = annotator.version();
  wireInput(state);
  hideMessage();
  update(state);
  document.body.dataset.state = 'ready';
}

function wireInput(state) {
  const tooltip = attachTooltip(ui.view, ui.tooltip, (index) => describeSpan(state.lastDocument, index));
  const refresh = () => {
    tooltip.hide();
    update(state);
  };
  const refreshSoon = debounce(refresh, TYPING_DELAY_MS);
  const replaceInput = (text) => {
    ui.input.value = text;
    refreshSoon.cancel();
    refresh();
  };
  ui.input.addEventListener('input', refreshSoon);
  ui.input.addEventListener('paste', pastePlainText);
  ui.exampleButton.addEventListener('click', () => replaceInput(EXAMPLE_ARTICLE));
  ui.clearButton.addEventListener('click', () => {
    replaceInput('');
    ui.input.focus();
  });
}

/**
 * Takes only the plain-text flavour of what is pasted (never the HTML one),
 * so a paste of formatted or hostile content ends up as characters.
 */
function pastePlainText(event) {
  const plain = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
  if (!plain) return; // nothing textual: the textarea's own handling applies
  event.preventDefault();
  ui.input.focus();
  // execCommand keeps the browser's undo history; setRangeText is the fallback.
  if (!document.execCommand('insertText', false, plain)) {
    ui.input.setRangeText(plain, ui.input.selectionStart, ui.input.selectionEnd, 'end');
    ui.input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function update(state) {
  const text = ui.input.value;
  state.lastText = text;
  state.lastDocument = null;
  if (!text.trim()) {
    showEmpty();
    return;
  }
  let doc;
  try {
    doc = state.annotator.annotate(text);
  } catch (error) {
    showAnnotationError(text, error);
    return;
  }
  try {
    showDocument(text, doc);
    state.lastDocument = doc;
  } catch (error) {
    // A document not of the expected shape: say so rather than show half a view.
    showAnnotationError(text, error);
  }
}

function showDocument(text, doc) {
  const { fragment, skipped } = renderAnnotated(text, doc);
  ui.view.replaceChildren(fragment);
  renderSpeakers(ui.speakers, doc);
  ui.summary.textContent = summarize(doc);
  if (skipped) showMessage(`${skipped} highlight(s) did not fit the text and are not shown.`);
  else hideMessage();
}

function showEmpty() {
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = EMPTY_HINT;
  ui.view.replaceChildren(hint);
  clearSpeakers(ui.speakers, NO_SPEAKERS_YET);
  ui.summary.textContent = '';
  hideMessage();
}

/** The text stays readable, unannotated; the error is one sentence, no stack. */
function showAnnotationError(text, error) {
  console.error(error);
  ui.view.replaceChildren(document.createTextNode(text));
  clearSpeakers(ui.speakers, 'No speakers: the text could not be annotated.');
  ui.summary.textContent = '';
  const reason = error instanceof Error ? error.message : String(error);
  showMessage(`Could not annotate this text: ${reason}`);
}

function failLoading(error) {
  console.error(error, error.cause);
  const reason = error instanceof LoadError ? error.message
    : 'The annotator could not be started. Reload the page; if it persists, rebuild with `make serve`.';
  showMessage(reason);
  ui.version.textContent = 'unavailable';
  ui.view.replaceChildren();
  clearSpeakers(ui.speakers, 'The annotator is not loaded.');
  document.body.dataset.state = 'error';
}

function summarize(doc) {
  const count = (kind) => doc.spans.filter((span) => span.kind === kind).length;
  const quotes = count('quote');
  const redLines = count('red_line');
  const speakers = doc.entities.length;
  return `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}, `
    + `${redLines} ${redLines === 1 ? 'red line' : 'red lines'}, `
    + `${speakers} ${speakers === 1 ? 'speaker' : 'speakers'}.`;
}

function showMessage(text) {
  ui.message.textContent = text;
  ui.message.hidden = false;
}

function hideMessage() {
  ui.message.hidden = true;
  ui.message.textContent = '';
}

function exposeForTests(state) {
  window.annotator = {
    annotate: (text, options) => state.annotator.annotate(text, options),
    version: () => state.annotator.version(),
    get lastText() { return state.lastText; },
    get lastDocument() { return state.lastDocument; },
  };
}
