// The reading view keeps the DOM contract (www/js/render.js) for every span of
// the document the page rendered: with the real core (the example, emoji
// text, a 100 KB article) and with a hand-made document holding every kind of
// span and overlap (served through stand-in bindings).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle, loadExample, shownDocument, countKinds } from './harness.mjs';
import { contractProblems } from './contract.mjs';
import { ALL_KINDS_TEXT, allKindsDocument, useFakeBindings } from './fixtures/all-kinds.mjs';
import { EXAMPLE_ARTICLE } from '../../www/example-article.js';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('real core, example article: quotes are found and every span keeps the contract', async () => {
  const { page, errors, close } = await openPage(session);
  await loadExample(page);
  const { doc } = await shownDocument(page);
  assert.ok(countKinds(doc).quote >= 1, 'the example has quotes');
  assert.deepEqual(await contractProblems(page), []);
  assert.equal(await page.locator('#view [data-kind="quote"][data-first]').count(), countKinds(doc).quote);
  assert.deepEqual(errors, []);
  await close();
});

test('real core, example article: at least one speaker and one red line (needs the core to find them)', async () => {
  const { page, close } = await openPage(session);
  await loadExample(page);
  const counts = countKinds((await shownDocument(page)).doc);
  await close();
  assert.ok(counts.speaker >= 1, `speaker spans in the example: ${counts.speaker}`);
  assert.ok(counts.red_line >= 1, `red-line spans in the example: ${counts.red_line}`);
});

test('real core, text with emoji and mixed marks: offsets and view agree', async () => {
  const { page, close } = await openPage(session);
  const text = '🚢🚢 Valdmaa said “no 🚫 deal” and ‘never’, then "again 👍🏽." He left.';
  await setArticle(page, text);
  assert.deepEqual(await contractProblems(page), []);
  await close();
});

test('all kinds and overlaps (stand-in bindings): every span keeps the contract', async () => {
  const { page, errors, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const { doc } = await shownDocument(page);
  assert.deepEqual(doc, allKindsDocument(), 'the page rendered the fixture document');
  assert.deepEqual(await contractProblems(page), []);
  for (const kind of ['speaker', 'quote', 'red_line']) {
    assert.ok(await page.locator(`#view [data-kind="${kind}"]`).count() >= 1, `${kind} is shown`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('overlaps: red lines nest inside their quote; a partial overlap splits the shorter span', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const doc = allKindsDocument();
  const indexOf = (kind, text) => doc.spans.findIndex((s) => s.kind === kind && s.text === text);
  const nested = indexOf('red_line', 'we will not accept delays');
  const quote = indexOf('quote', '“Safety is non-negotiable, and we will not accept delays.”');
  const parentSpan = await page.evaluate(
    (i) => document.querySelector(`#view [data-span="${i}"]`).parentElement.dataset.span, nested,
  );
  assert.equal(Number(parentSpan), quote, 'the red line sits inside the quote element');
  // "unless pickets end by Friday." overlaps the end of the reported speech by
  // one character: the quote is longer, stays whole; the red line is split.
  const partial = indexOf('red_line', 'unless pickets end by Friday.');
  const pieces = await page.locator(`#view [data-span="${partial}"]`).allTextContents();
  assert.deepEqual(pieces, ['unless pickets end by Friday', '.']);
  const reported = indexOf('quote', 'the port would reopen unless pickets end by Friday');
  assert.equal(await page.locator(`#view [data-span="${reported}"]`).count(), 1);
  await close();
});

test('same text as a quote and a red line: one inside the other, both visible', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const chain = await page.evaluate(() => {
    const inner = [...document.querySelectorAll('#view [data-kind="red_line"]')]
      .find((element) => element.textContent === '“Never again.”');
    return [inner.parentElement.dataset.kind, inner.dataset.kind];
  });
  assert.deepEqual(chain, ['quote', 'red_line']);
  await close();
});

test('the contract check itself reports a broken view', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  // Break the view three ways: a wrong speaker, a piece moved out of its
  // span, an element for a span that does not exist.
  await page.evaluate(() => {
    const view = document.getElementById('view');
    view.querySelector('[data-kind="quote"]').dataset.speaker = 'Somebody Else';
    const speaker = view.querySelector('[data-kind="speaker"]');
    speaker.replaceWith(...speaker.childNodes);
    view.querySelector('[data-kind="red_line"]').dataset.span = '999';
  });
  const problems = await contractProblems(page);
  assert.ok(problems.some((p) => p.includes('data-speaker is "Somebody Else"')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('(speaker "Harbour Minister Ines Valdmaa")')), problems.join('\n'));
  assert.ok(problems.some((p) => p.includes('span that does not exist: 999')), problems.join('\n'));
  await close();
});

test('a 100 KB article renders completely and keeps the contract', async () => {
  const { page, errors, close } = await openPage(session);
  const copies = Math.ceil(100_000 / EXAMPLE_ARTICLE.length);
  const big = Array.from({ length: copies }, () => EXAMPLE_ARTICLE).join('\n');
  assert.ok(big.length >= 100_000);
  await setArticle(page, big);
  const { doc } = await shownDocument(page);
  assert.ok(countKinds(doc).quote >= copies, 'each copy contributes quotes');
  assert.deepEqual(await contractProblems(page), []);
  assert.deepEqual(errors, []);
  await close();
});
