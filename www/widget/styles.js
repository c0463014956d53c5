// The widget's two style sheets, applied as constructable sheets
// (adoptedStyleSheets), which a strict CSP (`style-src 'self'`) allows.
//   PAGE_CSS    document scope: ::highlight() rules (highlights are painted in
//               the light DOM) and the fallback <aa-mark> elements.
//   SHADOW_CSS  the toolbar and overlay, inside the shadow root.
// Highlight colours are translucent so they read on light and dark articles.

const PAGE_CSS = `
::highlight(aa-speaker) { text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: #2f6fd6; text-decoration-thickness: 2px; }
::highlight(aa-quote) { background-color: rgba(255, 190, 0, 0.34); }
::highlight(aa-reported) { background-color: rgba(0, 170, 150, 0.2); text-decoration-line: underline; text-decoration-style: dotted; text-decoration-color: #0a8f7e; }
::highlight(aa-red_line) { background-color: rgba(225, 40, 40, 0.18); text-decoration-line: underline; text-decoration-style: wavy; text-decoration-color: #d02525; }
::highlight(aa-active) { background-color: rgba(122, 60, 196, 0.32); }
aa-mark[data-aa-kind] { all: unset; display: inline; }
aa-mark[data-aa-kind="speaker"] { text-decoration: underline solid #2f6fd6 2px; }
aa-mark[data-aa-kind="quote"] { background-color: rgba(255, 190, 0, 0.34); }
aa-mark[data-aa-kind="reported"] { background-color: rgba(0, 170, 150, 0.2); text-decoration: underline dotted #0a8f7e; }
aa-mark[data-aa-kind="red_line"] { background-color: rgba(225, 40, 40, 0.18); text-decoration: underline wavy #d02525; }
aa-mark[data-aa-active] { background-color: rgba(122, 60, 196, 0.32); }
`;

const SHADOW_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.ui, .overlay {
  all: initial;
  --aa-bg: #ffffff; --aa-fg: #1d1d1f; --aa-muted: #5b5b63; --aa-border: #c9c6bf; --aa-accent: #1f5fbf;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--aa-fg); background: var(--aa-bg);
}
:host([theme="dark"]) .ui, :host([theme="dark"]) .overlay {
  --aa-bg: #202226; --aa-fg: #e8e6e1; --aa-muted: #a5a3ad; --aa-border: #3a3d44; --aa-accent: #8ab4f8;
}
@media (prefers-color-scheme: dark) {
  :host(:not([theme="light"])) .ui, :host(:not([theme="light"])) .overlay {
    --aa-bg: #202226; --aa-fg: #e8e6e1; --aa-muted: #a5a3ad; --aa-border: #3a3d44; --aa-accent: #8ab4f8;
  }
}
.ui { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 8px; margin: 0 0 12px;
  border: 1px solid var(--aa-border); border-radius: 8px; }
.title { font-weight: 600; margin-right: 4px; }
button { all: unset; box-sizing: border-box; cursor: pointer; padding: 2px 8px; border-radius: 6px;
  border: 1px solid var(--aa-border); color: var(--aa-fg); background: var(--aa-bg); font: inherit; }
button:focus-visible { outline: 2px solid var(--aa-accent); outline-offset: 1px; }
button[aria-pressed="false"] { color: var(--aa-muted); text-decoration: line-through; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 2px; vertical-align: -1px; }
.swatch.speaker { border-bottom: 3px solid #2f6fd6; height: 7px; }
.swatch.quote { background: rgba(255, 190, 0, 0.6); }
.swatch.red_line { background: rgba(225, 40, 40, 0.45); }
.count { color: var(--aa-muted); margin-left: 4px; }
details { position: relative; }
summary { cursor: pointer; padding: 2px 6px; }
summary:focus-visible { outline: 2px solid var(--aa-accent); }
.speakers { position: absolute; z-index: 10; margin: 4px 0 0; padding: 6px; list-style: none; min-width: 14em;
  max-height: 16em; overflow: auto; background: var(--aa-bg); border: 1px solid var(--aa-border); border-radius: 6px; }
.speakers li { margin: 2px 0; }
.speakers button { border: none; width: 100%; }
.status { color: var(--aa-muted); margin-left: auto; }
.status.error { color: #c0262d; }
.overlay { position: fixed; z-index: 2147483647; display: block; max-width: 22em; padding: 8px 10px;
  border: 1px solid var(--aa-border); border-radius: 8px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); pointer-events: none; }
.overlay[hidden] { display: none; }
.overlay strong { display: block; margin-bottom: 4px; }
.overlay dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; }
.overlay dt { color: var(--aa-muted); }
.overlay dd { margin: 0; }
`;

let pageSheetAdopted = false;

function sheetOf(css) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Adds the page-scope rules to `document` once, whatever the number of widgets. */
export function adoptPageStyles() {
  if (pageSheetAdopted) return;
  pageSheetAdopted = true;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheetOf(PAGE_CSS)];
}

export function adoptShadowStyles(shadowRoot) {
  shadowRoot.adoptedStyleSheets = [sheetOf(SHADOW_CSS)];
}
