// The input side of the page: empty hint, typing (debounced), pasting (only
// as text, never as HTML), the example button, the version in the footer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle, waitForAnnotation, loadExample, shownDocument } from './harness.mjs';
import { EXAMPLE_ARTICLE } from '../../www/example-article.js';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

test('empty input shows the hint, and so does clearing the text', async () => {
  const { page, errors, close } = await openPage(session);
  assert.match(await page.textContent('#view .hint'), /Paste an article/);
  await setArticle(page, 'Some text.');
  assert.equal(await page.locator('#view .hint').count(), 0);
  await page.click('#clear-button');
  await waitForAnnotation(page, '');
  assert.match(await page.textContent('#view .hint'), /Paste an article/);
  assert.deepEqual(errors, []);
  await close();
});

test('filled text is shown in the view and annotated', async () => {
  const { page, close } = await openPage(session);
  const text = 'The minister said: "We will reopen the port." Nobody else spoke.';
  await setArticle(page, text);
  assert.equal(await page.textContent('#view'), text);
  const { doc } = await shownDocument(page);
  assert.ok(doc.spans.some((span) => span.kind === 'quote'), 'the quote is found');
  assert.ok(await page.locator('#view [data-kind="quote"]').count() >= 1);
  await close();
});

test('typing updates the view once typing pauses (debounced)', async () => {
  const { page, close } = await openPage(session);
  await page.focus('#article-input');
  const typed = 'She said "no deal" again.';
  await page.keyboard.type(typed);
  // The page annotates what was typed, in full, after the pause.
  await waitForAnnotation(page, typed);
  assert.equal(await page.textContent('#view'), typed);
  await page.keyboard.type(' More.');
  await waitForAnnotation(page, `${typed} More.`);
  assert.equal(await page.textContent('#view'), `${typed} More.`);
  await close();
});

test('debouncing: a burst of input events is annotated once, with the last text', async () => {
  const { page, close } = await openPage(session);
  const annotatedTexts = await page.evaluate(async () => {
    const seen = [];
    // Each render replaces the view's children: record the text of each one.
    const input = document.getElementById('article-input');
    const observer = new MutationObserver(() => seen.push(window.annotator.lastText));
    observer.observe(document.getElementById('view'), { childList: true });
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await new Promise((resolve) => {
      const check = () => (window.annotator.lastText === 'abcd' ? resolve() : setTimeout(check, 20));
      check();
    });
    observer.disconnect();
    return seen;
  });
  assert.deepEqual(annotatedTexts, ['abcd'], 'one render, of the final text');
  await close();
});

/** Dispatches a paste of `flavours` ({'text/html': ..., 'text/plain': ...}) on the article box. */
async function paste(page, flavours) {
  await page.focus('#article-input');
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.getElementById('article-input').dispatchEvent(event);
  }, flavours);
}

test('a paste of hostile HTML becomes its text: no element, no script, no request', async () => {
  const { page, errors, close } = await openPage(session);
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  await paste(page, { 'text/html': hostile, 'text/plain': hostile });
  await waitForAnnotation(page, 'bold');
  assert.equal(await page.inputValue('#article-input'), 'bold');
  assert.equal(await page.locator('#view img, #view script, #view b').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await close();
});

test('pasted rich text becomes plain text with its paragraphs kept', async () => {
  const { page, close } = await openPage(session);
  const html = '<h1>Port  talks</h1><p>The minister <b>said</b>:\n “No deal.”</p><div>Line one<br>line two</div>'
    + '<ul><li>first</li><li>second</li></ul><style>p { color: red }</style>';
  await paste(page, { 'text/html': html, 'text/plain': 'flattened plain flavour' });
  const expected = 'Port talks\n\nThe minister said: “No deal.”\n\nLine one\nline two\n\nfirst\n\nsecond';
  await waitForAnnotation(page, expected);
  assert.equal(await page.inputValue('#article-input'), expected);
  assert.equal(await page.textContent('#view'), expected);
  await close();
});

test('a plain-text paste of markup stays those characters', async () => {
  const { page, close } = await openPage(session);
  const markup = '<b>not bold</b> & <i>not italic</i>';
  await paste(page, { 'text/plain': markup });
  await waitForAnnotation(page, markup);
  assert.equal(await page.textContent('#view'), markup);
  assert.equal(await page.locator('#view b, #view i').count(), 0);
  await close();
});

test('page.fill with markup also stays text', async () => {
  const { page, close } = await openPage(session);
  const markup = '<img src=x onerror="window.__pwned=1"> and <a href="javascript:alert(1)">link</a>';
  await setArticle(page, markup);
  assert.equal(await page.textContent('#view'), markup);
  assert.equal(await page.locator('#view *:not(mark)').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await close();
});

test('"Try an example" loads the example article and annotates it', async () => {
  const { page, close } = await openPage(session);
  await loadExample(page);
  assert.equal(await page.inputValue('#article-input'), EXAMPLE_ARTICLE);
  const { text, doc } = await shownDocument(page);
  assert.equal(text, EXAMPLE_ARTICLE);
  assert.ok(doc.spans.length > 0);
  assert.match(await page.textContent('#summary'), /\d+ quotes?, \d+ red lines?, \d+ speakers?\./);
  await close();
});

test('the footer shows the annotator version', async () => {
  const { page, close } = await openPage(session);
  const version = await page.evaluate(() => window.annotator.version());
  assert.match(version, /^\d+\.\d+\.\d+/);
  assert.equal(await page.textContent('#version'), version);
  await close();
});
