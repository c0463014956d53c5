// Reading tools: kind toggles, next/previous (buttons and keys, by kind),
// selecting a speaker, the "who said what" table with jump and copies, and
// the whole page used with the keyboard only. Stand-in bindings give a
// document with every kind of span (fixtures/all-kinds.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle } from './harness.mjs';
import { ALL_KINDS_TEXT, allKindsDocument, useFakeBindings } from './fixtures/all-kinds.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

const DOC = allKindsDocument();
const startsOf = (kind) => DOC.spans.map((s, i) => ({ s, i })).filter(({ s }) => !kind || s.kind === kind).map(({ i }) => String(i));

async function openAllKinds(contextOptions) {
  const opened = await openPage(session, { prepare: useFakeBindings(), contextOptions });
  await setArticle(opened.page, ALL_KINDS_TEXT);
  return opened;
}

/** Nothing focused: keys go to the page (after page.fill the article box has focus). */
const leaveFocus = (page) => page.evaluate(() => document.activeElement?.blur());
const focusedSpan = (page) => page.evaluate(() => document.activeElement.dataset.span ?? null);
const tooltipText = (page) => page.evaluate(() => (document.getElementById('tooltip').hidden ? '' : document.getElementById('tooltip').textContent));

test('keys n/p and q/r/s (Shift: back) walk the highlights, each showing its details', async () => {
  const { page, close } = await openAllKinds();
  await leaveFocus(page);
  const walk = async (key, times) => {
    const seen = [];
    for (let i = 0; i < times; i += 1) {
      await page.keyboard.press(key);
      seen.push(await focusedSpan(page));
    }
    return seen;
  };
  assert.deepEqual(await walk('n', DOC.spans.length), startsOf(null), 'n visits every span in order');
  assert.ok((await tooltipText(page)).length > 0, 'the focused highlight shows its details');
  assert.deepEqual(await walk('n', 1), [startsOf(null)[0]], 'and wraps around');
  await leaveFocus(page);
  assert.deepEqual(await walk('r', startsOf('red_line').length), startsOf('red_line'));
  assert.deepEqual(await walk('Shift+R', 2), startsOf('red_line').slice(-3, -1).reverse());
  assert.deepEqual(await walk('q', 1), [startsOf('quote').find((i) => Number(i) > Number(startsOf('red_line').at(-3)))]);
  assert.match(await tooltipText(page), /quote|speech/i);
  await leaveFocus(page);
  assert.deepEqual(await walk('s', startsOf('speaker').length + 1), [...startsOf('speaker'), startsOf('speaker')[0]]);
  // Keys typed in the article box are text, not shortcuts.
  await page.focus('#article-input');
  await page.keyboard.press('End');
  await page.keyboard.type('n');
  assert.equal((await page.inputValue('#article-input')).endsWith('n'), true);
  await close();
});

test('Previous/Next buttons with a kind chosen', async () => {
  const { page, close } = await openAllKinds();
  await page.selectOption('#nav-kind', 'red_line');
  await page.click('#next-button');
  assert.equal(await focusedSpan(page), startsOf('red_line')[0]);
  await page.click('#prev-button');
  assert.equal(await focusedSpan(page), startsOf('red_line').at(-1), 'previous from the first wraps to the last');
  await close();
});

test('kind toggles: a switched-off kind loses its look and is skipped; overlaps stay visible', async () => {
  const { page, close } = await openAllKinds();
  const look = (selector) => page.evaluate((s) => {
    const style = getComputedStyle(document.querySelector(s));
    return `${style.backgroundColor}|${style.borderBottomStyle}|${style.textDecorationLine}`;
  }, selector);
  const redLine = '#view > mark[data-kind="red_line"]';
  const before_ = await look(redLine);
  await page.uncheck('[data-toggle="red_line"]');
  assert.notEqual(await look(redLine), before_);
  assert.equal(await look(redLine), 'rgba(0, 0, 0, 0)|none|none');
  assert.equal(await page.locator('#view mark[data-kind="red_line"]').count() > 0, true, 'elements stay (DOM contract)');
  await leaveFocus(page);
  const kinds = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('n');
    kinds.push(await page.evaluate(() => document.activeElement.dataset.kind));
  }
  assert.ok(!kinds.includes('red_line'), kinds.join());
  await page.check('[data-toggle="red_line"]');
  assert.equal(await look(redLine), before_);
  // The red line inside a quote and the quote are both drawn.
  const nested = await page.evaluate(() => {
    const inner = document.querySelector('#view mark[data-kind="quote"] > mark[data-kind="red_line"]');
    return [getComputedStyle(inner).borderBottomStyle, getComputedStyle(inner.parentElement).textDecorationStyle];
  });
  assert.deepEqual(nested, ['double', 'dotted']);
  await close();
});

