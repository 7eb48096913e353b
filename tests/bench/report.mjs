// The browser benchmark's report (numbers, not a test): gathers what scripts/bench-browser
// measured for each corpus size (build-N.json, keystrokes-N.json, first-screen-N.json under
// OUT) with the bytes of every file of each build (raw, gzip, brotli), and writes them as
// OUT/report.json and as one Markdown table, OUT/report.md, a column for each size.
//   node tests/bench/report.mjs OUT N...
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [out, ...sizes] = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(`${out}/${file}`, 'utf8'));

/** Every file of a build but the articles' own pages, with its bytes raw, gzip and brotli. */
function files(dist) {
  const list = {};
  for (const name of readdirSync(dist)) {
    const path = `${dist}/${name}`;
    if (name.endsWith('.br') || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    list[name] = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length,
    };
  }
  return list;
}

const report = {};
for (const n of sizes) {
  report[n] = {
    build: read(`build-${n}.json`),
    files: files(`${out}/dist-${n}`),
    keystrokes: read(`keystrokes-${n}.json`),
    firstScreen: read(`first-screen-${n}.json`),
  };
}
writeFileSync(`${out}/report.json`, JSON.stringify(report, null, 2));

const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB`);
const ms = (value) => (value === undefined || value === null ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const rows = [];
const row = (label, of) => rows.push(`| ${label} | ${sizes.map((n) => of(report[n])).join(' | ')} |`);
const file = (name, kind) => (r) => kb(r.files[name]?.[kind]);
row('articles (generated)', (r) => String(r.keystrokes.articles));
row('build, the articles new (code already compiled) / one article edited', (r) => `${r.build.cold.toFixed(1)} s / ${r.build.incremental.toFixed(1)} s`);
for (const name of ['broadsheet-widget_bg.wasm', 'broadsheet-articles.bin', 'broadsheet-articles-text.bin', 'broadsheet-widget.js', 'broadsheet.js', 'index.html', 'broadsheet-first.html', 'feed.json']) {
  row(`\`${name}\`: raw / gzip / brotli`, (r) => `${file(name, 'raw')(r)} / ${file(name, 'gzip')(r)} / ${file(name, 'brotli')(r)}`);
}
for (const [key, label] of [
  ['local', 'local server'],
  ['throttled', '10 Mbit/s, 40 ms, CPU 4x'],
  ['throttledBrotli', 'the same, files sent brotli-compressed'],
]) {
  const fs = (r) => r.firstScreen[key];
  row(`${label}: first contentful paint / first card in the DOM / largest contentful paint`, (r) => `${ms(fs(r).fcp.median)} / ${ms(fs(r).card.median)} / ${ms(fs(r).lcp.median)}`);
  row(`${label}: live widget / the articles' text arrived / layout shift`, (r) => `${ms(fs(r).live.median)} / ${ms(fs(r).text?.median)} / ${fs(r).shift.median.toFixed(4)}`);
  row(`${label}: first typed result painted (typed when the box appears) / bytes by then`, (r) => `${ms(fs(r).typed.median)} / ${kb(fs(r).bytesBeforeTyped.median)}`);
}
const k = (r) => r.keystrokes;
row('keystroke to painted results, typed right after a frame (main thread\'s work): p50 / p95', (r) => `${ms(k(r).keystrokeWork.p50)} / ${ms(k(r).keystrokeWork.p95)}`);
row('the summary card, made after the list is painted: keystroke to it painted, p50 / p95', (r) => (k(r).summaryPainted ? `${ms(k(r).summaryPainted.p50)} / ${ms(k(r).summaryPainted.p95)}` : '–'));
row('keystroke at a random moment to the next paint: p50 / p95 (floor: p50 / p95)', (r) => `${ms(k(r).keystrokeToPaint.p50)} / ${ms(k(r).keystrokeToPaint.p95)} (${ms(k(r).floor.p50)} / ${ms(k(r).floor.p95)})`);
row('engine alone / MiniSearch 7.2 in the same page: p50', (r) => `${ms(k(r).engine.p50)} / ${ms(k(r).minisearch?.p50)}`);
row('engine alone / MiniSearch 7.2 in the same page: p95', (r) => `${ms(k(r).engine.p95)} / ${ms(k(r).minisearch?.p95)}`);
row('MiniSearch indexing in the page', (r) => ms(k(r).minisearch?.indexing));
row('index, brotli: Broadsheet / MiniSearch serialised', (r) => `${kb(k(r).indexBrotli.broadsheet)} / ${kb(k(r).indexBrotli.minisearch ?? undefined)}`);
row('a facet\'s chip clicked, to the next paint: p50 / p95', (r) => (k(r).facetClick ? `${ms(k(r).facetClick.p50)} / ${ms(k(r).facetClick.p95)}` : '–'));
row('wasm memory / JavaScript heap, live', (r) => `${(k(r).memory.live.wasm / 1e6).toFixed(1)} MB / ${(k(r).memory.live.js / 1e6).toFixed(1)} MB`);
row('the same after the searches typed above', (r) => `${(k(r).memory.after.wasm / 1e6).toFixed(1)} MB / ${(k(r).memory.after.js / 1e6).toFixed(1)} MB (${k(r).memory.searches})`);
const md = [`| measure | ${sizes.join(' | ')} |`, `|---|${sizes.map(() => '---|').join('')}`, ...rows].join('\n');
writeFileSync(`${out}/report.md`, `${md}\n`);
console.log(md);
