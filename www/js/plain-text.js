// HTML (a pasted rich-text fragment or an opened .html file) → plain text
// with its paragraphs kept: block elements become paragraphs separated by a
// blank line, <br> a line break, runs of white space one space. The markup
// is parsed with DOMParser into an inert document: no script runs, no image
// or other resource is fetched, nothing of it enters the page.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'svg']);

/** @param {string} html @returns {string} */
export function htmlToText(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [];
  const state = { line: '', paragraphs, inPre: 0 };
  walk(parsed.body ?? parsed.documentElement, state);
  flush(state);
  return paragraphs.join('\n\n');
}

function walk(node, state) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      state.line += state.inPre ? child.data : child.data.replace(/\s+/g, ' ');
    } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.nodeName)) {
      visitElement(child, state);
    }
  }
}

function visitElement(element, state) {
  if (element.nodeName === 'BR') {
    state.line = `${state.line.trimEnd()}\n`;
    return;
  }
  const block = BLOCKS.has(element.nodeName);
  if (block) flush(state);
  if (element.nodeName === 'PRE') state.inPre += 1;
  walk(element, state);
  if (element.nodeName === 'PRE') state.inPre -= 1;
  if (block) flush(state);
  else if (element.nodeName === 'TD' || element.nodeName === 'TH') state.line += ' ';
}

/** Ends the current paragraph (if it holds any text). */
function flush(state) {
  const paragraph = state.line.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).join('\n').trim();
  if (paragraph) state.paragraphs.push(paragraph);
  state.line = '';
}
