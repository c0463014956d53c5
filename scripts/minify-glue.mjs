// Minifies wasm-bindgen's JavaScript glue in place (esbuild): the page and
// the npm package ship it, and it counts in the size budget (README "Size
// and speed": 3.3 KB gzip as generated, 2.1 KB minified). Exported names,
// the imports object's keys and the `new URL('…_bg.wasm', import.meta.url)`
// that bundlers look for stay as they are; the API's documentation is in
// the .d.ts next to it, whose `@ts-self-types` pointer is kept.
//
//   node scripts/minify-glue.mjs www/pkg/article_annotator.js
//   (scripts/build-wasm.sh and scripts/build-npm.sh run it)
import fs from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/minify-glue.mjs GLUE.js');
  process.exit(2);
}
try {
  const { transform } = await import('esbuild');
  const source = fs.readFileSync(file, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  const types = source.match(/^\/\* @ts-self-types="[^"]+" \*\/\n/);
  fs.writeFileSync(file, (types ? types[0] : '') + code);
} catch (error) {
  console.error(`minify-glue: ${file}: ${error.message}`);
  if (error.code === 'ERR_MODULE_NOT_FOUND') console.error('minify-glue: esbuild is missing; run: npm ci');
  process.exit(1);
}
