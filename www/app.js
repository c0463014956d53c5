// The reading page: the article box on one side, the annotated reading view
// on the other, re-annotated as you type (debounced) by a Web Worker
// (js/client.js, js/worker.js), so typing never waits for the annotator.
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
import { EXAMPLE_ARTICLE } from './example-article.js';
import {
  AnnotatorClient, LoadError, CancelledError, TrapError,
} from './js/client.js';
import { renderAnnotated } from './js/render.js';
import { renderSpeakers, clearSpeakers } from './js/speakers.js';
import { attachTooltip } from './js/tooltip.js';
import { describeSpan } from './js/describe.js';
import { debounce } from './js/debounce.js';
import { htmlToText } from './js/plain-text.js';
import { applyFilters } from './js/filters.js';
import { whoSaidWhatRows, renderWhoSaidWhat } from './js/table.js';
import { wireControls, selectSpeaker, jumpToSpan } from './js/controls.js';
import { compiledWasm } from './js/boot.js';
import { annotateFirstText } from './js/first-text.js';

performance.mark('aa:load');

const TYPING_DELAY_MS = 150;
const EMPTY_HINT = 'Paste an article on the left (above, on a small screen), or press “Try an example”.';
const TRAP_RETRYING = 'The annotator crashed and was restarted; your text is kept. Annotating it again…';
const TRAP_RECOVERED = 'The annotator crashed and was restarted; your text is kept and was annotated again.';
const NO_SPEAKERS_YET = 'Speakers appear here once there is an article.';

const byId = (id) => document.getElementById(id);
const ui = {
  input: byId('article-input'), inputPane: byId('input-pane'), fileInput: byId('file-input'),
  exampleButton: byId('example-button'), openButton: byId('open-button'),
  annotateButton: byId('annotate-button'), clearButton: byId('clear-button'),
  progress: byId('progress'), progressBar: byId('progress-bar'), progressLabel: byId('progress-label'),
  inputTooBig: byId('input-too-big'), cancelButton: byId('cancel-button'), message: byId('message'), summary: byId('summary'),
  status: byId('status'), view: byId('view'), speakers: byId('speakers'), tooltip: byId('tooltip'),
  version: byId('version'), prevButton: byId('prev-button'), nextButton: byId('next-button'),
  navKind: byId('nav-kind'), everyoneButton: byId('everyone-button'),
  exportJson: byId('export-json'), exportWa: byId('export-wa'), importButton: byId('import-button'),
  importInput: byId('import-input'), copyText: byId('copy-text'), copyCsv: byId('copy-csv'),
  whoRows: byId('who-rows'), whoEmpty: byId('who-empty'),
};

main().catch((error) => {
  console.error(error);
  showMessage(`Something went wrong while starting the page (${error.message}). Reload the page.`);
});

async function main() {
  const state = {
    client: null, version: null, lastText: '', lastDocument: null, request: 0, hidden: new Set(), focus: undefined,
  };
  const page = makePage(state);
  // A short text already in the box is shown annotated before the worker
  // has started (js/first-text.js); the worker starts right after, so the
  // two do not compete for the processor.
  const first = await annotateFirstText(ui.input.value);
  if (first) {
    performance.mark('aa:ready');
    showFirstText(page, first.doc);
  }
  state.client = new AnnotatorClient(compiledWasm);
  try {
    ({ version: state.version } = await state.client.ready);
  } catch (error) {
    failLoading(error);
    return;
  }
  if (!first) performance.mark('aa:ready');
  exposeForTests(state);
  ui.version.textContent = state.version;
  wireInput(page);
  wireControls(page);
  // Annotate the box unless it still holds the text shown by the fast path.
  if (!(first && state.lastDocument && ui.input.value === state.lastText)) {
    hideMessage();
    update(page);
  }
  document.body.dataset.state = 'ready';
}

/** Shows the fast path's document, as update() would show the worker's. */
function showFirstText(page, doc) {
  const text = ui.input.value;
  page.state.request += 1;
  showResult(page, text, doc);
}

