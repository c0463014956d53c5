// The text of a DOM subtree as a reader sees it, and the way back from
// offsets in that text (UTF-16, JavaScript indices) to DOM positions.
//
// Rules, close to `innerText`: scripts, styles, templates, hidden and
// display:none elements are skipped; <br> is a line break; an element that is
// not inline (block, list-item, flex, table...) is a paragraph ("\n\n");
// runs of white space collapse to one space except under `white-space: pre*`.
// Breaks are synthetic: they belong to no text node, so no range ever starts
// or ends inside one.

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA']);
const SPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * @typedef {{node: Text, start: number, text: string, map: number[]|null}} Piece
 *   `text` is the node's text as read (collapsed), at `start` in the whole
 *   text; `map[i]` is the offset in `node.data` of `text[i]` (null: identity).
 * @typedef {{text: string, pieces: Piece[]}} TextMap
 */

/** @returns {TextMap} the text of `root` and where each part comes from. */
export function readText(root) {
  const state = { text: '', pieces: [], pendingBreak: '' };
  walk(root, state);
  return { text: state.text, pieces: state.pieces };
}

function walk(element, state) {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      addText(child, state, element);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      visitElement(child, state);
    }
  }
}

function visitElement(element, state) {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hidden) return;
  if (element.tagName === 'BR') {
    requestBreak(state, '\n');
    return;
  }
  const display = getComputedStyle(element).display;
  if (display === 'none') return;
  const isBlock = !display.startsWith('inline') && display !== 'contents';
  if (isBlock) requestBreak(state, '\n\n');
  walk(element, state);
  if (isBlock) requestBreak(state, '\n\n');
}

// Breaks wait until more text comes, so the text never starts or ends with
// one and two blocks in a row give a single paragraph break.
function requestBreak(state, kind) {
  if (state.text === '') return;
  if (kind.length > state.pendingBreak.length) state.pendingBreak = kind;
}

function addText(node, state, parent) {
  const { whiteSpace } = getComputedStyle(parent);
  const preserve = whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
  let { text, map } = preserve ? { text: node.data, map: null } : collapse(node.data);
  const atLineStart = state.text === '' || state.pendingBreak !== '' || state.text.endsWith(' ');
  if (!preserve && atLineStart && text.startsWith(' ')) {
    map = (map ?? identity(text.length)).slice(1);
    text = text.slice(1);
  }
  if (text === '') return;
  if (state.pendingBreak) dropTrailingSpace(state);
  state.text += state.pendingBreak;
  state.pendingBreak = '';
  state.pieces.push({ node, start: state.text.length, text, map });
  state.text += text;
}

// "a \n\nb" reads as "a\n\nb": the space before a break is not shown.
function dropTrailingSpace(state) {
  const last = state.pieces[state.pieces.length - 1];
  if (!last || !state.text.endsWith(' ') || last.start + last.text.length !== state.text.length) return;
  last.text = last.text.slice(0, -1);
  if (last.map) last.map = last.map.slice(0, -1);
  state.text = state.text.slice(0, -1);
  if (last.text === '') state.pieces.pop();
}

/** Collapses white-space runs to one space; `map` is null when nothing changed. */
function collapse(data) {
  if (!/[\t\n\r\f]| {2}/.test(data)) return { text: data, map: null };
  const map = [];
  let text = '';
  let last = 0;
  for (const match of data.matchAll(SPACE_RUN)) {
    for (let i = last; i < match.index; i += 1) map.push(i);
    text += data.slice(last, match.index) + ' ';
    map.push(match.index);
    last = match.index + match[0].length;
  }
  for (let i = last; i < data.length; i += 1) map.push(i);
  return { text: text + data.slice(last), map };
}

function identity(length) {
  return Array.from({ length }, (_, i) => i);
}

/** Index of the piece holding text offset `offset` (or the next one after it). */
function pieceIndexAt(pieces, offset) {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].start + pieces[mid].text.length <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Offset in `piece.node.data` of offset `i` within the piece's text. */
function nodeOffset(piece, i) {
  if (!piece.map) return i;
  return i < piece.map.length ? piece.map[i] : piece.map[i - 1] + 1;
}

/**
 * The parts of text [start, end) that lie in text nodes, in order:
 * `{node, from, to, start, end}` (`from`/`to` in the node, `start`/`end` in
 * the text). Synthetic breaks between them are left out.
 */
export function segmentsOf(textMap, start, end) {
  const segments = [];
  const { pieces } = textMap;
  for (let i = pieceIndexAt(pieces, start); i < pieces.length && pieces[i].start < end; i += 1) {
    const piece = pieces[i];
    const a = Math.max(start, piece.start) - piece.start;
    const b = Math.min(end, piece.start + piece.text.length) - piece.start;
    if (a >= b) continue;
    segments.push({
      node: piece.node, from: nodeOffset(piece, a), to: nodeOffset(piece, b),
      start: piece.start + a, end: piece.start + b,
    });
  }
  return segments;
}

/** A live Range over text [start, end), or null if it covers no text node. */
export function rangeOf(textMap, start, end) {
  const segments = segmentsOf(textMap, start, end);
  if (segments.length === 0) return null;
  const first = segments[0];
  const last = segments[segments.length - 1];
  const range = new Range();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

/** Text offset of DOM position (`node`, `offset`), or -1 if it is not in the text. */
export function offsetAt(textMap, node, offset) {
  const piece = textMap.pieces.find((candidate) => candidate.node === node);
  if (!piece) return -1;
  if (!piece.map) return piece.start + Math.min(offset, piece.text.length);
  const index = piece.map.findIndex((position) => position >= offset);
  return piece.start + (index === -1 ? piece.text.length : index);
}
