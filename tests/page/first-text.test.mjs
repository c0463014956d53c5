// The text already in the box when the page loads is annotated on the page
// itself (www/js/first-text.js), before the worker has started: here the
// worker's script is held back to prove it. Long texts, failures and edits
// made meanwhile still go to the worker, with its usual messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, prefillArticle, setArticle, waitForAnnotation } from './harness.mjs';
import { ALL_KINDS_TEXT, useFakeBindings } from './fixtures/all-kinds.mjs';
import { EXAMPLE_ARTICLE } from '../../www/example-article.js';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

/** Holds back js/worker.js until `release()`; `requested` resolves when the page asks for it. */
function holdWorker() {
  let release, requested;
  const held = new Promise((resolve) => { release = resolve; });
  const asked = new Promise((resolve) => { requested = resolve; });
  const prepare = (page) => page.route('**/js/worker.js', async (route) => {
    requested();
    await held;
    await route.continue().catch(() => {}); // the page may be closed by then
  });
  return { prepare, release, requested: asked };
}

const state = (page) => page.evaluate(() => document.body.dataset.state);

test('a short text in the box at load is highlighted while the worker is still starting', async () => {
  const worker = holdWorker();
  const { page, errors, close } = await openPage(session, {
    waitForScripts: false,
    prepare: async (p) => { await prefillArticle(p, EXAMPLE_ARTICLE); await worker.prepare(p); },
  });
  try {
    await page.waitForSelector('#view mark[data-first]');
    assert.equal(await state(page), 'loading', 'the worker has not started');
    assert.equal(await page.isVisible('#message'), false, 'the loading message is gone');
    const marks = await page.locator('#view mark[data-first]').count();
    worker.release();
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    // The worker's document for the same text is the one shown.
    const fromWorker = await page.evaluate((text) => window.annotator.annotate(text), EXAMPLE_ARTICLE);
    assert.deepEqual(await page.evaluate(() => window.annotator.lastDocument), fromWorker);
    assert.equal(await page.evaluate(() => window.annotator.lastText), EXAMPLE_ARTICLE);
    assert.equal(marks, fromWorker.spans.length);
    // Afterwards texts go to the worker as usual.
    await setArticle(page, '“We will not back down,” Minister Ines Valdmaa said.');
    assert.ok(await page.locator('#view mark[data-first]').count() > 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a text edited before the worker is ready: the worker annotates the new text', async () => {
  const worker = holdWorker();
  const { page, close } = await openPage(session, {
    waitForScripts: false,
    prepare: async (p) => { await prefillArticle(p, EXAMPLE_ARTICLE); await worker.prepare(p); },
  });
  try {
    await page.waitForSelector('#view mark[data-first]');
    const edited = `${EXAMPLE_ARTICLE}\n\n“And one more thing,” she said.`;
    await page.fill('#article-input', edited);
    worker.release();
    await waitForAnnotation(page, edited);
    const spans = await page.evaluate(() => window.annotator.lastDocument.spans.map((span) => span.text));
    assert.ok(spans.some((text) => text.includes('one more thing')), 'the added quote is found');
  } finally {
    await close();
  }
});

test('a long text in the box at load is left to the worker', async () => {
  const worker = holdWorker();
  const long = Array.from({ length: 8 }, () => EXAMPLE_ARTICLE).join('\n\n'); // over 20,000 units
  const { page, close } = await openPage(session, {
    waitForScripts: false,
    prepare: async (p) => { await prefillArticle(p, long); await worker.prepare(p); },
  });
  try {
    await worker.requested; // the page starts the worker once the fast path is over
    assert.equal(await page.locator('#view mark').count(), 0, 'annotated on the page');
    worker.release();
    await waitForAnnotation(page, long);
    assert.ok(await page.locator('#view mark[data-first]').count() > 0);
  } finally {
    await close();
  }
});

test('annotating on the page failing: the worker annotates and reports as usual', async () => {
  const failure = 'options must be a plain object';
  const { page, errors, close } = await openPage(session, {
    waitForScripts: false,
    prepare: async (p) => {
      await prefillArticle(p, ALL_KINDS_TEXT);
      // The page's own bindings are in its bundle: make their instantiation
      // fail on the page (init scripts do not run in the worker), and give
      // the worker bindings that throw, so the worker's message shows.
      await p.addInitScript(() => {
        WebAssembly.instantiate = () => Promise.reject(new Error('instantiation failed on purpose'));
      });
      await useFakeBindings({ throwMessage: failure })(p);
    },
  });
  try {
    await waitForAnnotation(page, ALL_KINDS_TEXT);
    assert.equal(await page.textContent('#message'), `Could not annotate this text: ${failure}`);
    assert.equal(await page.textContent('#view'), ALL_KINDS_TEXT);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
