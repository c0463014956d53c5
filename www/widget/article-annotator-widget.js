// <article-annotator>: annotates an article in place, in any page.
//
//   <script type="module" src=".../widget/article-annotator-widget.js"></script>
//   <article-annotator> ...article HTML... </article-annotator>
//   <article-annotator target="#post .entry-content"></article-annotator>
//
// Attributes: `target` (CSS selector of the article; default: the element's
// own content), `kinds` (e.g. "quote red_line"; default all), `theme`
// ("light", "dark"; default follows the reader's setting), `debounce` (ms to
// wait after the content changes before annotating again; default 300).
// Script API: `annotations` (the spec document, UTF-16 offsets into `text`),
// `text`, `status` ("loading", "ready", "error"), `error`, `highlightMode`
// ("highlight-api" or "marks"), `refresh()`, and the `annotated` event whose
// `detail` is the document. If the WASM instance traps, the widget loads a
// fresh one, annotates once more, and fires `annotator-crash` (detail:
// `{message, recovered}`); when that fails too, `status` is "error" and
// `error` says the annotator crashed and was restarted.
import { isCurrent, loadCore, reloadCore } from './core.js';
import { HighlightPainter, MarkPainter, highlightApiAvailable } from './painters.js';
import { adoptPageStyles, adoptShadowStyles } from './styles.js';
import { offsetAt, rangeOf, readText } from './text-map.js';
import { WidgetUI } from './ui.js';

const CRASHED = 'The annotator crashed on this article, twice, and was restarted; the article is unchanged.';
const RECOVERED = 'The annotator crashed and was restarted; the article was annotated again.';
const ALL_KINDS = ['speaker', 'quote', 'red_line'];
const OBSERVED = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'class'] };

export class ArticleAnnotatorElement extends HTMLElement {
  static observedAttributes = ['target', 'kinds'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptShadowStyles(root);
    this.ui = new WidgetUI(root, {
      onToggle: (kind) => this.toggleKind(kind),
      onStep: (delta) => this.step(delta),
      onSpeaker: (id) => this.stepToSpeaker(id),
    });
    this.doc = null;
    this.started = false;
    this.textMap = { text: '', pieces: [] };
    this.hiddenKinds = new Set();
    this.activeIndex = -1;
    this.state = { status: 'loading', error: null, timer: 0, target: null, painter: null };
    this.observer = new MutationObserver(() => this.scheduleRefresh());
    this.onPointerMove = (event) => this.hoverAt(event.clientX, event.clientY);
    this.onPointerLeave = () => this.showSpan(-1);
  }

  get annotations() { return this.doc; }
  get text() { return this.textMap.text; }
  get status() { return this.state.status; }
  get error() { return this.state.error; }
  get highlightMode() { return this.state.painter?.mode ?? (highlightApiAvailable() ? 'highlight-api' : 'marks'); }

  connectedCallback() {
    this.started = true;
    adoptPageStyles();
    this.ui.build(this.kinds());
    this.refresh().catch(() => {});
  }

  disconnectedCallback() {
    this.started = false;
    this.detach();
  }

  // Also called for each attribute when a parsed element is upgraded, before
  // connectedCallback: only later changes start over.
  attributeChangedCallback() {
    if (!this.started) return;
    this.detach();
    this.ui.build(this.kinds());
    this.hiddenKinds.clear();
    this.refresh().catch(() => {});
  }

  /** Kinds named by the `kinds` attribute, in the core's order. */
  kinds() {
    const named = (this.getAttribute('kinds') ?? '').split(/[\s,]+/).filter(Boolean);
    const kinds = ALL_KINDS.filter((kind) => named.length === 0 || named.includes(kind));
    return kinds.length ? kinds : ALL_KINDS;
  }

