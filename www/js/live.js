// The live page, loaded by app.js once the first view is up: the article
// box (typing, pasting, files, the example), annotating in the worker
// (js/client.js) with progress, cancelling and recovery, the controls
// (js/controls.js), the details tooltip, and window.annotator for tests.
import { EXAMPLE_ARTICLE } from '../example-article.js';
import {
  AnnotatorClient, LoadError, CancelledError, TrapError,
} from './client.js';
import { attachTooltip } from './tooltip.js';
import { describeSpan } from './describe.js';
import { debounce } from './debounce.js';
import { htmlToText } from './plain-text.js';
import { wireControls, selectSpeaker, jumpToSpan } from './controls.js';
import { compiledWasm } from './boot.js';
import { clearSpeakers } from './speakers.js';
import {
  ui, HUGE_TEXT, showResult, showEmpty, showPlainText, showMessage, hideMessage,
  showAnnotationError,
} from './view.js';

const TYPING_DELAY_MS = 150;
const TRAP_RETRYING = 'The annotator crashed and was restarted; your text is kept. Annotating it again…';
const TRAP_RECOVERED = 'The annotator crashed and was restarted; your text is kept and was annotated again.';

/**
 * Starts the worker and, once it is ready, the rest of the page. `page` is
 * app.js's (js/view.js, makeView); `shownFirst`: the view already shows the
 * box's text, annotated on the page (js/first-text.js).
 */
export async function startLivePage(page, shownFirst) {
  const { state } = page;
  state.client = new AnnotatorClient(compiledWasm);
  try {
    ({ version: state.version } = await state.client.ready);
  } catch (error) {
    failLoading(error);
    return;
  }
  if (!shownFirst) performance.mark('aa:ready');
  addControls(page);
  exposeForTests(state);
  ui.version.textContent = state.version;
  wireInput(page);
  wireControls(page);
  // Annotate the box unless it still holds the text the first view shows.
  if (!(shownFirst && state.lastDocument && ui.input.value === state.lastText)) {
    hideMessage();
    update(page);
  }
  document.body.dataset.state = 'ready';
}

/** Adds to `page` what controls.js works through. */
function addControls(page) {
  const { state } = page;
  Object.assign(page, {
    tooltip: attachTooltip(ui.view, ui.tooltip, (index) => describeSpan(state.lastDocument, index)),
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
    selectSpeaker: (id) => selectSpeaker(page, id),
    jumpToSpan: (index) => jumpToSpan(page, index),
  });
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

function exposeForTests(state) {
  window.annotator = {
    annotate: (text, options) => state.client.annotate(text, { options }),
    version: () => state.version,
    get lastText() { return state.lastText; },
    get lastDocument() { return state.lastDocument; },
  };
}
