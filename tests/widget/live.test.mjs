// The live demo: two widgets on one page (one wrapping its article, one
// pointed at a contenteditable editor) whose content changes. They must not
// interfere, changed content must be annotated again, and the script API
// (annotations, annotated event, refresh()) must agree with itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, startSession, waitForWidget } from './harness.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

async function openLive(options) {
  const opened = await openDemo(session, 'demo-live.html', options);
  assert.equal(await waitForWidget(opened.page, '#live-widget'), 'ready');
  assert.equal(await waitForWidget(opened.page, '#editor-widget'), 'ready');
  // Count `annotated` events per widget from here on.
  await opened.page.evaluate(() => {
    window.__aaEvents = { 'live-widget': [], 'editor-widget': [] };
    for (const widget of document.querySelectorAll('article-annotator')) {
      widget.addEventListener('annotated', (event) => window.__aaEvents[widget.id].push(event.detail));
    }
  });
  return opened;
}

function widgetState(page, id) {
  return page.$eval(`#${id}`, (widget) => ({ text: widget.text, doc: widget.annotations }));
}

/** The quote-highlight ranges whose text lies in element `selector`. */
function quoteRangesIn(page, selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    return [...CSS.highlights.get('aa-quote') ?? []].filter((range) => root.contains(range.startContainer)).length;
  }, selector);
}

test('two widgets annotate their own targets, with their own kinds, and toggles stay local', async () => {
  const { page, problems, close } = await openLive();
  try {
    const live = await widgetState(page, 'live-widget');
    const editor = await widgetState(page, 'editor-widget');
    assert.match(live.text, /Jonas Petrak/);
    assert.doesNotMatch(live.text, /Maren Holt/);
    assert.match(editor.text, /Maren Holt/);
    assert.ok(live.doc.spans.every((span) => span.kind !== 'speaker'), 'kinds="quote red_line" was not applied');
    assert.ok(editor.doc.spans.some((span) => span.kind === 'speaker'));
    const editorQuotes = await quoteRangesIn(page, '#editor');
    assert.ok(editorQuotes > 0 && (await quoteRangesIn(page, '#live-updates')) > 0);
    await page.locator('#live-widget button[data-kind="quote"]').click();
    assert.equal(await quoteRangesIn(page, '#live-updates'), 0);
    assert.equal(await quoteRangesIn(page, '#editor'), editorQuotes, 'the other widget lost its highlights');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('changed content is annotated again, by its own widget only', async () => {
  const { page, problems, close } = await openLive();
  try {
    await page.click('#add-update');
    await page.waitForFunction(() => window.__aaEvents['live-widget'].length > 0);
    const live = await widgetState(page, 'live-widget');
    assert.match(live.text, /extend the strike/);
    assert.ok(live.doc.spans.some((span) => span.kind === 'red_line' && span.text.includes('extend the strike')));
    await page.click('#edit-first');
    await page.waitForFunction(() => document.querySelector('#live-widget').text.includes('night trams'));
    assert.equal(await page.evaluate(() => window.__aaEvents['editor-widget'].length), 0,
      'the editor widget annotated again when only the other article changed');
    await page.locator('#editor p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' “We will never sell the lighthouse,” Holt added.');
    await page.waitForFunction(() => document.querySelector('#editor-widget').text.includes('sell the lighthouse'));
    const editor = await widgetState(page, 'editor-widget');
    assert.ok(editor.doc.spans.some((span) => span.kind === 'quote' && span.text.includes('sell the lighthouse')));
    const events = await page.evaluate(() => ({
      live: window.__aaEvents['live-widget'].map((doc) => doc.spans.length),
      editorTexts: window.__aaEvents['editor-widget'].length,
    }));
    assert.ok(events.live.length >= 2, 'two changes of the live article, at least two annotations');
    assert.ok(events.editorTexts >= 1);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('annotated event carries the document; refresh() resolves to it; annotations is it', async () => {
  const { page, close } = await openLive();
  try {
    const result = await page.evaluate(async () => {
      const widget = document.querySelector('#editor-widget');
      const fired = new Promise((resolve) => widget.addEventListener('annotated', (event) => resolve(event.detail), { once: true }));
      const returned = await widget.refresh();
      const detail = await fired;
      return {
        sameAsProperty: detail === widget.annotations && returned === detail,
        detail,
        slicesMatch: detail.spans.every((span) => widget.text.slice(span.start, span.end) === span.text),
      };
    });
    assert.equal(result.sameAsProperty, true);
    assert.equal(result.detail.version, 1);
    assert.equal(result.detail.offsets, 'utf16');
    assert.ok(result.detail.spans.length > 0);
    assert.equal(result.slicesMatch, true);
  } finally {
    await close();
  }
});

test('details on hover and on keyboard focus, through the overlay', async () => {
  const { page, close } = await openLive();
  try {
    await page.locator('#editor-widget button[data-step="1"]').focus();
    await page.keyboard.press('Enter');
    const overlay = page.locator('#editor-widget .overlay');
    assert.equal(await overlay.isVisible(), true);
    const { heading, index, active } = await page.evaluate(() => {
      const shown = document.querySelector('#editor-widget').shadowRoot.querySelector('.overlay');
      return { heading: shown.querySelector('strong').textContent, index: Number(shown.dataset.span), active: CSS.highlights.get('aa-active').size };
    });
    assert.equal(index, 0);
    assert.equal(active, 1);
    assert.ok(['Speaker mention', 'Direct quote', 'Reported speech', 'Red line'].includes(heading));
    // Hover: the middle of the first quote's highlight.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('aa-quote')].find((r) => document.querySelector('#editor').contains(r.startContainer));
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => document.querySelector('#editor-widget').shadowRoot.querySelector('.overlay strong')?.textContent === 'Direct quote');
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => document.querySelector('#editor-widget').shadowRoot.querySelector('.overlay').hidden);
  } finally {
    await close();
  }
});
