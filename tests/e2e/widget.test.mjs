// End-to-end: the release build in dist/, served by a real static server, used in a real
// browser the way a reader uses it, with the mouse and with the keyboard alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { launch, live, summed } from './browser.mjs';
import { serve } from './server.mjs';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const SEED = 'China rejects meeting of defense ministers with US';

let server;
let browser;
const problems = [];

before(async () => {
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh page on the widget, with every console error, page error and failed request noted. */
async function openWidget() {
  const page = await browser.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  // The widget lives in the <broadsheet-news> element's shadow root.
  await page.addInitScript(() => {
    window.bsRoot = () => document.querySelector('broadsheet-news')?.shadowRoot ?? document;
  });
  await page.goto(server.url);
  await live(page);
  return page;
}

const cardTitles = (page) => page.locator('.bs-card-title').allTextContents();
/** The button on an article's card (a key sentence in the summary may open it too). */
const cardLink = (page, name) => page.locator('.bs-list').getByRole('link', { name, exact: true });
/** What has the keyboard focus: tag, class and text. */
const focused = (page) =>
  page.evaluate(() => {
    const e = bsRoot().activeElement;
    return { tag: e?.tagName, cls: e?.className ?? '', text: (e?.textContent ?? '').trim() };
  });

test('the seed article is listed, a page at a time, with its publication and reading time', async () => {
  const page = await openWidget();
  // Newest first: the seed (2023) is on the second page.
  assert.equal(await page.locator('.bs-card').count(), 20);
  await page.getByRole('button', { name: /^Show more/ }).click();
  await page.locator('.bs-card').nth(20).waitFor();
  const titles = (await cardTitles(page)).map((t) => t.trim());
  assert.ok(titles.includes(SEED), `titles: ${titles}`);
  const card = page.locator('.bs-card', { hasText: SEED });
  assert.match(await card.locator('.bs-meta').textContent(), /Complete News World.*2 min read/);
  await page.close();
});

test('a query that matches nothing empties the list and says so; a matching one brings it back', async () => {
  const page = await openWidget();
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('xylophone quantum');
  await page.locator('.bs-empty').waitFor();
  assert.equal(await page.locator('.bs-card').count(), 0);
  assert.match(await page.locator('.bs-empty').textContent(), /No article matches “xylophone quantum”/);
  await summed(page);
  assert.match(await page.getByRole('status').textContent(), /^0 of \d+ articles?$/);

  await search.fill('');
  await search.pressSequentially('singap', { delay: 20 });
  await page.locator('.bs-card', { hasText: SEED }).waitFor();
  assert.equal(await page.locator('.bs-empty').count(), 0);
  await page.close();
});

test('a lone letter being typed leaves the list as it was; the next letter searches', async () => {
  const page = await openWidget();
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  const shown = () => Promise.all([page.getByRole('status').textContent(), cardTitles(page)]);
  const typed = async (query) => {
    await page.waitForFunction((query) => document.querySelector('broadsheet-news').state.query === query, query);
    await summed(page);
  };
  const all = await shown();
  await search.fill('x');
  await typed('x');
  assert.deepEqual(await shown(), all, 'one letter: every article, as before');
  await search.fill('china');
  await typed('china');
  const china = await shown();
  assert.notDeepEqual(china, all);
  await search.fill('china x');
  await typed('china x');
  assert.deepEqual(await shown(), china, 'the first letter of a new word: the same list');
  assert.equal(await page.locator('.bs-notice').count(), 0);
  await search.fill('china xy');
  await page.locator('.bs-notice').waitFor();
  assert.match(await page.locator('.bs-notice').textContent(), /No article has all of china, xy/);
  await page.close();
});

test('the summary card follows the list by a frame, and sums up only the search still shown', async () => {
  const page = await openWidget();
  const made = await page.evaluate(async () => {
    const input = bsRoot().querySelector('.bs-search-input');
    const frameAndTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    // Once the articles' text is in (the summary's key sentences come with it) and what is
    // shown has been summed up again, a frame later: until then a search is summed up at once.
    while (!bsRoot().querySelector('.bs-key-sentences')) await frameAndTask();
    await frameAndTask();
    performance.clearMeasures('broadsheet:summary');
    const count = () => bsRoot().querySelector('.bs-summary-count').textContent;
    const before = count();
    // Two searches, each listed in the task after it, as a quick typist's keys are: the first
    // is typed over before any frame.
    const task = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    for (const query of ['harbour', 'comet']) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await task();
    }
    const listed = bsRoot().querySelectorAll('.bs-card').length;
    const meanwhile = count();
    await frameAndTask();
    await frameAndTask();
    return {
      before,
      listed,
      meanwhile,
      after: count(),
      summaries: performance.getEntriesByName('broadsheet:summary', 'measure').length,
    };
  });
  assert.match(made.before, /^21 articles$/);
  assert.ok(made.listed > 0 && made.listed < 21, `the list shows the comets at once: ${made.listed}`);
  assert.equal(made.meanwhile, made.before, 'the card waits for the frame');
  assert.equal(made.after, `${made.listed} of 21 articles`);
  assert.equal(made.summaries, 1, 'only the search still shown is summed up');
  await page.close();
});

test('a new search paints its first ten cards at once, the rest of the page with its summary', async () => {
  const page = await openWidget();
  const seen = await page.evaluate(async () => {
    const input = bsRoot().querySelector('.bs-search-input');
    const frameAndTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const task = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    const shown = () => [bsRoot().querySelectorAll('.bs-card').length, bsRoot().querySelector('.bs-more')?.textContent ?? null];
    // The widget sends `broadsheet-search` at the end of a search's render, in the
    // keystroke's task: what it shows then is what the next frame paints first.
    let first = null;
    addEventListener('broadsheet-search', () => (first = shown()));
    // The articles' text handed over (the summary's key sentences come with it): what is
    // shown is summed up again at once, and a frame later it is what was summed up, so the
    // first search typed after it is a new search like any other.
    while (!bsRoot().querySelector('.bs-key-sentences')) await frameAndTask();
    const seen = {};
    // "will" is in 14 of the 21 articles, "said" in all of them.
    let size = '';
    for (const query of ['will ', 'said ', 'page-size 4', 'will ']) {
      await frameAndTask();
      // A page no longer than ten comes whole at once, its button for more with it.
      if (query === 'page-size 4') {
        document.querySelector('broadsheet-news').setAttribute('page-size', '4');
        size = ', 4';
        continue;
      }
      first = null;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      for (let i = 0; i < 100 && !first; i++) await task();
      await frameAndTask();
      await frameAndTask();
      seen[query.trim() + size] = [first, shown()];
    }
    return seen;
  });
  assert.deepEqual(seen.will, [[10, null], [14, null]]);
  assert.deepEqual(seen.said, [[10, null], [20, 'Show more (1 left)']]);
  assert.deepEqual(seen['will, 4'], [[4, 'Show more (10 left)'], [4, 'Show more (10 left)']]);
  await page.close();
});

test('clicking a headline opens the article; Back to all articles returns', async () => {
  const page = await openWidget();
  await page.getByRole('searchbox').fill('china');
  await cardLink(page, SEED).click();
  const heading = page.getByRole('heading', { level: 2, name: SEED });
  await heading.waitFor();
  assert.equal(await page.locator('.bs-reader h2').count(), 1, 'the headline appears once');
  assert.equal(await page.locator('.bs-lead-in').count(), 2);
  // The clip is a note about the original, not something that looks like a player.
  assert.equal(
    (await page.locator('.bs-media').textContent()).trim(),
    'The original has a video here (17 April 2023, 0:20).',
  );
  assert.equal(await page.locator('.bs-reader video, .bs-reader [role=button].bs-media').count(), 0);
  const body = await page.locator('.bs-body').textContent();
  assert.ok(!body.includes(SEED), 'the repeated headline is not part of the body');
  assert.ok(body.includes('International Institute for Strategic Studies (IISS).'));

  await page.getByRole('link', { name: '← All articles' }).click();
  await page.locator('.bs-list').waitFor();
  await page.close();
});

test('the keyboard alone can search, open, read and go back', async () => {
  const page = await openWidget();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => bsRoot().activeElement?.type), 'search');
  await page.keyboard.type('pentagon');
  // Tab once the list shows what was typed (a reader does not tab within the same millisecond).
  await page.waitForFunction(() => bsRoot().querySelectorAll('.bs-card').length === 1);
  // Two Tab stops to the first result: the sort menu, then "Skip to results".
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).tag, 'SELECT');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to results');
  assert.ok(await page.locator('.bs-skip').isVisible(), 'the skip link shows once focused');
  await page.keyboard.press('Enter');
  const card = await focused(page);
  assert.equal(card.cls, 'bs-card-open');
  assert.equal(card.text, SEED);
  // Without the skip link, Tab goes on through the summary to the card.
  await page.keyboard.press('Shift+Tab');
  const order = [];
  for (let i = 0; i < 20 && order.at(-1)?.cls !== 'bs-card-open'; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  assert.equal(order.at(-1)?.text, SEED, JSON.stringify(order));
  await page.keyboard.press('Enter');
  await page.locator('.bs-reader').waitFor();
  assert.equal(await page.evaluate(() => bsRoot().activeElement?.tagName), 'H2');
  await page.keyboard.press('Escape');
  await page.locator('.bs-list').waitFor();
  assert.equal((await page.evaluate(() => bsRoot().activeElement?.textContent)).trim(), SEED);
  assert.equal(await page.getByRole('searchbox').inputValue(), 'pentagon');
  await page.close();
});

