// A corpus of XSS payloads for the hostile-paste tests: script tags, event
// handlers, javascript: URLs, SVG and MathML, broken and nested markup,
// CSS injection, template and attribute breakouts. Each payload, if it ever
// ran, would call `window.__pwned(<id>)` or open a dialog; the tests fail on
// either. `PWN` is the call the payloads make.
const PWN = (id) => `__pwned(${id})`;

const templates = [
  (p) => `<script>${p}</script>`,
  (p) => `<SCRIPT SRC=data:text/javascript,${encodeURIComponent(p)}></SCRIPT>`,
  (p) => `<script type="module">${p}</script>`,
  (p) => `"><script>${p}</script>`,
  (p) => `'><script>${p}</script><'`,
  (p) => `</textarea><script>${p}</script>`,
  (p) => `</title></style></textarea></noscript><script>${p}</script>`,
  (p) => `<img src=x onerror="${p}">`,
  (p) => `<img src="x" onerror=${p}//>`,
  (p) => `<IMG SRC=# onmouseover="${p}">`,
  (p) => `<img src=1 href=1 onerror="javascript:${p}"></img>`,
  (p) => `<body onload=${p}>`,
  (p) => `<iframe src="javascript:parent.${p}"></iframe>`,
  (p) => `<iframe srcdoc="<script>parent.${p}</script>"></iframe>`,
  (p) => `<a href="javascript:${p}">click me</a>`,
  (p) => `<a href="JaVaScRiPt:${p}">x</a>`,
  (p) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${p}">x</a>`,
  (p) => `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a><a href=" javascript:${p}">s</a>`,
  (p) => `<svg onload=${p}>`,
  (p) => `<svg><script>${p}</script></svg>`,
  (p) => `<svg><animate onbegin=${p} attributeName=x dur=1s>`,
  (p) => `<svg><a xlink:href="javascript:${p}"><text x=20 y=20>XSS</text></a></svg>`,
  (p) => `<math><mtext><table><mglyph><style><img src=x onerror=${p}>`,
  (p) => `<details open ontoggle=${p}>`,
  (p) => `<input autofocus onfocus=${p}>`,
  (p) => `<select autofocus onfocus=${p}></select>`,
  (p) => `<video><source onerror="${p}"></video>`,
  (p) => `<audio src=x onerror=${p}>`,
  (p) => `<object data="javascript:${p}"></object>`,
  (p) => `<embed src="javascript:${p}">`,
  (p) => `<form action="javascript:${p}"><button>go</button></form>`,
  (p) => `<button formaction="javascript:${p}">x</button>`,
  (p) => `<meta http-equiv="refresh" content="0;url=javascript:${p}">`,
  (p) => `<link rel=stylesheet href="javascript:${p}">`,
  (p) => `<base href="javascript:${p}//">`,
  (p) => `<div style="background:url('javascript:${p}')">css</div>`,
  (p) => `<div style="width: expression(${p});">old IE</div>`,
  (p) => `<style>@import 'javascript:${p}';</style>`,
  (p) => `<style>*{background:url("x" onerror="${p}")}</style>`,
  (p) => `<style>body{}</style><x style="x:expression(${p})">`,
  (p) => `<marquee onstart=${p}>m</marquee>`,
  (p) => `<img src=x:x onerror&#x3d;${p}>`,
  (p) => `<img """><script>${p}</script>">`,
  (p) => `<<script>${p}//<</script>`,
  (p) => `<scr<script>ipt>${p}</scr</script>ipt>`,
  (p) => `<img src=x onerror=${p}`,
  (p) => `<!--<img src="--><img src=x onerror=${p}//">`,
  (p) => `<![CDATA[<script>${p}</script>]]>`,
  (p) => `<noscript><p title="</noscript><img src=x onerror=${p}>">`,
  (p) => `<template><img src=x onerror=${p}></template>`,
  (p) => `<div onpointerover="${p}" style="position:fixed;inset:0">cover</div>`,
  (p) => `<x contenteditable onblur=${p}>lose focus</x>`,
  (p) => `{{constructor.constructor('${p}')()}}`,
  (p) => `\${${p}}`,
  (p) => `javascript:${p}`,
  (p) => `" onmouseover="${p}" x="`,
  (p) => `' autofocus onfocus='${p}' x='`,
  (p) => `\u003cimg src=x onerror=${p}\u003e`,
  (p) => `&lt;img src=x onerror=${p}&gt;`,
  (p) => `<img src=x onerror=${p}>\u0000<script>${p}</script>`,
  (p) => `<a href="\u0001javascript:${p}">ctrl</a>`,
  (p) => `<img src=x oNeRrOr=${p}>`,
  (p) => `<svg/onload=${p}>`,
  (p) => `<iframe/src="data:text/html,<script>parent.${p}</script>">`,
];

/** [{id, payload}]: every template with its own id. */
export const PAYLOADS = templates.map((make, id) => ({ id, payload: make(PWN(id)) }));

/**
 * An article that carries `payload` where the rules look: inside a direct
 * quote, as a speaker's words, in reported speech and as bare text, so the
 * payload ends up in spans, the tooltip, the speakers panel and the table.
 */
export function articleWith(payload) {
  return `“We will not accept ${payload} under any circumstances,” Minister Ines Valdmaa said on Friday.\n\n`
    + `Ines Valdmaa warned that ${payload} was a red line.\n\n${payload}\n\n`
    + `“${payload},” said ${payload}.`;
}

/**
 * Runs in the page before its scripts (an init script): records any
 * payload that runs, and any dialog opened.
 */
export function installTripwires() {
  window.__pwnedIds = [];
  window.__pwned = (id) => { window.__pwnedIds.push(id); };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = () => { window.__pwnedIds.push(name); };
  }
}

/**
 * Runs in the page: every element that a payload would have brought in
 * (script, img, iframe, svg, ...) or that carries an `on*` attribute or a
 * `javascript:` URL, described as a string, shadow roots included. Tests
 * compare it before and after a paste: the page's own markup is the baseline.
 */
export function injectedElements() {
  const suspicious = 'script, img, iframe, svg, math, object, embed, video, audio, input, select, button[formaction], '
    + 'form, base, meta[http-equiv="refresh"], link, style, marquee, details, template, x, a[href]';
  const found = [];
  const roots = [document];
  for (const host of document.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const handlers = [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));
      if (handlers.length) found.push(`<${el.localName} ${handlers.map((a) => a.name).join(' ')}>`);
    }
    for (const el of root.querySelectorAll(suspicious)) found.push(`<${el.localName}>`);
  }
  return found;
}
