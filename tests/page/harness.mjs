// Run the page tests with `node --test tests/page/` once www/pkg/ is built
// (scripts/build-wasm.sh). Screenshots land in screenshots/ (git-ignored).
//
// Shared set-up of the page tests: the system Chromium (never a downloaded
// one), a static server for www/, and helpers that wait for the page's own
// signals (body[data-state], window.annotator.lastText) rather than for time.
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium with the flags it needs as root on a closed network
 * (shared by every browser suite). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/** Starts a server and a browser; `close()` stops both. */
export async function startSession() {
  const server = await startServer();
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
 * Opens the page in a fresh context and waits until it has loaded the
 * annotator (or failed to). `errors` collects uncaught page errors.
 * `prepare(page)` runs before navigation (e.g. to route requests);
 * `waitForScripts: false` returns once the HTML has loaded.
 */
export async function openPage(session, {
  colorScheme = 'light', viewport, contextOptions, prepare, waitForScripts = true,
} = {}) {
  const context = await session.browser.newContext({
    colorScheme, viewport: viewport ?? { width: 1400, height: 1000 }, ...contextOptions,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (prepare) await prepare(page);
  await page.goto(session.url);
  if (waitForScripts) await page.waitForFunction(() => document.body.dataset.state !== 'loading');
  return { page, errors, close: () => context.close() };
}

/**
 * Puts `text` in the article box as soon as the box is parsed, before the
 * page's scripts run (as a paste during loading, or a restored form, would):
 * call it in `prepare`. The same as scripts/bench-chromium.mjs does.
 */
export function prefillArticle(page, text) {
  return page.addInitScript((value) => {
    document.addEventListener('readystatechange', () => {
      const input = document.getElementById('article-input');
      if (document.readyState === 'interactive' && input && !input.value) input.value = value;
    });
  }, text);
}

/** Replaces the article with `text` and waits until the view shows it. */
export async function setArticle(page, text) {
  await page.fill('#article-input', text);
  await waitForAnnotation(page, text);
}

/** Waits until the page has annotated (or failed to annotate) `text`. */
export async function waitForAnnotation(page, text) {
  await page.waitForFunction((expected) => window.annotator?.lastText === expected, text);
}

/** Presses "Try an example" and waits for the annotated example. */
export async function loadExample(page) {
  await page.click('#example-button');
  await page.waitForFunction(() => window.annotator.lastDocument !== null);
}

/** The document the view shows, and its text. */
export function shownDocument(page) {
  return page.evaluate(() => ({ text: window.annotator.lastText, doc: window.annotator.lastDocument }));
}

/** Counts of spans per kind in `doc`. */
export function countKinds(doc) {
  const counts = { speaker: 0, quote: 0, red_line: 0 };
  for (const span of doc.spans) counts[span.kind] = (counts[span.kind] ?? 0) + 1;
  return counts;
}
