// The fallback path: with the CSS Custom Highlight API removed before any
// page script runs, the widget wraps spans in <aa-mark> elements, and takes
// them out again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collapse, countKinds, openDemo, startSession, waitForWidget } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

/** For each span index, the joined text of its marks, in document order. */
function markTexts(page) {
  return page.evaluate(() => {
    const texts = {};
    for (const mark of document.querySelectorAll('aa-mark[data-aa-span]')) {
      texts[mark.dataset.aaSpan] = (texts[mark.dataset.aaSpan] ?? '') + mark.textContent;
    }
    return texts;
  });
}

test('without the Highlight API every span is wrapped in marks whose text is the span\'s', async () => {
  const { page, problems, close } = await openDemo(session, 'demo-blog.html', { withoutHighlightApi: true });
  try {
    assert.equal(await waitForWidget(page), 'ready');
    const { doc, mode, apiPresent } = await page.evaluate(() => ({
      doc: document.querySelector('article-annotator').annotations,
      mode: document.querySelector('article-annotator').highlightMode,
      apiPresent: 'highlights' in CSS,
    }));
    assert.equal(apiPresent, false);
    assert.equal(mode, 'marks');
    const counts = countKinds(doc);
    for (const kind of ['speaker', 'quote', 'red_line']) assert.ok(counts[kind] > 0, `no ${kind} spans`);
    const texts = await markTexts(page);
    doc.spans.forEach((span, index) => {
      assert.equal(collapse(texts[index] ?? ''), collapse(span.text), `span ${index} (${span.kind})`);
    });
    const kinds = await page.$$eval('aa-mark', (marks) => [...new Set(marks.map((mark) => mark.dataset.aaKind))].sort());
    assert.deepEqual(kinds, ['quote', 'red_line', 'reported', 'speaker']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('fallback: marks follow the kind toggles, and with every kind off the article is as parsed', async () => {
  const { page, close } = await openDemo(session, 'demo-blog.html', { withoutHighlightApi: true });
  try {
    await waitForWidget(page);
    const toggle = (kind) => page.locator(`article-annotator button[data-kind="${kind}"]`).click();
    await toggle('red_line');
    assert.equal(await page.locator('aa-mark[data-aa-kind="red_line"]').count(), 0);
    assert.ok(await page.locator('aa-mark[data-aa-kind="quote"]').count() > 0);
    assert.equal(await page.getAttribute('article-annotator button[data-kind="red_line"]', 'aria-pressed'), 'false');
    await toggle('quote');
    await toggle('speaker');
    const { before: parsed, now, text, doc } = await page.evaluate(() => ({
      before: window.__aaBefore[0],
      now: document.querySelector('article-annotator').innerHTML,
      text: document.querySelector('article-annotator').text,
      doc: document.querySelector('article-annotator').annotations,
    }));
    assert.equal(await page.locator('aa-mark').count(), 0);
    assert.equal(now, parsed);
    for (const span of doc.spans) assert.equal(text.slice(span.start, span.end), span.text);
    await toggle('quote');
    assert.ok(await page.locator('aa-mark[data-aa-kind="quote"]').count() > 0);
  } finally {
    await close();
  }
});
