// Failures a site owner can meet, each with a message in the toolbar and in
// `element.error`: a target selector that matches nothing or is not CSS, and
// a WASM package that is not served beside the widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo, startSession, waitForWidget } from './harness.mjs';

const page = (body) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="/demo/favicon.svg">
<script type="module" src="/widget/article-annotator-widget.js"></script></head><body>${body}</body></html>`;

let session;
before(async () => {
  session = await startSession({
    pages: {
      '/test/no-target.html': page('<article-annotator target="#missing-story"></article-annotator><p id="story">Text.</p>'),
      '/test/bad-selector.html': page('<article-annotator target="p[["></article-annotator>'),
      '/test/article.html': page('<article-annotator><p>“We will not back down,” the minister said.</p></article-annotator>'),
    },
  });
});
after(async () => { await session?.close(); });

async function errorOf(path, prepare) {
  const opened = await openDemo(session, path);
  try {
    if (prepare) await prepare(opened.page);
    assert.equal(await waitForWidget(opened.page), 'error');
    return await opened.page.$eval('article-annotator', (widget) => ({
      error: widget.error,
      shown: widget.shadowRoot.querySelector('.status').textContent,
    }));
  } finally {
    await opened.close();
  }
}

test('a target that matches nothing is named in the message', async () => {
  const { error, shown } = await errorOf('test/no-target.html');
  assert.equal(error, 'article-annotator: no element matches target="#missing-story"');
  assert.equal(shown, error);
});

test('a target that is not a CSS selector says so', async () => {
  const { error } = await errorOf('test/bad-selector.html');
  assert.match(error, /target="p\[\[" is not a valid CSS selector/);
});

test('a missing WASM package tells where it was looked for', async () => {
  const opened = await openDemo(session, 'about:blank');
  try {
    await opened.page.route('**/pkg/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await opened.page.goto(new URL('test/article.html', session.url).href);
    assert.equal(await waitForWidget(opened.page), 'error');
    const error = await opened.page.$eval('article-annotator', (widget) => widget.error);
    assert.match(error, /could not load http:\/\/127\.0\.0\.1:\d+\/pkg\/article_annotator\.js/);
    assert.match(error, /Embedding the widget/);
  } finally {
    await opened.close();
  }
});