test('selecting a speaker highlights only their spans, scrolls to the first; again shows everyone', async () => {
  const { page, close } = await openAllKinds();
  await page.click('#speakers [data-entity="1"] button');
  assert.equal(await page.getAttribute('#speakers [data-entity="1"] button', 'aria-pressed'), 'true');
  const state = await page.evaluate(() => [...document.querySelectorAll('#view mark[data-first]')]
    .map((m) => ({ span: m.dataset.span, muted: m.classList.contains('muted') })));
  const own = DOC.spans.map((s, i) => ((s.kind === 'speaker' ? s.entity : s.speaker) === 1 ? String(i) : null)).filter(Boolean);
  assert.deepEqual(state.filter((m) => !m.muted).map((m) => m.span), own);
  assert.ok(own.length >= 2);
  const firstInView = await page.evaluate((index) => {
    const box = document.querySelector(`#view mark[data-span="${index}"]`).getBoundingClientRect();
    const frame = document.getElementById('view').getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }, own[0]);
  assert.equal(firstInView, true);
  await page.click('#speakers [data-entity="1"] button');
  assert.equal(await page.locator('#view mark.muted').count(), 0);
  await page.click('#speakers [data-entity="0"] button');
  await page.click('#everyone-button');
  assert.equal(await page.locator('#view mark.muted').count(), 0);
  await close();
});

test('who said what: rows by speaker, jump to the text, copy as text and CSV', async () => {
  const { page, close } = await openAllKinds({ permissions: ['clipboard-read', 'clipboard-write'] });
  const rows = await page.$$eval('#who-rows tr', (trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent)));
  const quotesAndRedLines = DOC.spans.filter((s) => s.kind !== 'speaker').length;
  assert.equal(rows.length, quotesAndRedLines);
  assert.deepEqual(rows[0], ['Ines ValdmaaHarbour Minister', 'Quote', '“Safety is non-negotiable, and we will not accept delays.”']);
  assert.equal(rows.at(-1)[0], 'Unknown speaker');
  const target = await page.getAttribute('#who-rows tr:nth-child(3)', 'data-span');
  await page.click('#who-rows tr:nth-child(3) button');
  assert.equal(await focusedSpan(page), target);
  await page.click('#copy-text');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent));
  const asText = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(asText, /^Ines Valdmaa \(Harbour Minister\)\n {2}Quote \(cue: said\): “Safety/);
  assert.match(asText, /\n\nUnknown speaker\n/);
  await page.click('#copy-csv');
  await page.waitForFunction(() => /as CSV/.test(document.getElementById('status').textContent));
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  const lines = csv.trimEnd().split('\r\n');
  assert.equal(lines[0], 'speaker,title,what,words,details');
  assert.equal(lines.length, quotesAndRedLines + 1);
  assert.equal(lines[1], 'Ines Valdmaa,Harbour Minister,Quote,"“Safety is non-negotiable, and we will not accept delays.”",cue: said');
  await close();
});

test('keyboard only: every control is reachable with Tab and usable', async () => {
  const { page, close } = await openAllKinds();
  const reached = new Set();
  await leaveFocus(page);
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el.id || el.dataset.toggle || (el.closest('[data-entity]') ? 'speaker-row' : '')
        || (el.classList.contains('jump') ? 'jump' : '') || (el.dataset.span ? 'highlight' : el.tagName);
    });
    reached.add(id);
  }
  for (const id of ['article-input', 'example-button', 'open-button', 'clear-button', 'quote', 'red_line',
    'prev-button', 'nav-kind', 'next-button', 'highlight', 'speaker-row', 'export-json', 'export-wa',
    'import-button', 'copy-text', 'copy-csv', 'jump']) {
    assert.ok(reached.has(id), `Tab reaches ${id}: ${[...reached].join(', ')}`);
  }
  // Space on a speaker row selects it.
  await page.focus('#speakers [data-entity="0"] button');
  await page.keyboard.press('Space');
  assert.equal(await page.getAttribute('#speakers [data-entity="0"] button', 'aria-pressed'), 'true');
  // A visible focus ring on highlights.
  await page.focus('#view mark[data-first]');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid');
  await close();
});
