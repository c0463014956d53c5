// Plain-language details of one span, for the tooltip: a heading and
// label/value rows. Values come from the document and are later written with
// textContent only.

const CATEGORY_LABELS = {
  non_negotiable: 'non-negotiable position',
  ultimatum: 'ultimatum or condition',
  refusal: 'refusal',
  threat: 'threat or warning',
  red_line_mention: 'explicit red line',
};

/** "Name (Title)", the name alone, or "unknown speaker". */
export function speakerLabel(doc, id) {
  const entity = id === null || id === undefined ? undefined : doc.entities[id];
  if (!entity) return 'unknown speaker';
  return entity.title ? `${entity.name} (${entity.title})` : entity.name;
}

/**
 * @returns {{heading: string, rows: [string, string][]}} details of
 *   `doc.spans[index]`.
 */
export function describeSpan(doc, index) {
  const span = doc.spans[index];
  if (span.kind === 'quote') return describeQuote(doc, span);
  if (span.kind === 'red_line') return describeRedLine(doc, span);
  if (span.kind === 'speaker') return describeMention(doc, span);
  return { heading: String(span.kind), rows: [] };
}

function describeQuote(doc, span) {
  const rows = [['Speaker', speakerLabel(doc, span.speaker)]];
  if (span.cue) rows.push(['Cue', span.cue]);
  return { heading: span.direct ? 'Direct quote' : 'Reported speech', rows };
}

function describeRedLine(doc, span) {
  const rows = [
    ['Speaker', speakerLabel(doc, span.speaker)],
    ['Category', CATEGORY_LABELS[span.category] ?? String(span.category)],
  ];
  if (span.trigger) rows.push(['Trigger', `“${span.trigger}”`]);
  if (typeof span.confidence === 'number') {
    rows.push(['Confidence', `${Math.round(span.confidence * 100)}%`]);
  }
  return { heading: 'Red line', rows };
}

function describeMention(doc, span) {
  const entity = doc.entities[span.entity];
  const rows = [['Refers to', speakerLabel(doc, span.entity)]];
  if (entity && entity.kind) rows.push(['Kind', entity.kind]);
  return { heading: 'Speaker mention', rows };
}
