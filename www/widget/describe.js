// Plain-language details of one span for the overlay: a heading and
// label/value rows (written later with textContent only). A small copy of the
// page's www/js/describe.js, so the widget folder stands alone.

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

/** @returns {{heading: string, rows: [string, string][]}} */
export function describeSpan(doc, index) {
  const span = doc.spans[index];
  if (span.kind === 'speaker') {
    return { heading: 'Speaker mention', rows: [['Refers to', speakerLabel(doc, span.entity)]] };
  }
  const rows = [['Speaker', speakerLabel(doc, span.speaker)]];
  if (span.kind === 'quote') {
    if (span.cue) rows.push(['Cue', span.cue]);
    return { heading: span.direct ? 'Direct quote' : 'Reported speech', rows };
  }
  rows.push(['Category', CATEGORY_LABELS[span.category] ?? String(span.category)]);
  if (span.trigger) rows.push(['Trigger', `“${span.trigger}”`]);
  return { heading: 'Red line', rows };
}
