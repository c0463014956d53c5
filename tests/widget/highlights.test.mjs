// The Highlight API path on the blog demo (heavy theme CSS, nested markup):
// highlights for each kind, ranges whose text is the spans' text, and an
// article DOM left byte-identical. Plus the text the widget reads from tricky
// markup, and how spans map back to it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { collapse, countKinds, openDemo, startSession, waitForWidget } from './harness.mjs';

const MAPPING_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="/widget/article-annotator-widget.js"></script></head><body>
<article-annotator id="w"><div>
<p>“We <em>will <a href="#x">not <span class="n">accept</span></a></em> this deal 🚢,” said <b>Mayor Ilse Varga</b>.</p>
<script>var notText = 1;</script><style>p { color: black; }</style>
<p hidden>Hidden draft.</p><div style="display:none">Not shown.</div>
<p>Line one<br>line two of the
    second   paragraph.</p></div>
</article-annotator></body></html>`;

const EXPECTED_TEXT = '“We will not accept this deal 🚢,” said Mayor Ilse Varga.\n\nLine one\nline two of the second paragraph.';

let session;
before(async () => { session = await startSession({ pages: { '/test/mapping.html': MAPPING_PAGE } }); });
after(async () => { await session?.close(); });

/** Per highlight name, the text of each range in it. */
function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(
    ([name, highlight]) => [name, [...highlight].map((range) => range.toString())],
  )));
}

function expectedTexts(doc) {
  const byName = { 'aa-speaker': [], 'aa-quote': [], 'aa-reported': [], 'aa-red_line': [] };
  for (const span of doc.spans) {
    const key = span.kind === 'quote' && !span.direct ? 'reported' : span.kind;
    byName[`aa-${key}`].push(collapse(span.text));
  }
  return byName;
}

test('blog demo: highlights for each kind, ranges equal to the spans, article DOM untouched', async () => {
  const { page, problems, close } = await openDemo(session, 'demo-blog.html');
  try {
    assert.equal(await waitForWidget(page), 'ready');
    const { doc, text, mode, after: innerAfter, before: innerBefore, marks } = await page.evaluate(() => {
      const widget = document.querySelector('article-annotator');
      return {
        doc: widget.annotations, text: widget.text, mode: widget.highlightMode,
        after: widget.innerHTML, before: window.__aaBefore[0], marks: document.querySelectorAll('aa-mark').length,
      };
    });
    assert.equal(mode, 'highlight-api');
    assert.equal(await page.evaluate(() => window.__aaAnnotated), 1, 'annotated more than once at start-up');
    const counts = countKinds(doc);
    for (const kind of ['speaker', 'quote', 'red_line']) assert.ok(counts[kind] > 0, `no ${kind} spans: ${JSON.stringify(counts)}`);
    for (const span of doc.spans) assert.equal(text.slice(span.start, span.end), span.text);
    const shown = await highlightTexts(page);
    for (const [name, texts] of Object.entries(expectedTexts(doc))) {
      assert.deepEqual((shown[name] ?? []).map(collapse).sort(), texts.sort(), name);
    }
    assert.equal(innerAfter, innerBefore, 'the article innerHTML changed');
    assert.equal(marks, 0);
    assert.doesNotMatch(text, /Advertisement|Draft note|NewsArticle/, 'hidden content or a script was read');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('text is read as a reader sees it, and spans map back across <em>, <a>, <span> and an emoji', async () => {
  const { page, close } = await openDemo(session, 'test/mapping.html');
  try {
    assert.equal(await waitForWidget(page, '#w'), 'ready');
    const { doc, text } = await page.$eval('#w', (widget) => ({ doc: widget.annotations, text: widget.text }));
    assert.equal(text, EXPECTED_TEXT);
    const quote = doc.spans.find((span) => span.kind === 'quote' && span.direct);
    assert.equal(quote?.text, '“We will not accept this deal 🚢,”');
    assert.ok(doc.spans.some((span) => span.kind === 'speaker' && span.text.includes('Ilse Varga')));
    const shown = await highlightTexts(page);
    assert.deepEqual(shown['aa-quote'], ['“We will not accept this deal 🚢,”'], 'the range is exact, emoji included');
    assert.ok(shown['aa-speaker'].every((range) => doc.spans.some((span) => span.text === range)));
  } finally {
    await close();
  }
});

test('the theme\'s CSS does not reach the toolbar, and the toolbar\'s does not reach the page', async () => {
  const { page, close } = await openDemo(session, 'demo-blog.html');
  try {
    await waitForWidget(page);
    const styles = await page.evaluate(() => {
      const button = document.querySelector('article-annotator').shadowRoot.querySelector('button[data-kind]');
      const pageButton = document.createElement('button');
      document.body.append(pageButton);
      return {
        inside: getComputedStyle(button).backgroundColor,
        insideFont: getComputedStyle(button).fontFamily,
        page: getComputedStyle(pageButton).backgroundColor,
      };
    });
    assert.notEqual(styles.inside, 'rgb(255, 105, 180)', 'the theme\'s hotpink button style leaked in');
    assert.doesNotMatch(styles.insideFont, /Impact/);
    assert.equal(styles.page, 'rgb(255, 105, 180)', 'the page\'s own buttons keep the theme style');
  } finally {
    await close();
  }
});

test('changing the kinds attribute annotates again with those kinds only', async () => {
  const { page, close } = await openDemo(session, 'demo-blog.html');
  try {
    await waitForWidget(page);
    const doc = await page.evaluate(() => new Promise((resolve) => {
      const widget = document.querySelector('article-annotator');
      widget.addEventListener('annotated', (event) => resolve(event.detail), { once: true });
      widget.setAttribute('kinds', 'red_line');
    }));
    assert.ok(doc.spans.length > 0);
    assert.deepEqual([...new Set(doc.spans.map((span) => span.kind))], ['red_line']);
    const buttons = await page.$$eval('article-annotator', ([widget]) => [...widget.shadowRoot.querySelectorAll('button[data-kind]')].map((b) => b.dataset.kind));
    assert.deepEqual(buttons, ['red_line']);
    const sizes = await page.evaluate(() => ({ quote: CSS.highlights.get('aa-quote').size, red: CSS.highlights.get('aa-red_line').size }));
    assert.equal(sizes.quote, 0);
    assert.ok(sizes.red > 0);
  } finally {
    await close();
  }
});
