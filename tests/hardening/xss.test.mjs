// Hostile paste: every payload of payloads.mjs typed into the page, pasted
// as rich text (HTML flavour) and placed in a widget's article, in real
// Chromium. No payload may run (a tripwire `__pwned(id)` and the dialogs are
// watched) and no element may be injected. The page's own CSP is removed for
// these tests, so that an injection would really run rather than be blocked
// by the policy; the last tests prove the tripwire and the element check
// fire on a payload injected on purpose.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle } from '../page/harness.mjs';
import { startSession as startWidgetSession, waitForWidget } from '../widget/harness.mjs';
import { PAYLOADS, articleWith, installTripwires, injectedElements } from './payloads.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

/** Records (and dismisses) every dialog `page` opens into `dialogs`. */
function recordDialogs(page, dialogs) {
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
}

/** The page without its CSP meta, tripwires installed, dialogs recorded. */
async function openUnprotectedPage() {
  const dialogs = [];
  const opened = await openPage(session, {
    prepare: async (page) => {
      recordDialogs(page, dialogs);
      await page.addInitScript(installTripwires);
      await page.route('**/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/s, '');
        await route.fulfill({ response, body: html });
      });
    },
  });
  return { ...opened, dialogs };
}

/** Lets pending resource errors and timers fire: an image that fails, then two frames. */
function settle(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const img = new Image();
    img.onerror = () => requestAnimationFrame(() => requestAnimationFrame(resolve));
    img.src = 'data:image/png;base64,AAAA';
  }));
}

/** Shows the details of every highlight of the view (tooltips use the span's text). */
async function focusEveryHighlight(page) {
  await page.evaluate(() => {
    for (const mark of document.querySelectorAll('#view [data-first]')) {
      mark.focus();
      mark.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    }
  });
}