test('Back and Forward move between the list and the article; the address can be shared', async () => {
  const page = await openWidget();
  await page.getByRole('searchbox').fill('singapore');
  await cardLink(page, SEED).click();
  await page.locator('.bs-reader').waitFor();
  const shared = page.url();
  assert.match(shared, /#bs\.q=singapore&bs\.a=world%2Fchina-rejects-defense-ministers-meeting$/);
  await page.goBack();
  await page.locator('.bs-list').waitFor();
  assert.equal(await page.getByRole('searchbox').inputValue(), 'singapore');
  await page.goForward();
  await page.locator('.bs-reader').waitFor();
  // The shared address opens the same article in a new page.
  const other = await browser.newPage();
  await other.goto(shared);
  await other.getByRole('heading', { level: 2, name: SEED }).waitFor();
  await other.close();
  await page.close();
});

test('facets by keyboard: a chip adds its filter, Back undoes it, the bar takes it out', async () => {
  const page = await openWidget();
  const status = page.getByRole('status');
  const all = await status.textContent();
  await page.getByText(/^Filter by publication/).click();
  const chip = page.locator('.bs-facets').getByRole('button', { name: /^Valley Signal \d+ articles?$/ });
  const count = Number((await chip.textContent()).match(/ (\d+) article/)[1]);
  await chip.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => bsRoot().querySelector('.bs-filters'));
  assert.equal(await page.getByRole('searchbox').inputValue(), 'source:"Valley Signal" ');
  await summed(page);
  assert.match(await status.textContent(), new RegExp(`^${count} of `));
  assert.equal(await page.locator('.bs-card').count(), count);
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.match(page.url(), /#bs\.q=source%3A%22Valley%20Signal%22%20$/);

  // A filter is a step in the history: Back takes it away, Forward brings it back.
  await page.goBack();
  await page.waitForFunction(() => !bsRoot().querySelector('.bs-filters'));
  assert.equal(await status.textContent(), all);
  await page.goForward();
  await page.locator('.bs-filters').waitFor();

  await page.getByRole('button', { name: 'Remove filter Publication: Valley Signal' }).click();
  await page.waitForFunction(() => !bsRoot().querySelector('.bs-filters'));
  assert.equal(await status.textContent(), all);
  await page.close();
});

test('the order menu sorts oldest first, and the order is in the address', async () => {
  const page = await openWidget();
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('oldest');
  await page.waitForFunction((seed) => bsRoot().querySelector('.bs-card-title')?.textContent.trim() === seed, SEED);
  assert.match(page.url(), /#bs\.s=oldest$/);
  await page.goBack();
  await page.waitForFunction((seed) => bsRoot().querySelector('.bs-card-title')?.textContent.trim() !== seed, SEED);
  assert.equal(await page.getByRole('combobox', { name: 'Sort by' }).inputValue(), 'relevance');
  await page.close();
});

test('first paint and first article, measured on a fresh page', async () => {
  const page = await openWidget();
  const listed = await page.evaluate(() => performance.now());
  // Paint entries are delivered asynchronously: wait for the first contentful paint.
  const fcp = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) {
            observer.disconnect();
            resolve(entry.startTime);
          }
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(undefined), 5000);
      }),
  );
  const timing = { fcp, now: listed };
  assert.ok(timing.fcp > 0, 'the page paints');
  // How far the page moved as the widget replaced its placeholder (Cumulative Layout Shift).
  await page.waitForTimeout(500);
  const shift = await page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, e) => sum + e.value, 0))).observe({
          type: 'layout-shift',
          buffered: true,
        });
        setTimeout(() => resolve(0), 1000);
      }),
  );
  console.log(
    `# metric first-contentful-paint ${timing.fcp.toFixed(0)} ms; first article listed by ${timing.now.toFixed(0)} ms; layout shift ${shift.toFixed(4)}`,
  );
  await page.close();
});

