// Writes the single-file build: one HTML page holding the widget's WebAssembly, its
// articles, its bindings, its stylesheet, the loader and the feed, which opens from file://
// by double-click, for reading offline or sending by e-mail. Every file is carried as base64
// in `broadsheetFiles`, which the loader turns into blob: URLs; the page's scripts are inline
// (this page is not meant for a server with a Content-Security-Policy: serve dist/ for that).
//   node scripts/single.mjs <dist> <out.html>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [dist = 'dist', out = 'dist-single/broadsheet.html'] = process.argv.slice(2);
const read = (name) => readFileSync(join(dist, name));
const carry = (name, type) => ({ base64: read(name).toString('base64'), type });
const files = {
  'broadsheet-widget.js': carry('broadsheet-widget.js', 'text/javascript'),
  'broadsheet-widget_bg.wasm': carry('broadsheet-widget_bg.wasm', 'application/wasm'),
  'broadsheet-articles.bin': carry('broadsheet-articles.bin', 'application/octet-stream'),
  'broadsheet-articles-text.bin': carry('broadsheet-articles-text.bin', 'application/octet-stream'),
  'broadsheet.css': carry('broadsheet.css', 'text/css'),
  'feed.json': carry('feed.json', 'application/json'),
};
// Inline scripts end at the first "</script": the loader and JSON never hold one, but make sure.
const inline = (text) => text.replaceAll('</script', '<\\/script');
// The shipped page, with its links to files replaced by what they hold.
const replace = (text, pattern, by) => {
  if (!pattern.test(text)) throw new Error(`${dist}/index.html has no ${pattern}: update scripts/single.mjs`);
  return text.replace(pattern, () => by);
};
let page = read('index.html').toString();
page = replace(page, /<link rel="icon"[^>]*>/, '');
page = replace(page, /<link rel="modulepreload"[^>]*>/, '');
page = replace(page, /<link rel="preload"[^>]*>/g, '');
page = replace(page, /<link rel="stylesheet" href="page.css" \/>/, `<style>\n${read('page.css')}</style>`);
// The first screen rendered at build time links the widget's stylesheet from its shadow root.
page = replace(page, /<link rel="stylesheet" href="broadsheet.css" \/>/, `<style>\n${read('broadsheet.css')}</style>`);
// One file has no article pages: its links open the article in this page's address instead
// (as the live widget writes them without `article-pages`).
page = replace(page, /<broadsheet-news article-pages="a\/">/, '<broadsheet-news>');
page = page.replace(/ href="a\/([^"]+)\/"/g, (_, path) => ` href="#bs.a=${path}"`);
page = replace(
  page,
  /<script type="module" src="\.\/broadsheet.js"><\/script>/,
  `<script>\nglobalThis.broadsheetFiles = ${inline(JSON.stringify(files))};\n</script>\n` +
    `<script type="module">\n${inline(read('broadsheet.js').toString())}\n</script>`,
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`${out}: ${page.length} bytes, opens from file://`);
