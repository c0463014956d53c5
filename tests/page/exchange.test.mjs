// Getting articles in and annotations out: opening or dropping a .txt or
// .html file (a file that is not text gets a message), exporting JSON and W3C
// Web Annotation (read from the real downloads), importing both back, and a
// clear message for a file that is not an export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSession, openPage, setArticle, waitForAnnotation, shownDocument } from './harness.mjs';
import { ALL_KINDS_TEXT, allKindsDocument, useFakeBindings } from './fixtures/all-kinds.mjs';

let session;
before(async () => { session = await startSession(); });
after(async () => { await session.close(); });

/** Clicks `selector` and returns the parsed JSON of the download it starts. */
async function downloadJson(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), data: JSON.parse(await readFile(await download.path(), 'utf8')) };
}

/** Chooses `file` ({name, mimeType, buffer}) through the chooser that `button` opens. */
async function chooseFile(page, button, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(button)]);
  await chooser.setFiles(file);
}

test('export JSON: the spec document plus its text; import brings it back', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const { name, data } = await downloadJson(page, '#export-json');
  assert.equal(name, 'annotations.json');
  assert.deepEqual(data, { ...allKindsDocument(), text: ALL_KINDS_TEXT });
  await page.click('#clear-button');
  await waitForAnnotation(page, '');
  await chooseFile(page, '#import-button', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await waitForAnnotation(page, ALL_KINDS_TEXT);
  assert.equal(await page.inputValue('#article-input'), ALL_KINDS_TEXT);
  assert.deepEqual((await shownDocument(page)).doc, allKindsDocument());
  assert.equal(await page.locator('#view mark[data-first]').count(), allKindsDocument().spans.length);
  await close();
});

test('export Web Annotation: quote and position selectors per span; import gives the same document', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  const { name, data } = await downloadJson(page, '#export-wa');
  assert.equal(name, 'annotations.jsonld');
  assert.equal(data['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const doc = allKindsDocument();
  const items = data.first.items;
  assert.equal(items.length, doc.spans.length);
  items.forEach((item, i) => {
    const span = doc.spans[i];
    assert.equal(item.type, 'Annotation');
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.deepEqual(position, { type: 'TextPositionSelector', start: span.start, end: span.end });
    assert.equal(quote.exact, span.text);
    assert.equal(quote.prefix, ALL_KINDS_TEXT.slice(Math.max(0, span.start - 32), span.start));
    assert.equal(quote.suffix, ALL_KINDS_TEXT.slice(span.end, span.end + 32));
    assert.equal(item.body.find((b) => b.purpose === 'classifying').value, span.kind);
  });
  await page.click('#clear-button');
  await waitForAnnotation(page, '');
  await chooseFile(page, '#import-button', { name: 'a.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(data)) });
  await waitForAnnotation(page, ALL_KINDS_TEXT);
  assert.deepEqual((await shownDocument(page)).doc, doc);
  await close();
});

test('importing a file that is not an export, or that belongs to another text: a clear message', async () => {
  const { page, close } = await openPage(session, { prepare: useFakeBindings() });
  await setArticle(page, ALL_KINDS_TEXT);
  await chooseFile(page, '#import-button', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.waitForSelector('#message:not([hidden])');
  assert.match(await page.textContent('#message'), /Could not import notes\.json: This JSON is not an annotation document/);
  const other = { ...allKindsDocument(), text: 'A different article entirely, much shorter than the spans.' };
  await chooseFile(page, '#import-button', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.waitForFunction(() => /other\.json/.test(document.getElementById('message').textContent));
  assert.match(await page.textContent('#message'), /does not match the article's text/);
  await chooseFile(page, '#import-button', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await page.waitForFunction(() => /x\.json/.test(document.getElementById('message').textContent));
  assert.match(await page.textContent('#message'), /not JSON/);
  assert.equal(await page.inputValue('#article-input'), ALL_KINDS_TEXT, 'the article is untouched');
  await close();
});

test('open a .txt file, and an .html file as text with paragraphs', async () => {
  const { page, errors, close } = await openPage(session);
  const plain = 'The minister said: "We will reopen the port."\r\nNobody else spoke.';
  await chooseFile(page, '#open-button', { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(plain) });
  await waitForAnnotation(page, plain.replace('\r\n', '\n'));
  const html = '<html><head><title>T</title><script>window.__ran = 1</script></head><body><h1>Port talks</h1>'
    + '<p>The minister said: “We will reopen the port.”</p><p>Nobody <em>else</em> spoke.</p></body></html>';
  await chooseFile(page, '#open-button', { name: 'b.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  const expected = 'Port talks\n\nThe minister said: “We will reopen the port.”\n\nNobody else spoke.';
  await waitForAnnotation(page, expected);
  assert.equal(await page.inputValue('#article-input'), expected);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.match(await page.textContent('#status'), /Opened b\.html/);
  assert.deepEqual(errors, []);
  await close();
});

test('a dropped file opens; a file that is not text gets a message and changes nothing', async () => {
  const { page, close } = await openPage(session);
  const drop = (name, type, content) => page.evaluate(([n, t, c]) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(c)], n, { type: t }));
    const pane = document.getElementById('input-pane');
    pane.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    pane.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, type, [...Buffer.from(content)]]);
  await drop('dropped.txt', 'text/plain', 'Dropped "text" here.');
  await waitForAnnotation(page, 'Dropped "text" here.');
  await drop('photo.png', 'image/png', '\x89PNG\r\n\x1a\n\0\0');
  await page.waitForSelector('#message:not([hidden])');
  assert.match(await page.textContent('#message'), /“photo\.png” is not a text file\. Open a \.txt or \.html file/);
  await drop('binary.txt', 'text/plain', 'ab\0\0cd');
  await page.waitForFunction(() => /binary\.txt/.test(document.getElementById('message').textContent));
  assert.match(await page.textContent('#message'), /does not hold readable text/);
  assert.equal(await page.inputValue('#article-input'), 'Dropped "text" here.');
  await close();
});
