// A static server for the Chromium benchmark, on 127.0.0.1 and a free port:
// files of the repository root (GET only, nothing outside it), a blank
// /bench.html to run the module in, and /bench-text/<name> for the texts.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-text.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};
const BLANK = '<!doctype html><meta charset="utf-8"><title>bench</title><p>bench</p>';

/** texts: { name: string }. Resolves to { url, close() }. */
export function startBenchServer(texts) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/bench.html') return send(res, 200, TYPES['.html'], BLANK);
    if (url.pathname.startsWith('/bench-text/')) {
      const text = texts[url.pathname.slice('/bench-text/'.length)];
      return text == null ? send(res, 404, TYPES['.txt'], 'no such text') : send(res, 200, TYPES['.txt'], text);
    }
    const file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT + path.sep)) return send(res, 403, TYPES['.txt'], 'outside the repository');
    const target = file.endsWith(path.sep) ? path.join(file, 'index.html') : file;
    fs.readFile(target, (err, body) => {
      if (err) return send(res, 404, TYPES['.txt'], 'not found');
      send(res, 200, TYPES[path.extname(target)] ?? 'application/octet-stream', body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
