// Main-thread CPU of the page, from Chromium's trace: for each variant
// (as in scripts/bench-page-ab.mjs, interleaved), the renderer main thread's
// CPU time (trace `tdur`) from navigation start to aa:first-highlight and to
// the end of the first Paint after it, the wall times of both, the WASM's
// lazy compilation on the main thread (wasm.CompileLazy) and the WASM
// tier-up compilation on background threads (wasm.ExecuteCompilationUnits).
// CPU times move far less than wall times on a shared machine.
//
//   node scripts/bench-page-cpu.mjs ROUNDS www/index.html .ab/other/index.html ...
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { seedArticle } from './bench-text.mjs';
import { CHROMIUM_FLAGS } from './bench-chromium.mjs';
import { startBenchServer } from './bench-server.mjs';
const [rounds, ...paths] = process.argv.slice(2);
const seed = seedArticle();
const server = await startBenchServer({});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const res = paths.map(() => ({ cpuFH: [], cpuPaint: [], wallFH: [], wallPaint: [], lazy: [], bg: [] }));
function analyze(file) {
  const ev = JSON.parse(fs.readFileSync(file, 'utf8')).traceEvents;
  const fhE = ev.find((e) => e.name === 'aa:first-highlight');
  if (!fhE) return null;
  const pid = fhE.pid;
  const mainTid = ev.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args.name === 'CrRendererMain').tid;
  const t0 = Math.min(...ev.filter((e) => e.name === 'navigationStart' && e.pid === pid).map((e) => e.ts));
  const fh = fhE.ts;
  const paint = ev.filter((e) => e.pid === pid && e.tid === mainTid && e.name === 'Paint' && e.ts > fh).sort((a, b) => a.ts - b.ts)[0];
  const paintEnd = paint ? paint.ts + paint.dur : NaN;
  const tasks = ev.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  let cFH = 0, cP = 0, end = 0;
  for (const t of tasks) { if (t.ts < end) continue; end = t.ts + t.dur; if (t.ts < fh) cFH += t.tdur ?? 0; if (t.ts < paintEnd) cP += t.tdur ?? 0; }
  const lazy = ev.filter((e) => e.pid === pid && e.name === 'wasm.CompileLazy' && e.ts < paintEnd).reduce((s, e) => s + (e.tdur ?? 0), 0);
  const bg = ev.filter((e) => e.pid === pid && e.tid !== mainTid && e.name === 'wasm.ExecuteCompilationUnits' && e.ts < paintEnd).reduce((s, e) => s + (e.tdur ?? 0), 0);
  return { cpuFH: cFH / 1000, cpuPaint: cP / 1000, wallFH: (fh - t0) / 1000, wallPaint: (paintEnd - t0) / 1000, lazy: lazy / 1000, bg: bg / 1000 };
}
async function once(p) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((text) => {
    document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') { const el = document.getElementById('article-input'); if (el && !el.value) el.value = text; } });
  }, seed);
  const file = `${os.tmpdir()}/aa-page-cpu-${process.pid}.json`;
  await browser.startTracing(page, { path: file, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'blink.user_timing', 'loading', 'toplevel'] });
  await page.goto(`${server.url}/${p}`);
  await page.waitForFunction(() => performance.getEntriesByName('aa:first-highlight').length > 0, null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(400);
  await browser.stopTracing();
  await context.close();
  const result = analyze(file);
  fs.rmSync(file, { force: true });
  return result;
}
await once(paths[0]);
for (let r = 0; r < Number(rounds); r++) {
  const order = paths.map((_, i) => i); if (r % 2) order.reverse();
  for (const i of order) { const x = await once(paths[i]); if (x) for (const k of Object.keys(res[i])) res[i][k].push(x[k]); }
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
paths.forEach((p, i) => console.log(`${p}: ` + Object.entries(res[i]).map(([k, xs]) => `${k} ${med(xs).toFixed(1)}`).join(', ')));
await browser.close(); await server.close();
process.exit(0);