/** The interface controls.js works through. */
function makePage(state) {
  const page = {
    ui, state,
    tooltip: attachTooltip(ui.view, ui.tooltip, (index) => describeSpan(state.lastDocument, index)),
    refilter: () => applyFilters(ui.view, state.lastDocument, state),
    say: (text) => { ui.status.textContent = text; },
    warn: showMessage,
    setText: (text) => page.replaceInput(text),
    showImported: (text, doc) => {
      state.request += 1; // whatever was running is now stale
      fitInput(text.length);
      ui.input.value = text;
      page.refreshSoon.cancel();
      stopProgress();
      showResult(page, text, doc);
    },
  };
  return page;
}

function wireInput(page) {
  const refresh = () => {
    page.tooltip.hide();
    update(page);
  };
  page.refreshSoon = debounce(refresh, TYPING_DELAY_MS);
  page.replaceInput = (text) => {
    fitInput(text.length);
    ui.input.value = text;
    page.refreshSoon.cancel();
    refresh();
  };
  ui.input.addEventListener('input', page.refreshSoon);
  ui.input.addEventListener('paste', pastePlainText);
  ui.exampleButton.addEventListener('click', () => page.replaceInput(EXAMPLE_ARTICLE));
  ui.annotateButton.addEventListener('click', () => page.replaceInput(ui.input.value));
  ui.clearButton.addEventListener('click', () => {
    page.replaceInput('');
    ui.input.focus();
  });
  ui.cancelButton.addEventListener('click', () => page.state.client.cancel());
}

/**
 * A paste becomes plain text: the HTML flavour, when there is one, is
 * turned into text with its paragraphs kept (never inserted as markup);
 * otherwise the plain flavour is taken as it is.
 */
// Pastes longer than this (UTF-16 units) bypass execCommand (see below).
const BIG_PASTE = 100_000;
// Texts longer than this are not shown in the box (see fitInput) and only
// their first HUGE_VIEW units in the view when they could not be annotated.
const HUGE_TEXT = 2_000_000;
const HUGE_VIEW = 200_000;

