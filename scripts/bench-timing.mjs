// Timing helpers shared by the Node and the Chromium benchmarks: no Node or
// DOM API here, only performance.now(), so the same code runs in both.

/**
 * Median wall time (ms) of fn(), after `warmup` calls; runs at least
 * `minRuns` times and goes on until `minMs` have passed (at most `maxRuns`).
 */
export function medianMs(fn, { warmup = 1, minRuns = 3, minMs = 0, maxRuns = 1000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  const begin = performance.now();
  while (times.length < minRuns || (performance.now() - begin < minMs && times.length < maxRuns)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { ms: median, runs: times.length };
}

/** What compromise is timed on: the quotations and the people of the text. */
export function compromiseWork(nlp, text) {
  const doc = nlp(text);
  return [doc.quotations().json().length, doc.people().json().length];
}

/**
 * WASM linear memory (bytes) after `warmup` calls of annotate(text) and
 * again after `calls` more: flat means nothing leaks per call.
 */
export function memoryGrowth(annotate, memory, text, { warmup = 100, calls = 10000 } = {}) {
  for (let i = 0; i < warmup; i++) annotate(text);
  const before = memory.buffer.byteLength;
  const t0 = performance.now();
  for (let i = 0; i < calls; i++) annotate(text);
  const ms = performance.now() - t0;
  return { before, after: memory.buffer.byteLength, calls, msPerCall: ms / calls };
}

/**
 * Every measurement of one environment. `texts`: { seed, mb1, mb10 } (any
 * may be null). `options.compromiseBig`: also time compromise on 1 MB.
 */
export function runAll({ annotate, memory, nlp, texts, options = {} }) {
  const out = {};
  const seed = texts.seed;
  if (seed) {
    out.seed = { bytes: utf8Length(seed), ours: medianMs(() => annotate(seed), { warmup: 5, minRuns: 21, minMs: 1500 }) };
    if (nlp) out.seed.compromise = medianMs(() => compromiseWork(nlp, seed), { warmup: 2, minRuns: 7, minMs: 1500, maxRuns: 41 });
  }
  for (const [key, text, runs] of [['mb1', texts.mb1, options.mbRuns ?? 3], ['mb10', texts.mb10, 1]]) {
    if (!text) continue;
    // 10 MB only when a linear run would fit the budget (default 120 s).
    const budget = options.maxSeconds10mb ?? 120;
    if (key === 'mb10' && out.mb1 && out.mb1.ours.ms * 10 > budget * 1000) {
      out.mb10 = { bytes: utf8Length(text), skipped: `1 MB took ${(out.mb1.ours.ms / 1000).toFixed(1)} s` };
      continue;
    }
    out[key] = { bytes: utf8Length(text), ours: medianMs(() => annotate(text), { warmup: key === 'mb1' ? 1 : 0, minRuns: runs }) };
    if (nlp && key === 'mb1' && options.compromiseBig) {
      out[key].compromise = medianMs(() => compromiseWork(nlp, text), { warmup: 0, minRuns: 1 });
    }
  }
  if (seed && memory && options.calls) out.memory = memoryGrowth(annotate, memory, seed, { calls: options.calls });
  return out;
}

function utf8Length(s) {
  return new TextEncoder().encode(s).length;
}
