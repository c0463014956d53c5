// Keyboard navigation between highlights: next / previous, of any kind or of
// one kind, from the highlight that has focus (or from the top). Only shown
// highlights count (see filters.js). Moving focuses the highlight, which
// shows its details (tooltip.js listens to focus).
import { isShown } from './filters.js';

export const SHORTCUTS = {
  n: { direction: 1, kind: null }, p: { direction: -1, kind: null },
  q: { direction: 1, kind: 'quote' }, Q: { direction: -1, kind: 'quote' },
  r: { direction: 1, kind: 'red_line' }, R: { direction: -1, kind: 'red_line' },
  s: { direction: 1, kind: 'speaker' }, S: { direction: -1, kind: 'speaker' },
};

/**
 * Focuses the next (`direction` 1) or previous (-1) shown highlight of
 * `kind` (null: any), wrapping around. Returns it, or null when there is none.
 */
export function moveToHighlight(view, direction, kind) {
  const candidates = [...view.querySelectorAll('mark[data-first]')]
    .filter((element) => (!kind || element.dataset.kind === kind) && isShown(view, element));
  if (!candidates.length) return null;
  const current = document.activeElement?.closest?.('mark[data-span]');
  let target;
  if (current && view.contains(current)) {
    const after = (element) => current.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    target = direction > 0
      ? candidates.find((element) => element !== current && after(element))
      : candidates.findLast((element) => element !== current && !after(element));
  }
  target ??= direction > 0 ? candidates[0] : candidates[candidates.length - 1];
  focusHighlight(target);
  return target;
}

/** Scrolls a highlight into the middle of the view and focuses it. */
export function focusHighlight(element) {
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
}

/**
 * Calls `onShortcut(entry)` for the keys of SHORTCUTS pressed outside text
 * fields and without Ctrl, Alt or Meta.
 */
export function listenForShortcuts(onShortcut) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && target.closest('textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio]):not([type=button])')) return;
    const entry = SHORTCUTS[event.key];
    if (!entry) return;
    event.preventDefault();
    onShortcut(entry);
  });
}