test(`page: ${PAYLOADS.length} payloads typed as text run nothing and inject nothing`, async () => {
  const { page, errors, dialogs, close } = await openUnprotectedPage();
  try {
    const csp = await page.$('meta[http-equiv="Content-Security-Policy"]');
    assert.equal(csp, null, 'the CSP meta is still there: the test would prove nothing');
    const baseline = await page.evaluate(injectedElements);
    let highlighted = 0;
    for (const { id, payload } of PAYLOADS) {
      const text = articleWith(payload);
      await setArticle(page, text);
      await focusEveryHighlight(page);
      await settle(page);
      const state = await page.evaluate(() => ({
        pwned: window.__pwnedIds, view: document.getElementById('view').textContent,
        marks: document.querySelectorAll('#view [data-span]').length,
      }));
      highlighted += state.marks;
      assert.deepEqual(state.pwned, [], `payload ${id} ran: ${payload}`);
      assert.equal(state.view, text, `payload ${id}: the view does not show the text as text`);
      assert.deepEqual(await page.evaluate(injectedElements), baseline, `payload ${id} injected an element: ${payload}`);
    }
    assert.ok(highlighted > PAYLOADS.length, 'payloads were never inside highlights: the test covers too little');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('page: the payloads pasted as rich text (HTML flavour) run nothing and inject nothing', async () => {
  const { page, errors, dialogs, close } = await openUnprotectedPage();
  try {
    const baseline = await page.evaluate(injectedElements);
    for (const { id, payload } of PAYLOADS) {
      await page.fill('#article-input', '');
      await page.evaluate((html) => {
        const input = document.getElementById('article-input');
        input.focus();
        const data = new DataTransfer();
        data.setData('text/html', `<p>“We will not accept it,” she said.</p>${html}<p>Ines Valdmaa said ${html}.</p>`);
        data.setData('text/plain', 'plain flavour');
        input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, payload);
      const value = await page.inputValue('#article-input');
      if (value.trim()) await page.waitForFunction((v) => window.annotator.lastText === v, value);
      await focusEveryHighlight(page);
      await settle(page);
      assert.deepEqual(await page.evaluate(() => window.__pwnedIds), [], `pasted payload ${id} ran: ${payload}`);
      assert.deepEqual(await page.evaluate(injectedElements), baseline, `pasted payload ${id} injected an element`);
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

/** A page with the widget wrapping an article whose text is `texts` (escaped), no CSP. */
function widgetPage(texts) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = texts.map((t) => `<p>${escape(t)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>hostile article</title>
<script type="module" src="/widget/article-annotator-widget.js"></script></head>
<body><article-annotator>${paragraphs}</article-annotator></body></html>`;
}

test(`widget: an article made of the ${PAYLOADS.length} payloads runs nothing and injects nothing`, async () => {
  const texts = PAYLOADS.map(({ payload }) => articleWith(payload));
  const benign = PAYLOADS.map(() => articleWith('this offer'));
  const widgetSession = await startWidgetSession({ pages: { '/hostile.html': widgetPage(texts), '/benign.html': widgetPage(benign) } });
  try {
    const visit = async (path) => {
      const context = await widgetSession.browser.newContext();
      const page = await context.newPage();
      const dialogs = [];
      recordDialogs(page, dialogs);
      await page.addInitScript(installTripwires);
      await page.goto(new URL(path, widgetSession.url).href);
      assert.equal(await waitForWidget(page), 'ready');
      // step through every span: the overlay shows each one's details
      const count = await page.$eval('article-annotator', (w) => w.annotations.spans.length);
      for (let i = 0; i < Math.min(count, 60); i++) await page.locator('article-annotator button[data-step="1"]').click();
      await settle(page);
      const result = {
        pwned: await page.evaluate(() => window.__pwnedIds),
        injected: await page.evaluate(injectedElements),
        spans: count, dialogs,
        text: await page.$eval('article-annotator', (w) => w.text),
      };
      await context.close();
      return result;
    };
    const clean = await visit('/benign.html');
    const hostile = await visit('/hostile.html');
    assert.ok(hostile.spans > PAYLOADS.length, `only ${hostile.spans} spans: payloads were not annotated`);
    assert.ok(hostile.text.includes(PAYLOADS[0].payload), 'the widget did not read the payloads as text');
    assert.deepEqual(hostile.pwned, []);
    assert.deepEqual(hostile.dialogs, []);
    assert.deepEqual(hostile.injected, clean.injected, 'the hostile article has elements the benign one has not');
  } finally {
    await widgetSession.close();
  }
});

// ---- the detectors must fire on a real injection ---------------------------

test('control: a payload injected on purpose trips the tripwire and the element check', async () => {
  const { page, close } = await openUnprotectedPage();
  try {
    const baseline = await page.evaluate(injectedElements);
    await page.evaluate(() => {
      // what a renderer using innerHTML with the span text would do
      document.getElementById('view').innerHTML = '<img src=x onerror="__pwned(999)"><svg onload="__pwned(998)"></svg>';
    });
    await page.waitForFunction(() => window.__pwnedIds.includes(999));
    const injected = await page.evaluate(injectedElements);
    assert.notDeepEqual(injected, baseline);
    assert.ok(injected.some((e) => e.startsWith('<img onerror')), injected.join(' '));
  } finally {
    await close();
  }
});

test('control: a dialog opened by a payload is caught', async () => {
  const { page, dialogs, close } = await openUnprotectedPage();
  try {
    // the init script's alert tripwire, then a real dialog past it
    await page.evaluate(() => { alert('x'); });
    assert.deepEqual(await page.evaluate(() => window.__pwnedIds), ['alert']);
    // a native alert, in a page of the same context without the tripwires
    const plain = await page.context().newPage();
    const seen = [];
    recordDialogs(plain, seen);
    await plain.goto(session.url);
    await plain.evaluate(() => alert('real'));
    assert.deepEqual(seen, ['real']);
    assert.deepEqual(dialogs, []);
  } finally {
    await close();
  }
});
