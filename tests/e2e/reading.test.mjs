// End-to-end: what a daily reader relies on, in the release build in Chromium: the keyboard
// shortcuts, read and saved marks (kept, shared between tabs, and when storage fails), the
// phone layout, print, accessibility checked by axe-core, and screenshots of each view under
// target/screenshots/ for people to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { launch, live } from './browser.mjs';
import { serve } from './server.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/', import.meta.url));
const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SEED = 'China rejects meeting of defense ministers with US';

let server;
let browser;
const problems = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Notes every console error, page error and failed request of `page`. */
function watch(page) {
  page.on('console', (msg) => {
    // Failed requests are told apart below, with their address.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('response', (res) => {
    // A test page without an icon of its own makes the browser ask for /favicon.ico.
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return page;
}

/** A page of `context` (a new one by default) on `path`, once the first card is there. */
async function open(path = '', { context, viewport, colorScheme, init } = {}) {
  const owner = context ?? (await browser.newContext({ viewport: viewport ?? { width: 1280, height: 800 }, colorScheme }));
  const page = watch(await owner.newPage());
  if (init) await page.addInitScript(init);
  await page.addInitScript(() => {
    window.bsRoot = () => document.querySelector('broadsheet-news')?.shadowRoot ?? document;
  });
  await page.goto(server.url + path);
  await live(page);
  return page;
}

const active = (page) =>
  page.evaluate(() => {
    const e = bsRoot().activeElement;
    return { cls: e?.className ?? '', text: (e?.textContent ?? '').trim(), tag: e?.tagName };
  });
const card = (page, title) => page.locator('.bs-card', { has: page.locator('.bs-card-open', { hasText: title }) });
const line = (page) => page.locator('.bs-summary-line').textContent();

test('keys: / and Ctrl+K to the search box, j k and arrows between results, Escape clears, ? shows help', async () => {
  const page = await open();
  // From the page itself (it has no text field of its own), `/` reaches the widget's box.
  await page.keyboard.press('/');
  assert.equal((await active(page)).cls, 'bs-search-input');
  assert.equal(await page.getByRole('searchbox').inputValue(), '', 'the slash is not typed');
  await page.keyboard.press('ArrowDown');
  const first = await active(page);
  assert.equal(first.cls, 'bs-card-open');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  const fourth = await active(page);
  const titles = (await page.locator('.bs-card-open').allTextContents()).map((t) => t.trim());
  assert.equal(fourth.text, titles[3]);
  await page.keyboard.press('k');
  assert.equal((await active(page)).text, titles[2]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.equal((await active(page)).cls, 'bs-search-input', 'up from the first result: the search box');
  // Far down the list, the focused card is in view.
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 15; i++) await page.keyboard.press('j');
  const inView = await page.evaluate(() => {
    const r = bsRoot().activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(inView, 'the focused card is visible');
  assert.equal((await active(page)).text, titles[15]);
  // Ctrl+K from a card; Escape in the box clears the query.
  await page.keyboard.press('Control+k');
  assert.equal((await active(page)).cls, 'bs-search-input');
  await page.keyboard.type('harbour');
  await page.waitForFunction(() => bsRoot().querySelector('.bs-summary-count').textContent.includes(' of '));
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('searchbox').inputValue(), '');
  await page.waitForFunction(() => !bsRoot().querySelector('.bs-summary-count').textContent.includes(' of '));
  // ? from outside a text field shows the shortcuts; Escape hides them.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('?');
  const help = page.getByRole('region', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  assert.match(await help.textContent(), /Ctrl\+K.*search.*j k or ↓ ↑.*next or previous result/s);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  // Enter opens; `n` goes to the next result, `p` back; Escape returns to the list.
  await page.keyboard.press('Enter');
  await page.locator('.bs-reader').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.bs-list').waitFor();
  await page.context().close();
});

test('keys stay the host page’s where it has text fields of its own, or more than one widget', async () => {
  const page = await open('demo.html');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('/');
  const where = await page.evaluate(() => document.activeElement?.tagName);
  assert.equal(where, 'BODY', 'two widgets: `/` is left to the page');
  await page.context().close();
});

test('opened articles are marked read, saved ones kept; both survive a reload and filter the list', async () => {
  const page = await open();
  assert.match(await line(page), /^21 articles · 21 unread · /);
  await page.locator('.bs-card-open').first().click();
  await page.locator('.bs-reader').waitFor();
  // Saved from the reader.
  const save = page.locator('.bs-reader .bs-save');
  assert.equal(await save.getAttribute('aria-pressed'), 'false');
  await save.click();
  assert.equal(await save.getAttribute('aria-pressed'), 'true');
  await page.getByRole('link', { name: '← All articles' }).click();
  await page.locator('.bs-list').waitFor();
  const firstTitle = (await page.locator('.bs-card-open').first().textContent()).trim();
  const first = card(page, firstTitle);
  assert.equal(await first.locator('.bs-read-mark').textContent(), 'Read');
  assert.equal(await first.locator('.bs-save').getAttribute('aria-pressed'), 'true');
  assert.equal(await first.locator('.bs-save').getAttribute('aria-label'), `Save ${firstTitle}`);
  assert.match(await line(page), /^21 articles · 20 unread · /);
  // Saved from a card, then the stored entry: versioned, namespaced, one line an article.
  const second = page.locator('.bs-card').nth(1);
  await second.locator('.bs-save').click();
  const stored = await page.evaluate(() => localStorage.getItem('broadsheet:1:/:bs:marks'));
  const lines = stored.trim().split('\n').sort();
  assert.equal(lines.length, 2, stored);
  assert.ok(lines.some((l) => l.startsWith('3')) && lines.some((l) => l.startsWith('2')), stored);

  await page.reload();
  await live(page);
  assert.match(await line(page), /^21 articles · 20 unread · /);
  assert.equal(await page.locator('.bs-read-mark').count(), 1);
  assert.equal(await page.locator('.bs-card .bs-save[aria-pressed=true]').count(), 2);

  await page.getByRole('searchbox').fill('is:saved');
  await page.waitForFunction(() => bsRoot().querySelectorAll('.bs-card').length === 2);
  assert.deepEqual(await page.locator('.bs-filters .bs-chip').allTextContents(), ['Marked: saved×']);
  await page.getByRole('searchbox').fill('is:unread');
  await page.waitForFunction(() => bsRoot().querySelectorAll('.bs-card').length === 20);
  assert.equal(await page.locator('.bs-read-mark').count(), 0);
  // An article opened from is:unread stays in the list until the query changes.
  await page.locator('.bs-card-open').first().click();
  await page.locator('.bs-reader').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.bs-list').waitFor();
  assert.equal(await page.locator('.bs-card').count(), 20);
  // The summary's chips and "Mark all read".
  await page.getByRole('searchbox').fill('');
  await page.getByRole('button', { name: /^Unread 19 articles$/ }).waitFor();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  assert.match(await line(page), /^21 articles · 0 unread · /);
  assert.equal(await page.locator('.bs-read-mark').count(), 20, 'a page of cards, each marked');
  await page.context().close();
});

test('marks made in one tab appear in another; ids no longer in the corpus are dropped', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const stale = '1no/such-article\n2' + 'x'.repeat(50) + '\n';
  // A page of the same origin without the widget, to put an old entry in place.
  const setup = await context.newPage();
  await setup.route('**/seed-storage', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title><link rel="icon" href="data:,">' }),
  );
  await setup.goto(server.url + 'seed-storage');
  await setup.evaluate((value) => localStorage.setItem('broadsheet:1:/:bs:marks', value), stale);
  await setup.close();
  const a = await open('', { context });
  const b = await open('', { context });
  // Bounded: what the corpus no longer has is gone once the widget has read the entry.
  assert.equal(await a.evaluate(() => localStorage.getItem('broadsheet:1:/:bs:marks')), '');
  await a.locator('.bs-card .bs-save').first().click();
  await b.waitForFunction(() => bsRoot().querySelector('.bs-card .bs-save').getAttribute('aria-pressed') === 'true');
  await b.locator('.bs-card .bs-save').first().click();
  await a.waitForFunction(() => bsRoot().querySelector('.bs-card .bs-save').getAttribute('aria-pressed') === 'false');
  await context.close();
});

// Each way storage can fail: everything works for the visit, and the widget says so once.
const failures = {
  'a localStorage getter that throws': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  },
  'storage turned off (localStorage is null)': () => {
    Object.defineProperty(window, 'localStorage', { get: () => null });
  },
  'a full storage': () => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};
for (const [name, init] of Object.entries(failures)) {
  test(`with ${name}, marks work for the visit and the widget says they will not be kept`, async () => {
    const page = await open('', { init });
    assert.equal(await page.locator('.bs-note').count(), 0, 'nothing to say before a mark');
    await page.locator('.bs-card-open').first().click();
    await page.locator('.bs-reader').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.bs-read-mark').first().waitFor();
    await page.locator('.bs-card .bs-save').nth(1).click();
    assert.equal(await page.locator('.bs-card .bs-save[aria-pressed=true]').count(), 1);
    assert.match(await page.locator('.bs-note').textContent(), /kept only until this page closes/);
    assert.equal(await page.locator('.bs-note').count(), 1);
    await page.context().close();
  });
}

test('in a sandboxed iframe (no storage at all) marks work for the visit', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = watch(await context.newPage());
  await page.goto(server.url + 'test/sandboxed.html');
  const frame = page.frameLocator('#frame');
  await frame.locator('.bs-card').first().waitFor();
  await frame.locator('.bs-card-open').first().click();
  await frame.locator('.bs-reader').waitFor();
  await frame.locator('.bs-back').click();
  await frame.locator('.bs-read-mark').first().waitFor();
  assert.match(await frame.locator('.bs-note').textContent(), /kept only until this page closes/);
  await context.close();
});

test('filters that exclude each other: the empty list names what to take out', async () => {
  const page = await open();
  await page.getByRole('searchbox').fill('topic:sport topic:culture');
  await page.locator('.bs-empty').waitFor();
  assert.match(
    await page.locator('.bs-empty').textContent(),
    /No article matches all of these filters: take out “Topic: sport” or “Topic: culture”\./,
  );
  await page.getByRole('searchbox').fill('xylophone quantum');
  await page.waitForFunction(() => bsRoot().querySelector('.bs-empty')?.textContent.includes('Try fewer words'));
  await page.context().close();
});

for (const { width, height } of [{ width: 320, height: 568 }, { width: 375, height: 667 }, { width: 414, height: 896 }]) {
  test(`on a ${width} px phone the first result is on the first screen and nothing runs off it`, async () => {
    const page = await open('', { viewport: { width, height } });
    assert.equal(await page.locator('.bs-summary-fold[open]').count(), 0, 'the summary is one line');
    assert.match(await line(page), /^21 articles · 21 unread · \d+ min · 17 Apr 2023 – 19 Jul 2025$/);
    const top = await page.locator('.bs-card').first().evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(top < height - 60, `first card at ${top} px of ${height}`);
    const overflow = () =>
      page.evaluate(() => {
        const root = bsRoot().querySelector('.broadsheet');
        return document.documentElement.scrollWidth - innerWidth + (root.scrollWidth - root.clientWidth);
      });
    assert.equal(await overflow(), 0, 'nothing wider than the screen');
    // Unfolding works, and is not remembered on a phone.
    await page.locator('.bs-summary-line').click();
    await page.locator('.bs-summary-fold[open] .bs-summary-facts').waitFor();
    await page.locator('.bs-card-open').first().click();
    await page.locator('.bs-reader').waitFor();
    assert.equal(await overflow(), 0, 'the reader fits too');
    await page.context().close();
  });
}

test('on a wide screen the summary starts unfolded; folding it is remembered', async () => {
  const page = await open();
  assert.equal(await page.locator('.bs-summary-fold[open]').count(), 1);
  const first = await page.locator('.bs-card').first().evaluate((e) => e.getBoundingClientRect().top);
  await page.locator('.bs-summary-line').click();
  await page.waitForFunction(() => !bsRoot().querySelector('.bs-summary-fold').open);
  const folded = await page.locator('.bs-card').first().evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(folded < first - 100, `folded, the list moves up: ${first} -> ${folded}`);
  await page.reload();
  await live(page);
  assert.equal(await page.locator('.bs-summary-fold[open]').count(), 0, 'still folded after a reload');
  await page.context().close();
});

test('long unbroken words wrap, and the reader keeps a measure of about 60-75 characters', async () => {
  const page = await open('', { viewport: { width: 1280, height: 800 } });
  await page.getByRole('searchbox').fill('china');
  await page.locator('.bs-card-open', { hasText: SEED }).click();
  await page.locator('.bs-body').waitFor();
  const perLine = await page.evaluate(() => {
    const body = bsRoot().querySelector('.bs-body');
    const probe = document.createElement('span');
    probe.textContent = 'the quick brown fox jumps over a lazy dog '.repeat(4);
    probe.style.whiteSpace = 'nowrap';
    body.append(probe);
    const charWidth = probe.getBoundingClientRect().width / probe.textContent.length;
    probe.remove();
    return body.clientWidth / charWidth;
  });
  assert.ok(perLine >= 55 && perLine <= 80, `${perLine.toFixed(1)} characters a line`);
  // A 200-character word put into a paragraph wraps within the widget.
  const widths = await page.evaluate(() => {
    const p = bsRoot().querySelector('.bs-body p');
    p.append(` https://example.org/${'averyveryverylongpathsegment'.repeat(8)}`);
    const root = bsRoot().querySelector('.broadsheet');
    return [root.scrollWidth, root.clientWidth];
  });
  assert.equal(widths[0], widths[1]);
  await page.context().close();
});

test('print: the reader as an article with the original’s address, no controls, no dark colours', async () => {
  const page = await open('', { colorScheme: 'dark' });
  await page.getByRole('searchbox').fill('harbour wall repairs');
  await page.locator('.bs-card-open').first().click();
  await page.locator('.bs-original').waitFor();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await page.evaluate(() => {
    const root = bsRoot();
    const shown = (s) => [...root.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none');
    const widget = getComputedStyle(root.querySelector('.broadsheet'));
    const link = root.querySelector('.bs-original a');
    return {
      controls: ['.bs-back', '.bs-save', '.bs-steps', '.bs-related', '.bs-keys'].filter(shown),
      ink: widget.color,
      paper: widget.backgroundColor,
      after: getComputedStyle(link, '::after').content,
      href: link.href,
    };
  });
  assert.deepEqual(printed.controls, []);
  assert.equal(printed.ink, 'rgb(0, 0, 0)');
  assert.equal(printed.paper, 'rgb(255, 255, 255)');
  assert.ok(printed.after.includes(printed.href), JSON.stringify(printed));
  await page.screenshot({ path: `${SHOTS}print-reader.png`, fullPage: true });
  // The list prints as a plain list.
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await page.locator('.bs-list').waitFor();
  await page.emulateMedia({ media: 'print' });
  const list = await page.evaluate(() => {
    const root = bsRoot();
    return ['.bs-search', '.bs-summary', '.bs-save', '.bs-more'].filter((s) =>
      [...root.querySelectorAll(s)].some((e) => getComputedStyle(e).display !== 'none'),
    );
  });
  assert.deepEqual(list, []);
  await page.screenshot({ path: `${SHOTS}print-list.png`, fullPage: true });
  await page.context().close();
});

/** axe-core's violations inside the widget, as `rule: target` lines. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['broadsheet-news']] },
      { rules: { region: { enabled: false } } },
    );
    // axe looked inside the shadow root: the widget's buttons were checked for names.
    const named = ['button-name', 'link-name'].reduce((n, rule) => n + (result.passes.find((p) => p.id === rule)?.nodes.length ?? 0), 0);
    return [
      ...(named > 2 ? [] : [`axe checked ${named} buttons and links: it did not look inside the widget`]),
      ...result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary}`)),
    ];
  });
}

for (const colorScheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing and the screenshots are taken: ${colorScheme}, ${width} px`, async () => {
      const height = width === 320 ? 640 : 900;
      const page = await open('', { viewport: { width, height }, colorScheme });
      // What the first screen shows.
      const shot = (name) => page.screenshot({ path: `${SHOTS}${name}-${width}-${colorScheme}.png` });
      const found = [];
      const check = async (where) => found.push(...(await axe(page)).map((v) => `${where}: ${v}`));
      const folded = !(await page.locator('.bs-summary-fold').evaluate((d) => d.open));
      await check('list');
      await shot(folded ? 'list-summary-closed' : 'list-summary-open');
      await page.locator('.bs-summary-line').click();
      await page.waitForFunction((was) => bsRoot().querySelector('.bs-summary-fold').open === was, folded);
      await shot(folded ? 'list-summary-open' : 'list-summary-closed');
      if (!(await page.locator('.bs-summary-fold').evaluate((d) => d.open))) await page.locator('.bs-summary-line').click();
      await page.getByText(/^Filter by publication/).click();
      await page.locator('.bs-facets .bs-chip').first().waitFor();
      await check('filters open');
      await page.getByRole('searchbox').fill('harbour');
      await page.locator('.bs-card-open').first().click();
      await page.locator('.bs-reader').waitFor();
      await check('reader');
      await shot('reader');
      await page.keyboard.press('?');
      await check('shortcuts');
      assert.deepEqual(found, []);
      await page.context().close();
    });
  }
}

test('no page logged an error', () => {
  assert.deepEqual(problems, []);
});
