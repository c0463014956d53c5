// index.html asks for every module the page needs at once (<link
// rel="modulepreload">), so no import waits for the one before it: the list
// must hold every module app.js imports, directly or not (import() of a
// literal path included), and nothing else; the first view's modules come
// before js/live.js and its own. The WASM itself is preloaded for
// js/boot.js. Read from the files, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { WWW_ROOT } from './server.mjs';

const html = readFileSync(join(WWW_ROOT, 'index.html'), 'utf8');
const linksOf = (rel) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"([^>]*)>`, 'g'))];

/** Every module reachable from `entry` by imports (paths relative to www/), but not through `skip`. */
function moduleGraph(entry, skip = '') {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || path === skip) return;
    seen.add(path);
    const source = readFileSync(join(WWW_ROOT, path), 'utf8');
    const imports = /^import\s[^;]*?from\s+'([^']+)'|\bimport\('([^']+\.js)'\)/gms; // not JSDoc's import('…').Type
    for (const [, fixed, dynamic] of source.matchAll(imports)) {
      const spec = fixed ?? dynamic;
      visit(relative(WWW_ROOT, normalize(join(WWW_ROOT, dirname(path), spec))));
    }
  };
  visit(entry);
  return seen;
}

const scripts = new Set(['app.js', 'js/boot.js', 'js/first-text.js']); // their own <script> elements ask for them

test('index.html preloads the whole module graph of app.js', () => {
  const graph = [...moduleGraph('app.js')].filter((path) => !scripts.has(path));
  const preloaded = linksOf('modulepreload').map(([, href]) => href);
  assert.deepEqual([...preloaded].sort(), [...graph].sort());
});

test('the first view\'s modules are preloaded first, the rest of the page\'s at low priority', () => {
  const first = [...moduleGraph('app.js', 'js/live.js')].filter((path) => !scripts.has(path));
  const rest = [...moduleGraph('js/live.js')].filter((path) => !scripts.has(path) && !first.includes(path));
  const links = linksOf('modulepreload');
  const preloaded = links.map(([, href]) => href);
  const low = links.filter(([, , attributes]) => /\bfetchpriority="low"/.test(attributes)).map(([, href]) => href);
  assert.deepEqual(low.sort(), [...rest].sort(), 'the rest of the page, and only it, at fetchpriority="low"');
  const lastFirst = Math.max(...first.map((path) => preloaded.indexOf(path)));
  const firstRest = Math.min(...rest.map((path) => preloaded.indexOf(path)));
  assert.ok(lastFirst < firstRest, `first view: ${first.join(', ')}; later: ${rest.join(', ')}`);
});

test('index.html preloads the WASM as the fetch js/boot.js makes', () => {
  const [wasm, ...more] = linksOf('preload');
  assert.equal(more.length, 0);
  assert.equal(wasm[1], 'pkg/article_annotator_bg.wasm');
  assert.match(wasm[2], /\bas="fetch"/);
  assert.match(wasm[2], /\bcrossorigin\b/); // a fetch() is a CORS request: without it the preload is not used
  assert.match(html, /<script type="module" async src="js\/boot\.js"><\/script>/);
  assert.match(html, /<script type="module" async src="js\/first-text\.js"><\/script>/);
});