test('the release build publishes the same articles as a JSON Feed', async () => {
  const page = await openWidget();
  const total = Number((await page.getByRole('status').textContent()).match(/^(\d+) articles?$/)?.[1]);
  const feed = await (await fetch(new URL('feed.json', server.url))).json();
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.items.length, total);
  const seed = feed.items.find((item) => item.title === SEED);
  assert.ok(seed?._broadsheet?.people?.includes('Mao Ning'));
  await page.close();
});

test('Escape closes the reader after a click into its text; opening scrolls only when the widget is out of view; Back brings the card into view', async () => {
  const page = await openWidget();
  // The widget in view: opening the first article does not move the page (tall enough for the
  // first card to be in view at the top, and for a short article not to shorten the page).
  await page.setViewportSize({ width: 1280, height: 1000 });
  const first = page.locator('.bs-card-open').first();
  assert.ok((await first.evaluate((e) => e.getBoundingClientRect().bottom)) < 1000, 'the first card is in view');
  await first.click();
  await page.locator('.bs-reader').waitFor();
  assert.equal(await page.evaluate(() => scrollY), 0);
  await page.locator('.bs-body p').first().click();
  await page.keyboard.press('Escape');
  await page.locator('.bs-list').waitFor();
  // Far down the list: the reader's top comes into view.
  const card = page.locator('.bs-card-open').nth(15);
  await card.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  assert.ok(before > 0);
  await card.click();
  await page.locator('.bs-reader').waitFor();
  const top = await page.locator('.bs-reader').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 50, `the reader's top is at ${top}`);
  // The browser's Back: the list again, with that card focused and in view.
  const title = (await page.locator('.bs-reader-title').textContent()).trim();
  await page.goBack();
  await page.locator('.bs-list').waitFor();
  await page.waitForFunction(() => {
    const e = bsRoot().activeElement;
    if (!e) return false;
    const box = e.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  assert.equal((await focused(page)).text, title);
  await page.close();
});

test('older pages: a data-broadsheet element is mounted by the loader in the page itself', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${server.url}test/legacy.html`);
  await page.locator('#old .bs-card').first().waitFor();
  assert.equal(await page.locator('#old .bs-card').count(), 20);
  // Styled by the page's own link to the stylesheet, in the page itself (no shadow root).
  assert.equal(await page.evaluate(() => document.getElementById('old').shadowRoot), null);
  assert.equal(await page.locator('#old .bs-card-open').first().evaluate((e) => getComputedStyle(e).color), 'rgb(29, 78, 216)');
  assert.deepEqual(errors, []);
  await page.close();
});

/** The cards' headlines, where those in view are and how tall, and the summary's line. (Cards
 *  out of view are not laid out: `content-visibility: auto`.) */
const screenOf = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('broadsheet-news').shadowRoot;
    const cards = [...root.querySelectorAll('.bs-card')];
    const inView = cards
      .map((card) => [card.querySelector('.bs-card-title').textContent, card.getBoundingClientRect()])
      .filter(([, box]) => box.top < innerHeight)
      .map(([title, box]) => [title, Math.round(box.top), Math.round(box.height)]);
    const summary = root.querySelector('.bs-summary');
    const titles = cards.map((card) => card.querySelector('.bs-card-title').textContent);
    return { titles, inView, summary: [summary.querySelector('.bs-summary-line').textContent, Math.round(summary.getBoundingClientRect().height)] };
  });

test('with JavaScript off the page shows the first screen, laid out as the live widget lays it out', async () => {
  // Tall enough for the summary card and some cards.
  const viewport = { width: 1280, height: 1600 };
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  const off = await context.newPage();
  await off.goto(server.url);
  const early = await screenOf(off);
  await context.close();
  const page = await browser.newPage({ viewport });
  await page.goto(server.url);
  await live(page);
  // Which cards are near the view is settled at a frame's rendering: a card just put on the
  // page keeps its placeholder height until then. Measured as painted, two frames on.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const lively = await screenOf(page);
  assert.equal(early.titles.length, 20);
  assert.ok(early.inView.length >= 1, 'a card in the first view');
  assert.match(early.summary[0], /^21 articles · 21 unread · /);
  // The same headlines in the same places: nothing moves when the live widget takes over.
  assert.deepEqual(early, lively);
  await page.close();
});

test('before the wasm arrives, what the reader types and presses in the first screen is kept', async () => {
  let page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => addEventListener('broadsheet-ready', (e) => (window.readyQuery = e.detail.query)));
  await page.goto(`${server.url}slow/index.html`, { waitUntil: 'domcontentloaded' });
  const prerendered = () => page.evaluate(() => !!document.querySelector('broadsheet-news').shadowRoot.querySelector('[data-prerendered]'));
  assert.equal(await prerendered(), true, 'the wasm is a second and a half late');
  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.click();
  await page.keyboard.type('harbour', { delay: 20 });
  assert.equal(await prerendered(), true, 'typed before the widget ran');
  await live(page);
  assert.equal(await search.inputValue(), 'harbour');
  assert.equal(await page.evaluate(() => document.querySelector('broadsheet-news').state.query), 'harbour');
  // The widget started with it (its first render, hidden until the swap, showed what it
  // finds): the first live list is that, and the address holds it.
  assert.equal(await page.evaluate(() => window.readyQuery), 'harbour');
  assert.match(await page.getByRole('status').textContent(), /^[1-9]\d* of 21 articles$/);
  assert.match(await page.evaluate(() => decodeURIComponent(location.hash)), /\.q=harbour(&|$)/);
  // The focus stayed in the box: typing goes on there.
  await page.keyboard.type(' wall');
  await page.waitForFunction(() => document.querySelector('broadsheet-news').state.query === 'harbour wall');
  await page.close();

  // A new page, with nothing cached: the wasm is late again.
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}slow/index.html`, { waitUntil: 'domcontentloaded' });
  // A headline is a link to the article's own page, which shows it before the wasm too.
  const third = page.locator('.bs-card-open').nth(2);
  const [headline, href] = [await third.textContent(), await third.getAttribute('href')];
  assert.match(href, /^a\/[a-z]+\/[a-z0-9-]+\/$/);
  await third.click();
  await page.waitForURL(`${server.url}slow/${href}`);
  assert.equal(await prerendered(), true, 'the article page before the wasm');
  assert.equal(await page.locator('.bs-reader-title').textContent(), headline);
  await live(page);
  assert.equal(await page.locator('.bs-reader-title').textContent(), headline);
  assert.equal(await page.evaluate(() => document.querySelector('broadsheet-news').state.open), href.slice(2, -1));
  await page.close();
});

