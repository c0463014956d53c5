// The JS benchmark in headless Chromium (playwright-core, the system
// /usr/bin/chromium): the same runAll as in Node, on the same texts, with
// the package loaded by its own init(); then the page's load time to the
// first highlighted seed article.
import { chromium } from 'playwright-core';
import { startBenchServer } from './bench-server.mjs';
import { PKG_JS, COMPROMISE } from './bench-node.mjs';

export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--disable-dev-shm-usage',
];

export async function benchChromium(texts, options, { pageLoads = 5 } = {}) {
  const named = Object.fromEntries(Object.entries(texts).filter(([, t]) => t));
  const server = await startBenchServer(named);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const results = await benchInPage(browser, server.url, Object.keys(named), options);
    if (texts.seed && pageLoads > 0) results.pageLoad = await pageLoadTimes(browser, server.url, texts.seed, pageLoads);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchInPage(browser, url, names, options) {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  try {
    await page.goto(`${url}/bench.html`);
    return await page.evaluate(async ({ names, options, pkg, compromise }) => {
      const { runAll } = await import('/scripts/bench-timing.mjs');
      const wasm = await import(`/${pkg}`);
      const exports = await wasm.default();
      const nlp = (await import(`/${compromise}`)).default;
      const texts = {};
      for (const name of names) texts[name] = await (await fetch(`/bench-text/${name}`)).text();
      return runAll({ annotate: wasm.annotate, memory: exports.memory, nlp, texts, options });
    }, { names, options, pkg: PKG_JS, compromise: COMPROMISE });
  } finally {
    await page.close();
  }
}

// Median over `runs` fresh contexts (empty cache) of: navigation start to
// the first highlight (#view mark[data-span]) of the seed article, which is put in the
// textarea before the page's module runs (as if pasted at once). Uses the
// page's own performance marks (aa:load, aa:ready, aa:first-highlight, set
// by www/app.js) when it sets them. `observed` is when a MutationObserver
// saw the first highlight in the DOM, `painted` the frame after it (a
// requestAnimationFrame callback, then the next task): the highlights are
// on screen by then.
export async function pageLoadTimes(browser, url, seed, runs) {
  const observed = [];
  const painted = [];
  const marks = { load: [], ready: [], firstHighlight: [] };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((text) => {
      // A highlight in the view (the page's controls carry data-kind too).
      const HIGHLIGHT = '#view mark[data-span], #view [data-kind]';
      const fill = () => {
        const input = document.getElementById('article-input');
        if (input && !input.value) input.value = text;
      };
      document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') fill(); });
      window.__aaFirstHighlight = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector(HIGHLIGHT)) return;
          observer.disconnect();
          const seen = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve({ seen, painted: performance.now() }), 0));
        }).observe(document, { childList: true, subtree: true });
      });
      // If the page annotates only on input, nudge it once it is ready.
      new MutationObserver((_, observer) => {
        if (document.body?.dataset.state === 'ready') {
          observer.disconnect();
          setTimeout(() => {
            if (!document.querySelector(HIGHLIGHT)) document.getElementById('article-input')?.dispatchEvent(new Event('input', { bubbles: true }));
          }, 0);
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    }, seed);
    await page.goto(`${url}/www/index.html`);
    const first = await page.evaluate(() => window.__aaFirstHighlight);
    // The mark is set in the same task as the highlights; wait for it.
    await page.waitForFunction(() => performance.getEntriesByName('aa:first-highlight').length > 0, null, { timeout: 2000 }).catch(() => {});
    const pageMarks = await page.evaluate(() => {
      const get = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
      return { load: get('aa:load'), ready: get('aa:ready'), firstHighlight: get('aa:first-highlight') };
    });
    for (const key of Object.keys(marks)) if (pageMarks[key] != null) marks[key].push(pageMarks[key]);
    observed.push(first.seen);
    painted.push(first.painted);
    await context.close();
  }
  const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1] : null);
  const markMedians = Object.fromEntries(Object.entries(marks).map(([k, xs]) => [k, median(xs)]));
  // The page's own mark when it sets one, else the first [data-kind] seen.
  return {
    ms: markMedians.firstHighlight ?? median(observed), observed: median(observed), painted: median(painted),
    runs, marks: markMedians, all: marks.firstHighlight,
  };
}
