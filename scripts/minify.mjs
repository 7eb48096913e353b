// Ships the scripts minified (the release build's post_build hook): the element's loader and
// the wasm-bindgen bindings, both ES modules. Names the modules export, and every property
// name (the bindings' imports object is keyed by them), are kept.
//   node scripts/minify.mjs <file.js>...
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { minify } = require('terser');

for (const file of process.argv.slice(2)) {
  const source = readFileSync(file, 'utf8');
  const out = await minify(source, {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!out.code) throw new Error(`minify: nothing came out of ${file}`);
  writeFileSync(file, out.code);
  console.log(`minify: ${file} ${source.length} -> ${out.code.length} B`);
}