function pastePlainText(event) {
  const data = event.clipboardData;
  const html = data ? data.getData('text/html') : '';
  const plain = html ? htmlToText(html) : (data ? data.getData('text/plain') : '');
  if (!plain) return; // nothing textual: the textarea's own handling applies
  event.preventDefault();
  ui.input.focus();
  // execCommand keeps the browser's undo history, but with a big paste
  // (hundreds of KB) Chromium's editing closes the tab: over BIG_PASTE
  // units, and whenever execCommand refuses, setRangeText (no undo entry).
  if (plain.length > BIG_PASTE || !document.execCommand('insertText', false, plain)) {
    const { value, selectionStart, selectionEnd } = ui.input;
    fitInput(value.length - (selectionEnd - selectionStart) + plain.length);
    ui.input.setRangeText(plain, ui.input.selectionStart, ui.input.selectionEnd, 'end');
    ui.input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/**
 * A text over HUGE_TEXT units is kept in the (hidden) box but not shown in
 * it: laying out tens of MB in a textarea blocks the main thread for a
 * minute, and every relayout after. A note stands in for the box, with the
 * text's size; Clear (or a smaller text) brings the box back. Called before
 * the box's value changes, so a huge value is never laid out.
 */
function fitInput(length) {
  const huge = length > HUGE_TEXT;
  if (huge) {
    ui.inputTooBig.textContent = `The article is ${(length / 1_000_000).toFixed(1)} million characters long: `
      + 'too long to show here, but it is kept and annotated. Press “Clear” to start again.';
  }
  ui.inputTooBig.hidden = !huge;
  ui.input.hidden = huge;
}

/** The text for the view when annotating it failed or was cancelled: a huge one is cut. */
function plainView(text) {
  if (text.length <= HUGE_TEXT) return text;
  return `${text.slice(0, HUGE_VIEW)}\n\n[… ${(text.length - HUGE_VIEW).toLocaleString('en')} more characters, not shown]`;
}

/** Annotates the article box in the worker; only the newest request is shown. */
async function update(page) {
  const { state } = page;
  const text = ui.input.value;
  state.request += 1;
  const request = state.request;
  if (!text.trim()) {
    stopProgress();
    showEmpty(state, text);
    return;
  }
  document.body.dataset.busy = '';
  const onProgress = (done, total) => { if (request === state.request) showProgress(done, total); };
  let doc;
  let restarted = false;
  for (let attempt = 1; ; attempt += 1) {
    try {
      doc = await state.client.annotate(text, { onProgress });
      break;
    } catch (error) {
      if (request !== state.request) return;
      // A trap: the client has started a fresh annotator; try this text once more.
      if (error instanceof TrapError && attempt === 1) {
        console.error(error);
        showMessage(TRAP_RETRYING);
        restarted = true;
        continue;
      }
      stopProgress();
      if (error instanceof CancelledError) showCancelled(state, text);
      else if (error instanceof TrapError) showTrap(state, text, error);
      else showAnnotationError(state, text, error);
      return;
    }
  }
  if (request !== state.request) return;
  stopProgress();
  showResult(page, text, doc);
  if (restarted) showMessage(TRAP_RECOVERED);
}

function showProgress(done, total) {
  ui.progress.hidden = false;
  ui.progressBar.max = total;
  ui.progressBar.value = done;
  ui.progressLabel.textContent = `Annotating a long text: part ${Math.min(done + 1, total)} of ${total}…`;
}

function stopProgress() {
  ui.progress.hidden = true;
  delete document.body.dataset.busy;
}

function showResult(page, text, doc) {
  const { state } = page;
  try {
    const { fragment, skipped } = renderAnnotated(text, doc);
    const rows = whoSaidWhatRows(doc);
    ui.view.replaceChildren(fragment);
    state.focus = undefined;
    ui.everyoneButton.hidden = true;
    renderSpeakers(ui.speakers, doc, (id) => selectSpeaker(page, id));
    renderWhoSaidWhat(ui.whoRows, rows, (index) => jumpToSpan(page, index));
    ui.whoEmpty.hidden = rows.length > 0;
    ui.summary.textContent = summarize(doc);
    if (skipped) showMessage(`${skipped} highlight(s) did not fit the text and are not shown.`);
    else hideMessage();
    state.lastDocument = doc;
    page.refilter();
  } catch (error) {
    // A document not of the expected shape: say so rather than show half a view.
    showAnnotationError(state, text, error);
    return;
  }
  state.lastText = text;
  markFirstHighlight();
}

function markFirstHighlight() {
  if (performance.getEntriesByName('aa:first-highlight').length) return;
  if (ui.view.querySelector('mark[data-span]')) performance.mark('aa:first-highlight');
}

function showEmpty(state, text) {
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.textContent = EMPTY_HINT;
  ui.view.replaceChildren(hint);
  clearPanels('Speakers appear here once there is an article.');
  ui.summary.textContent = '';
  hideMessage();
  state.lastDocument = null;
  state.lastText = text;
}

function clearPanels(note) {
  clearSpeakers(ui.speakers, note ?? NO_SPEAKERS_YET);
  ui.whoRows.replaceChildren();
  ui.whoEmpty.hidden = false;
  ui.everyoneButton.hidden = true;
}

/** The text stays readable, unannotated; the error is one sentence, no stack. */
function showAnnotationError(state, text, error) {
  console.error(error);
  showPlainText(state, text, 'No speakers: the text could not be annotated.');
  const reason = error instanceof Error ? error.message : String(error);
  showMessage(`Could not annotate this text: ${reason}`);
}

function showTrap(state, text, error) {
  console.error(error);
  showPlainText(state, text, 'No speakers: the annotator crashed on this text.');
  showMessage('The annotator crashed on this text, twice, and was restarted; your text is kept. '
    + 'Edit it or paste another to annotate again.');
}

function showCancelled(state, text) {
  showPlainText(state, text, 'No speakers: annotating was cancelled.');
  showMessage('Annotating was cancelled. Your text is kept: press “Annotate” to try again, or edit it.');
}

function showPlainText(state, text, note) {
  ui.view.replaceChildren(document.createTextNode(plainView(text)));
  clearPanels(note);
  ui.summary.textContent = '';
  state.lastDocument = null;
  state.lastText = text;
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
    annotate: (text, options) => state.client.annotate(text, { options }),
    version: () => state.version,
    get lastText() { return state.lastText; },
    get lastDocument() { return state.lastDocument; },
  };
}
