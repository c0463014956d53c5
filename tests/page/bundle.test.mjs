// The page's head and its bundles (scripts/build-page.mjs): the first view is
// one render-blocking script, js/boot.js is its own module, started at once
// and shared by both bundles, the WASM is preloaded for it, and the bundles
// on disk are what the sources build today. Read from the files, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW_ROOT } from './server.mjs';
import { buildPage, BUNDLES } from '../../scripts/build-page.mjs';

const html = readFileSync(join(WWW_ROOT, 'index.html'), 'utf8');
const head = html.slice(0, html.indexOf('</head>'));
const tags = (name) => [...head.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map(([tag]) => tag);

test('the head asks for four things only: the WASM, boot.js, the styles and the first view', () => {
  const asked = [...tags('link'), ...tags('script')].map((tag) => tag.match(/\b(?:href|src)="([^"]+)"/)[1]);
  assert.deepEqual(asked.sort(), ['js/boot.js', 'js/first-view.bundle.js', 'pkg/article_annotator_bg.wasm', 'style.css']);
});

test('the WASM is preloaded as the fetch js/boot.js makes, and boot.js runs as soon as it arrives', () => {
  const [wasm, ...more] = tags('link').filter((tag) => /rel="preload"/.test(tag));
  assert.equal(more.length, 0);
  assert.match(wasm, /href="pkg\/article_annotator_bg\.wasm"/);
  assert.match(wasm, /\bas="fetch"/);
  assert.match(wasm, /\bcrossorigin\b/); // a fetch() is a CORS request: without it the preload is not used
  assert.match(readFileSync(join(WWW_ROOT, 'js/boot.js'), 'utf8'), /new URL\('\.\.\/pkg\/article_annotator_bg\.wasm', import\.meta\.url\)/);
  assert.ok(tags('script').includes('<script type="module" async src="js/boot.js">'));
});

test('the first view is one module script that holds rendering until it has run', () => {
  assert.ok(tags('script').includes('<script type="module" blocking="render" src="js/first-view.bundle.js">'));
});

test('both bundles import the one js/boot.js, and the first view imports the live bundle later', () => {
  const firstView = readFileSync(join(WWW_ROOT, 'js/first-view.bundle.js'), 'utf8');
  const live = readFileSync(join(WWW_ROOT, 'js/live.bundle.js'), 'utf8');
  for (const bundle of [firstView, live]) {
    assert.match(bundle, /^import \{ compiledWasm \} from "\.\/boot\.js";$/m);
    assert.doesNotMatch(bundle, /compiledWasm = compile\(/, 'boot.js must not be copied into a bundle');
  }
  assert.match(firstView, /await import\("\.\/live\.bundle\.js"\)/);
  assert.doesNotMatch(firstView, /function startLivePage/, 'the live page must not be in the first view');
  // The worker is not bundled: the page starts it from js/worker.js.
  assert.match(live, /new URL\("\.\/worker\.js", import\.meta\.url\)/);
});

test('the bundles on disk are what the sources build now (else: node scripts/build-page.mjs)', async () => {
  const fresh = await buildPage({ write: false });
  for (const { outfile } of BUNDLES) {
    const onDisk = readFileSync(join(WWW_ROOT, outfile), 'utf8');
    assert.ok(onDisk === fresh[outfile], `www/${outfile} is stale: run node scripts/build-page.mjs (or make build)`);
  }
});
