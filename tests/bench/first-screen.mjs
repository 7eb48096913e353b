// Browser benchmark (numbers, not a test): a cold load of a built index.html in headless
// Chromium, as is and under a simulated network (Chrome DevTools Protocol: 10 Mbit/s down,
// 40 ms round trip) with the CPU slowed four times. Each load is a fresh context, nothing
// cached. Reports the first contentful paint, the largest contentful paint, when the first card
// is in the DOM (by DOMContentLoaded when the page carries the first screen, else when the
// widget renders it), when the live widget is ready (`broadsheet-ready`), the cumulative layout
// shift, and the bytes transferred before the live widget was ready. Median of RUNS (default 5).
//   node tests/bench/first-screen.mjs DIST [RUNS] [PAGE]
// PAGE is a path under the server (default index.html; test/plain.html is a host page whose
// element has no options, which gets its first screen from broadsheet-first.html).
import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';

const dist = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const path = process.argv[4] ?? '';
const server = await serve(dist);
const browser = await launch();

async function load(throttled) {
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
  let bytes = 0;
  let live = false;
  cdp.on('Network.loadingFinished', (event) => {
    if (!live) bytes += event.encodedDataLength;
  });
  await page.addInitScript(() => {
    window.bs = { shift: 0 };
    const seen = (root) => {
      if (window.bs.card || !root?.querySelector('.bs-card')) return false;
      window.bs.card = performance.now();
      return true;
    };
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector('broadsheet-news')?.shadowRoot;
      window.bs.prerendered = !!root?.querySelector('[data-prerendered]');
      seen(root);
    });
    addEventListener('broadsheet-ready', () => (window.bs.live = performance.now()));
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver((_, observer) => seen(root) && observer.disconnect()).observe(root, { childList: true, subtree: true });
      return root;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.bs.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => (window.bs.lcp = list.getEntries().at(-1).startTime)).observe({
      type: 'largest-contentful-paint',
      buffered: true,
    });
  });
  await page.goto(server.url + path);
  await page.waitForFunction(() => window.bs.live, null, { timeout: 60_000 });
  live = true;
  await page.waitForTimeout(throttled ? 1500 : 500);
  const seen = await page.evaluate(() => ({
    ...window.bs,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  await context.close();
  return { ...seen, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const range = (values, digits = 0) => `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
for (const throttled of [false, true]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await load(throttled));
  const of = (key) => all.map((r) => r[key]);
  console.log(
    `${throttled ? '10 Mbit/s, 40 ms, CPU 4x' : 'local, no throttling'} (${runs} cold loads, ${path || 'index.html'}, ${all[0].prerendered ? 'first screen in the page' : 'no first screen in the page'}): ` +
      `first contentful paint ${range(of('fcp'))} ms, largest ${range(of('lcp'))} ms, first card in the DOM ${range(of('card'))} ms, ` +
      `live widget ${range(of('live'))} ms, layout shift ${range(of('shift'), 4)}, ${range(of('bytes').map((b) => b / 1000))} kB transferred before it was live`,
  );
}
await browser.close();
server.close();