/** What an article page tells search engines and link previews. */
const aboutPage = (page) =>
  page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    description: document.querySelector('meta[name=description]').content,
    canonical: document.querySelector('link[rel=canonical]').href,
    og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content])),
    data: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
  }));

test('every article has a page of its own: without JavaScript a headline leads there, and back', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const first = page.locator('.bs-card-open').first();
  const [headline, link] = [await first.textContent(), await first.getAttribute('href')];
  assert.match(link, /^a\/[a-z]+\/[a-z0-9-]+\/$/);
  await first.click();
  await page.waitForURL(server.url + link);
  assert.equal(await page.locator('.bs-reader-title').textContent(), headline);
  // The seed article (past the first page of the list), in full, in the reader's layout.
  const href = 'a/world/china-rejects-defense-ministers-meeting/';
  await page.goto(server.url + href);
  assert.equal(await page.locator('.bs-reader-title').textContent(), SEED);
  assert.ok((await page.locator('.bs-body').textContent()).includes('International Institute for Strategic Studies (IISS).'));
  const about = await aboutPage(page);
  assert.equal(about.title, `${SEED} · Broadsheet`);
  assert.equal(about.lang, 'en');
  assert.equal(about.canonical, server.url + href);
  assert.ok(about.description.length > 60 && about.description.length <= 301, about.description);
  assert.ok(!about.description.includes(SEED), 'the description is the key sentences, not the headline');
  assert.deepEqual([about.og['og:type'], about.og['og:title'], about.og['og:description']], ['article', SEED, about.description]);
  assert.equal(about.data['@type'], 'NewsArticle');
  assert.equal(about.data.headline, SEED);
  assert.match(about.data.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(about.data.articleBody.includes('International Institute for Strategic Studies (IISS).'));
  // Its stylesheet, its steps and its related articles work from the deeper folder (a link styled as the
  // widget's button has no underline).
  assert.equal(await page.locator('.bs-back').evaluate((e) => getComputedStyle(e).textDecorationLine), 'none');
  const step = page.locator('.bs-steps a').first();
  const stepTitle = await step.getAttribute('title');
  await step.click();
  await page.waitForURL(/\/a\/.+\/$/);
  assert.equal(await page.locator('.bs-reader-title').textContent(), stepTitle);
  await page.goto(`${server.url}a/science/northreach-comet-discovery/`);
  const related = page.locator('.bs-related a').first();
  const relatedTitle = await related.textContent();
  await related.click();
  await page.waitForURL(/\/a\/.+\/$/);
  assert.equal(await page.locator('.bs-reader-title').textContent(), relatedTitle);
  // The way back is a link to the front page.
  await page.getByRole('link', { name: '← All articles' }).click();
  await page.waitForURL(server.url);
  assert.equal(await page.locator('.bs-card').count(), 20);
  await context.close();
});

