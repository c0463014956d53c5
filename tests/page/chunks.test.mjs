// Splitting big texts at paragraphs and merging the chunks' documents
// (www/js/chunks.js), in Node: the merged document must read as one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitAtParagraphs, mergeDocuments, lengthIn } from '../../www/js/chunks.js';

test('small texts stay whole; big ones are cut just after a paragraph break', () => {
  assert.deepEqual(splitAtParagraphs('short text', 100), [{ start: 0, text: 'short text' }]);
  const paragraph = `${'word '.repeat(19)}end.`; // 99 units
  const text = Array.from({ length: 10 }, () => paragraph).join('\n\n');
  const chunks = splitAtParagraphs(text, 250);
  assert.ok(chunks.length >= 4, `${chunks.length} chunks`);
  assert.equal(chunks.map((c) => c.text).join(''), text, 'the pieces rebuild the text');
  for (const chunk of chunks) {
    assert.equal(text.slice(chunk.start, chunk.start + chunk.text.length), chunk.text);
    assert.ok(chunk.text.length <= 250);
    if (chunk.start > 0) assert.equal(text.slice(chunk.start - 2, chunk.start), '\n\n');
  }
});

test('a text with no line break is still cut, never inside a surrogate pair', () => {
  const text = `${'a'.repeat(99)}${'🚢'.repeat(100)}`;
  const chunks = splitAtParagraphs(text, 100);
  assert.equal(chunks.map((c) => c.text).join(''), text);
  for (const chunk of chunks) assert.ok(!/^[\udc00-\udfff]/.test(chunk.text), 'no chunk starts with a low surrogate');
});

test('merging shifts offsets, merges entities by name and kind, renumbers ids', () => {
  const first = {
    version: 1, offsets: 'utf16',
    entities: [{ id: 0, name: 'Ines Valdmaa', kind: 'person', aliases: ['Valdmaa'] }],
    spans: [{ kind: 'quote', start: 0, end: 4, text: '“a”.', speaker: 0, direct: true, cue: null, rule: 'r' }],
  };
  const second = {
    version: 1, offsets: 'utf16',
    entities: [
      { id: 0, name: 'a union leader', kind: 'anonymous', aliases: [] },
      { id: 1, name: 'Ines Valdmaa', kind: 'person', title: 'Minister', aliases: ['Ines', 'Valdmaa'] },
    ],
    spans: [
      { kind: 'speaker', start: 0, end: 7, text: 'Valdmaa', entity: 1, rule: 'r' },
      { kind: 'red_line', start: 8, end: 12, text: 'never', speaker: 0, category: 'refusal', trigger: 'never', rule: 'r' },
      { kind: 'quote', start: 13, end: 15, text: 'xy', speaker: null, direct: true, cue: null, rule: 'r' },
    ],
  };
  const merged = mergeDocuments([{ start: 0, doc: first }, { start: 100, doc: second }]);
  assert.deepEqual(merged.entities, [
    { id: 0, name: 'Ines Valdmaa', kind: 'person', title: 'Minister', aliases: ['Valdmaa', 'Ines'] },
    { id: 1, name: 'a union leader', kind: 'anonymous', aliases: [] },
  ]);
  assert.deepEqual(merged.spans.map((s) => [s.kind, s.start, s.end, s.entity ?? s.speaker]), [
    ['quote', 0, 4, 0], ['speaker', 100, 107, 0], ['red_line', 108, 112, 1], ['quote', 113, 115, null],
  ]);
  assert.equal(second.spans[0].start, 0, 'the chunk documents are not modified');
});

test('offset units: chunk starts are measured in the document unit', () => {
  assert.equal(lengthIn('utf16', 'a🚢é'), 4);
  assert.equal(lengthIn('chars', 'a🚢é'), 3);
  assert.equal(lengthIn('utf8', 'a🚢é'), 7);
});
