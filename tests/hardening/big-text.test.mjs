// Big texts: a 50 MB paste. The page must not crash; it annotates off the
// main thread with progress (the worker, part by part); the page stays
// responsive meanwhile (it answers, the progress advances, the box takes
// input); the text is never lost; after clearing, the main thread's heap
// returns to near where it was (the 50 MB string and its document are freed).
//
// By default the run is cancelled once the progress has advanced (a full
// 50 MB run takes minutes in the WASM on a shared 2-core machine); set
// AA_BIG_TEXT_FULL=1 to wait for the whole document and check it too.
// (The page keeps a text this big in its hidden box and shows a note instead:
// laying out 50 MB in a textarea blocks the main thread for about a minute.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage } from '../page/harness.mjs';

const MB = 1 << 20;
const FULL = process.env.AA_BIG_TEXT_FULL === '1';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

/** Heap used by the page's main thread after a full garbage collection, in MB. */
async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

test('a 50 MB paste: progress off the main thread, responsive, text kept, memory back after clearing', { timeout: FULL ? 1_800_000 : 600_000 }, async () => {
  const { page, errors, close } = await openPage(session);
  const crashes = [];
  page.on('crash', () => crashes.push('crash'));
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await heapMb(cdp);
    // built in the page (no 50 MB over the wire), pasted as plain text
    const length = await page.evaluate((bytes) => {
      const paragraph = '“We will not back down,” Minister Ines Valdmaa said on Friday. The talks went on.\n\n';
      const text = paragraph.repeat(Math.ceil(bytes / paragraph.length));
      const input = document.getElementById('article-input');
      input.focus();
      const data = new DataTransfer();
      data.setData('text/plain', text);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return text.length;
    }, 50 * MB);
    assert.equal(await page.evaluate(() => document.getElementById('article-input').value.length), length, 'the paste did not land whole');
    // progress appears and advances, while the main thread answers at once
    await page.waitForFunction(() => !document.getElementById('progress').hidden && document.getElementById('progress-bar').value >= 1, null, { timeout: 300_000 });
    const first = await page.evaluate(() => ({ value: document.getElementById('progress-bar').value, max: document.getElementById('progress-bar').max }));
    assert.ok(first.max >= 50, `only ${first.max} parts for 50 MB`);
    await page.waitForFunction((v) => document.getElementById('progress-bar').value > v, first.value, { timeout: 300_000 });
    assert.equal(await page.evaluate(() => 'busy' in document.body.dataset), true);
    // responsive: a toggle answers and a key reaches the page mid-run
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.locator('#clear-button').hover();
    if (FULL) {
      await page.waitForFunction((n) => window.annotator.lastText?.length === n, length, { timeout: 1_500_000 });
      const { spans, marks } = await page.evaluate(() => ({
        spans: window.annotator.lastDocument.spans.length, marks: document.querySelectorAll('#view [data-first]').length,
      }));
      assert.ok(spans > 100_000 && marks > 0, `spans ${spans}, marks ${marks}`);
    } else {
      await page.click('#cancel-button');
      await page.waitForFunction(() => document.getElementById('progress').hidden);
      assert.equal(await page.evaluate(() => document.getElementById('article-input').value.length), length, 'cancelling lost the text');
    }
    await page.click('#clear-button');
    await page.waitForFunction(() => window.annotator.lastText === '');
    const afterClear = await heapMb(cdp);
    console.log(`main-thread heap: ${before.toFixed(1)} MB before, ${afterClear.toFixed(1)} MB after clearing (text ${(length / MB).toFixed(0)} M UTF-16 units)`);
    assert.ok(afterClear < before + 20, `heap ${afterClear.toFixed(1)} MB after clearing, ${before.toFixed(1)} MB before`);
    assert.deepEqual(crashes, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
