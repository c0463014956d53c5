// Recovery of the widget (the page's is in recovery.test.mjs, same trap): the
// glue is served wrapped, and for an article containing TRAP_MARK the wrapper
// calls the raw `annotate` export with an out-of-range pointer, a real trap.
// A wrapper (one per glue URL: the widget re-imports the glue as `?r=N`)
// refuses to annotate after its instance trapped, so only a fresh instance
// can annotate. The widget must fire `annotator-crash`, report the crash
// through `status`/`error`, keep the article, and annotate the next one.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession } from '../widget/harness.mjs';

const TRAP_MARK = 'TRAP-THE-INSTANCE';
const GOOD = '“We will not back down,” Minister Ines Valdmaa said on Friday.';

const wrapper = (suffix) => `
import real, * as glue from './article_annotator.js?real${suffix}';
export * from './article_annotator.js?real${suffix}';
let raw = null, trapped = false;
export default async function init(...args) { raw = await real(...args); return raw; }
export function initSync(...args) { raw = glue.initSync(...args); return raw; }
export function annotate(text, options) {
  if (trapped) throw new Error('this instance trapped before; it must be replaced');
  if (String(text).includes('${TRAP_MARK}')) {
    trapped = true;
    raw.annotate(0xFFFFFF00, 200, undefined); // traps: RuntimeError
  }
  return glue.annotate(text, options);
}`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>trap</title>
<script type="module" src="/widget/article-annotator-widget.js"></script></head>
<body><article-annotator id="w" debounce="50"><p id="p">${GOOD}</p></article-annotator></body></html>`;

let session;
before(async () => { session = await startSession({ pages: { '/trap.html': PAGE } }); });
after(async () => { await session?.close(); });

test('widget: a trap is reported, the instance replaced, the article kept', async () => {
  const context = await session.browser.newContext();
  const glueUrls = [];
  await context.route((url) => url.pathname.endsWith('/pkg/article_annotator.js') && !url.search.startsWith('?real'), (route) => {
    const { search } = new URL(route.request().url());
    glueUrls.push(search);
    return route.fulfill({
      status: 200, contentType: 'text/javascript; charset=utf-8', body: wrapper(search ? `-${search.slice(1)}` : ''),
    });
  });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await page.goto(new URL('/trap.html', session.url).href);
    await page.waitForFunction(() => document.getElementById('w')?.status === 'ready');
    assert.ok(await page.$eval('#w', (w) => w.annotations.spans.length > 0));
    await page.evaluate(() => {
      window.crashes = [];
      document.addEventListener('annotator-crash', (event) => window.crashes.push(event.detail));
    });
    const trapping = `${GOOD} ${TRAP_MARK}`;
    const outcome = await page.evaluate(async (text) => {
      const widget = document.getElementById('w');
      document.getElementById('p').textContent = text;
      try { await widget.refresh(); return 'annotated'; } catch (error) { return error.message; }
    }, trapping);
    assert.match(outcome, /crash/i);
    const { status, error, kept, crashes } = await page.$eval('#w', (w) => ({
      status: w.status, error: w.error, kept: document.getElementById('p').textContent, crashes: window.crashes,
    }));
    assert.equal(status, 'error');
    assert.match(error, /crashed.*restarted/i, `not a plain report: ${error}`);
    assert.equal(kept, trapping, 'the article was changed');
    assert.equal(crashes.length, 1);
    assert.equal(crashes[0].recovered, false);
    // the next article must annotate: only a fresh instance can
    const next = `${GOOD} She left.`;
    const spans = await page.evaluate(async (text) => {
      const widget = document.getElementById('w');
      document.getElementById('p').textContent = text;
      const doc = await widget.refresh();
      return widget.status === 'ready' ? doc.spans.length : -1;
    }, next);
    assert.ok(spans > 0, 'not annotated after the trap');
    assert.ok(glueUrls.length >= 3, `the glue was not re-imported: ${JSON.stringify(glueUrls)}`);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
  }
});
