// How the page looks: screenshots of the annotated example in light and dark
// (and narrow) under screenshots/ for a person to look at, the colour scheme
// actually switching, the layout stacking on narrow screens, and an axe-core
// accessibility check of the annotated page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startSession, openPage, loadExample, setArticle } from './harness.mjs';
import { ALL_KINDS_TEXT, useFakeBindings } from './fixtures/all-kinds.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let session;
before(async () => {
  session = await startSession();
  await mkdir(SCREENSHOTS, { recursive: true });
});
after(async () => { await session.close(); });

async function screenshot(page, name, fullPage = false) {
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage });
  assert.ok((await stat(path)).size > 10_000, `${name}.png holds an image`);
}

const panelBackground = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.view-pane')).backgroundColor);

for (const colorScheme of ['light', 'dark']) {
  test(`the example, annotated, in ${colorScheme} mode`, async () => {
    const { page, close } = await openPage(session, { colorScheme });
    await loadExample(page);
    await page.hover('#view [data-kind="quote"][data-first]');
    await screenshot(page, `example-${colorScheme}`);
    const background = await panelBackground(page);
    assert.equal(background, colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(32, 34, 38)');
    await close();
  });
}

test('all kinds (stand-in bindings), light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await openPage(session, { colorScheme, prepare: useFakeBindings() });
    await setArticle(page, ALL_KINDS_TEXT);
    await page.hover('#view [data-kind="red_line"]');
    await screenshot(page, `all-kinds-${colorScheme}`);
    await close();
  }
});

test('the whole page with a speaker selected and the table, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, close } = await openPage(session, { colorScheme });
    await loadExample(page);
    await page.click('#speakers [data-entity="0"] button');
    await page.focus('#who-rows button');
    await screenshot(page, `page-speaker-${colorScheme}`, true);
    await close();
  }
});

test('narrow screens stack input, view and speakers', async () => {
  const { page, close } = await openPage(session, { viewport: { width: 420, height: 900 } });
  await loadExample(page);
  const boxes = await page.evaluate(() => ['.input-pane', '.view-pane', '.side-pane']
    .map((selector) => document.querySelector(selector).getBoundingClientRect())
    .map(({ left, top, bottom }) => ({ left, top, bottom })));
  assert.ok(boxes[0].bottom <= boxes[1].top && boxes[1].bottom <= boxes[2].top, 'stacked in order');
  assert.equal(boxes[0].left, boxes[1].left);
  await screenshot(page, 'example-narrow');
  await close();
});

test('wide screens put the input left of the reading view', async () => {
  const { page, close } = await openPage(session);
  const [input, view] = await page.evaluate(() => ['.input-pane', '.view-pane']
    .map((selector) => document.querySelector(selector).getBoundingClientRect().toJSON()));
  assert.ok(input.right <= view.left);
  assert.equal(input.top, view.top);
  await close();
});

test('axe-core reports no violations at all on the annotated page, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    // The page's CSP forbids injected scripts; this context lets axe in.
    const { page, close } = await openPage(session, {
      colorScheme, prepare: useFakeBindings(), contextOptions: { bypassCSP: true },
    });
    await setArticle(page, ALL_KINDS_TEXT);
    // Some state on: a speaker selected, a kind switched off, a status line.
    await page.click('#speakers [data-entity="0"] button');
    await page.uncheck('[data-toggle="speaker"]');
    await page.click('#next-button');
    await page.addScriptTag({ path: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${colorScheme} mode`);
    await close();
  }
});
