// Shared set-up of the widget tests (`node --test tests/widget/`, after
// scripts/build-wasm.sh): the system Chromium, a static server for www/ that
// can also serve test-only pages from memory, and helpers that wait for the
// widget's own signals (its `status`), never for time.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../page/harness.mjs';

export const WWW_ROOT = fileURLToPath(new URL('../../www/', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `roots` ({"/url-prefix/": "/dir/"}, longest prefix wins; "/" is
 * www/) and `pages` ({"/path.html": "<html>..."}) on 127.0.0.1, a free port.
 */
function startServer({ roots = {}, pages = {} } = {}) {
  const allRoots = Object.entries({ '/': WWW_ROOT, ...roots }).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(request.url.split('?')[0]);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': MIME_TYPES['.html'] }).end(pages[path]);
      return;
    }
    const [prefix, dir] = allRoots.find(([candidate]) => path.startsWith(candidate));
    const file = join(dir, normalize(path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': MIME_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}/`,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}

/** A server and a browser; `close()` stops both. Options go to the server. */
export async function startSession(serverOptions) {
  const server = await startServer(serverOptions);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` in a fresh context. `problems` collects console errors,
 * uncaught errors and CSP violations. `withoutHighlightApi` deletes the CSS
 * Custom Highlight API before any page script runs (the fallback path).
 * `window.__aaBefore` holds each widget target's innerHTML as parsed,
 * before any module script ran; `window.__aaAnnotated` counts `annotated`
 * events (they bubble to the document).
 */
export async function openDemo(session, path, { withoutHighlightApi = false } = {}) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__aaReport', (text) => problems.push(text));
  await page.addInitScript(recordBeforeScripts);
  if (withoutHighlightApi) await page.addInitScript(removeHighlightApi);
  await page.goto(new URL(path, session.url).href);
  return { page, problems, close: () => context.close() };
}

// Runs in the page (init script).
function recordBeforeScripts() {
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__aaReport(`csp: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
  window.__aaAnnotated = 0;
  document.addEventListener('annotated', () => { window.__aaAnnotated += 1; });
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__aaBefore = [...document.querySelectorAll('article-annotator')].map((widget) => {
      const selector = widget.getAttribute('target');
      return (selector ? document.querySelector(selector) : widget)?.innerHTML ?? null;
    });
  });
}

// Runs in the page (init script).
function removeHighlightApi() {
  delete CSS.highlights;
  delete window.Highlight;
}

/** Waits until widget `selector` has annotated (or failed); returns its status. */
export async function waitForWidget(page, selector = 'article-annotator') {
  await page.waitForFunction((sel) => ['ready', 'error'].includes(document.querySelector(sel)?.status), selector);
  return page.$eval(selector, (widget) => widget.status);
}

/** Counts of spans per kind in `doc`. */
export function countKinds(doc) {
  const counts = { speaker: 0, quote: 0, red_line: 0 };
  for (const span of doc.spans) counts[span.kind] += 1;
  return counts;
}

/** White space collapsed, as a reader sees it (ranges keep the source's). */
export function collapse(text) {
  return text.replace(/\s+/g, ' ').trim();
}
