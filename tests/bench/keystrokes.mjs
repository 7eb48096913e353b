// Browser benchmark (numbers, not a test): a release build over many articles, served by a real
// static server, typed into in headless Chromium.
//   - keystroke to rendered results, for every prefix of known-item queries (p50, p95, max):
//     from the input event to the next task (the list in the DOM); the main thread's
//     work to painted results (to the widget's `broadsheet-search` event, then the next
//     frame's style, layout and paint, the wait for the frame left out; never the summary's
//     task after the paint), keystrokes typed right after a frame; and to the end of the
//     next frame (a requestAnimationFrame callback, then a task of the highest priority: the
//     results painted, waiting for the frame included, as Interaction to Next Paint counts
//     it), keystrokes typed at random moments within a frame, beside the floor: the same for
//     a field nothing listens to;
//   - within that, the engine alone (the widget's `broadsheet:search` User Timing measure); and
//     the selection's summary (`broadsheet:summary`), which the widget makes in the task after
//     the list is painted, also with every article selected, and the keystroke to the summary
//     card painted (that task, then the next frame's end);
//   - MiniSearch 7.2 in the same page, indexing the same articles (from feed.json), timed on the
//     same queries: search only, without rendering anything; and the ratio to our engine;
//   - index bytes, brotli: Broadsheet's (vocabulary and postings in the wasm) against
//     MiniSearch's serialised index;
//   - on the fresh page, the first contentful paint, when the first card is in the DOM and when
//     it is painted, and when the live widget is ready; and the first keystroke, typed 1.5 s
//     later;
//   - a click on a facet's chip (adding the filter, then taking it away) to the next paint;
//   - memory: the wasm's linear memory and the page's JavaScript heap (after a garbage
//     collection), once the widget is live and again after every keystroke above.
//   node tests/bench/keystrokes.mjs DIST
// With BENCH_JSON=FILE the numbers are also written to FILE.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const dist = process.argv[2];
const minisearchSource = readFileSync(new URL('../../tools/node_modules/minisearch/dist/umd/index.js', import.meta.url), 'utf8');
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.round((sorted.length - 1) * p)];
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms (${sorted.length} keystrokes)`;
};

const feed = JSON.parse(readFileSync(`${dist}/feed.json`, 'utf8'));
// Known-item queries: surname, the thing spoken about, the town, from first sentences.
const queries = feed.items
  .filter((_, i) => i % Math.max(1, Math.floor(feed.items.length / 40)) === 0)
  .map((item) => {
    const words = item.content_text.split('\n')[0].split(/\s+/);
    const said = words.indexOf('said');
    return said > 0 ? `${words[said - 1]} ${words[said + 2]} ${words.at(-4)}` : null;
  })
  .filter(Boolean)
  .slice(0, 40);

const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
// The wasm's memory, kept where the page can read it once instantiated.
await page.addInitScript(() => {
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    for (const value of Object.values(exports)) if (value instanceof WebAssembly.Memory) window.bsMemory = value;
    return result;
  };
  const streaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
  const plain = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => plain.apply(WebAssembly, args).then(keep);
});
const memory = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  return { wasm: await page.evaluate(() => window.bsMemory?.buffer.byteLength), js: heap.usedSize };
};
// When the first card is in the page, and when it is painted (the next frame's end).
// The widget renders into the <broadsheet-news> element's shadow root: watch that root from the
// moment it is attached.
// The release build's index.html carries the first screen (a declarative shadow root, parsed
// with the page): then the first card is there by DOMContentLoaded, and the live widget takes
// its place at `broadsheet-ready`.
await page.addInitScript(() => {
  window.bsRoot = () => document.querySelector('broadsheet-news')?.shadowRoot ?? document;
  const seen = (root) => {
    if (window.firstCard || !root?.querySelector('.bs-card')) return false;
    window.firstCard = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.firstCardPainted = performance.now())));
    return true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.querySelector('broadsheet-news')?.shadowRoot;
    window.prerendered = !!root?.querySelector('[data-prerendered]');
    seen(root);
  });
  addEventListener('broadsheet-ready', () => (window.liveAt = performance.now()));
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver((_, observer) => seen(root) && observer.disconnect()).observe(root, { childList: true, subtree: true });
    return root;
  };
});
await page.goto(server.url);
await page.waitForFunction(() => window.firstCardPainted && window.liveAt);
// A large archive's widget is live on its newest articles first: keystrokes are measured on
// the whole archive, once it has taken their place.
// Until then its summary counts "newest articles".
await page.waitForFunction(() => /^\d+ articles?$/.test(bsRoot().querySelector('.bs-summary-count')?.textContent ?? ''), null, { timeout: 0 });
const loaded = await page.evaluate(() => ({
  card: window.firstCard,
  painted: window.firstCardPainted,
  live: window.liveAt,
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  prerendered: window.prerendered,
}));
const memoryAtLoad = await memory();
// The summary of every article, computed when the widget mounts.
const atLoad = await page.evaluate(() => performance.getEntriesByName('broadsheet:summary', 'measure').at(-1)?.duration);

const ours = await page.evaluate(async (queries) => {
  const input = bsRoot().querySelector('input[type=search]');
  const times = [];
  const painted = [];
  const floor = [];
  // The main thread's work alone: to the results in the DOM, then the frame's style, layout
  // and paint (from its requestAnimationFrame callback to the task after it).
  const work = [];
  // Of that, the frame's part.
  const frames = [];
  const typed = [];
  const search = [];
  const summary = [];
  // To the summary card painted: it follows the list by a frame.
  const summaryPainted = [];
  // The summary of the whole corpus, each time the box is cleared.
  const everything = [];
  // The next task: a message, since timers nested this deep are held back 4 ms by the browser.
  const channel = new MessageChannel();
  const settle = () =>
    new Promise((resolve) => {
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  // The end of a frame: the task after it, of the highest priority, so that it comes before
  // any task the widget queued for after the paint (the summary's). Chromium does not always
  // run it first (in one keystroke in twenty at 100,000 articles, the summary's task came
  // first and was counted as the keystroke's work): then the frame ended where that task
  // began, which its `broadsheet:summary` measure marks. Resolves to the time of the end.
  const summaryAfter = (since) =>
    performance.getEntriesByName('broadsheet:summary', 'measure').find((m) => m.startTime >= since)?.startTime ?? Infinity;
  const framed = async (since = Infinity) => {
    await new Promise((resolve) => scheduler.postTask(resolve, { priority: 'user-blocking' }));
    return Math.min(performance.now(), summaryAfter(since));
  };
  // When the widget has rendered a search: its `broadsheet-search` event, which it sends at
  // the end of the render, is the end of the keystroke's own work.
  let rendered = 0;
  addEventListener('broadsheet-search', () => (rendered = performance.now()));
  const frameStart = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const last = (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration;
  // The summary card follows the list by a frame: the summary made since `t0`, and when it
  // is painted (then the next frame's end), or nothing after half a second.
  const summed = async (t0) => {
    for (let waited = 0; waited < 500; waited = performance.now() - t0) {
      const made = performance.getEntriesByName('broadsheet:summary', 'measure').find((m) => m.startTime >= t0);
      if (made) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await framed();
        return { painted: performance.now() - t0, duration: made.duration };
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    return {};
  };
  const clear = async () => {
    performance.clearMeasures();
    const t0 = performance.now();
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    everything.push((await summed(t0)).duration);
  };
  // A reader starts typing a moment after the widget appears.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // First pass: each keystroke right after a frame, so its work and the next frame's rendering
  // can be told apart.
  for (const query of queries) {
    for (let end = 1; end <= query.length; end++) {
      performance.clearMeasures();
      const t0 = performance.now();
      const next = frameStart();
      input.value = query.slice(0, end);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      const t1 = performance.now();
      times.push(t1 - t0);
      // The keystroke's work, then the next frame's. A long keystroke can have that frame
      // come before the next task: then it ends where that task (or the summary's) begins.
      const frame = await next;
      const frameEnd = frame < t1 ? Math.min(t1, summaryAfter(frame)) : await framed(frame);
      work.push((rendered > t0 ? rendered : t1) - t0 + (frameEnd - frame));
      frames.push(frameEnd - frame);
      typed.push(query.slice(0, end));
      search.push(last('broadsheet:search'));
      const made = await summed(t0);
      summary.push(made.duration);
      summaryPainted.push(made.painted);
    }
    await clear();
  }
  // Second pass: a reader's keystrokes fall anywhere within a frame. Each waits a random
  // 0–16 ms after the last paint (a fixed-seed generator, so runs type alike), then is timed
  // to the end of the next frame. Typed into `field`, the times go to `into`.
  const typeAtAnyMoment = async (field, into) => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        await new Promise((resolve) => setTimeout(resolve, random() * 16));
        const t0 = performance.now();
        field.value = query.slice(0, end);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        into.push((await framed(await frameStart())) - t0);
      }
      if (field === input) await clear();
    }
  };
  await typeAtAnyMoment(input, painted);
  // The floor: the same random moments and the same wait for the next paint, typing into a
  // field nothing listens to. What a keystroke in the widget takes beyond it is the widget's.
  const plain = document.body.appendChild(document.createElement('input'));
  await typeAtAnyMoment(plain, floor);
  plain.remove();
  // A facet's chip clicked: the filter added, then taken away, each to the next paint.
  const facets = [];
  for (const details of bsRoot().querySelectorAll('.bs-summary details, details.bs-facets')) details.open = true;
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (let i = 0; i < 20; i++) {
    const chip = bsRoot().querySelector('.bs-facets .bs-chip');
    if (!chip) break;
    const t0 = performance.now();
    chip.click();
    facets.push((await framed(await frameStart())) - t0);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const measured = (list) => list.filter((t) => t !== undefined);
  // A keystroke whose results are those shown already (a letter that waits) is summed up
  // again by no one: its entries stay, as undefined, for the slowest keystrokes' lines.
  return { frames, times, painted, floor, work, typed, facets, searchEach: search, summaryEach: summary, search: measured(search), summary: measured(summary), summaryPainted: measured(summaryPainted), everything: measured(everything) };
}, queries);
const memoryAfter = await memory();

// MiniSearch indexes in the page, from the feed: past 20,000 articles that takes minutes and
// gigabytes, so it is left out there (our numbers stand alone).
const MINISEARCH_UP_TO = 20_000;
const compared = feed.items.length <= MINISEARCH_UP_TO;
if (compared) await page.addScriptTag({ content: minisearchSource });
const theirs = compared && await page.evaluate(
  ({ items, queries }) => {
    const t0 = performance.now();
    const index = new MiniSearch({
      fields: ['title', 'text'],
      searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 3 } },
    });
    index.addAll(items.map((item) => ({ id: item.id, title: item.title, text: item.content_text })));
    const indexing = performance.now() - t0;
    const times = [];
    for (const query of queries) {
      for (let end = 1; end <= query.length; end++) {
        const t = performance.now();
        index.search(query.slice(0, end));
        times.push(performance.now() - t);
      }
    }
    return { indexing, times, serialised: JSON.stringify(index) };
  },
  { items: feed.items, queries },
);

// Broadsheet's index: the vocabulary, posting lengths and postings regions of the compiled
// articles' first file (format 6, a twelve-byte header, the count and the text's checksum,
// then the regions: see format/src/packed.rs); a large archive's, of its last part, the
// whole archive (its first is the newest articles').
let corpus = readFileSync(`${dist}/broadsheet-articles.bin`);
for (let end; (end = 12 + corpus.readUInt32LE(4)) < corpus.length; ) corpus = corpus.subarray(end);
const regions = [];
for (let cursor = 20, r = 0; r < 8 && cursor + 4 <= corpus.length; r++) {
  const len = corpus.readUInt32LE(cursor);
  regions.push(corpus.subarray(cursor + 4, cursor + 4 + len));
  cursor += 4 + len;
}
const ourIndex = Buffer.concat(regions.slice(4, 7));

console.log(`articles: ${feed.items.length}; queries: ${queries.length}`);
console.log(`fresh page: first contentful paint ${loaded.fcp?.toFixed(0)} ms; first card in the DOM at ${loaded.card.toFixed(0)} ms (${loaded.prerendered ? 'rendered at build time' : 'by the widget'}), painted by ${loaded.painted.toFixed(0)} ms; the live widget ready at ${loaded.live.toFixed(0)} ms (wasm ${readFileSync(`${dist}/broadsheet-widget_bg.wasm`).length} B raw, ${brotli(readFileSync(`${dist}/broadsheet-widget_bg.wasm`))} B brotli; articles ${corpus.length} B raw, ${brotli(corpus)} B brotli)`);
const median = (times) => [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];
const p95 = (times) => [...times].sort((a, b) => a - b)[Math.round((times.length - 1) * 0.95)];
console.log(`the first keystroke, 1.5 s after the first paint: ${ours.times[0].toFixed(1)} ms to the next task, its search ${ours.search[0]?.toFixed(1)} ms`);
console.log(`Broadsheet, keystroke to the next task (results in the DOM): ${stats(ours.times)}`);
console.log(`Broadsheet, keystroke to the next paint (frame wait included): ${stats(ours.painted)}`);
console.log(`  the floor: a keystroke nothing listens to, to the next paint: ${stats(ours.floor)}`);
console.log(`Broadsheet, keystroke to painted results, the wait for the frame left out: ${stats(ours.work)}`);
// BENCH_SLOWEST=N: the N keystrokes with the most work, with what was typed.
for (const k of [...ours.work.keys()].sort((a, b) => ours.work[b] - ours.work[a]).slice(0, Number(process.env.BENCH_SLOWEST ?? 0))) {
  console.log(`  ${ours.work[k].toFixed(1)} ms (frame ${ours.frames[k].toFixed(1)}, search ${ours.searchEach[k]?.toFixed(1) ?? 'none'}, summary ${ours.summaryEach[k]?.toFixed(1) ?? 'none'}): ${JSON.stringify(ours.typed[k])}`);
}
console.log(`Broadsheet engine alone (broadsheet:search): ${stats(ours.search)}`);
console.log(`Broadsheet selection summary (broadsheet:summary), made after the list is painted: ${stats(ours.summary)}`);
console.log(`  keystroke to the summary card painted, a frame after the list (frame waits included): ${stats(ours.summaryPainted)}`);
console.log(`  of every article: computed at load ${atLoad?.toFixed(2)} ms; again when the box is cleared (kept): ${stats(ours.everything).replace('keystrokes', 'times')}`);
if (theirs) {
  console.log(`MiniSearch 7.2, search only (no rendering): ${stats(theirs.times)}; indexing in the page ${theirs.indexing.toFixed(0)} ms`);
  console.log(
    `engine / MiniSearch: p50 ${(median(ours.search) / median(theirs.times)).toFixed(2)}x, p95 ${(p95(ours.search) / p95(theirs.times)).toFixed(2)}x`,
  );
} else {
  console.log(`MiniSearch 7.2: not run (more than ${MINISEARCH_UP_TO} articles)`);
}
const ourIndexBrotli = brotli(ourIndex);
const theirIndexBrotli = theirs ? brotli(Buffer.from(theirs.serialised)) : null;
console.log(`index bytes, brotli: Broadsheet ${ourIndexBrotli} (built ahead of time)${theirs ? `, MiniSearch ${theirIndexBrotli} (serialised)` : ''}`);
console.log(`a facet's chip clicked, to the next paint: ${ours.facets.length ? stats(ours.facets).replace('keystrokes', 'clicks') : 'no chip found'}`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(
  `memory, live: wasm ${mb(memoryAtLoad.wasm)}, JavaScript heap ${mb(memoryAtLoad.js)}; after ${ours.times.length + ours.painted.length} searches typed: wasm ${mb(memoryAfter.wasm)}, JavaScript heap ${mb(memoryAfter.js)}`,
);
const numbers = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.round((sorted.length - 1) * 0.5)], p95: sorted[Math.round((sorted.length - 1) * 0.95)], max: sorted.at(-1), n: sorted.length };
};
if (process.env.BENCH_JSON) {
  writeFileSync(
    process.env.BENCH_JSON,
    JSON.stringify(
      {
        articles: feed.items.length,
        queries: queries.length,
        fresh: loaded,
        firstKeystroke: { task: ours.times[0], search: ours.search[0] },
        keystrokeToTask: numbers(ours.times),
        keystrokeToPaint: numbers(ours.painted),
        floor: numbers(ours.floor),
        keystrokeWork: numbers(ours.work),
        engine: numbers(ours.search),
        summary: numbers(ours.summary),
        summaryPainted: numbers(ours.summaryPainted),
        summaryOfEverythingAtLoad: atLoad,
        minisearch: theirs ? { ...numbers(theirs.times), indexing: theirs.indexing } : null,
        ratio: theirs ? { p50: median(ours.search) / median(theirs.times), p95: p95(ours.search) / p95(theirs.times) } : null,
        indexBrotli: { broadsheet: ourIndexBrotli, minisearch: theirIndexBrotli },
        facetClick: ours.facets.length ? numbers(ours.facets) : null,
        memory: { live: memoryAtLoad, after: memoryAfter, searches: ours.times.length + ours.painted.length },
      },
      null,
      2,
    ),
  );
}
await browser.close();
server.close();
