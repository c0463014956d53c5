// What the reading view highlights: kinds switched off with the "Show"
// toggles, and the spans of one speaker when a speaker is selected. Hidden
// or muted highlights stay in the DOM (the contract still holds) but lose
// their look (CSS, `data-hide` on the view and the class `muted`) and leave
// the tab order.

/** The toggle a highlight belongs to: quote, reported, red_line or speaker. */
export function filterKey(element) {
  if (element.dataset.kind === 'quote' && element.dataset.direct === 'false') return 'reported';
  return element.dataset.kind;
}

/** The entity a span belongs to (its speaker, or the entity it names); null when unknown. */
export function ownerOf(span) {
  const id = span.kind === 'speaker' ? span.entity : span.speaker;
  return id === undefined ? null : id;
}

/**
 * Applies `hidden` (a Set of filter keys) and `focus` (an entity id, null for
 * the unknown speaker, undefined for everyone) to the highlights of `view`.
 */
export function applyFilters(view, doc, { hidden, focus }) {
  view.dataset.hide = [...hidden].join(' ');
  if (!doc) return;
  for (const element of view.querySelectorAll('mark[data-span]')) {
    const span = doc.spans[Number(element.dataset.span)];
    const muted = focus !== undefined && span !== undefined && ownerOf(span) !== focus;
    element.classList.toggle('muted', muted);
    if (element.dataset.first !== undefined) {
      element.tabIndex = muted || hidden.has(filterKey(element)) ? -1 : 0;
    }
  }
}

/** Whether a highlight is shown (its kind switched on, its speaker not muted). */
export function isShown(view, element) {
  const hidden = (view.dataset.hide ?? '').split(' ');
  return !element.classList.contains('muted') && !hidden.includes(filterKey(element));
}