  /** Reads the target's text again, annotates it and repaints; resolves to the document. */
  async refresh() {
    clearTimeout(this.state.timer);
    try {
      const target = this.attach();
      for (let attempt = 1; ; attempt += 1) {
        let core = await loadCore();
        // another widget or call may have replaced it after a trap meanwhile
        while (!isCurrent(core)) core = await loadCore(); // eslint-disable-line no-await-in-loop
        if (this.state.target !== target) return this.doc;
        try {
          this.annotateNow(core, target);
          if (attempt > 1) this.reportCrash(true);
          return this.doc;
        } catch (error) {
          if (!(error instanceof WebAssembly.RuntimeError)) throw error;
          console.error(error);
          reloadCore(core).catch(() => {}); // the next call gets the fresh instance
          if (attempt > 1) {
            this.reportCrash(false);
            throw new Error(CRASHED, { cause: error });
          }
        }
      }
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  annotateNow(core, target) {
    this.withoutObserver(target, () => {
      this.state.painter.clear();
      this.textMap = readText(target);
      this.doc = core.annotate(this.textMap.text, { kinds: this.kinds() });
      this.paint();
    });
    this.state.status = 'ready';
    this.state.error = null;
    this.ui.render(this.doc);
    this.ui.setStatus(`${this.doc.spans.length} annotations`);
    this.dispatchEvent(new CustomEvent('annotated', { detail: this.doc, bubbles: true, composed: true }));
  }

  reportCrash(recovered) {
    const message = recovered ? RECOVERED : CRASHED;
    this.dispatchEvent(new CustomEvent('annotator-crash', { detail: { message, recovered }, bubbles: true, composed: true }));
  }

  fail(error) {
    this.state.status = 'error';
    this.state.error = error.message;
    this.ui.setStatus(error.message, true);
    console.error(error);
  }

  /** Finds the target and starts watching it; returns it. */
  attach() {
    const target = this.findTarget();
    if (this.state.target === target) return target;
    this.detach();
    this.state.target = target;
    this.state.painter = highlightApiAvailable() ? new HighlightPainter() : new MarkPainter(target);
    this.observer.observe(target, OBSERVED);
    target.addEventListener('pointermove', this.onPointerMove);
    target.addEventListener('pointerleave', this.onPointerLeave);
    return target;
  }

  detach() {
    const { target, painter } = this.state;
    clearTimeout(this.state.timer);
    if (!target) return;
    this.observer.disconnect();
    target.removeEventListener('pointermove', this.onPointerMove);
    target.removeEventListener('pointerleave', this.onPointerLeave);
    this.withoutObserver(target, () => painter.clear());
    this.state.target = null;
    this.ui.hideDetails();
  }

  findTarget() {
    const selector = this.getAttribute('target');
    if (selector === null) return this;
    let target;
    try {
      target = document.querySelector(selector);
    } catch {
      throw new Error(`article-annotator: target="${selector}" is not a valid CSS selector`);
    }
    if (!target) throw new Error(`article-annotator: no element matches target="${selector}"`);
    return target;
  }

  // Our own changes (fallback marks) must not trigger a new annotation.
  withoutObserver(target, change) {
    this.observer.disconnect();
    try {
      change();
    } finally {
      this.observer.takeRecords();
      if (this.state.target === target) this.observer.observe(target, OBSERVED);
    }
  }

  scheduleRefresh() {
    clearTimeout(this.state.timer);
    const delay = Number(this.getAttribute('debounce') ?? 300);
    this.state.timer = setTimeout(() => this.refresh().catch(() => {}), Number.isFinite(delay) ? delay : 300);
  }

  visibleItems() {
    return this.doc.spans
      .map((span, index) => ({ index, span }))
      .filter(({ span }) => !this.hiddenKinds.has(span.kind));
  }

  paint() {
    const { painter } = this.state;
    painter.paint(this.textMap, this.visibleItems());
    // Marks split text nodes: map the (unchanged) text to the new nodes.
    if (painter.mode === 'marks') this.textMap = readText(this.state.target);
    this.activeIndex = -1;
  }

  toggleKind(kind) {
    if (this.hiddenKinds.has(kind)) this.hiddenKinds.delete(kind);
    else this.hiddenKinds.add(kind);
    this.ui.setPressed(kind, !this.hiddenKinds.has(kind));
    if (!this.doc || !this.state.target) return;
    this.ui.hideDetails();
    this.withoutObserver(this.state.target, () => {
      this.state.painter.clear();
      if (this.state.painter.mode === 'marks') this.textMap = readText(this.state.target);
      this.paint();
    });
  }

  /** Shows span `index` as active, with its details; -1 hides them. */
  showSpan(index) {
    if (!this.state.painter || index === this.activeIndex) return;
    this.activeIndex = index;
    this.state.painter.setActive(index);
    if (index < 0) this.ui.hideDetails();
    else this.ui.showDetails(this.doc, index, this.state.painter.rectOf(index));
  }

  step(delta) {
    const indices = this.visibleItems().map(({ index }) => index);
    if (indices.length === 0) return;
    const at = indices.indexOf(this.activeIndex);
    const next = at === -1 ? (delta > 0 ? 0 : indices.length - 1) : (at + delta + indices.length) % indices.length;
    this.focusSpan(indices[next]);
  }

  stepToSpeaker(id) {
    const items = this.visibleItems().filter(({ span }) => (span.kind === 'speaker' ? span.entity : span.speaker) === id);
    if (items.length === 0) return;
    const after = items.find(({ index }) => index > this.activeIndex) ?? items[0];
    this.focusSpan(after.index);
  }

  focusSpan(index) {
    const range = rangeOf(this.textMap, this.doc.spans[index].start, this.doc.spans[index].end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    this.activeIndex = -1;
    this.showSpan(index);
  }

  /** The innermost visible span under the pointer, found through the caret position there. */
  hoverAt(x, y) {
    if (!this.doc) return;
    const caret = caretAt(x, y);
    const offset = caret ? offsetAt(this.textMap, caret.node, caret.offset) : -1;
    let best = -1;
    for (const { index, span } of this.visibleItems()) {
      if (span.start > offset || span.end <= offset) continue;
      if (best !== -1 && span.end - span.start >= this.doc.spans[best].end - this.doc.spans[best].start) continue;
      if (containsPoint(rangeOf(this.textMap, span.start, span.end), x, y)) best = index;
    }
    this.showSpan(best);
  }
}

function caretAt(x, y) {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

function containsPoint(range, x, y) {
  if (!range) return false;
  return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

if (!customElements.get('article-annotator')) {
  customElements.define('article-annotator', ArticleAnnotatorElement);
}
