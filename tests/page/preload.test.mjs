// index.html asks for every module of the first view at once (<link
// rel="modulepreload">), so no import waits for the one before it: the list
// must hold every module app.js imports, directly or not, except through
// js/live.js (the rest of the page, imported after the first view), and
// nothing else. The WASM itself is preloaded for js/boot.js. Read from the
// files, no browser.
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

test('index.html preloads the first view\'s modules, and only them', () => {
  const first = [...moduleGraph('app.js', 'js/live.js')].filter((path) => !scripts.has(path));
  const preloaded = linksOf('modulepreload').map(([, href]) => href);
  assert.deepEqual([...preloaded].sort(), [...first].sort());
  // The rest of the page comes after the first view (app.js imports it then).
  assert.match(readFileSync(join(WWW_ROOT, 'app.js'), 'utf8'), /await import\('\.\/js\/live\.js'\)/);
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
