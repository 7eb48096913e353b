import { launch } from '../e2e/browser.mjs';
import { serve } from '../e2e/server.mjs';
const dist = process.argv[2];
const queries = process.argv.slice(3);
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await page.addInitScript(() => { addEventListener('broadsheet-ready', () => (window.liveAt = performance.now())); });
await page.goto(server.url);
await page.waitForFunction(() => window.liveAt, null, { timeout: 0 });
const root = () => document.querySelector('broadsheet-news')?.shadowRoot ?? document;
await page.waitForFunction(() => !/^Showing the newest/.test((document.querySelector('broadsheet-news')?.shadowRoot ?? document).querySelector('.bs-shell:not([hidden])')?.textContent ?? ''), null, { timeout: 0 });
await page.waitForTimeout(1500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate(async (queries) => {
  const input = (document.querySelector('broadsheet-news')?.shadowRoot ?? document).querySelector('input[type=search]');
  const channel = new MessageChannel();
  const settle = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(null); });
  const out = [];
  for (let rep = 0; rep < 3; rep++) for (const q of queries) {
    for (let end = 1; end <= q.length; end++) {
      const t0 = performance.now();
      input.value = q.slice(0, end);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      const t1 = performance.now() - t0;
      const frame = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      await settle();
      out.push(`${q.slice(0, end)}: ${t1.toFixed(1)} + ${(performance.now() - frame).toFixed(1)}`);
    }
    input.value = ''; input.dispatchEvent(new Event('input', { bubbles: true })); await settle();
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}, queries);
const { profile } = await cdp.send('Profiler.stop');
console.log(times.join('\n'));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
let total = 0;
for (const [id, c] of counts) {
  const n = byId.get(id);
  const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
  if (n.callFrame.functionName === '(idle)') continue;
  self.set(name, (self.get(name) ?? 0) + c);
  total += c;
}
console.log('total samples (non-idle)', total);
for (const [name, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((100 * c / total).toFixed(1).padStart(5), name.slice(0, 150));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const focus of (process.env.UNDER ?? 'Engine::query').split(',')) {
const under = new Map();
for (const [id, c] of counts) {
  const chain = [];
  for (let at = id; at !== undefined; at = parent.get(at)) chain.push((byId.get(at).callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}/, '').slice(0, 120));
  const k = chain.findIndex((n) => n.includes(focus));
  if (k < 0) continue;
  const seen = new Set();
  for (const name of chain.slice(0, k + 1)) { if (seen.has(name)) continue; seen.add(name); under.set(name, (under.get(name) ?? 0) + c); }
  under.set('(self) ' + chain[0], (under.get('(self) ' + chain[0]) ?? 0) + c);
}
console.log('--- under', focus, '(ms per keystroke at 0.1 ms a sample, / KEYS)');
const keys = Number(process.env.KEYS ?? 1);
for (const [name, c] of [...under].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log((c * 0.1 / keys).toFixed(2).padStart(6), name);
}
await browser.close();
server.close?.();
process.exit(0);
