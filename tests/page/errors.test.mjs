// Failures a person can act on: the WASM module or its JavaScript missing
// (a clear message naming `make serve`, never a blank page), and annotate
// throwing (a one-sentence message, the text still readable, no stack).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle } from './harness.mjs';
import { useFakeBindings } from './fixtures/all-kinds.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const routeTo404 = (pattern) => (page) => page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }));

/** Text of the visible message, and whether it looks like a stack trace. */
async function shownMessage(page) {
  const message = page.locator('#message');
  assert.equal(await message.isVisible(), true, 'the message is visible');
  assert.equal(await message.getAttribute('role'), 'alert');
  const text = await message.textContent();
  assert.doesNotMatch(text, /\n\s*at |\.js:\d+:\d+|wasm-function/, 'no stack trace');
  return text;
}

test('the .wasm answering 404: the page says so and how to fix it', async () => {
  const { page, errors, close } = await openPage(session, { prepare: routeTo404('**/*.wasm') });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
  const text = await shownMessage(page);
  assert.match(text, /WebAssembly module/);
  assert.match(text, /make serve/);
  assert.match(text, /reload/i);
  assert.equal(await page.textContent('#version'), 'unavailable');
  assert.deepEqual(errors, [], 'the failure is handled, not thrown');
  await close();
});

test('the bindings JavaScript missing: same kind of message', async () => {
  const { page, close } = await openPage(session, { prepare: routeTo404('**/pkg/article_annotator.js') });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
  const text = await shownMessage(page);
  assert.match(text, /pkg\/article_annotator\.js/);
  assert.match(text, /make serve/);
  await close();
});

test('annotate throwing: a readable message, the text still shown, no stack', async () => {
  const failure = 'options must be a plain object';
  const { page, errors, close } = await openPage(session, { prepare: useFakeBindings({ throwMessage: failure }) });
  await setArticle(page, 'Anything at all, "quoted".');
  const text = await shownMessage(page);
  assert.equal(text, `Could not annotate this text: ${failure}`);
  assert.equal(await page.textContent('#view'), 'Anything at all, "quoted".');
  assert.equal(await page.locator('#view [data-span]').count(), 0);
  assert.equal(await page.evaluate(() => window.annotator.lastDocument), null);
  assert.deepEqual(errors, []);
  await close();
});

test('a document of the wrong shape: a message instead of half a view', async () => {
  const broken = { version: 1, offsets: 'utf16', spans: [{ kind: 'quote', start: 0, end: 3, text: 'abc', speaker: 0 }] };
  const { page, errors, close } = await openPage(session, { prepare: useFakeBindings({ returnDocument: broken }) });
  await setArticle(page, 'abc def');
  assert.match(await shownMessage(page), /^Could not annotate this text: /);
  assert.equal(await page.textContent('#view'), 'abc def');
  assert.equal(await page.evaluate(() => window.annotator.lastDocument), null);
  assert.deepEqual(errors, []);
  await close();
});

test('before any script runs, the page already says what to do if it stays stuck', async () => {
  const { page, close } = await openPage(session, {
    prepare: (p) => p.route('**/js/first-view.bundle.js', (route) => route.fulfill({ status: 404, body: '' })),
    waitForScripts: false,
  });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'loading');
  const text = await page.textContent('#message');
  assert.match(text, /Loading the annotator/);
  assert.match(text, /make serve/);
  await close();
});
