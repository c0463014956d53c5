// The npm package in pkg/ (scripts/build-npm.sh): its metadata, what
// `npm pack` would ship, the bindings imported by package name in Node, and
// the widget loaded from node_modules/article-annotator/widget/ in Chromium
// under a strict CSP. Also the widget's size budget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { countKinds, openDemo, startSession, waitForWidget } from './harness.mjs';

const PKG_DIR = fileURLToPath(new URL('../../pkg/', import.meta.url));
const WIDGET_DIR = fileURLToPath(new URL('../../www/widget/', import.meta.url));
const WIDGET_BUDGET = 15 * 1024;

const NPM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'">
<link rel="icon" href="/demo/favicon.svg">
<script type="module" src="/node_modules/article-annotator/widget/article-annotator-widget.js"></script>
</head><body><article-annotator><p>“We will never sign away the pier,” said Mayor Ilse Varga.</p></article-annotator></body></html>`;

function readPackage() {
  assert.ok(existsSync(join(PKG_DIR, 'package.json')), 'pkg/ is not built: run scripts/build-npm.sh');
  return JSON.parse(readFileSync(join(PKG_DIR, 'package.json'), 'utf8'));
}

let session;
before(async () => {
  session = await startSession({ roots: { '/node_modules/article-annotator/': PKG_DIR }, pages: { '/npm-page.html': NPM_PAGE } });
});
after(async () => { await session?.close(); });

test('widget JS stays within 15 KB gzip -9 (without the WASM)', () => {
  const files = readdirSync(WIDGET_DIR).filter((name) => name.endsWith('.js'));
  const sizes = files.map((name) => gzipSync(readFileSync(join(WIDGET_DIR, name)), { level: 9 }).length);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  console.log(`widget JS: ${files.length} files, gzip -9 ${total} bytes (${(total / 1024).toFixed(1)} KB) summed per file`);
  assert.ok(total <= WIDGET_BUDGET, `widget is ${total} bytes gzip, over the ${WIDGET_BUDGET} budget`);
});

test('package.json is complete and its entry points exist', () => {
  const pkg = readPackage();
  assert.equal(pkg.name, 'article-annotator');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  assert.equal(pkg.type, 'module');
  for (const field of ['description', 'license', 'types']) assert.ok(pkg[field], `no ${field}`);
  assert.ok(pkg.repository?.url, 'no repository');
  assert.ok(pkg.keywords?.length > 0, 'no keywords');
  for (const target of [pkg.types, pkg.exports['.'].default, pkg.exports['.'].types, pkg.exports['./widget']]) {
    assert.ok(existsSync(join(PKG_DIR, target)), `${target} is missing`);
  }
  const core = readFileSync(join(PKG_DIR, 'widget/core.js'), 'utf8');
  assert.match(core, /^const GLUE_PATH = '\.\.\/article_annotator\.js';$/m);
  assert.match(core, /await import\('\.\.\/article_annotator\.js'\)/);
  assert.doesNotMatch(core, /\.\.\/pkg\//, 'a repository path is left in the package');
});

test('npm pack ships the bindings, the WASM, the types and the widget', () => {
  readPackage();
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: PKG_DIR, encoding: 'utf8' }));
  const files = packed.files.map((file) => file.path);
  for (const name of ['article_annotator.js', 'article_annotator_bg.wasm', 'article_annotator.d.ts', 'README.md',
    'widget/article-annotator-widget.js', 'widget/core.js', 'widget/text-map.js']) {
    assert.ok(files.includes(name), `${name} is not in the package: ${files.join(', ')}`);
  }
});

test('in Node, the package imports by name and annotates', () => {
  readPackage();
  const project = mkdtempSync(join(tmpdir(), 'aa-npm-'));
  try {
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(PKG_DIR, join(project, 'node_modules', 'article-annotator'), 'dir');
    const script = `
      import { readFileSync } from 'node:fs';
      import { initSync, annotate, version } from 'article-annotator';
      initSync({ module: readFileSync(new URL(import.meta.resolve('article-annotator/article_annotator_bg.wasm'))) });
      const doc = annotate('“We will not back down,” the minister said.');
      console.log(JSON.stringify({ version: version(), kinds: doc.spans.map((s) => s.kind) }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    const result = JSON.parse(output.trim().split('\n').pop());
    assert.equal(result.version, readPackage().version);
    assert.ok(result.kinds.includes('quote'), output);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test('the widget from node_modules/article-annotator/widget/ loads its WASM beside it, under strict CSP', async () => {
  readPackage();
  const { page, problems, close } = await openDemo(session, 'npm-page.html');
  try {
    assert.equal(await waitForWidget(page), 'ready', await page.$eval('article-annotator', (w) => w.error));
    const doc = await page.$eval('article-annotator', (widget) => widget.annotations);
    const counts = countKinds(doc);
    assert.ok(counts.quote > 0 && counts.speaker > 0, JSON.stringify(counts));
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
