import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
const page = await browser.newPage();
await page.addInitScript(() => {
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.shifts.push({ t: Math.round(e.startTime), v: e.value, input: e.hadRecentInput, sources: e.sources.map((s) => ({ node: s.node ? (s.node.nodeName + '.' + (s.node.className ?? '') + ' ' + (s.node.textContent ?? '').slice(0, 60)) : null, prev: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height], cur: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height] })) });
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('broadsheet-ready', () => (window.liveAt = performance.now()));
});
await page.goto(server.url);
await page.waitForFunction(() => window.liveAt, null, { timeout: 0 });
await page.waitForFunction(() => !/^Showing the newest/.test((document.querySelector('broadsheet-news')?.shadowRoot ?? document).querySelector('.bs-shell:not([hidden])')?.textContent ?? ''), null, { timeout: 0 });
await page.waitForTimeout(3000);
for (const s of await page.evaluate(() => window.shifts)) console.log(s.t, s.v.toFixed(4), s.input, s.sources.map((x) => `${x.node} ${x.prev.map(Math.round)} -> ${x.cur.map(Math.round)}`).join(" | "));
console.log(await page.evaluate(() => window.shifts.flatMap((s) => s.sources.map((x) => { const root = document.querySelector('broadsheet-news').shadowRoot; const e = root.elementFromPoint(x.cur[0] + 2, x.cur[1] + 2); return e ? `${e.nodeName}.${e.className} «${e.textContent.slice(0, 50)}» parent ${e.parentElement?.className}` : 'none'; })).join('\n')));
await browser.close();
process.exit(0);
