// index.html asks for every module the page needs at once (<link
// rel="modulepreload">), so no import waits for the one before it: the list
// must hold every module app.js imports, directly or not, and nothing else
// but the WASM bindings (imported by js/first-text.js when it runs). The
// WASM itself is preloaded for js/boot.js. Read from the files, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { WWW_ROOT } from './server.mjs';

const html = readFileSync(join(WWW_ROOT, 'index.html'), 'utf8');
const linksOf = (rel) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"([^>]*)>`, 'g'))];

/** Every module reachable from `entry` by static imports (paths relative to www/). */
function staticGraph(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const source = readFileSync(join(WWW_ROOT, path), 'utf8');
    for (const [, spec] of source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)) {
      visit(relative(WWW_ROOT, normalize(join(WWW_ROOT, dirname(path), spec))));
    }
  };
  visit(entry);
  return seen;
}

test('index.html preloads the whole module graph of app.js and the bindings', () => {
  const graph = staticGraph('app.js');
  graph.delete('app.js'); // its own <script> asks for it
  graph.delete('js/boot.js'); // and so does this one's (async, to run first)
  graph.add('pkg/article_annotator.js');
  const preloaded = linksOf('modulepreload').map(([, href]) => href);
  assert.deepEqual([...preloaded].sort(), [...graph].sort());
});

test('index.html preloads the WASM as the fetch js/boot.js makes', () => {
  const [wasm, ...more] = linksOf('preload');
  assert.equal(more.length, 0);
  assert.equal(wasm[1], 'pkg/article_annotator_bg.wasm');
  assert.match(wasm[2], /\bas="fetch"/);
  assert.match(wasm[2], /\bcrossorigin\b/); // a fetch() is a CORS request: without it the preload is not used
  assert.match(html, /<script type="module" async src="js\/boot\.js"><\/script>/);
});
