// Lone surrogates from JavaScript: strings that are not valid UTF-16 (a
// high or low surrogate on its own) reach `annotate` from pasted text or a
// CMS. wasm-bindgen turns each into U+FFFD (one UTF-16 unit, so offsets
// still index the original string). The call must not throw, and every span
// must slice back to its text in the well-formed string, in every unit.
// In Node (the WASM in www/pkg) and through the page's worker in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSession, openPage } from '../page/harness.mjs';

const PKG = fileURLToPath(new URL('../../www/pkg/', import.meta.url));

const TEXTS = [
  '“We \uD800will not accept this,” said Minister Ines \uDC00Valdmaa.',
  '\uD800', '\uDFFF', '\uDC00\uD800', '“\uD83D”', 'x\uD83D said \uDE00 “no,” she said.\uD83D',
  '“We will not back down\uD800,” the minister said. She warned that unless \uDBFF they agree, it is a red line.',
  '\uD800“'.repeat(500) + ' she said.',
];

/** Problems of `doc` against `text`: offsets fit the UTF-16 string, spans slice to their text. */
function sliceProblems(text, doc) {
  const clean = text.toWellFormed();
  return doc.spans
    .filter((s) => !(s.start <= s.end && s.end <= text.length && clean.slice(s.start, s.end) === s.text))
    .map((s) => `${s.kind} ${s.start}..${s.end} ${JSON.stringify(s.text)}`);
}

test('Node: lone surrogates never throw and spans slice back to their text', async () => {
  const glue = await import(`${PKG}article_annotator.js`);
  glue.initSync({ module: readFileSync(`${PKG}article_annotator_bg.wasm`) });
  let spans = 0;
  for (const text of TEXTS) {
    const doc = glue.annotate(text);
    spans += doc.spans.length;
    assert.deepEqual(sliceProblems(text, doc), [], `text ${JSON.stringify(text.slice(0, 60))}`);
    for (const s of doc.spans) assert.ok(!/[\uD800-\uDFFF]/.test(s.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')), 'a lone surrogate came back');
    for (const offsets of ['utf8', 'chars']) assert.doesNotThrow(() => glue.annotate(text, { offsets }));
  }
  assert.ok(spans > 3, `only ${spans} spans in all texts: the test covers too little`);
  // control: the check would see a span that does not fit
  assert.notDeepEqual(sliceProblems('ab', { spans: [{ kind: 'quote', start: 0, end: 1, text: 'b' }] }), []);
});

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

test('page: lone surrogates through the worker annotate and render', async () => {
  const { page, errors, close } = await openPage(session);
  try {
    const results = await page.evaluate(async (texts) => Promise.all(texts.map(async (text) => {
      const doc = await window.annotator.annotate(text);
      const clean = text.toWellFormed();
      return doc.spans.filter((s) => clean.slice(s.start, s.end) !== s.text).length;
    })), TEXTS);
    assert.deepEqual(results, TEXTS.map(() => 0));
    // typed into the box: the view shows the text, highlighted
    const text = TEXTS[0];
    await page.evaluate((t) => {
      const input = document.getElementById('article-input');
      input.value = t;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await page.waitForFunction((t) => window.annotator.lastText === t, text);
    assert.ok(await page.locator('#view [data-span]').count() > 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
