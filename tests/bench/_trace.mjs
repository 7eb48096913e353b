import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
const dist = process.argv[2];
const queries = process.argv.slice(3);
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
await page.addInitScript(() => { addEventListener('broadsheet-ready', () => (window.liveAt = performance.now())); });
await page.goto(server.url);
await page.waitForFunction(() => window.liveAt, null, { timeout: 0 });
await page.waitForFunction(() => !/^Showing the newest/.test((document.querySelector('broadsheet-news')?.shadowRoot ?? document).querySelector('.bs-shell:not([hidden])')?.textContent ?? ''), null, { timeout: 0 });
await page.waitForTimeout(1500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
const keys = await page.evaluate(async (queries) => {
  const input = (document.querySelector('broadsheet-news')?.shadowRoot ?? document).querySelector('input[type=search]');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let keys = 0;
  for (let rep = 0; rep < 3; rep++) for (const q of queries) {
    for (let end = 1; end <= q.length; end++) {
      await frame();
      performance.mark('key:' + q.slice(0, end));
      input.value = q.slice(0, end);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      keys++;
      await frame(); await frame(); await frame();
    }
    input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame(); await frame();
  }
  return keys;
}, queries);
const buffer = await browser.stopTracing();
const trace = JSON.parse(buffer.toString());
const events = trace.traceEvents ?? trace;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
const by = new Map();
for (const e of mine) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
console.log(`keystrokes ${keys}; ms per keystroke, by event (nested events counted in their parents too):`);
for (const [name, ms] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((ms / keys).toFixed(2).padStart(7), name);
const marks = events.filter((e) => e.pid === main.pid && e.name?.startsWith('key:')).map((e) => [e.ts, e.name]).sort((a, b) => a[0] - b[0]);
const at = (ts) => { let m = '?'; for (const [t, n] of marks) if (t <= ts) m = n; return m; };
for (const e of mine.filter((e) => e.name === 'Layout' || e.name === 'Paint' || e.name === 'UpdateLayoutTree').sort((a, b) => a.ts - b.ts)) {
  if (e.dur < 1500) continue;
  console.log(at(e.ts).padEnd(10), e.name.padEnd(16), (e.dur / 1000).toFixed(1), JSON.stringify(e.args?.beginData ?? {}).slice(0, 140), JSON.stringify(e.args?.endData ?? {}).slice(0, 100));
}
await browser.close();
process.exit(0);
