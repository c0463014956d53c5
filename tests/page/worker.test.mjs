// Annotation runs in a Web Worker: the page answers while it runs, a big
// text shows progress (one step per chunk) and can be cancelled, keeping the
// text, and a result for a text that is no longer in the box is never shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle, waitForAnnotation, shownDocument, countKinds } from './harness.mjs';
import { useFakeBindings } from './fixtures/all-kinds.mjs';
import { EXAMPLE_ARTICLE } from '../../www/example-article.js';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

/** About `size` UTF-16 units of article: copies of the example, a blank line between. */
function bigText(size) {
  const copies = Math.ceil(size / EXAMPLE_ARTICLE.length);
  return Array.from({ length: copies }, () => EXAMPLE_ARTICLE).join('\n\n');
}

/** Puts a long text in the box at once (page.fill types too slowly for megabytes). */
async function putText(page, text) {
  await page.evaluate((t) => {
    const input = document.getElementById('article-input');
    input.value = t;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

test('the annotator runs in a worker, not on the page', async () => {
  const { page, close } = await openPage(session);
  const workers = page.workers().map((worker) => worker.url());
  assert.ok(workers.some((url) => url.endsWith('/js/worker.js')), workers.join());
  await close();
});

test('a big text: progress per chunk, the page answers meanwhile, cancel keeps the text', async () => {
  // Each chunk keeps the stand-in core busy for a while.
  const { page, errors, close } = await openPage(session, { prepare: useFakeBindings({ busyMs: 400 }) });
  const text = bigText(1_000_000);
  await putText(page, text);
  await page.waitForFunction(() => document.getElementById('progress-bar').value >= 1);
  assert.equal(await page.isVisible('#progress'), true);
  const progress = await page.evaluate(() => {
    const bar = document.getElementById('progress-bar');
    return { value: bar.value, max: bar.max, label: document.getElementById('progress-label').textContent };
  });
  assert.ok(progress.max >= 5 && progress.value < progress.max, JSON.stringify(progress));
  assert.match(progress.label, /part \d+ of \d+/);
  // The main thread is free: typing elsewhere and scripts still run.
  await page.focus('#nav-kind');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.inputValue('#nav-kind'), 'quote');
  assert.equal(await page.evaluate(() => 'busy' in document.body.dataset), true, 'still annotating');
  await page.click('#cancel-button');
  await waitForAnnotation(page, text);
  assert.equal(await page.isVisible('#progress'), false);
  assert.match(await page.textContent('#message'), /cancelled.*text is kept/i);
  assert.equal(await page.inputValue('#article-input'), text);
  assert.equal(await page.evaluate(() => window.annotator.lastDocument), null);
  // A fresh worker takes the next text.
  await setArticle(page, 'Fresh text after cancelling.');
  assert.notEqual(await page.evaluate(() => window.annotator.lastDocument), null);
  assert.equal(await page.isVisible('#message'), false);
  assert.deepEqual(errors, []);
  await close();
});

test('a text replaced while it is annotated: only the newest result is shown', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings({ busyMs: 300 }) });
  const rendered = await page.evaluate(async () => {
    const seen = [];
    const observer = new MutationObserver(() => seen.push(window.annotator.lastText));
    observer.observe(document.getElementById('view'), { childList: true });
    const input = document.getElementById('article-input');
    input.value = 'first text';
    document.getElementById('annotate-button').click();
    input.value = 'second text';
    document.getElementById('annotate-button').click();
    while (window.annotator.lastText !== 'second text') await new Promise((r) => { setTimeout(r, 20); });
    observer.disconnect();
    return seen;
  });
  assert.deepEqual(rendered, ['second text']);
  await close();
});

test('real core, a 250 KB text in two chunks: one document whose spans fit the text', async () => {
  const { page, errors, close } = await openPage(session);
  const text = bigText(250_000);
  await putText(page, text);
  await waitForAnnotation(page, text);
  const { doc } = await shownDocument(page);
  // Direct quotes depend only on quotation marks: each copy has the same ones.
  const directQuotes = (d) => d.spans.filter((s) => s.kind === 'quote' && s.direct).length;
  const single = directQuotes(await page.evaluate((t) => window.annotator.annotate(t), EXAMPLE_ARTICLE));
  const copies = Math.ceil(250_000 / EXAMPLE_ARTICLE.length);
  // The core reads a little context across paragraphs, which a chunk
  // boundary cuts: allow a quote lost per boundary, no more.
  const boundaries = Math.ceil(text.length / 200_000) - 1;
  const found = directQuotes(doc);
  assert.ok(found <= single * copies && found >= single * copies - boundaries, `${found} of ${single * copies} quotes`);
  const problems = await page.evaluate(() => {
    const { lastText: t, lastDocument: d } = window.annotator;
    const names = new Set();
    const found = [];
    d.entities.forEach((e, i) => {
      if (e.id !== i) found.push(`entity ${i} has id ${e.id}`);
      if (names.has(`${e.kind}/${e.name}`)) found.push(`entity ${e.name} twice`);
      names.add(`${e.kind}/${e.name}`);
    });
    d.spans.forEach((s, i) => {
      if (t.slice(s.start, s.end) !== s.text) found.push(`span ${i} does not fit`);
      const id = s.kind === 'speaker' ? s.entity : s.speaker;
      if (id !== null && !d.entities[id]) found.push(`span ${i} names entity ${id}`);
      if (i && d.spans[i - 1].start > s.start) found.push(`span ${i} out of order`);
    });
    return found.slice(0, 5);
  });
  assert.deepEqual(problems, []);
  assert.ok(countKinds(doc).quote >= copies);
  assert.equal(await page.locator('#view mark[data-first]').count(), doc.spans.length);
  assert.deepEqual(errors, []);
  await close();
});

test('the worker script missing: a message that says what to do', async () => {
  const { page, close } = await openPage(session, {
    prepare: (p) => p.route('**/js/worker.js', (route) => route.fulfill({ status: 404, body: 'not found' })),
  });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
  const message = await page.textContent('#message');
  assert.match(message, /could not be started/);
  assert.match(message, /make serve/);
  await close();
});
