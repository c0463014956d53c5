// Export and import of annotations.
//
// JSON: the spec document (shared spec/annotation-format.md) with the
// annotated text added as a field "text".
//
// Web Annotation (W3C, JSON-LD): an AnnotationCollection whose `first.items`
// holds one Annotation per span. Its target selects the span in the article
// twice: a TextQuoteSelector (exact text, 32 characters of prefix and suffix)
// and a TextPositionSelector (start, end: UTF-16 offsets). Its bodies: the
// kind (purpose "classifying"), the speaker's name (purpose "identifying")
// and the span's own fields with its speaker entity as JSON (purpose
// "describing", format application/json), which the import reads back. The
// collection also carries the article as "text", so a file re-displays alone.

export class ImportError extends Error {}

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;
const ARTICLE_IRI = 'urn:article-annotator:article';

/** The JSON export: the spec document plus its text. */
export function toJsonExport(text, doc) {
  return { ...doc, text };
}

/** The Web Annotation export of `doc` over `text`. */
export function toWebAnnotation(text, doc) {
  const items = doc.spans.map((span, index) => spanAnnotation(text, doc, span, index));
  return {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: 'Speakers, quotes and red lines (article-annotator)',
    total: items.length,
    text,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function spanAnnotation(text, doc, span, index) {
  const entityId = span.kind === 'speaker' ? span.entity : span.speaker;
  const entity = entityId === null || entityId === undefined ? null : doc.entities[entityId] ?? null;
  const { start, end, text: exact, ...fields } = span;
  const body = [{ type: 'TextualBody', purpose: 'classifying', value: span.kind }];
  if (entity) body.push({ type: 'TextualBody', purpose: 'identifying', value: entity.name });
  body.push({
    type: 'TextualBody', purpose: 'describing', format: 'application/json',
    value: JSON.stringify({ span: fields, entity }),
  });
  return {
    id: `${ARTICLE_IRI}#span-${index}`,
    type: 'Annotation',
    motivation: span.kind === 'speaker' ? 'identifying' : 'highlighting',
    body,
    target: {
      source: ARTICLE_IRI,
      selector: [
        {
          type: 'TextQuoteSelector', exact,
          prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
          suffix: text.slice(end, end + CONTEXT_CHARS),
        },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
}

/**
 * Reads either export back. `fallbackText` (the article in the input box)
 * is used when the file carries no text.
 * @returns {{text: string, doc: object}}
 */
export function parseImport(content, fallbackText = '') {
  let data;
  try {
    data = JSON.parse(content);
  } catch {
    throw new ImportError('This file is not JSON. Import a file exported from this page (JSON or Web Annotation).');
  }
  if (!data || typeof data !== 'object') throw new ImportError('This file holds no annotations.');
  const text = typeof data.text === 'string' ? data.text : fallbackText;
  const doc = data.type === 'AnnotationCollection' ? fromWebAnnotation(data) : fromJsonExport(data);
  checkAgainstText(text, doc);
  return { text, doc };
}

function fromJsonExport(data) {
  if (data.version !== 1 || !Array.isArray(data.entities) || !Array.isArray(data.spans)) {
    throw new ImportError('This JSON is not an annotation document (version 1, with "entities" and "spans").');
  }
  if (data.offsets !== undefined && data.offsets !== 'utf16') {
    throw new ImportError(`This document counts offsets in ${data.offsets}; the page needs utf16 (the default).`);
  }
  const { text, ...doc } = data;
  return { ...doc, offsets: 'utf16' };
}

function fromWebAnnotation(data) {
  const items = data.first?.items;
  if (!Array.isArray(items)) throw new ImportError('This Web Annotation collection has no annotations (first.items).');
  const entities = [];
  const idByName = new Map();
  const spans = items.map((item, index) => annotationSpan(item, index, entities, idByName));
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  return { version: 1, offsets: 'utf16', entities, spans };
}

function annotationSpan(item, index, entities, idByName) {
  const selectors = [item?.target?.selector].flat();
  const position = selectors.find((s) => s?.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s?.type === 'TextQuoteSelector');
  const described = [item?.body].flat().find((b) => b?.purpose === 'describing' && b.format === 'application/json');
  if (!position || !quote || !described) {
    throw new ImportError(`Annotation ${index + 1} lacks a TextPositionSelector, a TextQuoteSelector or its describing body.`);
  }
  let span;
  let entity;
  try {
    ({ span, entity } = JSON.parse(described.value));
  } catch {
    throw new ImportError(`Annotation ${index + 1}: its describing body is not JSON.`);
  }
  const entityId = entity ? entityIdFor(entity, entities, idByName) : null;
  const result = { ...span, start: position.start, end: position.end, text: quote.exact };
  if (result.kind === 'speaker') result.entity = entityId;
  else result.speaker = entityId;
  return result;
}

function entityIdFor(entity, entities, idByName) {
  const key = `${entity.kind}\u0000${entity.name}`;
  if (!idByName.has(key)) {
    idByName.set(key, entities.length);
    entities.push({ ...entity, id: entities.length });
  }
  return idByName.get(key);
}

/** Every span must sit on its own text, and name entities that exist. */
function checkAgainstText(text, doc) {
  doc.spans.forEach((span, index) => {
    const where = `Annotation ${index + 1} (“${String(span.text).slice(0, 40)}”)`;
    if (!['speaker', 'quote', 'red_line'].includes(span.kind)) throw new ImportError(`${where} has an unknown kind: ${span.kind}.`);
    if (text.slice(span.start, span.end) !== span.text) {
      throw new ImportError(`${where} does not match the article's text at ${span.start}–${span.end}. The file belongs to another text.`);
    }
    const id = span.kind === 'speaker' ? span.entity : span.speaker;
    if (id !== null && id !== undefined && !doc.entities[id]) throw new ImportError(`${where} names a speaker that is not in the file.`);
  });
}
