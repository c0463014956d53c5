// Two ways to paint spans on the article, behind one interface:
//   paint(textMap, items)  items: [{index, span}] in document order
//   setActive(index)       the span shown in the overlay (or -1)
//   clear()                back to the article as it was
//
// HighlightPainter uses the CSS Custom Highlight API: the article's DOM is
// never touched. MarkPainter, where the API is missing, wraps text in
// <aa-mark> elements (a custom tag, so no page rule for <mark> applies).
// Both are styled by the document-scope sheet in styles.js.
import { rangeOf, segmentsOf } from './text-map.js';

/** The look of a span: direct and reported quotes differ. */
export function styleKey(span) {
  if (span.kind === 'quote' && !span.direct) return 'reported';
  return span.kind;
}

export function highlightApiAvailable() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

// One Highlight per style, shared by every widget on the page (CSS names are
// global); each painter adds and removes only its own ranges.
const PRIORITIES = { speaker: 1, reported: 2, quote: 3, red_line: 4, active: 5 };
const sharedHighlights = new Map();

function sharedHighlight(key) {
  let highlight = sharedHighlights.get(key);
  if (!highlight) {
    highlight = new Highlight();
    highlight.priority = PRIORITIES[key] ?? 0;
    CSS.highlights.set(`aa-${key}`, highlight);
    sharedHighlights.set(key, highlight);
  }
  return highlight;
}

export class HighlightPainter {
  constructor() {
    this.mode = 'highlight-api';
    this.owned = [];
    this.rangesByIndex = new Map();
    this.activeRange = null;
  }

  paint(textMap, items) {
    for (const { index, span } of items) {
      const range = rangeOf(textMap, span.start, span.end);
      if (!range) continue;
      const highlight = sharedHighlight(styleKey(span));
      highlight.add(range);
      this.owned.push([highlight, range]);
      this.rangesByIndex.set(index, range);
    }
  }

  setActive(index) {
    const active = sharedHighlight('active');
    if (this.activeRange) active.delete(this.activeRange);
    this.activeRange = this.rangesByIndex.get(index) ?? null;
    if (this.activeRange) active.add(this.activeRange);
  }

  /** The client rectangle of span `index`, for placing the overlay. */
  rectOf(index) {
    return this.rangesByIndex.get(index)?.getBoundingClientRect() ?? null;
  }

  clear() {
    this.setActive(-1);
    for (const [highlight, range] of this.owned) highlight.delete(range);
    this.owned = [];
    this.rangesByIndex.clear();
  }
}

export class MarkPainter {
  constructor(root) {
    this.mode = 'marks';
    this.root = root;
  }

  paint(textMap, items) {
    const slicesByNode = new Map();
    for (const item of items) {
      for (const segment of segmentsOf(textMap, item.span.start, item.span.end)) {
        if (!slicesByNode.has(segment.node)) slicesByNode.set(segment.node, []);
        slicesByNode.get(segment.node).push({ item, from: segment.from, to: segment.to });
      }
    }
    for (const [node, slices] of slicesByNode) wrapNode(node, slices);
  }

  setActive(index) {
    for (const mark of this.root.querySelectorAll('aa-mark[data-aa-active]')) {
      mark.removeAttribute('data-aa-active');
    }
    for (const mark of this.marksOf(index)) mark.setAttribute('data-aa-active', '');
  }

  rectOf(index) {
    const marks = this.marksOf(index);
    return marks.length ? marks[0].getBoundingClientRect() : null;
  }

  marksOf(index) {
    return index < 0 ? [] : [...this.root.querySelectorAll(`aa-mark[data-aa-span="${index}"]`)];
  }

  clear() {
    const parents = new Set();
    for (const mark of this.root.querySelectorAll('aa-mark')) {
      parents.add(mark.parentNode);
      mark.replaceWith(...mark.childNodes);
    }
    for (const parent of parents) if (parent.isConnected) parent.normalize();
  }
}

// Cuts `node` at every slice edge, then wraps each piece in one <aa-mark>
// per span covering it, outermost first (items come longest first).
function wrapNode(node, slices) {
  const cuts = [...new Set(slices.flatMap((slice) => [slice.from, slice.to]))]
    .filter((cut) => cut > 0 && cut < node.data.length)
    .sort((a, b) => b - a);
  const pieces = new Map();
  for (const cut of cuts) pieces.set(cut, node.splitText(cut));
  pieces.set(0, node);
  for (const [from, piece] of pieces) {
    const to = from + piece.data.length;
    const covering = slices.filter((slice) => slice.from <= from && slice.to >= to);
    if (covering.length) wrapIn(piece, covering.map((slice) => slice.item));
  }
}

function wrapIn(textNode, items) {
  let outer = null;
  let inner = null;
  for (const { index, span } of items) {
    const mark = document.createElement('aa-mark');
    mark.setAttribute('data-aa-kind', styleKey(span));
    mark.setAttribute('data-aa-span', String(index));
    if (inner) inner.append(mark);
    else outer = mark;
    inner = mark;
  }
  textNode.replaceWith(outer);
  inner.append(textNode);
}
