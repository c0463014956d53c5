// The DOM contract of the reading view (see www/js/render.js), checked in the
// page against the document the page rendered. Returns a list of problems,
// empty when the view keeps the contract.

/** @returns {Promise<string[]>} */
export function contractProblems(page) {
  return page.evaluate(checkViewInPage);
}

// Runs inside the page: no closures over test code.
function checkViewInPage() {
  const text = window.annotator.lastText;
  const doc = window.annotator.lastDocument;
  const view = document.getElementById('view');
  const problems = [];
  if (!doc) return ['no document is shown'];
  const elementsBySpan = new Map();
  for (const element of view.querySelectorAll('[data-span]')) {
    const index = Number(element.dataset.span);
    if (!doc.spans[index]) problems.push(`element for a span that does not exist: ${element.dataset.span}`);
    if (!elementsBySpan.has(index)) elementsBySpan.set(index, []);
    elementsBySpan.get(index).push(element);
  }
  const nameOf = (id) => (id === null || id === undefined ? '' : doc.entities[id]?.name ?? '');
  doc.spans.forEach((span, index) => {
    const elements = elementsBySpan.get(index) ?? [];
    const label = `span ${index} (${span.kind} "${span.text.slice(0, 30)}")`;
    if (text.slice(span.start, span.end) !== span.text) problems.push(`${label}: text is not text.slice(start, end)`);
    const joined = elements.map((element) => element.textContent).join('');
    if (joined !== span.text) problems.push(`${label}: elements hold "${joined.slice(0, 40)}"`);
    for (const element of elements) {
      if (element.dataset.kind !== span.kind) problems.push(`${label}: data-kind is ${element.dataset.kind}`);
      if (span.kind !== 'speaker' && element.dataset.speaker !== nameOf(span.speaker)) {
        problems.push(`${label}: data-speaker is "${element.dataset.speaker}"`);
      }
      if (span.kind === 'speaker' && element.dataset.entity !== String(span.entity)) {
        problems.push(`${label}: data-entity is "${element.dataset.entity}"`);
      }
    }
    if (span.text && elements[0]?.getAttribute('tabindex') !== '0') problems.push(`${label}: first element not focusable`);
  });
  if (view.textContent !== text) problems.push('the view does not hold exactly the input text');
  problems.push(...nestingProblems(view, doc));
  return problems;

  // Each piece of text sits inside exactly the spans covering it, longest outermost.
  function nestingProblems(root, document_) {
    const found = [];
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = offset;
      const end = offset + node.data.length;
      offset = end;
      const chain = [];
      for (let e = node.parentElement; e && e !== root; e = e.parentElement) {
        if (e.dataset.span !== undefined) chain.unshift(Number(e.dataset.span));
      }
      const covering = document_.spans
        .map((span, index) => ({ span, index }))
        .filter(({ span }) => span.start <= start && span.end >= end && span.start < span.end)
        .map(({ index }) => index);
      if ([...chain].sort((a, b) => a - b).join() !== covering.sort((a, b) => a - b).join()) {
        found.push(`text at ${start}-${end} is inside spans [${chain}] but covered by [${covering}]`);
      }
      const lengths = chain.filter((i) => document_.spans[i])
        .map((i) => document_.spans[i].end - document_.spans[i].start);
      if (lengths.some((length, i) => i > 0 && length > lengths[i - 1])) {
        found.push(`text at ${start}-${end}: a shorter span encloses a longer one`);
      }
    }
    return found;
  }
}
