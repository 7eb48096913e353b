// Prints the raw, gzip and brotli size of every file in a build folder, and fails when the
// widget's code (the wasm, which holds no articles, plus the JS) is over its brotli budget.
//   node tests/size-budget.mjs [dist] [budget KiB] [articles folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetKiB = Number(process.argv[3] ?? 90);
const articlesDir = process.argv[4] ?? 'articles';

function* files(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (v, n) => String(v).padStart(n);
const row = (name, raw, gz, br) => console.log(`${name.padEnd(40)}${pad(raw, 10)}${pad(gz, 10)}${pad(br, 10)}`);

row('file', 'raw', 'gzip', 'brotli');
const rows = [];
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  const r = { file: relative(dir, path), bytes, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  rows.push(r);
  row(r.file, r.raw, r.gzip, r.brotli);
}

const wasm = rows.find((r) => r.file.endsWith('.wasm'));
// Every script an embedding page loads (the loader and the bindings); the demo page's own
// script is the demo's, not the widget's.
const js = rows.filter((r) => r.file.endsWith('.js') && !r.file.startsWith('demo'));
if (!wasm || js.length === 0) {
  console.error(`size budget: no .wasm and .js in ${dir}: build it first (trunk build --release)`);
  process.exit(1);
}

// The compiled articles are two files of their own, the first and the articles' text
// (format 6: see format/src/packed.rs); the wasm is code only and must stay so.
const MAGIC = 'BSC6';
const TEXT_MAGIC = 'BST6';
const articles = rows.find((r) => r.file === 'broadsheet-articles.bin');
const text = rows.find((r) => r.file === 'broadsheet-articles-text.bin');
if (!articles || articles.bytes.subarray(0, 4).toString() !== MAGIC) {
  console.error(`size budget: ${dir}/broadsheet-articles.bin is missing or not format 6 (${MAGIC})`);
  process.exit(1);
}
if (!text || text.bytes.subarray(0, 4).toString() !== TEXT_MAGIC) {
  console.error(`size budget: ${dir}/broadsheet-articles-text.bin is missing or not format 6 (${TEXT_MAGIC})`);
  process.exit(1);
}
if (wasm.bytes.includes(articles.bytes.subarray(0, 64)) || wasm.bytes.includes(text.bytes.subarray(0, 64))) {
  console.error('size budget: the wasm holds the compiled articles; it should hold code only');
  process.exit(1);
}
const corpus = articles.bytes;
const textBytes = text.bytes;
const code = wasm.bytes;
const jsBrotli = js.reduce((n, r) => n + r.brotli, 0);
const codeBrotli = brotli(code) + jsBrotli;

const raw = Buffer.concat([...files(articlesDir)].map((p) => readFileSync(p)));
console.log();
row('compiled articles (broadsheet-articles.bin)', corpus.length, gzip(corpus), brotli(corpus));
row('their text (broadsheet-articles-text.bin)', textBytes.length, gzip(textBytes), brotli(textBytes));
row(`article files (${articlesDir}/)`, raw.length, gzip(raw), brotli(raw));
const compiled = brotli(corpus) + brotli(textBytes);
console.log(`compiled articles (both files) / article files, brotli: ${(compiled / brotli(raw)).toFixed(2)}x`);
console.log(`code (wasm + js): ${code.length + js.reduce((n, r) => n + r.raw, 0)} B raw, ${codeBrotli} B brotli (${kib(codeBrotli)}; budget ${budgetKiB} KiB)`);
console.log(`wasm + js in all: ${wasm.raw + js.reduce((n, r) => n + r.raw, 0)} B raw, ${wasm.gzip + js.reduce((n, r) => n + r.gzip, 0)} B gzip, ${wasm.brotli + jsBrotli} B brotli (${kib(wasm.brotli + jsBrotli)})`);
// The compiled articles against the article files they come from, brotli both: a regression
// check on the format's bytes (the bundled articles measured 1.97x with format 4).
const MAX_RATIO = 2.1;
const ratio = compiled / brotli(raw);
if (articlesDir === 'articles' && ratio > MAX_RATIO) {
  console.error(`size budget: the compiled articles are ${ratio.toFixed(2)}x the article files (brotli), over ${MAX_RATIO}x`);
  process.exit(1);
}
if (codeBrotli > budgetKiB * 1024) {
  console.error(`size budget: the widget's code is ${kib(codeBrotli)} brotli, over the ${budgetKiB} KiB budget`);
  process.exit(1);
}
