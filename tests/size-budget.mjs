// Prints the raw, gzip and brotli size of every file in a build folder, splits the widget's
// wasm into its code and its compiled articles, and fails when the code (wasm without the
// articles, plus the JS) is over its brotli budget.
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

// The compiled articles sit in the wasm as one block: the format's magic, a u32 count, then
// regions, each a u32 length and its bytes (see format/src/packed.rs).
// The magic also appears in the code that checks it: take the occurrence whose regions fit.
const MAGIC = 'BSC3';
const REGIONS = 8;
let at = -1;
let end = -1;
for (let from = wasm.bytes.indexOf(MAGIC); from >= 0; from = wasm.bytes.indexOf(MAGIC, from + 1)) {
  let cursor = from + 8;
  for (let region = 0; region < REGIONS && cursor + 4 <= wasm.bytes.length; region++) {
    cursor += 4 + wasm.bytes.readUInt32LE(cursor);
  }
  if (cursor <= wasm.bytes.length && cursor - from > end - at) {
    at = from;
    end = cursor;
  }
}
if (at < 0) {
  console.error(`size budget: the wasm holds no compiled articles (no ${MAGIC} block)`);
  process.exit(1);
}
const corpus = wasm.bytes.subarray(at, end);
const code = Buffer.concat([wasm.bytes.subarray(0, at), wasm.bytes.subarray(end)]);
const jsBrotli = js.reduce((n, r) => n + r.brotli, 0);
const codeBrotli = brotli(code) + jsBrotli;

const raw = Buffer.concat([...files(articlesDir)].map((p) => readFileSync(p)));
console.log();
row('compiled articles (in the wasm)', corpus.length, gzip(corpus), brotli(corpus));
row(`article files (${articlesDir}/)`, raw.length, gzip(raw), brotli(raw));
console.log(`compiled articles / article files, brotli: ${(brotli(corpus) / brotli(raw)).toFixed(2)}x`);
console.log(`code (wasm without articles + js): ${code.length + js.reduce((n, r) => n + r.raw, 0)} B raw, ${codeBrotli} B brotli (${kib(codeBrotli)}; budget ${budgetKiB} KiB)`);
console.log(`wasm + js in all: ${wasm.raw + js.reduce((n, r) => n + r.raw, 0)} B raw, ${wasm.gzip + js.reduce((n, r) => n + r.gzip, 0)} B gzip, ${wasm.brotli + jsBrotli} B brotli (${kib(wasm.brotli + jsBrotli)})`);
if (codeBrotli > budgetKiB * 1024) {
  console.error(`size budget: the widget's code is ${kib(codeBrotli)} brotli, over the ${budgetKiB} KiB budget`);
  process.exit(1);
}
