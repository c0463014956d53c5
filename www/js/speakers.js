// The list of speakers: one row per entity of the document, with its title
// and how many quotes and red lines are attributed to it (counted from the
// spans). Each row carries `data-entity` (the entity id), `data-quotes` and
// `data-red-lines`. Quotes and red lines with no known speaker get one extra
// row with `data-entity=""`. Given `onSelect`, each row holds a toggle
// button (aria-pressed) that calls `onSelect(id)` (null: the unknown speaker).

/**
 * Counts, per entity id, quotes, red lines and mentions; `null` collects the
 * quotes and red lines with no speaker.
 */
export function countBySpeaker(doc) {
  const counts = new Map();
  const countsFor = (id) => {
    const key = id ?? null;
    if (!counts.has(key)) counts.set(key, { quotes: 0, redLines: 0, mentions: 0 });
    return counts.get(key);
  };
  for (const span of doc.spans) {
    if (span.kind === 'quote') countsFor(span.speaker).quotes += 1;
    else if (span.kind === 'red_line') countsFor(span.speaker).redLines += 1;
    else if (span.kind === 'speaker') countsFor(span.entity).mentions += 1;
  }
  return counts;
}

/** Replaces the content of `list` (a <ul>) with the speakers of `doc`. */
export function renderSpeakers(list, doc, onSelect) {
  const counts = countBySpeaker(doc);
  const empty = { quotes: 0, redLines: 0, mentions: 0 };
  const fragment = document.createDocumentFragment();
  for (const entity of doc.entities) {
    fragment.appendChild(selectable(speakerRow(entity, counts.get(entity.id) ?? empty), entity.id, onSelect));
  }
  const unattributed = counts.get(null);
  if (unattributed) fragment.appendChild(selectable(unattributedRow(unattributed), null, onSelect));
  if (!fragment.childNodes.length) fragment.appendChild(noteRow('No speakers found yet.'));
  list.replaceChildren(fragment);
}

/** Wraps a row's content in a toggle button that selects the speaker. */
function selectable(row, id, onSelect) {
  if (!onSelect) return row;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'speaker-button';
  button.setAttribute('aria-pressed', 'false');
  button.append(...row.childNodes);
  button.addEventListener('click', () => onSelect(id));
  row.appendChild(button);
  return row;
}

/** Marks the row of `id` (undefined: none) as the selected one. */
export function markSelectedSpeaker(list, id) {
  const key = id === undefined ? undefined : String(id ?? '');
  for (const row of list.querySelectorAll('.speaker-row')) {
    const pressed = row.dataset.entity === key;
    row.classList.toggle('selected', pressed);
    row.querySelector('.speaker-button')?.setAttribute('aria-pressed', String(pressed));
  }
}

/** Empties the list and shows `note` instead. */
export function clearSpeakers(list, note) {
  list.replaceChildren(noteRow(note));
}

function speakerRow(entity, counts) {
  const row = rowWithCounts(String(entity.id), counts);
  const name = row.querySelector('.speaker-name');
  name.textContent = entity.name;
  const details = [entity.title, kindLabel(entity.kind)].filter(Boolean).join(' · ');
  row.querySelector('.speaker-title').textContent = details;
  return row;
}

function unattributedRow(counts) {
  const row = rowWithCounts('', counts);
  row.classList.add('unattributed');
  row.querySelector('.speaker-name').textContent = 'Unknown speaker';
  row.querySelector('.speaker-title').textContent = 'no speaker found in the text';
  return row;
}

function rowWithCounts(entityId, counts) {
  const row = document.createElement('li');
  row.className = 'speaker-row';
  row.dataset.entity = entityId;
  row.dataset.quotes = String(counts.quotes);
  row.dataset.redLines = String(counts.redLines);
  appendChild(row, 'span', 'speaker-name');
  appendChild(row, 'span', 'speaker-title');
  const tally = appendChild(row, 'span', 'speaker-counts');
  appendChild(tally, 'span', 'count count-quotes').textContent = plural(counts.quotes, 'quote', 'quotes');
  appendChild(tally, 'span', 'count count-red-lines').textContent = plural(counts.redLines, 'red line', 'red lines');
  return row;
}

function noteRow(note) {
  const row = document.createElement('li');
  row.className = 'speaker-note';
  row.textContent = note;
  return row;
}

function appendChild(parent, tag, className) {
  const child = document.createElement(tag);
  child.className = className;
  parent.appendChild(child);
  return child;
}

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

const KIND_LABELS = {
  person: 'person', organization: 'organisation', group: 'group', anonymous: 'unnamed source',
};

function kindLabel(kind) {
  return KIND_LABELS[kind] ?? '';
}
