// End-to-end: the <broadsheet-news> element of the release build on host pages, in all three
// engines (Chromium, Firefox, WebKit) over WebDriver: a hostile host page, the demo page with
// a hash router and an anchor, options, the JavaScript API and events, elements added and
// removed late, a strict Content-Security-Policy, and the states before and instead of the
// WebAssembly.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

import { ENGINES, start } from './engines.mjs';
import { serve } from './server.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const { By } = require('selenium-webdriver');

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
// The same pages over a build in which the query `test:panic` panics (scripts/test builds it).
const PANIC_DIST = fileURLToPath(new URL('../../target/dist-panic/', import.meta.url));
// The single-file build of dist/ (scripts/single.mjs; scripts/test writes it here).
const SINGLE = new URL('../../target/single/broadsheet.html', import.meta.url).href;
const RED = 'rgb(255, 0, 0)';

let server;
let panicServer;
before(async () => {
  server = await serve(DIST);
  panicServer = await serve(PANIC_DIST);
});
after(() => {
  server?.close();
  panicServer?.close();
});

// In-page helpers, run by executeScript: they reach into an element's shadow root.
function count(id, selector) {
  const root = document.getElementById(id)?.shadowRoot;
  return root ? root.querySelectorAll(selector).length : -1;
}
function style(id, selector, property) {
  const element = document.getElementById(id)?.shadowRoot?.querySelector(selector);
  return element ? getComputedStyle(element).getPropertyValue(property).trim() : null;
}
function text(id, selector) {
  const element = document.getElementById(id)?.shadowRoot?.querySelector(selector);
  return element ? element.textContent : null;
}
function count_in_first(selector) {
  return document.querySelector('broadsheet-news')?.shadowRoot?.querySelectorAll(selector).length ?? -1;
}
/** How every element inside a widget looks: the properties a host page could spoil. */
/** Unfolds the summary card of the widget `id` (it starts folded where the widget is narrow,
 *  and widths differ between host pages); whether it is open. */
function unfold(id) {
  const fold = document.getElementById(id).shadowRoot.querySelector('.bs-summary-fold');
  if (fold && !fold.open) fold.querySelector('summary').click();
  return fold?.open ?? null;
}

function looks(id) {
  const properties = [
    'display', 'visibility', 'color', 'background-color', 'font-family', 'font-size', 'font-weight',
    'font-style', 'text-transform', 'text-decoration-line', 'letter-spacing', 'line-height',
    'border-top-style', 'border-top-color', 'padding-top', 'margin-top', 'opacity', 'text-align',
  ];
  // (The stylesheet's <link> is never rendered.)
  return [...document.getElementById(id).shadowRoot.querySelectorAll(':not(link)')].map((e) => {
    const style = getComputedStyle(e);
    return `${e.localName}.${e.getAttribute('class') ?? ''} ${properties.map((p) => style.getPropertyValue(p)).join(' | ')}`;
  });
}
function element(id, selector) {
  return document.getElementById(id)?.shadowRoot?.querySelector(selector) ?? null;
}

const reports = async () => (await (await fetch(`${server.url}__csp`)).json()).reports.length;

