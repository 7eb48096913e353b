// Relevance of the peer (numbers, not a test): MiniSearch 7.2 on the known-item queries that
// cli/tests/relevance.rs scores Broadsheet on, over the same articles, with the same
// measures (MRR@10, hit@1), with and without a typing mistake.
//   node tests/bench/relevance.mjs CASES_DIR NAME=FEED.json ...
// CASES_DIR holds relevance-NAME.tsv (`exact|typo <TAB> query <TAB> article id`), written by
// the relevance test; each FEED.json is `broadsheet export` of the articles the NAME set uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const minisearch = require('minisearch');
const MiniSearch = minisearch.default ?? minisearch;

const [casesDir, ...sets] = process.argv.slice(2);

// MiniSearch as it comes, and as its documentation suggests tuning it for search as you type.
const configurations = {
  'defaults (OR, whole words)': {},
  'prefix, fuzzy 0.2, headline x3': { prefix: true, fuzzy: 0.2, boost: { title: 3 } },
};

for (const set of sets) {
  const [name, feedPath] = set.split('=');
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  const ids = new Set(feed.items.map((item) => item.id));
  const cases = readFileSync(`${casesDir}/relevance-${name}.tsv`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'));
  const missing = cases.filter(([, , id]) => !ids.has(id));
  if (missing.length > 0) throw new Error(`${name}: ${missing.length} queries name articles not in ${feedPath}`);
  const index = new MiniSearch({ fields: ['title', 'text'] });
  index.addAll(feed.items.map((item) => ({ id: item.id, title: item.title, text: item.content_text })));
  for (const [label, options] of Object.entries(configurations)) {
    const scores = ['exact', 'typo'].map((kind) => {
      const list = cases.filter(([k]) => k === kind);
      let mrr = 0;
      let hit1 = 0;
      for (const [, query, id] of list) {
        const rank = index.search(query, options).slice(0, 10).findIndex((hit) => hit.id === id);
        if (rank >= 0) {
          mrr += 1 / (rank + 1);
          hit1 += rank === 0 ? 1 : 0;
        }
      }
      return `MRR@10 ${(mrr / list.length).toFixed(3)}, hit@1 ${(hit1 / list.length).toFixed(3)} (${list.length} queries)`;
    });
    console.log(`MiniSearch 7.2 ${name}, ${label}: ${scores[0]}; with one typo: ${scores[1]}`);
  }
}
