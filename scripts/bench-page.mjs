// The page row of the benchmark alone (scripts/bench.mjs runs it too, after
// everything else): navigation start to the first highlighted seed article,
// median of N loads (default 5) in fresh contexts of headless Chromium.
//
//   node scripts/bench-page.mjs [N]        (www/pkg must be built)
//
// Prints the medians of the page's marks and when the highlights were seen
// in the DOM and painted (scripts/bench-chromium.mjs, pageLoadTimes). The
// machine's load shows in every figure: compare runs made close together.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, seedArticle } from './bench-text.mjs';
import { PKG_WASM } from './bench-node.mjs';
import { startBenchServer } from './bench-server.mjs';
import { pageLoadTimes, CHROMIUM_FLAGS } from './bench-chromium.mjs';

const runs = Number(process.argv[2] ?? 5);
if (!fs.existsSync(path.join(ROOT, PKG_WASM))) {
  console.error(`bench-page: ${PKG_WASM} is missing; build it with scripts/build-wasm.sh (make build)`);
  process.exit(1);
}
const seed = seedArticle();
if (!seed) {
  console.error('bench-page: no seed article (../shared/eval/seed-article.txt or AA_SEED)');
  process.exit(1);
}
const server = await startBenchServer({});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  const result = await pageLoadTimes(browser, server.url, seed, runs);
  const ms = (v) => (v == null ? '—' : `${v.toFixed(0)} ms`);
  console.log(`page, median of ${runs} loads from navigation start: aa:load ${ms(result.marks.load)}, `
    + `aa:ready ${ms(result.marks.ready)}, aa:first-highlight ${ms(result.marks.firstHighlight)}; `
    + `seen ${ms(result.observed)}, painted ${ms(result.painted)}`);
  console.log(`aa:first-highlight of each load: ${result.all.map(ms).join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
