// Strict CSP: the page and every widget demo served with the policy of the
// issue as an HTTP header (on top of any policy their own markup declares),
// then used: annotate, tooltips, speakers, export, the widget's overlay and
// re-annotation. Not one `securitypolicyviolation` event and no console
// error. The control proves that an inline script and an inline style
// injected on purpose are reported.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, loadExample } from '../page/harness.mjs';
import { startSession as startWidgetSession, waitForWidget } from '../widget/harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

/** Serves every document of `page` with POLICY as a header; returns the list of violations and errors. */
async function strictPolicy(page) {
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction('__cspReport', (text) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspReport(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': POLICY } });
  });
  return problems;
}

let session, widgetSession;
before(async () => { [session, widgetSession] = await Promise.all([startSession(), startWidgetSession()]); });
after(async () => { await session?.close(); await widgetSession?.close(); });

test('page under the strict policy: annotate, details, speakers, export; no violation', async () => {
  let problems;
  const { page, close } = await openPage(session, { prepare: async (p) => { problems = await strictPolicy(p); } });
  try {
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
    await loadExample(page);
    const marks = page.locator('#view [data-first]');
    for (let i = 0; i < Math.min(await marks.count(), 10); i++) await marks.nth(i).hover();
    await page.locator('#speakers button, #speakers [role="button"], #speakers li').first().click();
    const download = page.waitForEvent('download');
    await page.click('#export-json');
    await download;
    await page.click('#clear-button');
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

for (const demo of ['demo-blog.html', 'demo-csp.html', 'demo-live.html']) {
  test(`widget ${demo} under the strict policy: no violation`, async () => {
    const context = await widgetSession.browser.newContext();
    try {
      const page = await context.newPage();
      const problems = await strictPolicy(page);
      await page.goto(new URL(demo, widgetSession.url).href);
      assert.equal(await waitForWidget(page), 'ready');
      for (let i = 0; i < 5; i++) await page.locator('article-annotator button[data-step="1"]').first().click();
      await page.$$eval('article-annotator', (widgets) => Promise.all(widgets.map((w) => w.refresh())));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('control: an inline script and an inline style injected on purpose are reported', async () => {
  let problems;
  const { page, close } = await openPage(session, { prepare: async (p) => { problems = await strictPolicy(p); } });
  try {
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      document.getElementById('view').setAttribute('style', 'color: red');
    });
    assert.equal(await page.evaluate(() => window.__ran), undefined, 'the inline script ran');
    const reported = () => problems.filter((p) => p.startsWith('csp:'));
    // violation events are queued: give them a few frames
    for (let tries = 0; reported().length < 2 && tries < 50; tries++) await page.evaluate(() => new Promise(requestAnimationFrame));
    assert.ok(reported().some((p) => p.includes('script-src')), problems.join('\n'));
    assert.ok(reported().some((p) => p.includes('style-src')), problems.join('\n'));
  } finally {
    await close();
  }
});
