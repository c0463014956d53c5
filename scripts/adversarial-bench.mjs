// Adversarial benchmark (README "Hardening"): each input of
// scripts/adversarial-inputs.mjs at 1x and 4x its size, annotated by the
// WASM (www/pkg, in Node, what the page runs) and by the native binary
// (target/release/annotate, standard input to /dev/null). Prints MB/s and
// the growth factor from 1x to 4x: about 4 is linear, about 16 quadratic.
// A benchmark, not a test: it prints figures and never fails on a duration.
//
//   node scripts/adversarial-bench.mjs [--timeout SECONDS] [--only SUBSTRING] [--engines wasm,native]
//
// Each measurement runs in a child process, so one that passes the timeout
// (default 120 s) is stopped and shown as "> N s". Run it through
// scripts/adversarial-bench.sh, which builds both first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INPUTS } from './adversarial-inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const MB = 1 << 20;

// ---- child: one measurement, printed as a JSON line ------------------------

async function measureWasm(text) {
  const glue = await import(join(ROOT, 'www/pkg/article_annotator.js'));
  glue.initSync({ module: readFileSync(join(ROOT, 'www/pkg/article_annotator_bg.wasm')) });
  const started = process.hrtime.bigint();
  const doc = glue.annotate(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // spans must slice back to their text (lone surrogates arrive as U+FFFD)
  const wellFormed = text.toWellFormed();
  const bad = doc.spans.filter((s) => wellFormed.slice(s.start, s.end) !== s.text).length;
  return { seconds, spans: doc.spans.length, bad };
}

function measureNative(text) {
  const dir = mkdtempSync(join(tmpdir(), 'aa-bench-'));
  try {
    const input = join(dir, 'input.txt');
    writeFileSync(input, text);
    const started = process.hrtime.bigint();
    const run = spawnSync(join(ROOT, 'target/release/annotate'), [input], { stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0) throw new Error(`annotate exited ${run.status}: ${run.stderr}`);
    return { seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(engine, name, scale) {
  const text = INPUTS[name](scale);
  const bytes = Buffer.byteLength(text, 'utf8');
  const result = engine === 'wasm' ? await measureWasm(text) : measureNative(text);
  console.log(JSON.stringify({ bytes, ...result }));
}

// ---- parent: the table -----------------------------------------------------

function runChild(engine, name, scale, timeout) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', SELF, '--child', engine, name, String(scale)], {
    encoding: 'utf8', timeout: timeout * 1000, maxBuffer: 1 << 20,
  });
  if (run.error?.code === 'ETIMEDOUT' || run.signal) return { timedOut: true };
  if (run.status !== 0) return { failed: (run.stderr || '').trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

const fmt = (r, timeout) => (r.timedOut ? `> ${timeout} s` : r.failed ? 'FAILED' : `${r.seconds.toFixed(2)} s`);

function row(name, engine, timeout) {
  const one = runChild(engine, name, 1, timeout);
  const four = one.seconds !== undefined ? runChild(engine, name, 4, timeout) : { timedOut: one.timedOut };
  const mbPerS = one.seconds ? (one.bytes / MB / one.seconds).toFixed(1) : '-';
  const perMb = one.seconds ? `${((one.seconds / (one.bytes / MB)) * 1000).toFixed(0)} ms` : '-';
  const growth = one.seconds && four.seconds ? (four.seconds / one.seconds).toFixed(1) : '-';
  const notes = [one.failed, four.failed, one.bad ? `${one.bad} spans do not slice to their text` : ''].filter(Boolean).join('; ');
  return `| ${name} | ${engine} | ${one.bytes ? (one.bytes / MB).toFixed(2) : '-'} | ${fmt(one, timeout)} | ${perMb} | ${mbPerS} | ${fmt(four, timeout)} | ${growth} | ${notes}`;
}

async function main(args) {
  if (args[0] === '--child') return child(args[1], args[2], Number(args[3]));
  const option = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
  const timeout = Number(option('--timeout', '120'));
  const only = option('--only', '');
  const engines = option('--engines', 'wasm,native').split(',');
  console.log(`Adversarial inputs, 1x and 4x (growth ~4 = linear, ~16 = quadratic); timeout ${timeout} s per run.`);
  console.log('| input | engine | MB at 1x | time 1x | time per MB | MB/s | time 4x | growth 4x/1x | notes');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | ---');
  for (const name of Object.keys(INPUTS).filter((n) => n.includes(only))) {
    for (const engine of engines) {
      if (engine === 'native' && name.startsWith('lone surrogates')) continue; // a JS string only
      console.log(row(name, engine, timeout));
    }
  }
}

await main(process.argv.slice(2));
