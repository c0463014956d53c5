// One table of every speed and size figure: the native core (criterion's
// last results, run by scripts/bench.sh first), the WASM package in Node and
// in headless Chromium, and compromise timed in the same runs on the same
// text, so ratios hold on a noisy machine.
//
//   node scripts/bench.mjs [--quick] [--calls N] [--no-chromium] [--no-10mb]
//                          [--no-compromise-1mb] [--max-seconds-10mb S]
//
// 10 MB is skipped (and the table says why) when 10 runs of 1 MB would take
// more than S seconds (default 120): a slow core would hold the run for long.
// --quick: 1 MB only once, no 10 MB, 1,000 calls for the memory check.
// Prints a markdown table; also writes it to bench/target/bench-latest.md.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, MB, newsText, seedArticle, gzipSize } from './bench-text.mjs';
import { benchNode, PKG_JS, PKG_WASM } from './bench-node.mjs';
import { benchChromium } from './bench-chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const quick = flag('--quick');
const callsAt = args.indexOf('--calls');
const options = {
  calls: callsAt >= 0 ? Number(args[callsAt + 1]) : quick ? 1000 : 10000,
  mbRuns: quick ? 1 : 3,
  compromiseBig: !flag('--no-compromise-1mb'),
  maxSeconds10mb: args.includes('--max-seconds-10mb') ? Number(args[args.indexOf('--max-seconds-10mb') + 1]) : 120,
};

if (!fs.existsSync(path.join(ROOT, PKG_WASM))) {
  console.error(`bench: ${PKG_WASM} is missing; build it with scripts/build-wasm.sh (make build)`);
  process.exit(1);
}
const seed = seedArticle();
if (!seed) console.error('bench: no seed article (../shared/eval/seed-article.txt or AA_SEED); seed rows are skipped');
const texts = { seed, mb1: newsText(MB), mb10: quick || flag('--no-10mb') ? null : newsText(10 * MB) };

log('Node…');
const node = await benchNode(texts, options);
const chromium = flag('--no-chromium') ? {} : (log('Chromium…'), await benchChromium(texts, options));
const native = readCriterion();
const size = packageSize();

const table = render({ node, chromium, native, size });
console.log(table);
const outDir = path.join(ROOT, 'bench/target');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'bench-latest.md'), table + '\n');
fs.writeFileSync(path.join(outDir, 'bench-latest.json'), JSON.stringify({ node, chromium, native, size }, null, 2) + '\n');

function log(message) { console.error(`bench: ${message}`); }

// Criterion's median (ns) per benchmark of bench/benches/annotate.rs, if run.
function readCriterion() {
  const out = {};
  for (const [key, name] of [['seed', 'seed'], ['mb1', 'news-1MB'], ['mb10', 'news-10MB']]) {
    const file = path.join(ROOT, 'bench/target/criterion/annotate', name, 'new/estimates.json');
    if (fs.existsSync(file)) out[key] = JSON.parse(fs.readFileSync(file, 'utf8')).median.point_estimate / 1e6;
  }
  return out;
}

function packageSize() {
  return { wasm: gzipSize(path.join(ROOT, PKG_WASM)), glue: gzipSize(path.join(ROOT, PKG_JS)) };
}

function render({ node, chromium, native, size }) {
  const ms = (v) => (v == null ? '—' : v < 10 ? v.toFixed(3) + ' ms' : v.toFixed(0) + ' ms');
  const rate = (bytes, t) => (t == null || !bytes ? '—' : (bytes / MB / (t / 1000)).toFixed(2) + ' MB/s');
  const ratio = (a, b) => (a == null || b == null ? '—' : (a / b).toFixed(a / b < 10 ? 2 : 0) + '×');
  const envs = [['native', null], ['Node', node], ['Chromium', chromium]];
  const cell = (f) => envs.map(([name, r]) => f(name, r ?? {})).join(' | ');
  const ours = (name, r, key) => (name === 'native' ? native[key] : r[key]?.ours?.ms);
  const bytes = (key) => node[key]?.bytes ?? chromium[key]?.bytes;
  const rows = [
    ['seed article, `annotate()`', '≤ 0.5 ms', cell((n, r) => ms(ours(n, r, 'seed')))],
    ['seed article, compromise (quotations + people)', '—', cell((n, r) => ms(r.seed?.compromise?.ms))],
    ['seed: compromise time / ours', '≥ 100×', cell((n, r) => ratio(r.seed?.compromise?.ms, r.seed?.ours?.ms))],
    ['1 MB news text, `annotate()`', '≥ 20 MB/s', cell((n, r) => rate(bytes('mb1'), ours(n, r, 'mb1')))],
    ['1 MB news text, compromise', '—', cell((n, r) => rate(bytes('mb1'), r.mb1?.compromise?.ms))],
    ['10 MB news text, `annotate()`', '—', cell((n, r) => r.mb10?.skipped ? `skipped: ${r.mb10.skipped}` : rate(bytes('mb10'), ours(n, r, 'mb10')))],
    ['10 MB time / 1 MB time', '≤ 11×', cell((n, r) => ratio(ours(n, r, 'mb10'), ours(n, r, 'mb1')))],
    ['`.wasm` + JS glue, gzip -9', '≤ 150 KB', `— | ${((size.wasm + size.glue) / 1024).toFixed(1)} KB (${(size.wasm / 1024).toFixed(1)} + ${(size.glue / 1024).toFixed(1)}) | same`],
    ['page: load to first highlighted seed article', '≤ 150 ms', `— | — | ${ms(chromium.pageLoad?.ms)}`],
    [`WASM memory, ${options.calls.toLocaleString('en')} calls on the seed after warm-up`, 'flat', cell((n, r) => memory(r.memory))],
  ];
  const lines = ['| measurement | target | native | Node | Chromium |', '| --- | --- | --- | --- | --- |'];
  for (const [what, target, cells] of rows) lines.push(`| ${what} | ${target} | ${cells} |`);
  const seedBytes = bytes('seed');
  lines.push('', `Texts: seed ${seedBytes ?? '—'} bytes; news text ${bytes('mb1')} and ${bytes('mb10') ?? '—'} bytes (tests/fixtures repeated). ` +
    `Medians; ${options.mbRuns} run(s) on 1 MB, 1 on 10 MB and on compromise 1 MB.` +
    (chromium.pageLoad ? ` Page (median of ${chromium.pageLoad.runs} loads, fresh context each, from navigation start): ` +
      `aa:load ${ms(chromium.pageLoad.marks.load)}, aa:ready ${ms(chromium.pageLoad.marks.ready)}, ` +
      `aa:first-highlight ${ms(chromium.pageLoad.marks.firstHighlight)}; first highlight in #view seen ${ms(chromium.pageLoad.observed)}, ` +
      `painted (next frame) ${ms(chromium.pageLoad.painted)}.` : ''));
  return lines.join('\n');
}

function memory(m) {
  if (!m) return '—';
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  return m.before === m.after ? `flat (${kb(m.after)})` : `${kb(m.before)} → ${kb(m.after)}`;
}
