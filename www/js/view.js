// What the page shows, for a document, a plain text or nothing: the reading
// view, the speakers, the "who said what" table, the summary and the message
// line. app.js shows the first text with it before the rest of the page
// (js/live.js: input, worker, controls) has loaded, so this module and its
// imports are all the first view waits for.
import { renderAnnotated } from './render.js';
import { renderSpeakers, clearSpeakers } from './speakers.js';
import { applyFilters } from './filters.js';
import { whoSaidWhatRows, renderWhoSaidWhat } from './table.js';

const EMPTY_HINT = 'Paste an article on the left (above, on a small screen), or press “Try an example”.';
const NO_SPEAKERS_YET = 'Speakers appear here once there is an article.';
// Texts longer than this (UTF-16 units) are not shown in the box (see
// fitInput in live.js) and only their first HUGE_VIEW units in the view when
// they could not be annotated.
export const HUGE_TEXT = 2_000_000;
const HUGE_VIEW = 200_000;

const byId = (id) => document.getElementById(id);
export const ui = {
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

/**
 * The page object both halves work through: `ui`, `state` (see app.js) and
 * what live.js adds (selectSpeaker, jumpToSpan, tooltip, ...).
 */
export function makeView(state) {
  return { ui, state, refilter: () => applyFilters(ui.view, state.lastDocument, state) };
}

/** The text for the view when annotating it failed or was cancelled: a huge one is cut. */
function plainView(text) {
  if (text.length <= HUGE_TEXT) return text;
  return `${text.slice(0, HUGE_VIEW)}\n\n[… ${(text.length - HUGE_VIEW).toLocaleString('en')} more characters, not shown]`;
}

export function showResult(page, text, doc) {
  const { state } = page;
  try {
    const { fragment, skipped } = renderAnnotated(text, doc);
    const rows = whoSaidWhatRows(doc);
    ui.view.replaceChildren(fragment);
    state.focus = undefined;
    ui.everyoneButton.hidden = true;
    renderSpeakers(ui.speakers, doc, (id) => page.selectSpeaker?.(id));
    renderWhoSaidWhat(ui.whoRows, rows, (index) => page.jumpToSpan?.(index));
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

export function showEmpty(state, text) {
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

export function showPlainText(state, text, note) {
  ui.view.replaceChildren(document.createTextNode(plainView(text)));
  clearPanels(note);
  ui.summary.textContent = '';
  state.lastDocument = null;
  state.lastText = text;
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

export function showMessage(text) {
  ui.message.textContent = text;
  ui.message.hidden = false;
}

export function hideMessage() {
  ui.message.hidden = true;
  ui.message.textContent = '';
}

/** The text stays readable, unannotated; the error is one sentence, no stack. */
export function showAnnotationError(state, text, error) {
  console.error(error);
  showPlainText(state, text, 'No speakers: the text could not be annotated.');
  const reason = error instanceof Error ? error.message : String(error);
  showMessage(`Could not annotate this text: ${reason}`);
}
