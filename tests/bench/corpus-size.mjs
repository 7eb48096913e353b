// The compiled corpus's size against MiniSearch's (numbers, not a test): for each set, the
// compiled articles (broadsheet-articles.bin and its text, CORPUS-text.bin beside it)
// brotli-compressed each, against MiniSearch 7.2's
// serialised index plus the articles' text (headline and body, as the feed gives them), both
// brotli-compressed the same way; and the brotli bytes of each of the corpus's regions.
//   node tests/bench/corpus-size.mjs NAME=CORPUS.bin=FEED.json ...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const minisearch = require('minisearch');
const MiniSearch = minisearch.default ?? minisearch;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length;
const REGIONS = ['lengths', 'records', 'name lengths', 'names', 'vocab', 'posting lengths', 'postings', 'filters', 'lead'];
const TEXT_REGIONS = ['text lengths', 'text records'];

console.log('| corpus | articles | Broadsheet, brotli | MiniSearch index + text, brotli | ratio | regions, brotli |');
console.log('|---|---|---|---|---|---|');
for (const set of process.argv.slice(2)) {
  const [name, binPath, feedPath] = set.split('=');
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  const index = new MiniSearch({ fields: ['title', 'text'] });
  index.addAll(feed.items.map((item) => ({ id: item.id, title: item.title, text: item.content_text })));
  const text = feed.items.map((item) => `${item.title}\n${item.content_text}`).join('\n\n');
  const theirs = brotli(Buffer.from(JSON.stringify(index))) + brotli(Buffer.from(text));
  // Format 5: a twelve-byte header, the article count (and in the first file the text's
  // checksum), then each region's length and bytes.
  const read = (bin, at, names) => {
    const regions = [];
    while (regions.length < names.length && at + 4 <= bin.length) {
      const length = bin.readUInt32LE(at);
      regions.push(bin.subarray(at + 4, at + 4 + length));
      at += 4 + length;
    }
    return regions.map((r, i) => `${names[i]} ${brotli(r)}`);
  };
  const bin = readFileSync(binPath);
  const textFile = readFileSync(binPath.replace(/\.bin$/, '-text.bin'));
  const first = brotli(bin);
  const ours = first + brotli(textFile);
  const parts = [`first file ${first}`, ...read(bin, 20, REGIONS), `text file ${brotli(textFile)}`, ...read(textFile, 16, TEXT_REGIONS)].join(', ');
  console.log(`| ${name} | ${feed.items.length} | ${ours} | ${theirs} | ${(ours / theirs).toFixed(3)} | ${parts} |`);
}
