// Prints the raw, gzip and brotli size of every file in a build folder, and fails when the
// widget's code (wasm + JS) is over its brotli budget.
//   node tests/size-budget.mjs [dist] [budget KiB]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const budgetKiB = Number(process.argv[3] ?? 90);

function* files(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const rows = [];
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  rows.push({
    file: relative(dir, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(36)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(36)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);

const code = rows.filter((r) => /\.(wasm|js)$/.test(r.file));
const sum = (key) => code.reduce((n, r) => n + r[key], 0);
const brotli = sum('brotli');
console.log(`wasm + js: ${sum('raw')} B raw, ${sum('gzip')} B gzip, ${brotli} B brotli (${(brotli / 1024).toFixed(1)} KiB; budget ${budgetKiB} KiB)`);
if (code.length === 0) {
  console.error(`size budget: no .wasm or .js file in ${dir}: build it first (trunk build --release)`);
  process.exit(1);
}
if (brotli > budgetKiB * 1024) {
  console.error(`size budget: wasm + js is ${(brotli / 1024).toFixed(1)} KiB brotli, over the ${budgetKiB} KiB budget`);
  process.exit(1);
}
