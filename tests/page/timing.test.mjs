// How long from page load to the first highlighted article, measured in the
// browser with the page's performance marks (aa:load, aa:ready,
// aa:first-highlight; times from navigation start). The article is the
// shared seed article (../shared/eval/seed-article.txt, read at run time,
// never stored here), else the page's own example. The text is put in the
// box as soon as it is parsed, before the page's scripts run (prefillArticle),
// as a person pasting at once would, and as scripts/bench-page.mjs does.
// The figures are printed, not asserted: tests check behaviour, not durations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startSession, openPage, prefillArticle } from './harness.mjs';
import { EXAMPLE_ARTICLE } from '../../www/example-article.js';

const SEED = fileURLToPath(new URL('../../../shared/eval/seed-article.txt', import.meta.url));

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

async function article() {
  try {
    return { name: 'the seed article (../shared/eval/seed-article.txt)', text: await readFile(SEED, 'utf8') };
  } catch {
    return { name: 'the example article (../shared/eval/seed-article.txt is missing)', text: EXAMPLE_ARTICLE };
  }
}

test('page load to first highlighted article: performance marks in the page', async (t) => {
  const { name, text } = await article();
  const { page, close } = await openPage(session, { waitForScripts: false, prepare: (p) => prefillArticle(p, text) });
  await page.waitForFunction((expected) => window.annotator?.lastText === expected, text);
  const marks = await page.evaluate(() => Object.fromEntries(['aa:load', 'aa:ready', 'aa:first-highlight']
    .map((mark) => [mark, performance.getEntriesByName(mark)[0]?.startTime])));
  const highlights = await page.locator('#view mark[data-first]').count();
  assert.ok(highlights > 0, 'the article is highlighted');
  assert.ok(marks['aa:load'] <= marks['aa:ready'] && marks['aa:ready'] <= marks['aa:first-highlight'], JSON.stringify(marks));
  const ms = (value) => `${Math.round(value)} ms`;
  const line = `${name}: script ${ms(marks['aa:load'])}, annotator ready ${ms(marks['aa:ready'])}, `
    + `first highlight ${ms(marks['aa:first-highlight'])} after navigation start (${highlights} highlights)`;
  t.diagnostic(`timing: ${line}`);
  await close();
});
