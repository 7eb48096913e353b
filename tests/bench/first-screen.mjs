// Browser benchmark (numbers, not a test): a cold load of a built index.html in headless
// Chromium, as is and under a simulated network (Chrome DevTools Protocol: 10 Mbit/s down,
// 40 ms round trip) with the CPU slowed four times. Each load is a fresh context, nothing
// cached. Reports the first contentful paint, the largest contentful paint, when the first card
// is in the DOM (by DOMContentLoaded when the page carries the first screen, else when the
// widget renders it), when the live widget is ready (`broadsheet-ready`), the cumulative layout
// shift, and the bytes transferred before the live widget was ready. Then, in loads of their
// own, the first typed result: a reader types a word as soon as the search box is in the page,
// and the time is when the results for it are painted (from the start of the navigation: a
// card with the word marked in the page, the next frame, then a task of the highest priority),
// with the bytes transferred by then; beside it, when the widget's `broadsheet-search` event
// for it was heard, a frame and a task later (the widget's effects, and with them its events,
// can wait a task behind the render). Throttled twice: with every file sent as it is, and
// compressed with brotli as a static host that compresses would send it (the server's /br/
// path; the compressed copies are written beside the files first). Medians of RUNS
// (default 5).
//   node tests/bench/first-screen.mjs DIST [RUNS] [PAGE]
// PAGE is a path under the server (default index.html; test/plain.html is a host page whose
// element has no options, which gets its first screen from broadsheet-first.html). With
// BENCH_JSON=FILE the numbers are also written to FILE; with BENCH_LOADS (local, throttled,
// throttledBrotli, comma-separated) only those loads are run.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const dist = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const path = process.argv[4] ?? '';
// The word typed: the longest word of a headline a few articles down the list.
const feed = JSON.parse(readFileSync(`${dist}/feed.json`, 'utf8'));
const headline = feed.items[Math.min(4, feed.items.length - 1)].title;
const word = headline
  .toLowerCase()
  .split(/[^a-z]+/)
  .reduce((a, b) => (b.length > a.length ? b : a), '');
// Brotli copies of the files the page loads (not the feed, nor the articles' own pages).
for (const name of readdirSync(dist)) {
  const path = `${dist}/${name}`;
  if (name.endsWith('.br') || name === 'feed.json' || !statSync(path).isFile()) continue;
  let fresh = false;
  try {
    fresh = statSync(`${path}.br`).mtimeMs >= statSync(path).mtimeMs;
  } catch {}
  if (fresh) continue;
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 };
  writeFileSync(`${path}.br`, brotliCompressSync(readFileSync(path), { params }));
}
const server = await serve(dist);
const browser = await launch();

