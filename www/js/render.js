// Spans → DOM. The reading view is built from text nodes only (never
// innerHTML), inside one DocumentFragment, in a single sweep over the text.
//
// DOM contract (tests and other tools drive the page through it):
// - every span of the document is rendered as one or more <mark> elements with
//   `data-kind` (its kind), `data-span` (its index in `doc.spans`) and, for
//   quotes and red lines, `data-speaker` (the entity's name, or "" when the
//   speaker is unknown); speaker mentions carry `data-entity` (the entity id);
// - the text of the elements of one span, joined in document order, equals
//   the span's text;
// - overlapping spans: the text is split at every span boundary and each
//   piece sits inside one element per span covering it, outer first: longer
//   first, then earlier start, then quote > red line > speaker (so a span
//   inside another is always nested in it, and of two partly overlapping
//   spans the longer one stays whole where it can);
// - the first element of each span has `tabindex="0"` and `data-first`, so a
//   keyboard user can reach every highlight.

// Order of nesting when two spans cover exactly the same text.
const KIND_RANK = { quote: 0, red_line: 1, speaker: 2 };

/**
 * Builds the annotated view of `text`.
 * @param {string} text the annotated text (UTF-16 offsets index it)
 * @param {import('../../src/annotation').AnnotationDocument} doc
 * @returns {{fragment: DocumentFragment, skipped: number}} `skipped` counts
 *   spans whose offsets do not fit the text (never rendered).
 */
export function renderAnnotated(text, doc) {
  const { entries, skipped } = orderedEntries(text, doc.spans);
  const fragment = document.createDocumentFragment();
  const boundaries = collectBoundaries(text.length, entries);
  const sweep = { fragment, stack: [], active: [], next: 0, started: new Set(), doc };
  for (let b = 0; b + 1 < boundaries.length; b += 1) {
    const pieceStart = boundaries[b];
    const pieceEnd = boundaries[b + 1];
    updateActive(sweep, entries, pieceStart);
    alignStack(sweep);
    const parent = sweep.stack.length ? sweep.stack[sweep.stack.length - 1].element : fragment;
    parent.appendChild(document.createTextNode(text.slice(pieceStart, pieceEnd)));
  }
  return { fragment, skipped };
}

/** Spans that fit the text, with their index, sorted by start. */
function orderedEntries(text, spans) {
  const entries = [];
  let skipped = 0;
  spans.forEach((span, index) => {
    const fits = Number.isInteger(span.start) && Number.isInteger(span.end)
      && span.start >= 0 && span.start < span.end && span.end <= text.length;
    if (fits) entries.push({ index, span });
    else if (span.start !== span.end) skipped += 1; // empty spans have no text to show
  });
  entries.sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  return { entries, skipped };
}

function outerFirst(a, b) {
  return (b.span.end - b.span.start) - (a.span.end - a.span.start)
    || a.span.start - b.span.start
    || (KIND_RANK[a.span.kind] ?? 9) - (KIND_RANK[b.span.kind] ?? 9)
    || a.index - b.index;
}

/** Sorted, distinct offsets where some span starts or ends, plus 0 and the end. */
function collectBoundaries(length, entries) {
  const offsets = new Set([0, length]);
  for (const { span } of entries) {
    offsets.add(span.start);
    offsets.add(span.end);
  }
  return [...offsets].sort((a, b) => a - b);
}

/**
 * Drops spans that ended at or before `offset`, adds those starting there and
 * keeps `active` in outer-first order (it holds a handful of spans at most).
 */
function updateActive(sweep, entries, offset) {
  sweep.active = sweep.active.filter((entry) => entry.span.end > offset);
  let added = false;
  while (sweep.next < entries.length && entries[sweep.next].span.start <= offset) {
    sweep.active.push(entries[sweep.next]);
    sweep.next += 1;
    added = true;
  }
  if (added) sweep.active.sort(outerFirst);
}

/**
 * Makes the stack of open elements match the spans covering the next piece
 * (all active spans: they start at or before it and end at a boundary after
 * it): keeps the common prefix (so a quote with a red line inside stays one
 * element where it can), closes the rest, opens an element per new span.
 */
function alignStack(sweep) {
  const covering = sweep.active;
  let kept = 0;
  while (kept < sweep.stack.length && kept < covering.length
    && sweep.stack[kept].entry === covering[kept]) {
    kept += 1;
  }
  sweep.stack.length = kept;
  for (const entry of covering.slice(kept)) {
    const parent = sweep.stack.length ? sweep.stack[sweep.stack.length - 1].element : sweep.fragment;
    const element = highlightElement(entry, sweep);
    parent.appendChild(element);
    sweep.stack.push({ entry, element });
  }
}

/** One <mark> for (a piece of) a span, with the attributes of the contract. */
function highlightElement({ index, span }, sweep) {
  const element = document.createElement('mark');
  element.className = 'hl';
  element.dataset.kind = span.kind;
  element.dataset.span = String(index);
  if (span.kind === 'speaker') {
    element.dataset.entity = String(span.entity);
  } else {
    element.dataset.speaker = entityName(sweep.doc, span.speaker);
  }
  if (span.kind === 'quote') element.dataset.direct = String(Boolean(span.direct));
  if (span.kind === 'red_line' && span.category) element.dataset.category = span.category;
  if (!sweep.started.has(index)) {
    sweep.started.add(index);
    element.dataset.first = '';
    element.tabIndex = 0;
  }
  return element;
}

/** The name of entity `id`, or "" when there is none. */
export function entityName(doc, id) {
  if (id === null || id === undefined) return '';
  const entity = doc.entities[id];
  return entity ? entity.name : '';
}
