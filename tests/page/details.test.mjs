// Details on hover and keyboard focus (a role="tooltip" element), the
// speakers list and its counts, and highlights that differ by more than
// colour.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle, loadExample, shownDocument } from './harness.mjs';
import { ALL_KINDS_TEXT, allKindsDocument, useFakeBindings } from './fixtures/all-kinds.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

/** The speaker label the tooltip should show for entity `id` of `doc`. */
function speakerText(doc, id) {
  const entity = id === null ? undefined : doc.entities[id];
  if (!entity) return 'unknown speaker';
  return entity.title ? `${entity.name} (${entity.title})` : entity.name;
}

async function tooltipState(page) {
  return page.evaluate(() => {
    const tip = document.getElementById('tooltip');
    const described = document.querySelector('[aria-describedby="tooltip"]');
    return {
      visible: !tip.hidden && tip.getBoundingClientRect().width > 0,
      role: tip.getAttribute('role'),
      text: tip.textContent,
      describedSpan: described ? described.dataset.span : null,
    };
  });
}

test('hovering a quote of the example shows its speaker in a tooltip', async () => {
  const { page, close } = await openPage(session);
  await loadExample(page);
  const { doc } = await shownDocument(page);
  const index = doc.spans.findIndex((span) => span.kind === 'quote');
  await page.hover(`#view [data-span="${index}"][data-first]`);
  const shown = await tooltipState(page);
  assert.equal(shown.visible, true);
  assert.equal(shown.role, 'tooltip');
  assert.equal(shown.describedSpan, String(index));
  assert.ok(shown.text.includes(speakerText(doc, doc.spans[index].speaker)), shown.text);
  await page.hover('h1');
  assert.equal((await tooltipState(page)).visible, false);
  assert.equal((await tooltipState(page)).describedSpan, null);
  await close();
});

test('Tab from the toolbar reaches the first highlight and shows its details; Escape hides them', async () => {
  const { page, close } = await openPage(session);
  await loadExample(page);
  const { doc } = await shownDocument(page);
  await page.focus('#next-button');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.dataset.span);
  assert.equal(focused, '0', 'the first span is the next tab stop');
  const shown = await tooltipState(page);
  assert.equal(shown.visible, true);
  assert.equal(shown.describedSpan, '0');
  const first = doc.spans[0];
  const expected = first.kind === 'speaker' ? speakerText(doc, first.entity) : speakerText(doc, first.speaker);
  assert.ok(shown.text.includes(expected), shown.text);
  await page.keyboard.press('Escape');
  assert.equal((await tooltipState(page)).visible, false);
  await close();
});

test('a red line inside a quote: the tooltip gives both, with category, trigger and confidence', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const doc = allKindsDocument();
  const index = doc.spans.findIndex((span) => span.text === 'we will not accept delays');
  await page.hover(`#view [data-span="${index}"]`);
  const { visible, text } = await tooltipState(page);
  assert.equal(visible, true);
  for (const part of ['Direct quote', 'Red line', 'Ines Valdmaa (Harbour Minister)', 'refusal', '“will not accept”', '80%', 'said']) {
    assert.ok(text.includes(part), `tooltip lacks ${part}: ${text}`);
  }
  await close();
});

test('speaker mentions and unattributed quotes describe who they are', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const doc = allKindsDocument();
  const mention = doc.spans.findIndex((span) => span.kind === 'speaker' && span.entity === 1);
  await page.focus(`#view [data-span="${mention}"]`);
  const shownMention = await tooltipState(page);
  assert.ok(shownMention.text.includes('Speaker mention'), shownMention.text);
  assert.ok(shownMention.text.includes('a senior official'), shownMention.text);
  const orphan = doc.spans.findIndex((span) => span.text === '“Nobody knows,”');
  await page.hover(`#view [data-span="${orphan}"]`);
  assert.ok((await tooltipState(page)).text.includes('unknown speaker'));
  await close();
});

/** Expected rows of the speakers list, computed from the document. */
function expectedRows(doc) {
  const rows = doc.entities.map((entity) => ({ entity: String(entity.id), quotes: 0, redLines: 0 }));
  const orphan = { entity: '', quotes: 0, redLines: 0 };
  for (const span of doc.spans) {
    if (span.kind === 'speaker') continue;
    const row = span.speaker === null ? orphan : rows[span.speaker];
    if (span.kind === 'quote') row.quotes += 1;
    if (span.kind === 'red_line') row.redLines += 1;
  }
  return orphan.quotes + orphan.redLines ? [...rows, orphan] : rows;
}

function shownRows(page) {
  return page.$$eval('#speakers [data-entity]', (rows) => rows.map((row) => ({
    entity: row.dataset.entity, quotes: Number(row.dataset.quotes), redLines: Number(row.dataset.redLines),
    text: row.textContent,
  })));
}

test('speakers list: one row per entity, counts equal those of the document (all kinds)', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const doc = allKindsDocument();
  const rows = await shownRows(page);
  assert.deepEqual(rows.map(({ text, ...counts }) => counts), expectedRows(doc));
  assert.deepEqual(expectedRows(doc)[0], { entity: '0', quotes: 2, redLines: 3 }, 'the fixture gives real counts');
  assert.ok(rows[0].text.includes('Ines Valdmaa') && rows[0].text.includes('Harbour Minister'));
  assert.ok(rows[0].text.includes('2 quotes') && rows[0].text.includes('3 red lines'), rows[0].text);
  await close();
});

test('speakers list: counts equal those of the document (real core, example)', async () => {
  const { page, close } = await openPage(session);
  await loadExample(page);
  const { doc } = await shownDocument(page);
  const rows = await shownRows(page);
  assert.deepEqual(rows.map(({ text, ...counts }) => counts), expectedRows(doc));
  await close();
});

test('each kind differs by shape, not colour alone', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const looks = await page.evaluate(() => {
    const style = (selector, pseudo) => getComputedStyle(document.querySelector(selector), pseudo);
    const inQuote = '#view [data-kind="quote"] > [data-kind="red_line"]';
    return {
      quoteLine: style('#view [data-kind="quote"][data-direct="true"]').textDecorationStyle,
      quoteMark: style('#view [data-kind="quote"][data-first]', '::before').content,
      reportedStyle: style('#view [data-kind="quote"][data-direct="false"]').fontStyle,
      redLine: style('#view > [data-kind="red_line"]').borderBottomStyle,
      redLineWidth: parseFloat(style('#view > [data-kind="red_line"]').borderBottomWidth),
      redIconWidth: parseFloat(style('#view [data-kind="red_line"][data-first]', '::before').width),
      nestedRedLine: style(inQuote).borderBottomStyle,
      speakerWeight: Number(style('#view [data-kind="speaker"]').fontWeight),
      speakerLine: style('#view [data-kind="speaker"]').borderBottomStyle,
    };
  });
  assert.equal(looks.quoteLine, 'dotted');
  assert.match(looks.quoteMark, /❝/);
  assert.equal(looks.reportedStyle, 'italic');
  assert.equal(looks.redLine, 'solid');
  assert.ok(looks.redLineWidth >= 3);
  assert.ok(looks.redIconWidth > 5, 'the no-entry sign is drawn');
  assert.equal(looks.nestedRedLine, 'double');
  assert.ok(looks.speakerWeight >= 700);
  assert.equal(looks.speakerLine, 'dashed');
  await close();
});
