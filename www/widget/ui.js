// The widget's own interface, inside its shadow root: a toolbar (a toggle per
// kind with its count, previous/next, the speakers list, a status line) and
// an overlay with the details of one span. Every text from the article or the
// document is written with textContent.
import { describeSpan, speakerLabel } from './describe.js';

export const KIND_LABELS = { speaker: 'Speakers', quote: 'Quotes', red_line: 'Red lines' };

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export class WidgetUI {
  /**
   * @param {ShadowRoot} root
   * @param {{onToggle(kind: string): void, onStep(delta: number): void, onSpeaker(id: number): void}} actions
   */
  constructor(root, actions) {
    this.actions = actions;
    this.kindButtons = new Map();
    this.bar = el('div', { class: 'ui', part: 'toolbar', role: 'toolbar', 'aria-label': 'Article annotations' });
    this.speakerList = el('ul', { class: 'speakers' });
    this.speakerSummary = el('summary', {}, 'Speakers');
    this.status = el('span', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.overlay = el('div', { class: 'overlay', part: 'overlay', role: 'tooltip', hidden: '' });
    root.append(this.bar, this.overlay, el('slot'));
  }

  /** Builds the toolbar for `kinds`, each initially shown. */
  build(kinds) {
    const title = el('span', { class: 'title' }, 'Annotations');
    const toggles = kinds.map((kind) => this.kindButton(kind));
    const previous = el('button', { type: 'button', 'data-step': '-1', 'aria-label': 'Previous annotation' }, '‹');
    const next = el('button', { type: 'button', 'data-step': '1', 'aria-label': 'Next annotation' }, '›');
    for (const button of [previous, next]) {
      button.addEventListener('click', () => this.actions.onStep(Number(button.dataset.step)));
    }
    const speakers = el('details', {}, this.speakerSummary, this.speakerList);
    this.bar.replaceChildren(title, ...toggles, previous, next, speakers, this.status);
  }

  kindButton(kind) {
    const count = el('span', { class: 'count' }, '0');
    const button = el('button', { type: 'button', 'data-kind': kind, 'aria-pressed': 'true' },
      el('span', { class: `swatch ${kind}` }), KIND_LABELS[kind] ?? kind, count);
    button.addEventListener('click', () => this.actions.onToggle(kind));
    this.kindButtons.set(kind, { button, count });
    return button;
  }

  setStatus(message, isError = false) {
    this.status.textContent = message;
    this.status.classList.toggle('error', isError);
  }

  setPressed(kind, pressed) {
    this.kindButtons.get(kind)?.button.setAttribute('aria-pressed', String(pressed));
  }

  /** Counts per kind and the speakers list of `doc`. */
  render(doc) {
    for (const [kind, { count }] of this.kindButtons) {
      count.textContent = String(doc.spans.filter((span) => span.kind === kind).length);
    }
    const rows = doc.entities.map((entity) => {
      const quotes = doc.spans.filter((span) => span.kind !== 'speaker' && span.speaker === entity.id).length;
      const button = el('button', { type: 'button', 'data-entity': String(entity.id) },
        `${speakerLabel(doc, entity.id)} · ${quotes}`);
      button.addEventListener('click', () => this.actions.onSpeaker(entity.id));
      return el('li', {}, button);
    });
    this.speakerSummary.textContent = `Speakers (${doc.entities.length})`;
    this.speakerList.replaceChildren(...rows);
  }

  /** Shows the details of `doc.spans[index]` below `rect` (or above it near the bottom). */
  showDetails(doc, index, rect) {
    const { heading, rows } = describeSpan(doc, index);
    const list = el('dl');
    for (const [label, value] of rows) list.append(el('dt', {}, label), el('dd', {}, value));
    this.overlay.replaceChildren(el('strong', {}, heading), list);
    this.overlay.dataset.span = String(index);
    this.overlay.hidden = false;
    if (rect) this.place(rect);
  }

  place(rect) {
    const { offsetWidth: width, offsetHeight: height } = this.overlay;
    const left = Math.max(4, Math.min(rect.left, innerWidth - width - 4));
    const below = rect.bottom + 6;
    const top = below + height > innerHeight ? Math.max(4, rect.top - height - 6) : below;
    this.overlay.style.left = `${left}px`;
    this.overlay.style.top = `${top}px`;
  }

  hideDetails() {
    this.overlay.hidden = true;
    delete this.overlay.dataset.span;
  }
}
