// "Who said what": the quotes and red lines of a document grouped by speaker
// (in the order of the speakers list, the unknown speaker last), each with a
// button that jumps to it in the text; and the same rows as plain text or
// CSV for the clipboard.
import { ownerOf } from './filters.js';

const CATEGORY_LABELS = {
  non_negotiable: 'non-negotiable', ultimatum: 'ultimatum', refusal: 'refusal',
  threat: 'threat', red_line_mention: 'red line mentioned',
};

/** One row per quote and red line: {span, speaker, title, what, words, details}. */
export function whoSaidWhatRows(doc) {
  const order = (id) => (id === null ? doc.entities.length : id);
  return doc.spans
    .map((span, index) => ({ span, index }))
    .filter(({ span }) => span.kind === 'quote' || span.kind === 'red_line')
    .sort((a, b) => order(ownerOf(a.span)) - order(ownerOf(b.span)) || a.span.start - b.span.start)
    .map(({ span, index }) => rowOf(doc, span, index));
}

function rowOf(doc, span, index) {
  const entity = ownerOf(span) === null ? null : doc.entities[ownerOf(span)];
  const isQuote = span.kind === 'quote';
  return {
    span: index,
    speaker: entity ? entity.name : 'Unknown speaker',
    title: entity?.title ?? '',
    what: isQuote ? (span.direct ? 'Quote' : 'Reported speech') : 'Red line',
    words: span.text,
    details: isQuote ? (span.cue ? `cue: ${span.cue}` : '')
      : [CATEGORY_LABELS[span.category] ?? span.category, span.trigger && `“${span.trigger}”`].filter(Boolean).join(', '),
  };
}

/** Fills `tbody`; `onJump(spanIndex)` runs when a row's button is pressed. */
export function renderWhoSaidWhat(tbody, rows, onJump) {
  const fragment = document.createDocumentFragment();
  rows.forEach((row, position) => {
    const tr = document.createElement('tr');
    tr.dataset.span = String(row.span);
    const head = cell(tr, 'th', row.speaker);
    head.scope = 'row';
    if (row.title) head.appendChild(element('span', 'cell-title', row.title));
    cell(tr, 'td', row.what);
    cell(tr, 'td', row.words).className = 'cell-words';
    cell(tr, 'td', row.details);
    const jump = element('button', 'jump', 'Show in text');
    jump.type = 'button';
    jump.setAttribute('aria-label', `Show in text: ${row.what.toLowerCase()} ${position + 1}, ${row.speaker}`);
    jump.addEventListener('click', () => onJump(row.span));
    tr.appendChild(document.createElement('td')).appendChild(jump);
    fragment.appendChild(tr);
  });
  tbody.replaceChildren(fragment);
}

function cell(tr, tag, text) {
  return tr.appendChild(element(tag, '', text));
}

function element(tag, className, text) {
  const made = document.createElement(tag);
  if (className) made.className = className;
  made.textContent = text;
  return made;
}

/** The rows as text a person reads: a heading per speaker, one line per row. */
export function rowsAsText(rows) {
  const lines = [];
  let speaker = null;
  for (const row of rows) {
    if (row.speaker !== speaker) {
      speaker = row.speaker;
      if (lines.length) lines.push('');
      lines.push(row.title ? `${row.speaker} (${row.title})` : row.speaker);
    }
    lines.push(`  ${row.what}${row.details ? ` (${row.details})` : ''}: ${row.words}`);
  }
  return lines.join('\n');
}

const CSV_COLUMNS = ['speaker', 'title', 'what', 'words', 'details'];

/** The rows as CSV (RFC 4180, CRLF line ends), with a header line. */
export function rowsAsCsv(rows) {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value) {
  let text = String(value ?? '');
  // A leading = + - @ would be a formula in a spreadsheet: keep it text.
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
