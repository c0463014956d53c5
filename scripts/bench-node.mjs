// The JS benchmark in Node: loads the built package (www/pkg) with initSync
// and compromise's ES module build, and runs bench-timing.mjs's runAll.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './bench-text.mjs';
import { runAll } from './bench-timing.mjs';

export const PKG_JS = 'www/pkg/article_annotator.js';
export const PKG_WASM = 'www/pkg/article_annotator_bg.wasm';
// The same bundled build of compromise in Node and in Chromium.
export const COMPROMISE = 'node_modules/compromise/builds/three/compromise-three.mjs';

export async function benchNode(texts, options) {
  const pkg = await import(pathToFileURL(path.join(ROOT, PKG_JS)));
  const exports = pkg.initSync({ module: fs.readFileSync(path.join(ROOT, PKG_WASM)) });
  const nlp = (await import(pathToFileURL(path.join(ROOT, COMPROMISE)))).default;
  return runAll({ annotate: pkg.annotate, memory: exports.memory, nlp, texts, options });
}
