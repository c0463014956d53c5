// Speed of several builds of the WASM package, side by side in one Node
// process, interleaved round by round so machine noise hits all alike.
//   node scripts/bench-variants.mjs DIR... [--bytes N] [--rounds R]
// DIR: a package directory (article_annotator.js + _bg.wasm), e.g. the
// packages scripts/bench-size.sh leaves in /tmp/aa-size. Times annotate() on
// the seed article and on N bytes of news text (default 100 KB); prints a
// markdown table with each build's median and its ratio to the first.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize } from './bench-text.mjs';
import { pathToFileURL } from 'node:url';
import { newsText, seedArticle } from './bench-text.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const bytes = option('--bytes', 100 * 1024);
const rounds = option('--rounds', 15);
if (dirs.length === 0) {
  console.error('usage: node scripts/bench-variants.mjs DIR... [--bytes N] [--rounds R]');
  process.exit(2);
}

const builds = [];
for (const dir of dirs) {
  const pkg = await import(pathToFileURL(path.resolve(dir, 'article_annotator.js')));
  const wasm = fs.readFileSync(path.resolve(dir, 'article_annotator_bg.wasm'));
  pkg.initSync({ module: wasm });
  const gz = gzipSize(path.resolve(dir, 'article_annotator_bg.wasm')) + gzipSize(path.resolve(dir, 'article_annotator.js'));
  builds.push({ name: path.basename(dir), annotate: pkg.annotate, gz, times: { seed: [], news: [] } });
}
const texts = { seed: seedArticle() ?? newsText(5 * 1024), news: newsText(bytes) };
for (const b of builds) for (const t of Object.values(texts)) b.annotate(t); // warm-up

for (let r = 0; r < rounds; r++) {
  for (const b of builds) {
    for (const [key, text] of Object.entries(texts)) {
      const t0 = performance.now();
      b.annotate(text);
      b.times[key].push(performance.now() - t0);
    }
  }
}
const median = (xs) => { const s = [...xs].sort((a, c) => a - c); return s[s.length >> 1]; };
console.log(`| build | gzip (.wasm + glue) | seed ms | vs first | ${(bytes / 1024).toFixed(0)} KB news ms | vs first |`);
console.log('| --- | --- | --- | --- | --- | --- |');
const base = builds[0];
for (const b of builds) {
  const s = median(b.times.seed), n = median(b.times.news);
  console.log(`| ${b.name} | ${(b.gz / 1024).toFixed(1)} KB | ${s.toFixed(2)} | ${(s / median(base.times.seed)).toFixed(2)} | ${n.toFixed(1)} | ${(n / median(base.times.news)).toFixed(2)} |`);
}