test('on an article page the live widget has the article open, and shares read marks with the front page', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}a/world/china-rejects-defense-ministers-meeting/`);
  await live(page);
  assert.equal(await page.evaluate(() => document.querySelector('broadsheet-news').state.open), 'world/china-rejects-defense-ministers-meeting');
  assert.equal(await page.locator('.bs-reader-title').textContent(), SEED);
  // In the live widget a plain click opens the article in place; one with a modifier key
  // opens the article's page in a new tab, and leaves the reader as it is.
  const next = page.locator('.bs-steps a').first();
  const nextTitle = await next.getAttribute('title');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), next.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState('domcontentloaded');
  assert.match(tab.url(), /\/a\/[a-z]+\/[a-z0-9-]+\/$/);
  // The live widget renders hidden beside the first screen until it is ready (a frame or
  // so): both have the article's headline then.
  await live(tab);
  assert.equal(await tab.locator('.bs-reader-title').textContent(), nextTitle);
  await tab.close();
  assert.equal(await page.locator('.bs-reader-title').textContent(), SEED, 'a ctrl-click leaves the reader as it is');
  await next.click();
  await page.locator('.bs-reader-title', { hasText: nextTitle }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/a/world/china-rejects-defense-ministers-meeting/', 'the page stays; the address says what is open');
  // Both articles were read here; the front page knows.
  await page.goto(server.url);
  await live(page);
  assert.match(await page.locator('.bs-summary-line').textContent(), /^21 articles · 19 unread · /);
  await page.close();
});

test('the first screen folds its summary as the widget will: on a phone, and where the reader folded it', async () => {
  const early = async (viewport, init) => {
    const context = await browser.newContext({ viewport });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    await page.goto(`${server.url}slow/index.html`, { waitUntil: 'domcontentloaded' });
    const seen = await page.evaluate(() => {
      const root = document.querySelector('broadsheet-news').shadowRoot;
      return {
        prerendered: !!root.querySelector('[data-prerendered]'),
        open: root.querySelector('.bs-summary-fold').open,
        card: Math.round(root.querySelector('.bs-card').getBoundingClientRect().top),
      };
    });
    await context.close();
    return seen;
  };
  const wide = await early({ width: 1280, height: 800 });
  assert.deepEqual([wide.prerendered, wide.open], [true, true]);
  const phone = await early({ width: 375, height: 700 });
  assert.deepEqual([phone.prerendered, phone.open], [true, false]);
  assert.ok(phone.card < 700 - 60, `on a phone the first card is on the first screen before the wasm: ${phone.card} px`);
  const folded = await early({ width: 1280, height: 800 }, () => localStorage.setItem('broadsheet:1:/slow/:bs:summary', '0'));
  assert.deepEqual([folded.prerendered, folded.open], [true, false]);
});

test('when WebAssembly cannot run, the page gets a message and no uncaught error', async () => {
  for (const path of ['broken/index.html', 'index.html?csp=nowasm']) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${server.url}${path}`);
    await page.locator('broadsheet-news [role=alert]').waitFor();
    assert.match(await page.locator('broadsheet-news [role=alert]').textContent(), /Broadsheet could not start/);
    await page.waitForTimeout(300);
    assert.deepEqual(errors, [], path);
    await page.close();
  }
});

test('no page logged a console error or warning, or failed a request', () => {
  assert.deepEqual(problems, []);
});
