// Big texts are annotated piece by piece so the page can show progress: the
// text is cut at paragraph boundaries into chunks of about CHUNK_SIZE UTF-16
// units, each chunk is annotated alone, and the documents are merged back
// into one, as if the whole text had been annotated (offsets shifted,
// entities with the same name and kind merged, ids renumbered).
// Pure functions: used by the worker, tested in Node.

export const CHUNK_SIZE = 200_000;

/**
 * Cuts `text` into pieces `{start, text}` of at most about `size` units,
 * each ending just after a paragraph break ("\n\n", else "\n") when there is
 * one in the second half of the piece. Texts up to `size` stay whole.
 */
export function splitAtParagraphs(text, size = CHUNK_SIZE) {
  const chunks = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutPoint(text, start, size);
    chunks.push({ start, text: text.slice(start, end) });
    start = end;
  }
  chunks.push({ start, text: text.slice(start) });
  return chunks;
}

function cutPoint(text, start, size) {
  const limit = start + size;
  const half = start + Math.floor(size / 2);
  for (const mark of ['\n\n', '\n']) {
    const at = text.lastIndexOf(mark, limit - mark.length);
    if (at >= half) return at + mark.length;
  }
  // No paragraph break in reach: the next one, or a hard cut at the limit
  // (a text without line breaks that long is not an article).
  const next = text.indexOf('\n', limit);
  if (next >= 0 && next - start < size * 2) return next + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit; // never split a surrogate pair
}

/** Length of `string` in an offset unit of the spec: utf16, utf8 or chars. */
export function lengthIn(unit, string) {
  if (unit === 'utf8') return new TextEncoder().encode(string).length;
  if (unit === 'chars') {
    let count = 0;
    for (const _ of string) count += 1; // eslint-disable-line no-unused-vars
    return count;
  }
  return string.length;
}

/**
 * Merges the documents of consecutive chunks (`parts`: `{start, doc}` in
 * text order, utf16 offsets) into one spec document.
 */
export function mergeDocuments(parts) {
  if (parts.length === 1 && parts[0].start === 0) return parts[0].doc;
  const merged = { ...parts[0].doc, entities: [], spans: [] };
  const idByKey = new Map();
  for (const { start, doc } of parts) {
    const newIds = doc.entities.map((entity) => mergeEntity(merged.entities, idByKey, entity));
    for (const span of doc.spans) merged.spans.push(shiftSpan(span, start, newIds));
  }
  return merged;
}

/** Adds `entity` to `entities` or folds it into the one of the same name and kind; returns its id. */
function mergeEntity(entities, idByKey, entity) {
  const key = `${entity.kind}\u0000${entity.name}`;
  let id = idByKey.get(key);
  if (id === undefined) {
    id = entities.length;
    idByKey.set(key, id);
    entities.push({ ...entity, id, aliases: [...(entity.aliases ?? [])] });
    return id;
  }
  const kept = entities[id];
  if (!kept.title && entity.title) kept.title = entity.title;
  for (const alias of entity.aliases ?? []) {
    if (!kept.aliases.includes(alias)) kept.aliases.push(alias);
  }
  return id;
}

function shiftSpan(span, offset, newIds) {
  const shifted = { ...span, start: span.start + offset, end: span.end + offset };
  if (span.kind === 'speaker') shifted.entity = newIds[span.entity] ?? span.entity;
  else if (span.speaker !== null && span.speaker !== undefined) shifted.speaker = newIds[span.speaker] ?? span.speaker;
  return shifted;
}