async function load(throttled, typed, compressed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: (10e6 / 8) * 0.9,
      uploadThroughput: (10e6 / 8) * 0.9,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  // Bytes as they arrive, those of a response still coming included (a large archive's
  // articles file is read while it comes), and each response's headers once it is in.
  let bytes = 0;
  let done = false;
  const received = new Map();
  cdp.on('Network.dataReceived', (event) => {
    if (done) return;
    bytes += event.encodedDataLength;
    received.set(event.requestId, (received.get(event.requestId) ?? 0) + event.encodedDataLength);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (!done) bytes += Math.max(0, event.encodedDataLength - (received.get(event.requestId) ?? 0));
  });
  await page.addInitScript((typed) => {
    window.bs = { shift: 0 };
    const seen = (root) => {
      if (window.bs.card || !root?.querySelector('.bs-card')) return false;
      window.bs.card = performance.now();
      return true;
    };
    // The reader types as soon as the box is there; the result counts once painted.
    const type = (root) => {
      const input = root?.querySelector('input[type=search]');
      if (!typed || window.bs.typedAt || !input) return;
      window.bs.typedAt = performance.now();
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Painted: the frame after a card with the typed word marked is on show (not in a widget
    // still rendering hidden), once the browser has rendered it (a task of the highest
    // priority, which nothing queued earlier gets ahead of: the loader opening the rest of a
    // large archive, say).
    const found = (root) => {
      if (!typed || !window.bs.typedAt || window.bs.found || !root?.querySelector('.bs-card mark')?.checkVisibility()) return;
      window.bs.found = performance.now();
      requestAnimationFrame(() => scheduler.postTask(() => (window.bs.typed = performance.now()), { priority: 'user-blocking' }));
    };
    // The widget's own word for it: its event, then a frame and a task.
    const answered = (event) => {
      if (!typed || window.bs.typedEvent || event.detail?.query !== typed) return;
      requestAnimationFrame(() => setTimeout(() => (window.bs.typedEvent = performance.now())));
    };
    const watch = (root) =>
      new MutationObserver(() => {
        seen(root);
        type(root);
        found(root);
      }).observe(root, { childList: true, subtree: true });
    addEventListener('broadsheet-search', answered);
    addEventListener('broadsheet-ready', answered);
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector('broadsheet-news')?.shadowRoot;
      window.bs.prerendered = !!root?.querySelector('[data-prerendered]');
      seen(root);
      type(root);
      if (root) watch(root);
    });
    addEventListener('broadsheet-ready', () => (window.bs.live = performance.now()));
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      watch(root);
      return root;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.bs.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => (window.bs.lcp = list.getEntries().at(-1).startTime)).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  }, typed);
  await page.goto(server.url + (compressed ? 'br/' : '') + path);
  await page.waitForFunction((typed) => (typed ? window.bs.typed : window.bs.live), typed, { timeout: 120_000 });
  done = true;
  if (typed) await page.waitForFunction(() => window.bs.typedEvent, null, { timeout: 120_000 });
  // The articles' text follows the live widget: waited for, so that a shift when it fills in
  // is counted.
  const arrived = () =>
    performance.getEntriesByType('resource').find((e) => e.name.endsWith('broadsheet-articles-text.bin') && e.responseEnd > 0)?.responseEnd;
  // A large archive's text (227 MB at 100,000 articles) takes minutes at 10 Mbit/s: after
  // two, it is reported as not arrived (null) rather than waited for.
  await page.waitForFunction(arrived, null, { timeout: 120_000 }).catch(() => {});
  await page.waitForTimeout(throttled ? 1500 : 500);
  const seen = await page.evaluate(() => ({
    ...window.bs,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    text: performance.getEntriesByType('resource').find((e) => e.name.endsWith('broadsheet-articles-text.bin'))?.responseEnd,
    // A large archive's first file starts with its newest articles, which the widget is live
    // on: the whole file in is the whole archive in.
    whole: performance.getEntriesByType('resource').find((e) => e.name.endsWith('broadsheet-articles.bin'))?.responseEnd,
  }));
  await context.close();
  return { ...seen, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const summary = (all) => {
  const values = all.filter((v) => typeof v === 'number');
  return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : null;
};
const range = (s, digits = 0) => (s ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : 'not there (waited 2 minutes)');
const report = { page: path || 'index.html', runs, word };
// BENCH_LOADS=local,throttledBrotli runs those alone.
const wanted = process.env.BENCH_LOADS?.split(',');
for (const [key, throttled, compressed] of [
  ['local', false, false],
  ['throttled', true, false],
  ['throttledBrotli', true, true],
].filter(([key]) => !wanted || wanted.includes(key))) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await load(throttled, null, compressed));
  const typed = [];
  for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) typed.push(await load(throttled, word, compressed));
  const of = (list, key) => summary(list.map((r) => r[key]));
  const numbers = {
    prerendered: all[0].prerendered,
    fcp: of(all, 'fcp'),
    lcp: of(all, 'lcp'),
    card: of(all, 'card'),
    live: of(all, 'live'),
    text: of(all, 'text'),
    whole: of(all, 'whole'),
    shift: of(all, 'shift'),
    bytesBeforeLive: of(all, 'bytes'),
    typed: summary(typed.map((r) => r.typed)),
    typedEvent: summary(typed.map((r) => r.typedEvent)),
    bytesBeforeTyped: of(typed, 'bytes'),
  };
  report[key] = numbers;
  console.log(
    `${throttled ? '10 Mbit/s, 40 ms, CPU 4x' : 'local, no throttling'}${compressed ? ', brotli' : ''} (${runs} cold loads, ${report.page}, ${numbers.prerendered ? 'first screen in the page' : 'no first screen in the page'}): ` +
      `first contentful paint ${range(numbers.fcp)} ms, largest ${range(numbers.lcp)} ms, first card in the DOM ${range(numbers.card)} ms, ` +
      `live widget ${range(numbers.live)} ms, the articles' first file in ${range(numbers.whole)} ms, their text in ${range(numbers.text)} ms, layout shift ${range(numbers.shift, 4)}, ${(numbers.bytesBeforeLive.median / 1000).toFixed(0)} kB transferred before it was live; ` +
      `"${word}" typed as soon as the box was there, its results painted at ${range(numbers.typed)} ms (${typed.length} loads; the widget's broadsheet-search event heard, a frame and a task later, at ${range(numbers.typedEvent)} ms), ${(numbers.bytesBeforeTyped.median / 1000).toFixed(0)} kB transferred by then`,
  );
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(report, null, 2));
await browser.close();
server.close();
