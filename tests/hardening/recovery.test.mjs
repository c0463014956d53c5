// Recovery (see README "Hardening"). If the WASM
// instance traps, the page and the widget must say so plainly, start a
// fresh instance and keep the user's text. The trap is real: the glue
// module is served wrapped (a route), and for a text containing TRAP_MARK
// the wrapper calls the raw `annotate` export with an out-of-range pointer,
// which traps inside the instance ("memory access out of bounds"). After a
// trap the wrapper refuses to use that instance again (its shadow stack and
// heap may be corrupt), so only a re-instantiated module can annotate.
//   node --test tests/hardening/recovery.test.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, openPage, setArticle } from '../page/harness.mjs';

const TRAP_MARK = 'TRAP-THE-INSTANCE';
const GOOD = '“We will not back down,” Minister Ines Valdmaa said on Friday.';

const WRAPPER = `
import real, * as glue from './article_annotator.js?real';
export * from './article_annotator.js?real';
let raw = null, trapped = false;
export default async function init(...args) { raw = await real(...args); return raw; }
export function initSync(...args) { raw = glue.initSync(...args); return raw; }
export function annotate(text, options) {
  if (trapped) throw new Error('this instance trapped before; it must be replaced');
  if (String(text).includes('${TRAP_MARK}')) {
    trapped = true;
    raw.annotate(0xFFFFFF00, 200, undefined); // traps: RuntimeError
  }
  return glue.annotate(text, options);
}`;

let session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

async function routeGlue(context) {
  await context.route('**/pkg/article_annotator.js', (route) => route.fulfill({
    status: 200, contentType: 'text/javascript; charset=utf-8', body: WRAPPER,
  }));
}

test('page: a trap is reported, the instance replaced, the text kept', async () => {
  const { page, close } = await openPage(session, { prepare: (p) => routeGlue(p.context()) });
  try {
    await setArticle(page, GOOD);
    const trapping = `${GOOD}\n\n${TRAP_MARK}`;
    await page.fill('#article-input', trapping);
    await page.waitForFunction(() => !document.getElementById('message').hidden);
    const message = await page.textContent('#message');
    assert.match(message, /(could not|went wrong|failed|crash|restart|again)/i, `not a plain report: ${message}`);
    assert.equal(await page.inputValue('#article-input'), trapping, 'the text was lost');
    // the next text must annotate: only a fresh instance can
    const next = `${GOOD} She left.`;
    await setArticle(page, next);
    assert.ok(await page.evaluate(() => window.annotator.lastDocument?.spans.length > 0), 'not annotated after the trap');
  } finally {
    await close();
  }
});
