// Page variants side by side, interleaved (each round loads every variant
// once, the order reversed every other round), in one headless Chromium:
// the same load as scripts/bench-page.mjs (fresh context, the seed article
// put in the box at readyState "interactive") and its medians of the page's
// marks, when the highlights were seen and painted. A variant is any copy
// of www/ under the repository root (e.g. `cp -r www /tmp-free-dir` is not
// served: copy it to `.ab/NAME/` and pass `.ab/NAME/index.html`).
//
//   node scripts/bench-page-ab.mjs ROUNDS www/index.html .ab/other/index.html ...
import { chromium } from 'playwright-core';
import { seedArticle } from './bench-text.mjs';
import { CHROMIUM_FLAGS } from './bench-chromium.mjs';
import { startBenchServer } from './bench-server.mjs';
const [rounds, ...paths] = process.argv.slice(2);
const seed = seedArticle();
const server = await startBenchServer({});
const { url } = server;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const res = paths.map(() => ({ load: [], ready: [], fh: [], seen: [], painted: [] }));
async function once(p) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((text) => {
    const HIGHLIGHT = '#view mark[data-span], #view [data-kind]';
    document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') { const el = document.getElementById('article-input'); if (el && !el.value) el.value = text; } });
    window.__aaFirstHighlight = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(HIGHLIGHT)) return;
        observer.disconnect();
        const seen = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve({ seen, painted: performance.now() }), 0));
      }).observe(document, { childList: true, subtree: true });
    });
  }, seed);
  await page.goto(`${url}/${p}`);
  const first = await page.evaluate(() => window.__aaFirstHighlight);
  await page.waitForFunction(() => performance.getEntriesByName('aa:first-highlight').length > 0, null, { timeout: 2000 }).catch(() => {});
  const m = await page.evaluate(() => { const g = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN; return { load: g('aa:load'), ready: g('aa:ready'), fh: g('aa:first-highlight') }; });
  await context.close();
  return { ...m, ...first };
}
await once(paths[0]); // warm-up
for (let r = 0; r < Number(rounds); r++) {
  const order = paths.map((_, i) => i); if (r % 2) order.reverse();
  for (const i of order) { const x = await once(paths[i]); for (const k of Object.keys(res[i])) res[i][k].push(x[k]); }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
paths.forEach((p, i) => console.log(`${p}: ` + Object.entries(res[i]).map(([k, xs]) => `${k} ${med(xs).toFixed(0)}`).join(', ')));
await browser.close(); await server.close();
process.exit(0);
