// The strict-CSP demo: `default-src 'self'; script-src 'self'
// 'wasm-unsafe-eval'; style-src 'self'`, no inline script or style. The
// widget must load its WASM, style itself and annotate without one
// violation or console error, in target mode (the theme cannot wrap).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { countKinds, openDemo, startSession, waitForWidget } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

test('strict CSP: annotates, no policy violation, no console error', async () => {
  const { page, problems, close } = await openDemo(session, 'demo-csp.html');
  try {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.equal(policy, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
    assert.equal(await waitForWidget(page), 'ready');
    assert.equal(await page.evaluate(() => window.__aaAnnotated), 1, 'annotated more than once at start-up');
    const { doc, sizes, targetBefore, targetAfter } = await page.evaluate(() => ({
      doc: document.querySelector('article-annotator').annotations,
      sizes: Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, highlight.size])),
      targetBefore: window.__aaBefore[0],
      targetAfter: document.querySelector('#story .entry-content').innerHTML,
    }));
    const counts = countKinds(doc);
    for (const kind of ['speaker', 'quote', 'red_line']) assert.ok(counts[kind] > 0, `no ${kind} spans`);
    assert.ok(sizes['aa-red_line'] > 0 && sizes['aa-speaker'] > 0);
    assert.equal(targetAfter, targetBefore);
    // Hover and the overlay under the policy too (the overlay is placed through CSSOM).
    await page.locator('article-annotator button[data-step="1"]').click();
    assert.equal(await page.locator('article-annotator .overlay').isVisible(), true);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('strict CSP without the Highlight API: the fallback marks are styled, still no violation', async () => {
  const { page, problems, close } = await openDemo(session, 'demo-csp.html', { withoutHighlightApi: true });
  try {
    assert.equal(await waitForWidget(page), 'ready');
    const background = await page.$eval('aa-mark[data-aa-kind="quote"]', (mark) => getComputedStyle(mark).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the document-scope sheet was not applied');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