for (const engine of ENGINES) {
  describe(`embedding in ${engine}`, () => {
    let driver;
    const run = (fn, ...args) => driver.executeScript(fn, ...args);
    /** Waits until `fn(...args)` in the page returns `expected` (compared as JSON). */
    const until = async (what, expected, fn, ...args) => {
      let last;
      try {
        await driver.wait(async () => {
          last = await run(fn, ...args);
          return JSON.stringify(last) === JSON.stringify(expected);
        }, 15_000);
      } catch {
        assert.fail(`${what}: expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
      }
    };
    const go = async (path) => {
      await driver.get(`${server.url}${path}`);
    };
    /** Clicks the first `selector` in `id`'s shadow root, scrolled into view as a reader would. */
    const press = async (id, selector) => {
      const target = await run((id, selector) => {
        const found = document.getElementById(id)?.shadowRoot?.querySelector(selector);
        found?.scrollIntoView({ block: 'center' });
        return found ?? null;
      }, id, selector);
      assert.ok(target, `#${id} has ${selector}`);
      await target.click();
    };
    const type = async (id, keys) => {
      const input = await run(element, id, '.bs-search-input');
      assert.ok(input, `#${id} has a search box`);
      await input.sendKeys(keys);
    };

    before(async () => {
      driver = await start(engine);
    });
    after(async () => {
      await driver?.quit();
    });

    test('a hostile host page cannot reach inside; theming on the element or an ancestor works', async () => {
      await go('test/hostile.html');
      await until('the first widget lists a page of cards', 20, count, 'first', '.bs-card');
      // The host's rules still apply to the host's own elements…
      assert.equal(await run(() => getComputedStyle(document.getElementById('host-button')).display), 'none');
      assert.equal(await run(() => getComputedStyle(document.getElementById('host-heading')).textTransform), 'uppercase');
      assert.equal(await run(() => getComputedStyle(document.getElementById('host-card')).display), 'none');
      // …and none of them inside the widget.
      assert.notEqual(await run(style, 'first', '.bs-card', 'display'), 'none');
      assert.notEqual(await run(style, 'first', '.bs-card-open', 'display'), 'none');
      assert.notEqual(await run(style, 'first', '.bs-card-title', 'color'), RED);
      assert.notEqual(await run(style, 'first', '.bs-meta', 'color'), RED);
      // --bs-accent on the element itself, and on an ancestor.
      assert.equal(await run(style, 'first', '.bs-card-open', 'color'), 'rgb(0, 128, 0)');
      assert.equal(await run(style, 'second', '.bs-card-open', 'color'), 'rgb(128, 0, 128)');
      // Every element inside looks exactly as on a plain page with the same element (the
      // summary unfolded on both).
      await until('the summary unfolds', true, unfold, 'first');
      await until('the facts are shown', 1, count, 'first', '.bs-summary-fold > .bs-summary-facts');
      const hostile = await run(looks, 'first');
      await go('test/clean.html');
      await until('the plain page lists a page of cards', 20, count, 'first', '.bs-card');
      await until('the summary unfolds on the plain page', true, unfold, 'first');
      await until('the facts are shown there', 1, count, 'first', '.bs-summary-fold > .bs-summary-facts');
      const plain = await run(looks, 'first');
      assert.ok(plain.length > 100, `${plain.length} elements`);
      assert.deepEqual(hostile, plain);
      await go('test/hostile.html');
      await until('the first widget lists a page of cards again', 20, count, 'first', '.bs-card');
      // The reader's heading keeps its own case.
      await press('first', '.bs-card-open');
      await until('the reader opens', 1, count, 'first', '.bs-reader');
      assert.equal(await run(style, 'first', '.bs-reader-title', 'text-transform'), 'none');
      assert.notEqual(await run(style, 'first', '.bs-reader-title', 'color'), RED);
      assert.notEqual(await run(style, 'first', '.bs-back', 'display'), 'none');
    });

    test('two elements are independent; one moved keeps its state; one added late mounts, one removed leaves no listener', async () => {
      await go('test/hostile.html');
      await until('the second widget starts with its query', 'harbour', () => document.getElementById('second').state?.query);
      const harbour = await run(() => document.getElementById('second').state.count);
      await until('the first lists everything', 20, count, 'first', '.bs-card');
      await type('first', 'comet');
      await until('the first finds comets', 'comet', () => document.getElementById('first').state?.query);
      assert.equal(await run(() => document.getElementById('second').state.count), harbour);
      assert.equal(await run(() => document.getElementById('second').state.query), 'harbour');
      // Moved elsewhere in the page: the same widget, state and all.
      await run(() => document.body.prepend(document.getElementById('second')));
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await run(() => document.getElementById('second').state?.query), 'harbour');
      assert.equal(await run(count, 'second', '.bs-loading, .bs-shell:not([hidden])'), 0);

      const listeners = await run(() => window.bsListeners);
      await run(() => {
        const late = document.createElement('broadsheet-news');
        late.id = 'late';
        late.setAttribute('query', 'otters');
        document.body.append(late);
      });
      await until('an element added late mounts', true, () => (document.getElementById('late')?.state?.count ?? 0) > 0);
      assert.equal(await run(() => window.bsListeners), listeners + 1);
      await run(() => document.getElementById('late').remove());
      await until('a removed element takes its listener with it', listeners, () => window.bsListeners);
    });

    test('the demo page: a hash router still routes and an anchor still scrolls; the widget keeps out of the fragment', async () => {
      await go('demo.html');
      await until('the full widget shows a page of ten', 10, count, 'news', '.bs-card');
      await until('the sidebar holds only sport', 3, count, 'sport', '.bs-card');
      await driver.findElement(By.id('router-link')).click();
      await until('the router routes', 'Route: inbox', () => document.getElementById('route').textContent);
      await type('news', 'comet');
      await until('the widget keeps its state beside the route', 'comet', () => history.state?.broadsheet?.news?.q);
      assert.equal(await run(() => location.hash), '#/inbox');
      await press('news', '.bs-card-open');
      await until('the reader opens', 1, count, 'news', '.bs-reader');
      assert.equal(await run(() => location.hash), '#/inbox');
      await driver.navigate().back();
      await until('Back closes the reader', 0, count, 'news', '.bs-reader');
      assert.equal(await run(() => location.hash), '#/inbox');
      assert.equal(await run(() => document.getElementById('route').textContent), 'Route: inbox');

      await driver.findElement(By.id('anchor-link')).click();
      await until('the anchor is followed', '#section2', () => location.hash);
      await until('the page scrolled to it', true, () => scrollY > 0);
      await type('news', ' wall');
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(await run(() => location.hash), '#section2');
      assert.equal(await run(() => history.state?.broadsheet?.news?.q), 'comet wall');
      // The sidebar (address="none") never wrote anything.
      assert.equal(await run(() => history.state?.broadsheet?.sport === undefined), true);
    });

    test('a deep link restores the state without taking the focus or scrolling the page', async () => {
      await go('demo.html?deep#news.q=otters');
      await until('the query comes from the address', 'otters', () => document.getElementById('news').state?.query);
      assert.equal(await run(() => document.activeElement === document.body), true);
      assert.equal(await run(() => scrollY), 0);
    });

    test('the API and the events', async () => {
      await go('demo.html');
      await until('both widgets are ready', ['news', 'sport'], () =>
        (window.bsEvents ?? []).filter((e) => e.type === 'broadsheet-ready').map((e) => e.id).sort(),
      );
      const ready = await run(() => window.bsEvents.find((e) => e.id === 'sport' && e.type === 'broadsheet-ready').detail);
      assert.deepEqual(ready, { query: '', sort: 'relevance', open: null, count: 3 });

      await run(() => document.getElementById('news').search('otters'));
      await until('a search event', 'otters', () => window.bsEvents.findLast((e) => e.type === 'broadsheet-search')?.detail.query);
      const state = await run(() => document.getElementById('news').state);
      assert.equal(state.query, 'otters');
      assert.ok(state.count >= 1, JSON.stringify(state));

      await run(() => document.getElementById('news').open('science/valley-river-otters-return'));
      await until('an open event', 'science/valley-river-otters-return', () =>
        window.bsEvents.findLast((e) => e.type === 'broadsheet-open')?.detail.id,
      );
      const opened = await run(() => window.bsEvents.findLast((e) => e.type === 'broadsheet-open').detail);
      assert.match(opened.headline, /otter/i);
      await until('the reader shows it', 1, count, 'news', '.bs-reader');
      await run(() => document.getElementById('news').close());
      await until('a close event', 'broadsheet-close', () => window.bsEvents.at(-1)?.type);
      await until('the list is back', 0, count, 'news', '.bs-reader');

      const refused = await run(async () => {
        const news = document.getElementById('news');
        const reason = (call) => call.then(() => 'resolved', (error) => `${error.name}: ${error.message}`);
        return [await reason(news.open('no/such-article')), await reason(news.search(42))];
      });
      assert.match(refused[0], /no article has the id "no\/such-article"/);
      assert.match(refused[1], /^TypeError: .*search\(query\) takes a string/);
    });

    test('options follow their attributes and properties; a wrong value falls back', async () => {
      await go('demo.html');
      await until('the sidebar holds only sport', 3, count, 'sport', '.bs-card');
      assert.equal(await run(count, 'sport', '.bs-summary'), 0, 'compact: no summary card');
      assert.equal(await run(count, 'news', '.bs-summary'), 1);
      await run(() => document.getElementById('sport').setAttribute('page-size', '1'));
      await until('page-size 1', 1, count, 'sport', '.bs-card');
      await run(() => document.getElementById('sport').setAttribute('page-size', 'lots'));
      await until('a wrong page-size falls back to 20', 3, count, 'sport', '.bs-card');
      await run(() => (document.getElementById('sport').filter = 'topic:culture'));
      await until('a new fixed filter', 4, count, 'sport', '.bs-card');
      await run(() => (document.getElementById('news').summary = 'closed'));
      await until('summary="closed" folds the card', 1, count, 'news', 'details.bs-summary-fold:not([open])');
      await run(() => (document.getElementById('news').theme = 'dark'));
      await until('theme="dark"', 1, count, 'news', '.broadsheet.bs-dark');
      await run(() => document.getElementById('news').setAttribute('sort', 'oldest'));
      await until('sort follows its attribute', 'oldest', () => document.getElementById('news').state?.sort);
    });

    test('under a strict Content-Security-Policy the page works with no violation', async () => {
      const before = await reports();
      for (const page of ['index.html?csp=strict', 'demo.html?csp=strict']) {
        await go(page);
        // (index.html lists the first screen at once: wait for the live widget.)
        await until(`${page} lists articles`, true, () => {
          const root = document.querySelector('broadsheet-news')?.shadowRoot;
          return (root?.querySelectorAll('.bs-card').length ?? 0) > 0 && !root.querySelector('[data-prerendered]');
        });
      }
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(await reports(), before, 'no securitypolicyviolation was reported');
    });

    test('a panic stops every widget with a message and an event; the host page runs on', async () => {
      await driver.get(`${panicServer.url}demo.html`);
      await until('both widgets are ready', ['news', 'sport'], () =>
        (window.bsEvents ?? []).filter((e) => e.type === 'broadsheet-ready').map((e) => e.id).sort(),
      );
      // Only this build panics on this query: the search runs while the widget renders.
      await type('news', 'test:panic');
      for (const id of ['news', 'sport']) {
        await until(`#${id} says it stopped`, true, (id) =>
          /Broadsheet stopped: reload the page/.test(
            document.getElementById(id).shadowRoot.querySelector('[role=alert]')?.textContent ?? '',
          ), id);
        assert.equal(await run(count, id, '.broadsheet'), 0);
      }
      assert.deepEqual(
        await run(() => window.bsEvents.filter((e) => e.type === 'broadsheet-error').map((e) => e.id).sort()),
        ['news', 'sport'],
      );
      const refused = await run(() => document.getElementById('news').search('x').then(() => 'resolved', (e) => e.message));
      assert.match(refused, /Broadsheet stopped/);
      await driver.findElement(By.id('router-link')).click();
      await until('the host page still routes', 'Route: inbox', () => document.getElementById('route').textContent);
    });

    test('in a sandboxed iframe without allow-same-origin it works and is styled', async () => {
      await go('test/sandboxed.html');
      await driver.switchTo().frame(await driver.findElement(By.id('frame')));
      try {
        await until('the framed widget lists a page of cards', 20, count_in_first, '.bs-card');
        assert.equal(
          await run(() => getComputedStyle(document.querySelector('broadsheet-news').shadowRoot.querySelector('.bs-card-open')).color),
          'rgb(29, 78, 216)',
        );
      } finally {
        await driver.switchTo().defaultContent();
      }
    });

    test('a host page in the way: storage that throws, keys swallowed, wrapped built-ins and history, 20 widgets, Back and Forward 50 times while typing', async () => {
      await go('test/hostile-host.html');
      await until('all twenty widgets start', 20, () =>
        [...document.querySelectorAll('broadsheet-news')].filter((w) => w.shadowRoot?.querySelectorAll('.bs-card').length === 3)
          .length,
      );
      await type('w1', 'harbour');
      await type('w20', 'comet');
      await until('both find', ['harbour', 'comet'], () => [
        document.getElementById('w1').state.query,
        document.getElementById('w20').state.query,
      ]);
      // A step: the page's wrapped pushState is the one the widget calls.
      await press('w1', '.bs-card-open');
      await until('the reader opens', 1, count, 'w1', '.bs-reader');
      assert.ok((await run(() => window.bsHistoryCalls)) > 0);
      await driver.navigate().back();
      await until('Back closes it', 0, count, 'w1', '.bs-reader');
      // Typing whenever the list is showing (Forward comes back to the open article).
      for (let i = 0; i < 50; i++) {
        if ((await run(count, 'w1', '.bs-search-input')) === 1) await type('w1', i % 2 ? 'a' : ' ');
        if (i % 2) await driver.navigate().back();
        else await driver.navigate().forward();
      }
      await new Promise((r) => setTimeout(r, 500));
      // Still working, and what it shows is what its entry in the address says.
      const { query, address } = await run(() => {
        const pair = location.hash
          .slice(1)
          .split('&')
          .find((p) => p.startsWith('w1.q='));
        return {
          query: document.getElementById('w1').state.query,
          address: pair ? decodeURIComponent(pair.slice(5)) : '',
        };
      });
      assert.equal(query, address);
      await type('w1', 'x');
      await until('the widget still answers', true, () => document.getElementById('w1').state.query.endsWith('x'));
      assert.deepEqual(await run(() => window.bsErrors), []);
    });

    test('the single-file build opens from file:// and works', async () => {
      await driver.get(SINGLE);
      // (It carries the first screen too: wait for the live widget.)
      await until('it lists a page of cards', 20, count_in_first, '.bs-mount:not([data-prerendered]) .bs-card');
      // Styled by its carried stylesheet: the default accent.
      assert.equal(
        await run(() => getComputedStyle(document.querySelector('broadsheet-news').shadowRoot.querySelector('.bs-card-open')).color),
        'rgb(29, 78, 216)',
      );
      const input = await run(() => document.querySelector('broadsheet-news').shadowRoot.querySelector('.bs-search-input'));
      await input.sendKeys('otters');
      await until('searching works', 'otters', () => document.querySelector('broadsheet-news').state?.query);
      assert.ok((await run(count_in_first, '.bs-card')) >= 1);
    });

    test('index.html shows its first screen before the wasm, and keeps it when the wasm fails', async () => {
      const screen = () => {
        const root = document.querySelector('broadsheet-news')?.shadowRoot;
        return [root?.querySelectorAll('.bs-card').length ?? -1, !!root?.querySelector('[data-prerendered]')];
      };
      await go('slow/index.html');
      // Declarative shadow DOM, parsed with the page: a page of cards while the wasm is late.
      assert.deepEqual(await run(screen), [20, true]);
      // Styled by the widget's stylesheet (a card is a grid there).
      assert.equal(await run(() => getComputedStyle(document.querySelector('broadsheet-news').shadowRoot.querySelector('.bs-card')).display), 'grid');
      await until('then the live widget in its place', [20, false], screen);
      assert.equal(await run(count_in_first, '.bs-mount'), 1);
      await go('broken/index.html');
      await until('a missing wasm is said', true, () =>
        /Broadsheet could not start/.test(document.querySelector('broadsheet-news')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? ''),
      );
      assert.deepEqual(await run(screen), [20, true], 'the first screen stays');
    });

    test("an article's own page shows it before the wasm and keeps it open; a host page's links are its own address", async () => {
      const headline = 'China rejects meeting of defense ministers with US';
      const reader = () => {
        const root = document.querySelector('broadsheet-news')?.shadowRoot;
        return [root?.querySelector('.bs-reader-title')?.textContent ?? null, !!root?.querySelector('[data-prerendered]')];
      };
      await go('slow/a/world/china-rejects-defense-ministers-meeting/');
      assert.deepEqual(await run(reader), [headline, true]);
      await until('then the live widget, the article open', [headline, false], reader);
      assert.equal(await run(() => document.querySelector('broadsheet-news').state.open), 'world/china-rejects-defense-ministers-meeting');
      await go('demo.html');
      await until('the full widget shows a page of ten', 10, count, 'news', '.bs-card');
      const [href, title] = await run(() => {
        const link = document.getElementById('news').shadowRoot.querySelector('.bs-card-open');
        return [link.getAttribute('href'), link.textContent];
      });
      assert.match(href, /^#news\.a=[a-z]+\/[a-z0-9-]+$/);
      await go(`demo.html?link${href}`);
      await until('the link opens the article', title, () => document.getElementById('news')?.shadowRoot?.querySelector('.bs-reader-title')?.textContent ?? null);
    });

    test("a host page's element without options shows the build's first screen before a late wasm, with its own links, then the live widget", async () => {
      const screen = () => {
        const root = document.getElementById('news')?.shadowRoot;
        return [root?.querySelectorAll('.bs-card').length ?? -1, !!root?.querySelector('[data-prerendered]')];
      };
      await go('slow/test/plain.html');
      await until('the first screen while the wasm is late', [20, true], screen);
      const [href, placeholder, color] = await run(() => {
        const root = document.getElementById('news').shadowRoot;
        const link = root.querySelector('[data-prerendered] a.bs-card-open');
        return [link.getAttribute('href'), root.querySelector('.bs-shell').hidden, getComputedStyle(link).color];
      });
      // Named for this element (the build writes them for an element without an id, `bs`).
      assert.match(href, /^#news\.a=[a-z]+\/[a-z0-9-]+$/);
      assert.equal(placeholder, true, 'the placeholder is hidden under the first screen');
      assert.equal(color, 'rgb(29, 78, 216)', "styled by the widget's stylesheet");
      // Where the content below is as painted (two frames on), not as a script's forced
      // layout sees it in the frame of a change: under load, once, those two were 37 px apart
      // (the cards near the view are laid out for the frame, `content-visibility: auto`).
      const painted = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.getElementById('below').getBoundingClientRect().top))),
        );
      const below = await run(painted);
      await until('then the live widget in its place', [20, false], screen);
      assert.equal(await run(painted), below, 'nothing below moved');
      // With the wasm missing, the failure message shows, whichever arrives first.
      await go('broken/test/plain.html');
      await until('a missing wasm is said, and seen', true, () => {
        const alert = document.getElementById('news')?.shadowRoot?.querySelector('[role=alert]');
        return /Broadsheet could not start/.test(alert?.textContent ?? '') && !alert.hidden;
      });
      // A large archive's feed is not fetched whole for the headlines under the message.
      await go('large-feed/test/plain.html');
      await until('with a large feed, the failure is said', true, () => {
        const alert = document.getElementById('news')?.shadowRoot?.querySelector('[role=alert]');
        return /Broadsheet could not start/.test(alert?.textContent ?? '') && !alert.hidden;
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.equal(await run(count, 'news', '[role=alert] li'), 0, 'no headlines from a 3 MB feed');
      // An element with options of its own keeps the placeholder (its first screen would differ).
      await go('slow/demo.html');
      await until('the demo page keeps its placeholder', 'Loading articles…', () =>
        document.getElementById('news')?.shadowRoot?.querySelector('.bs-shell:not([hidden])')?.textContent,
      );
      assert.equal(await run(count, 'news', '[data-prerendered]'), 0);
    });

    test('damaged or missing articles: the widget says which and what, and the first screen stays', async () => {
      const cases = [
        ['missing', /Broadsheet could not start: broadsheet-articles\.bin could not be loaded \(HTTP 404\)\./],
        ['cut', /Broadsheet could not start: the compiled articles are damaged: the file is cut short \(broadsheet-articles\.bin\)\./],
        ['changed', /Broadsheet could not start: the compiled articles are damaged: its checksum does not match its bytes \(broadsheet-articles\.bin\)\./],
        ['old', /Broadsheet could not start: the compiled articles are in format 3 and this widget reads format 6: compile them again with this version of Broadsheet \(broadsheet-articles\.bin\)\./],
      ];
      for (const [how, message] of cases) {
        await go(`articles-${how}/demo.html`);
        await until(`${how} articles are said`, true, (source) => new RegExp(source).test(
          document.querySelector('broadsheet-news')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? ''), message.source);
        // The feed is offered, and its headlines listed.
        await until(`${how}: the headlines from the feed`, true, () =>
          (document.querySelector('broadsheet-news').shadowRoot.querySelectorAll('[role=alert] li').length ?? 0) > 0,
        );
      }
      // index.html keeps its first screen, its links to the article pages working, under the message.
      await go('articles-changed/index.html');
      await until('the message above the first screen', true, (source) => new RegExp(source).test(
        document.querySelector('broadsheet-news')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? ''), 'checksum does not match');
      assert.deepEqual(
        await run(() => {
          const root = document.querySelector('broadsheet-news').shadowRoot;
          return [root.querySelectorAll('[data-prerendered] .bs-card').length, root.querySelectorAll('[data-prerendered] a.bs-card-open[href^="a/"]').length];
        }),
        [20, 20],
      );
    });

    test("the articles' text follows: the widget is live without it, and says why when it cannot come", async () => {
      const pending = () => {
        const root = document.getElementById('news')?.shadowRoot;
        return [
          root?.querySelector('.bs-reader-title')?.textContent ?? null,
          root?.querySelector('.bs-reader .bs-pending')?.textContent ?? null,
          root?.querySelectorAll('.bs-reader .bs-body p, .bs-reader .bs-body li').length ?? 0,
        ];
      };
      // On its way (three seconds late): the list, the search and an article's opening at once.
      await go('text-slow/demo.html');
      await until('the list before the text', 10, count, 'news', '.bs-card');
      await type('news', 'comet');
      await until('the search before the text', true, () =>
        [...document.getElementById('news').shadowRoot.querySelectorAll('.bs-card-title')].some((t) => /comet/i.test(t.textContent)),
      );
      const headline = await run(text, 'news', '.bs-card-title');
      await press('news', 'a.bs-card-open');
      const [title, note] = await run(pending);
      assert.equal(title, headline);
      assert.equal(note, 'The rest of the article is not here yet.');
      await until('then the whole article, in place', [headline, null, true], () => {
        const root = document.getElementById('news').shadowRoot;
        return [
          root.querySelector('.bs-reader-title')?.textContent,
          root.querySelector('.bs-pending')?.textContent ?? null,
          root.querySelectorAll('.bs-reader .bs-body p').length > 0,
        ];
      });
      // Missing or damaged: said above each widget, naming the file; what works goes on.
      const cases = [
        ['missing', /broadsheet-articles-text\.bin could not be loaded \(HTTP 404\)/],
        ['cut', /the compiled articles are damaged: the file is cut short \(broadsheet-articles-text\.bin\)/],
        ['changed', /the compiled articles are damaged: its checksum does not match its bytes \(broadsheet-articles-text\.bin\)/],
        ['old', /the compiled articles are in format 4 and this widget reads format 6: compile them again with this version of Broadsheet \(broadsheet-articles-text\.bin\)/],
      ];
      for (const [how, message] of cases) {
        await go(`text-${how}/demo.html`);
        const said = new RegExp(`^Broadsheet could not load the articles' text: ${message.source}\\. Headlines, search and filters still work\\.$`).source;
        for (const id of ['news', 'sport']) {
          await until(`${how} text is said above #${id}`, true, (id, source) => {
            const alert = document.getElementById(id)?.shadowRoot?.querySelector('[role=alert]');
            return new RegExp(source).test(alert?.textContent ?? '') && !alert.hidden;
          }, id, said);
        }
        await until(`${how}: the list stays`, 10, count, 'news', '.bs-card');
        await type('news', 'comet');
        await until(`${how}: the search works`, true, () =>
          [...document.getElementById('news').shadowRoot.querySelectorAll('.bs-card-title')].some((t) => /comet/i.test(t.textContent)),
        );
        const headline = await run(text, 'news', '.bs-card-title');
        await press('news', 'a.bs-card-open');
        await until(`${how}: an article shows its headline and opening`, [headline, 'The rest of the article is not here yet.', 0], pending);
        const opening = await run(() => document.getElementById('news').shadowRoot.querySelector('.bs-pending').previousElementSibling.textContent);
        assert.ok(opening.length > 20, `the opening is shown: ${opening}`);
      }
    });

    test("a large archive: live on its newest articles at once, the whole archive in their place when it comes, no mark lost", async () => {
      // The bundled articles as a large archive's file is (the newest five first, a corpus of
      // their own: scripts/test packs it), the rest three seconds later (server.py).
      const page = 'newest/test/plain.html';
      const key = 'broadsheet:1:/newest/test/plain.html:news:marks';
      const said = () => {
        const shell = document.getElementById('news')?.shadowRoot?.querySelector('.bs-shell');
        return shell && !shell.hidden ? [shell.getAttribute('role'), shell.textContent] : null;
      };
      const titles = () => [...document.getElementById('news').shadowRoot.querySelectorAll('.bs-card-title')].map((t) => t.textContent);
      // The oldest article, saved on an earlier visit: not among the newest five.
      await go(page);
      await run((key) => localStorage.setItem(key, '2world/china-rejects-defense-ministers-meeting\n'), key);
      await go(page);
      await until('live on the newest five, saying so', '5 newest articles', text, 'news', '.bs-summary-count');
      assert.equal(await run(count, 'news', '.bs-card'), 5);
      assert.equal(await run(said), null, 'nothing said above the widget');
      const newest = await run(titles);
      // Read one of them meanwhile: the marks are written, the oldest's kept.
      await press('news', 'a.bs-card-open');
      await until('the article opens', newest[0], text, 'news', '.bs-reader-title');
      await until('its mark is stored beside the one the newest do not have', true, (key) => {
        const lines = (localStorage.getItem(key) ?? '').split('\n');
        return lines.includes('2world/china-rejects-defense-ministers-meeting') && lines.some((l) => l.startsWith('1'));
      }, key);
      await run(() => history.back());
      await until('the whole archive in their place', '21 articles', text, 'news', '.bs-summary-count');
      assert.equal(await run(count, 'news', '.bs-card'), 20);
      assert.deepEqual((await run(titles)).slice(0, 5), newest, 'the newest first, as before');
      // The oldest article's mark, from storage, and the one made meanwhile.
      await type('news', 'is:saved');
      await until('is:saved finds the oldest article', 1, count, 'news', '.bs-card');
      assert.match(await run(text, 'news', '.bs-card-title'), /China/);
      await run((key) => localStorage.removeItem(key), key);
      // The rest cut short, changed or of an older format: said, and the newest stay.
      for (const [how, why] of [
        ['cut', 'the compiled articles are damaged: the file is cut short'],
        ['changed', 'the compiled articles are damaged: its checksum does not match its bytes'],
        ['old', 'the compiled articles are in format 3 and this widget reads format 6: compile them again with this version of Broadsheet'],
      ]) {
        await go(`newest-${how}/test/plain.html`);
        await until(`a rest ${how} is said`, ['alert', `Broadsheet could not load the whole archive: ${why} (broadsheet-articles.bin). Its newest articles are shown.`], said);
        assert.equal(await run(count, 'news', '.bs-card'), 5);
        assert.equal(await run(text, 'news', '.bs-summary-count'), '5 newest articles');
      }
      // The whole archive summed up as soon as it takes their place: never, not even for a
      // frame, the newest's selection counted in the whole archive (without its key sentences,
      // that moved the page by a third of its height at 100,000 articles).
      await go(page);
      await until('live on the newest five again', '5 newest articles', text, 'news', '.bs-summary-count');
      await run(() => {
        const root = document.getElementById('news').shadowRoot;
        window.counts = [];
        const note = () => {
          const now = root.querySelector('.bs-summary-count')?.textContent;
          if (now !== window.counts.at(-1)) window.counts.push(now);
        };
        note();
        new MutationObserver(note).observe(root, { subtree: true, childList: true, characterData: true });
      });
      await until('the whole archive summed up', '21 articles', text, 'news', '.bs-summary-count');
      assert.deepEqual(await run(() => window.counts), ['5 newest articles', '21 articles']);
      // Typing while the newest stand in: the box keeps its focus and words when the whole
      // archive takes their place.
      await go('newest/test/plain.html');
      await until('live on the newest five', 5, count, 'news', '.bs-card');
      await type('news', 'regatta');
      await until('the whole archive in their place', true, () =>
        /of 21 articles$/.test(document.getElementById('news').shadowRoot.querySelector('.bs-summary-count').textContent),
      );
      assert.deepEqual(await run(() => {
        const root = document.getElementById('news').shadowRoot;
        return [root.activeElement?.className, root.querySelector('.bs-search-input').value];
      }), ['bs-search-input', 'regatta']);
      // An article of the whole archive asked for by the API: the promise waits for it.
      await go('newest/test/plain.html');
      await run(() => { window.opened = document.getElementById('news').open('world/china-rejects-defense-ministers-meeting').then(() => 'opened', (e) => e.message); });
      await until('then opens it', ['opened', true], () => Promise.resolve(window.opened).then((v) => [v, /China/.test(document.getElementById('news').shadowRoot.querySelector('.bs-reader-title')?.textContent ?? '')]));
    });

    test('a placeholder at once; a plain failure message when WebAssembly cannot run', async () => {
      await go('slow/demo.html');
      await until('the placeholder shows while the wasm is on its way', 'Loading articles…', () =>
        document.querySelector('broadsheet-news')?.shadowRoot?.querySelector('.bs-shell:not([hidden])')?.textContent,
      );
      await until('then the widget', true, () => {
        const root = document.querySelector('broadsheet-news')?.shadowRoot;
        return (root?.querySelectorAll('.bs-card').length ?? 0) > 0 && root.querySelector('.bs-shell').hidden;
      });
      for (const page of ['broken/demo.html', 'demo.html?csp=nowasm']) {
        await go(page);
        await until(`${page} says why`, true, () =>
          /Broadsheet could not start/.test(
            document.querySelector('broadsheet-news')?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? '',
          ),
        );
        const feed = await run(() => document.querySelector('broadsheet-news').shadowRoot.querySelector('[role=alert] a').href);
        assert.match(feed, /\/feed\.json$/);
        await until(`${page} lists the headlines from the feed`, true, () =>
          (document.querySelector('broadsheet-news').shadowRoot.querySelectorAll('[role=alert] li').length ?? 0) > 0,
        );
      }
    });
  });
}
