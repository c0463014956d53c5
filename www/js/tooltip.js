// The details tooltip: one element with role="tooltip", shown when a
// highlight is hovered or receives keyboard focus, hidden on leave, blur or
// Escape. While shown, the highlight points at it with aria-describedby.
// It describes every span covering the highlighted text (a red line inside a
// quote shows both), outer first.

/**
 * @param {HTMLElement} view the reading view (events are delegated from it)
 * @param {HTMLElement} tooltip the role="tooltip" element
 * @param {(index: number) => {heading: string, rows: [string, string][]}} describe
 */
export function attachTooltip(view, tooltip, describe) {
  let anchor = null;
  const show = (target) => {
    const found = target instanceof Element ? target.closest('[data-span]') : null;
    const highlight = found && view.contains(found) ? found : null;
    if (highlight === anchor) return;
    hide();
    if (!highlight) return;
    anchor = highlight;
    fillTooltip(tooltip, coveringSpans(view, highlight).map(describe));
    tooltip.hidden = false;
    anchor.setAttribute('aria-describedby', tooltip.id);
    placeTooltip(tooltip, anchor);
  };
  const hide = () => {
    if (anchor) anchor.removeAttribute('aria-describedby');
    anchor = null;
    tooltip.hidden = true;
  };
  view.addEventListener('mouseover', (event) => show(event.target));
  view.addEventListener('mouseleave', hide);
  view.addEventListener('focusin', (event) => show(event.target));
  view.addEventListener('focusout', hide);
  // A fixed tooltip would drift from its highlight while scrolling: follow
  // it, and hide when it leaves the view.
  const follow = () => {
    if (!anchor) return;
    const box = anchor.getBoundingClientRect();
    const frame = view.getBoundingClientRect();
    if (box.bottom < frame.top || box.top > frame.bottom) hide();
    else placeTooltip(tooltip, anchor);
  };
  view.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('scroll', follow, { passive: true });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  return { hide };
}

/** Span indices of `highlight` and its highlighted ancestors, outer first. */
function coveringSpans(view, highlight) {
  const indices = [];
  for (let node = highlight; node && node !== view; node = node.parentElement) {
    if (node.dataset && node.dataset.span !== undefined) indices.unshift(Number(node.dataset.span));
  }
  return indices;
}

function fillTooltip(tooltip, descriptions) {
  const fragment = document.createDocumentFragment();
  for (const { heading, rows } of descriptions) {
    const section = document.createElement('div');
    section.className = 'tip-section';
    const title = document.createElement('strong');
    title.className = 'tip-heading';
    title.textContent = heading;
    section.appendChild(title);
    const list = document.createElement('dl');
    for (const [label, value] of rows) {
      list.appendChild(document.createElement('dt')).textContent = label;
      list.appendChild(document.createElement('dd')).textContent = value;
    }
    section.appendChild(list);
    fragment.appendChild(section);
  }
  tooltip.replaceChildren(fragment);
}

/** Below the first line box of the anchor, kept inside the viewport. */
function placeTooltip(tooltip, anchor) {
  const box = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const margin = 8;
  const width = tooltip.offsetWidth;
  const height = tooltip.offsetHeight;
  let left = Math.min(box.left, window.innerWidth - width - margin);
  let top = box.bottom + margin;
  if (top + height > window.innerHeight - margin) top = box.top - height - margin;
  left = Math.max(margin, left);
  top = Math.max(margin, top);
  tooltip.style.left = `${Math.round(left)}px`;
  tooltip.style.top = `${Math.round(top)}px`;
}
