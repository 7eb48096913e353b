// Ships the scripts small (the release build's post_build hook):
//   node scripts/minify.mjs <staging dir>
// 1. The wasm's imports are renamed: wasm-bindgen names each `__wbg_<method>_<16 hex digits>`,
//    once in the wasm and once in the bindings, some 3 KB of digits that do not compress. Each
//    becomes `i0`, `i1`… in both, the same way (only names the wasm imports are touched).
// 2. The element's loader and the bindings, both ES modules, are minified with terser. Names
//    the modules export, and property names, are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(new URL('../tools/package.json', import.meta.url));
const { minify } = require('terser');

const dir = process.argv[2];
const WASM = join(dir, 'broadsheet-widget_bg.wasm');
const BINDINGS = join(dir, 'broadsheet-widget.js');
const LOADER = join(dir, 'broadsheet.js');

/** An unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}
const uleb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `wasm` with its imports renamed by `rename` (field name -> new name), and the names. */
function renameImports(wasm, rename) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${WASM} is not WebAssembly`);
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    // The import section: a count, then module name, field name and what is imported.
    let [count, p] = leb(wasm, body);
    const out = [...uleb(count)];
    const names = [];
    for (let i = 0; i < count; i++) {
      const start = p;
      let [len, q] = leb(wasm, p);
      q += len; // module name, kept
      out.push(...wasm.subarray(start, q));
      [len, p] = leb(wasm, q);
      const field = utf8.decode(wasm.subarray(p, p + len));
      p += len;
      const name = rename(field);
      names.push([field, name]);
      const encoded = Buffer.from(name, 'utf8');
      out.push(...uleb(encoded.length), ...encoded);
      // What is imported: a kind byte and its description, copied as they are.
      const kind = wasm[p];
      const from = p;
      p += 1;
      if (kind === 0x00) [, p] = leb(wasm, p);
      else if (kind === 0x01) {
        p += 1; // reference type
        const flags = wasm[p++];
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      } else if (kind === 0x02) {
        const flags = wasm[p++];
        [, p] = leb(wasm, p);
        if (flags & 1) [, p] = leb(wasm, p);
      } else if (kind === 0x03) p += 2;
      else throw new Error(`import ${field}: unknown kind ${kind}`);
      out.push(...wasm.subarray(from, p));
    }
    if (p !== end) throw new Error('the import section did not end where it says');
    const section = Buffer.from(out);
    return [Buffer.concat([wasm.subarray(0, at), Buffer.from([2, ...uleb(section.length)]), section, wasm.subarray(end)]), names];
  }
  throw new Error(`${WASM} has no import section`);
}

let next = 0;
const [wasm, names] = renameImports(readFileSync(WASM), (field) => (/_[0-9a-f]{16}$/.test(field) ? `i${(next++).toString(36)}` : field));
let bindings = readFileSync(BINDINGS, 'utf8');
for (const [field, name] of names) {
  if (field === name) continue;
  const pattern = new RegExp(`\\b${field}\\b`, 'g');
  const uses = bindings.match(pattern)?.length ?? 0;
  if (uses !== 1) throw new Error(`minify: the import ${field} is named ${uses} times in the bindings, not once`);
  bindings = bindings.replace(pattern, name);
}
writeFileSync(WASM, wasm);
console.log(`minify: ${next} imports renamed, wasm ${readFileSync(WASM).length} B`);

for (const [file, source] of [[BINDINGS, bindings], [LOADER, readFileSync(LOADER, 'utf8')]]) {
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
