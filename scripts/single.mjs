// Writes the single-file build: one HTML page holding the widget's WebAssembly (articles
// included), its bindings, its stylesheet, the loader and the feed, which opens from file://
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
  'broadsheet.css': carry('broadsheet.css', 'text/css'),
  'feed.json': carry('feed.json', 'application/json'),
};
// Inline scripts end at the first "</script": the loader and JSON never hold one, but make sure.
const inline = (text) => text.replaceAll('</script', '<\\/script');
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Broadsheet</title>
    <style>
${read('page.css')}
    </style>
    <script>
globalThis.broadsheetFiles = ${inline(JSON.stringify(files))};
    </script>
    <script type="module">
${inline(read('broadsheet.js').toString())}
    </script>
  </head>
  <body class="bs-page">
    <header class="bs-page-header">
      <h1>Broadsheet</h1>
      <p>The news, searchable and summarised, right on the page.</p>
    </header>
    <main>
      <broadsheet-news></broadsheet-news>
      <noscript>Broadsheet needs JavaScript and WebAssembly to show its articles.</noscript>
    </main>
  </body>
</html>
`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`${out}: ${page.length} bytes, opens from file://`);
