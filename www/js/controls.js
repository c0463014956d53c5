// The page's controls other than the article box itself: kind toggles,
// next/previous, the speakers panel, the "who said what" copies, export and
// import, and opening or dropping a file. `page` is the app's interface:
//   page.ui        the elements          page.state   {lastText, lastDocument, hidden, focus}
//   page.setText(text)                  replaces the article and annotates it
//   page.showImported(text, doc)        shows an imported document
//   page.refilter()                     re-applies toggles and speaker focus
//   page.say(text) / page.warn(text)    a status line / an error message
import { moveToHighlight, listenForShortcuts, focusHighlight } from './navigate.js';
import { markSelectedSpeaker } from './speakers.js';
import { whoSaidWhatRows, rowsAsText, rowsAsCsv } from './table.js';
import { toJsonExport, toWebAnnotation, parseImport, ImportError } from './exchange.js';
import { copyText, downloadFile } from './share.js';
import { readArticleFile, FileError } from './files.js';

const KIND_NAMES = { quote: 'quote', red_line: 'red line', speaker: 'speaker mention' };

export function wireControls(page) {
  wireToggles(page);
  wireNavigation(page);
  wireCopies(page);
  wireExchange(page);
  wireFiles(page);
  page.ui.everyoneButton.addEventListener('click', () => selectSpeaker(page, undefined));
}

function wireToggles(page) {
  for (const box of document.querySelectorAll('[data-toggle]')) {
    box.addEventListener('change', () => {
      if (box.checked) page.state.hidden.delete(box.dataset.toggle);
      else page.state.hidden.add(box.dataset.toggle);
      page.refilter();
    });
  }
}

function wireNavigation(page) {
  const go = (direction, kind) => {
    const found = moveToHighlight(page.ui.view, direction, kind);
    if (!found) page.say(`No ${kind ? KIND_NAMES[kind] : 'highlight'} is shown.`);
  };
  page.ui.prevButton.addEventListener('click', () => go(-1, page.ui.navKind.value || null));
  page.ui.nextButton.addEventListener('click', () => go(1, page.ui.navKind.value || null));
  listenForShortcuts(({ direction, kind }) => go(direction, kind));
}

/** Highlights only the spans of entity `id` (null: unknown; undefined: everyone). */
export function selectSpeaker(page, id) {
  const { state, ui } = page;
  state.focus = state.focus === id ? undefined : id;
  markSelectedSpeaker(ui.speakers, state.focus);
  ui.everyoneButton.hidden = state.focus === undefined;
  page.refilter();
  if (state.focus === undefined) return;
  const first = ui.view.querySelector('mark[data-first]:not(.muted)');
  if (first) first.scrollIntoView({ block: 'center' });
}

/** Focuses span `index` in the view (from the "who said what" table). */
export function jumpToSpan(page, index) {
  const element = page.ui.view.querySelector(`mark[data-span="${index}"][data-first]`);
  if (!element) return;
  if (element.tabIndex < 0) element.tabIndex = 0; // hidden by a toggle: still reachable from here
  focusHighlight(element);
}

function wireCopies(page) {
  const copy = async (format) => {
    const doc = page.state.lastDocument;
    if (!doc) {
      page.say('Nothing to copy yet: annotate an article first.');
      return;
    }
    const rows = whoSaidWhatRows(doc);
    const copied = await copyText(format === 'csv' ? rowsAsCsv(rows) : rowsAsText(rows));
    page.say(copied ? `Copied ${rows.length} rows as ${format === 'csv' ? 'CSV' : 'text'}.`
      : 'The browser did not allow copying; select the table and copy it instead.');
  };
  page.ui.copyText.addEventListener('click', () => copy('text'));
  page.ui.copyCsv.addEventListener('click', () => copy('csv'));
}

function wireExchange(page) {
  const exportAs = (make, name, type) => {
    const { lastDocument: doc, lastText: text } = page.state;
    if (!doc) {
      page.say('Nothing to export yet: annotate an article first.');
      return;
    }
    downloadFile(name, type, `${JSON.stringify(make(text, doc), null, 2)}\n`);
    page.say(`Exported ${doc.spans.length} annotations as ${name}.`);
  };
  page.ui.exportJson.addEventListener('click', () => exportAs(toJsonExport, 'annotations.json', 'application/json'));
  page.ui.exportWa.addEventListener('click', () => exportAs(toWebAnnotation, 'annotations.jsonld', 'application/ld+json'));
  page.ui.importButton.addEventListener('click', () => page.ui.importInput.click());
  page.ui.importInput.addEventListener('change', async () => {
    const file = page.ui.importInput.files[0];
    page.ui.importInput.value = '';
    if (file) await importFile(page, file);
  });
}

async function importFile(page, file) {
  try {
    const { text, doc } = parseImport(await file.text(), page.ui.input.value);
    page.showImported(text, doc);
    page.say(`Imported ${doc.spans.length} annotations from ${file.name}.`);
  } catch (error) {
    if (!(error instanceof ImportError)) console.error(error);
    page.warn(`Could not import ${file.name}: ${error instanceof ImportError ? error.message : 'the file could not be read.'}`);
  }
}

function wireFiles(page) {
  const { ui } = page;
  ui.openButton.addEventListener('click', () => ui.fileInput.click());
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files[0];
    ui.fileInput.value = '';
    if (file) openFile(page, file);
  });
  ui.inputPane.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    ui.inputPane.classList.add('dropping');
  });
  ui.inputPane.addEventListener('dragleave', () => ui.inputPane.classList.remove('dropping'));
  ui.inputPane.addEventListener('drop', (event) => {
    ui.inputPane.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    openFile(page, file);
  });
}

async function openFile(page, file) {
  try {
    page.setText(await readArticleFile(file));
    page.say(`Opened ${file.name}.`);
  } catch (error) {
    if (!(error instanceof FileError)) console.error(error);
    page.warn(error instanceof FileError ? error.message : `“${file.name}” could not be read. Try opening it again.`);
  }
}
