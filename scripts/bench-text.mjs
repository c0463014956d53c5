// Texts for the JS benchmarks, built at run time (nothing big is committed).
// newsText(n) repeats the fixture articles of tests/fixtures/*.txt (sorted by
// name, trailing whitespace trimmed, separated by a blank line) until the
// text has at least n UTF-8 bytes: byte for byte the text of
// bench/src/lib.rs `news_text`, so native and JS figures compare.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MB = 1 << 20;

export function fixtureArticles() {
  const dir = path.join(ROOT, 'tests/fixtures');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export function newsText(minBytes) {
  const articles = fixtureArticles().map((a) => a.trimEnd());
  if (articles.length === 0) throw new Error('no tests/fixtures/*.txt');
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const article = articles[i % articles.length];
    if (parts.length) bytes += 2;
    parts.push(article);
    bytes += Buffer.byteLength(article);
  }
  return parts.join('\n\n');
}

// The seed article of the shared folder (someone else's text: read at run
// time, never committed). AA_SEED overrides the path; null when missing.
export function seedArticle() {
  const file = process.env.AA_SEED ?? path.join(ROOT, '../shared/eval/seed-article.txt');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

// Bytes of `gzip -9` of a file: the command scripts/build-wasm.sh reports
// (Node's zlib at level 9 gives about 2 % more for the .wasm).
export function gzipSize(file) {
  return execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 26 }).length;
}
