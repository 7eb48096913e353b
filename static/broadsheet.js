// Broadsheet's loader: defines <broadsheet-news>. Each element gets an open shadow root with
// the widget's stylesheet, shows "Loading articles…" at once, fetches the WebAssembly once for
// the whole page, and mounts a widget when it arrives. Every other file is found next to this
// one, so the folder can be served from any path or origin.
//
// Attributes (also properties: pageSize for page-size): query, filter, page-size, sort,
// layout, summary, address, theme, article, article-pages. Methods: search(query), open(id), close(), each
// returning a promise; `state`. Events, bubbling and composed: broadsheet-ready,
// broadsheet-search, broadsheet-open, broadsheet-close, broadsheet-error.

// A file next to this one; in the single-file build (scripts/build-single) the page carries
// every file itself, in `broadsheetFiles`, and each becomes a blob: URL.
const carried = globalThis.broadsheetFiles;
const here = (name) => {
  const file = carried?.[name];
  if (!file) return new URL(name, import.meta.url).href;
  if (typeof file === 'object') {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    carried[name] = URL.createObjectURL(new Blob([bytes], { type: file.type }));
  }
  return carried[name];
};
const OPTIONS = ['query', 'filter', 'page-size', 'sort', 'layout', 'summary', 'address', 'theme', 'article', 'article-pages'];

// The styles the element needs before its stylesheet arrives (and if it never does).
const SHELL = `:host{display:block;min-height:var(--bs-reserve,24rem)}:host([hidden]){display:none}
:host([layout=compact]){min-height:var(--bs-reserve,12rem)}
.bs-shell{box-sizing:border-box;max-width:48rem;margin:0 auto;padding:1rem;
font:1rem/1.5 var(--bs-font,system-ui,sans-serif);
color:var(--bs-ink,#1b1f24);background:var(--bs-paper,#fff)}
.bs-shell[hidden]{display:none}.bs-mount{all:initial;display:block}.bs-mount[hidden]{display:none}
@media (prefers-color-scheme:dark){.bs-shell{color:var(--bs-ink,#e6edf3);background:var(--bs-paper,#0d1117)}}
.bs-shell a{color:var(--bs-accent,#1d4ed8)}`;

let shellSheet;
function shell() {
  if (shellSheet === undefined) {
    try {
      shellSheet = new CSSStyleSheet();
      shellSheet.replaceSync(SHELL);
    } catch {
      shellSheet = null;
    }
  }
  return shellSheet;
}

// The WebAssembly and the articles (a file of their own, downloaded beside the code), fetched
// and started once for every widget on the page.
const ARTICLES = 'broadsheet-articles.bin';
const TEXT = 'broadsheet-articles-text.bin';

/** `n` bytes: those of `chunks`, one after the other. */
const join = (chunks, n) => {
  const out = new Uint8Array(n);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, at), (at += chunk.length);
  return out;
};

/** The parts of the articles' file, each as soon as it is in, and what is left of one cut
 * short. A large archive's starts with its newest articles, a corpus of their own
 * (format/src/packed.rs). */
async function* parts(response) {
  const reader = response.body.getReader();
  let chunks = [];
  let have = 0;
  // What is waited for: a part's header, then the whole part (12 bytes and its length, at 4).
  let size = 8;
  for (let done; !done; ) {
    const next = await reader.read();
    done = next.done;
    if (!done) chunks.push(next.value), (have += next.value.length);
    while (have >= size || (done && have)) {
      const bytes = join(chunks, have);
      chunks = [bytes];
      if (size === 8 && have >= 8) {
        size = 12 + new DataView(bytes.buffer).getUint32(4, true);
        continue;
      }
      yield bytes.subarray(0, size);
      chunks = [bytes.subarray(size)];
      have = chunks[0].length;
      size = 8;
    }
  }
}

// Why the articles' text, or the rest of a large archive, will not come, once that is known.
let trouble = null;
// Settles when the whole archive is open (at once for most).
let whole;
let started;
function start() {
  started ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('this browser cannot run WebAssembly');
    const failed = (why) => {
      throw new Error(`${ARTICLES} could not be loaded (${reason(why)})`);
    };
    const file = fetch(here(ARTICLES)).then((response) => {
      if (response.ok) return parts(response);
      throw `HTTP ${response.status}`;
    });
    const first = file.then((stream) => stream.next()).catch(failed);
    // Awaited below, after the code: a failure is reported there, once.
    first.catch(() => {});
    const bindings = await import(here('broadsheet-widget.js'));
    await bindings.default({ module_or_path: here('broadsheet-widget_bg.wasm') });
    // Opens the articles, their length and checksum checked first; says what is wrong with
    // the file, if anything.
    const open = (bytes = new Uint8Array()) => {
      const damaged = bindings.load(bytes);
      if (damaged) throw new Error(`${damaged} (${ARTICLES})`);
    };
    const part = (await first).value;
    open(part);
    whole = rest(part, await file, open).then(() => {
      if (trouble) return;
      // The articles' text follows, without holding the widgets up; they show it when it comes.
      fetch(here(TEXT))
        .then((response) => {
          if (response.ok) return response.arrayBuffer();
          throw `HTTP ${response.status}`;
        })
        .then(
          (bytes) => {
            const damaged = bindings.load(new Uint8Array(bytes));
            return damaged && `${damaged} (${TEXT})`;
          },
          (why) => `${TEXT} could not be loaded (${reason(why)})`,
        )
        .then((why) => {
          if (why) {
            trouble = `Broadsheet could not load the articles' text: ${why}. Headlines, search and filters still work.`;
            console.warn(trouble);
          }
          news();
        });
    });
    return bindings;
  })();
  return started;
}

/** After a large archive's newest articles (`part`, magic BSN), the rest of the `stream`:
 * the widgets are live on the newest meanwhile (their summary says so). */
async function rest(part, stream, open) {
  if (part[2] !== 78) return;
  try {
    for await (const bytes of stream) {
      // Opened after the next paint (or a tenth of a second, in a hidden tab): what the
      // newest show, for a search typed meanwhile, is painted first.
      await new Promise((done) => {
        requestAnimationFrame(() => setTimeout(done));
        setTimeout(done, 100);
      });
      open(bytes);
    }
  } catch (error) {
    trouble = `Broadsheet could not load the whole archive: ${reason(error)}. Its newest articles are shown.`;
    console.warn(trouble);
  }
  news();
}

/** Every widget shows what has come, and what is said about what has not. */
function news() {
  for (const element of running) element[TEXT_IN]();
  for (const widget of kept) widget.refresh();
}

/** The path of the folder `pages` (a URL) sits in; undefined for none or a wrong one. */
const folder = (pages) => {
  try {
    return pages ? new URL(`${pages}../`, location.href).pathname : undefined;
  } catch {
    return undefined;
  }
};

const reason = (error) => (error && error.message) || String(error);

/** Fills `box` with the headlines of feed.json, as links where they have an http(s) address. */
async function headlines(box) {
  try {
    const response = await fetch(here('feed.json'));
    // A large archive's feed is tens of megabytes: not fetched for ten headlines.
    if (!response.ok || response.headers.get('content-length') > 2e6) return response.body?.cancel();
    const items = ((await response.json()).items || []).slice(0, 10);
    if (!items.length) return;
    const list = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      const url = typeof item.url === 'string' && /^https?:\/\//i.test(item.url) ? item.url : null;
      const text = document.createElement(url ? 'a' : 'span');
      if (url) text.href = url;
      text.textContent = String(item.title ?? '');
      li.append(text);
      list.append(li);
    }
    box.append(list);
  } catch {
    // The message above already says what happened; the list is a bonus.
  }
}

// Set when the WebAssembly has panicked: it is stopped for good, and every widget with it.
let stopped = null;
const running = new Set();
const STOP = Symbol('stop');
const TEXT_IN = Symbol('text');
addEventListener('broadsheet-stopped', (event) => {
  stopped = `Broadsheet stopped: reload the page. (${event.detail})`;
  for (const element of running) element[STOP]();
});

// A link clicked with a modifier key (a new tab or window, a download) is the browser's: the
// widget, which opens a plainly clicked article in place, never hears of it.
const browsers = (event) => {
  if ((event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) && event.target.closest?.('a[href]')) event.stopPropagation();
};

const emit = (element, name, detail) =>
  element.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));

class BroadsheetNews extends HTMLElement {
  static observedAttributes = OPTIONS;

  #widget = null;
  #starting = null;
  #shell = null;
  // Counts starts and removals, so that a start overtaken by a removal mounts nothing.
  #generation = 0;

  connectedCallback() {
    // Moved within the page: still mounted, state kept.
    if (this.#widget || this.#starting) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.addEventListener('click', browsers, true);
    const sheet = shell();
    if (sheet) root.adoptedStyleSheets = [sheet];
    // The release build's index.html carries the first screen, rendered at build time, in a
    // declarative shadow root (src/bin/prerender.rs): it stays, and what the reader does with
    // it is kept, until the live widget has rendered beside it, hidden, and takes its place.
    const early = root.querySelector('[data-prerendered]');
    this.#shell = document.createElement('div');
    this.#shell.className = 'bs-shell';
    const mount = document.createElement('div');
    mount.className = 'bs-mount';
    // With article pages, the reader's marks are kept for the page beside their folder (the
    // front page), so that it and every article page share them (`marks::key`).
    const store = folder(this.getAttribute('article-pages'));
    if (store) mount.dataset.store = store;
    let styled;
    if (early) {
      this.#keep(early, store);
      this.#shell.hidden = mount.hidden = true;
      root.append(this.#shell, mount);
    } else {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = here('broadsheet.css');
      styled = new Promise((resolve) => {
        link.onload = link.onerror = resolve;
      });
      this.#shell.setAttribute('role', 'status');
      this.#shell.textContent = 'Loading articles…';
      root.replaceChildren(link, this.#shell, mount);
    }
    const generation = ++this.#generation;
    // An element with no options of its own on a host page: the first screen the build
    // rendered for it, if it arrives before the widget is ready (not over an address that
    // opens something in the widget, which the first screen would not show).
    const name = this.id || (document.querySelector('broadsheet-news:not([id])') === this && 'bs');
    if (!early && name && this.getAttributeNames().every((a) => a === 'id') && !location.hash.includes(`${name}.`)) {
      this.#first(root, mount, name, styled, generation);
    }
    const current = () => generation === this.#generation && this.isConnected;
    // An article asked for (an article page, a shared link) may be one of a large archive's
    // older ones: such a widget waits for the whole archive.
    const later = this.hasAttribute('article') || location.hash.includes('.a=');
    this.#starting = Promise.all([start(), styled])
      .then(async ([bindings]) => {
        if (later) await whole;
        if (!current()) return;
        if (stopped) throw new Error(stopped);
        const shown = root.querySelector('[data-prerendered]');
        if (shown) this.addEventListener('broadsheet-ready', () => this.#replace(shown, mount), { once: true });
        // What the reader typed meanwhile is the widget's first query: its first render shows
        // what it finds.
        const typed = shown?.querySelector('.bs-search-input')?.value;
        if (typed) mount.dataset.bsTyped = typed;
        this.#widget = bindings.mountElement(this, mount);
        running.add(this);
        if (!shown) this.#shell.hidden = true;
        this.#shell.removeAttribute('role');
        // What will not come (the text, or the rest of a large archive) is said.
        if (trouble) this[TEXT_IN]();
      })
      .catch((error) => {
        if (current()) this.#fail(error);
      })
      .finally(() => {
        if (generation === this.#generation) this.#starting = null;
      });
  }

  /** Shows the first screen rendered at build time for a host page's element (its links named
   * for this one: `#<name>.a=<id>`) in the placeholder's place, as index.html shows its own. */
  async #first(root, mount, name, styled, generation) {
    try {
      const response = await fetch(here('broadsheet-first.html'));
      const html = response.ok && (await response.text());
      await styled;
      // Not once the widget is there, or its start failed and says so in the placeholder.
      if (!html || this.#widget || !this.#starting || generation !== this.#generation) return;
      const template = document.createElement('template');
      template.innerHTML = html.replaceAll('href="#bs.', `href="#${name}.`);
      const early = template.content.firstElementChild;
      this.#keep(early);
      this.#shell.hidden = mount.hidden = true;
      this.#shell.before(early);
    } catch {
      // The placeholder stays until the widget is ready.
    }
  }

  #pressed = null;

  /** Folds the first screen's summary as the live widget will (on a narrow element, or where
   * the reader folded it: `Fold::new` in src/components/summary_card.rs), and notes what the
   * reader presses there (a form there sends nothing). */
  #keep(early, store) {
    const fold = early.querySelector('.bs-summary-fold');
    let folded = this.clientWidth < 600;
    try {
      folded ||= localStorage.getItem(`broadsheet:1:${store ?? location.pathname}:bs:summary`) === '0';
    } catch {
      // No storage: the width decides.
    }
    if (fold && folded) fold.open = false;
    early.addEventListener('click', (event) => {
      const button = event.target.closest?.('button');
      if (button) this.#pressed = [button.className, button.textContent];
    });
    early.addEventListener('submit', (event) => event.preventDefault());
  }

  /** The live widget has rendered: it takes the first screen's place, with what was typed
   * there, its focus and the last button pressed. */
  #replace(early, mount) {
    // Taken off the page since (and perhaps put back, with a new widget): nothing to hand over.
    if (!early.isConnected) return;
    const input = early.querySelector('.bs-search-input');
    const typing = early.getRootNode().activeElement === input;
    early.remove();
    mount.hidden = false;
    if (typing) mount.querySelector('.bs-search-input')?.focus();
    if (input?.value) this.#widget?.search(input.value);
    const pressed = this.#pressed;
    this.#pressed = null;
    // After the search's render, on the list it shows.
    requestAnimationFrame(() => {
      if (pressed) {
        for (const button of mount.querySelectorAll('button')) {
          if (button.className === pressed[0] && button.textContent === pressed[1]) return button.click();
        }
      }
    });
  }

  disconnectedCallback() {
    // A move is a disconnect and a connect in one task: only a real removal tears down.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#generation += 1;
      this.#starting = null;
      running.delete(this);
      if (!stopped) {
        this.#widget?.destroy();
        this.#widget?.free();
      }
      this.#widget = null;
      this.shadowRoot?.replaceChildren();
    });
  }

  attributeChangedCallback() {
    if (!stopped) this.#widget?.update();
  }

  /** After a panic: the widget is gone; a message and the feed take its place. */
  [STOP]() {
    running.delete(this);
    this.#widget = null;
    this.shadowRoot?.querySelector('.broadsheet')?.remove();
    this.#show('Broadsheet stopped: reload the page.');
  }

  /** The articles' text has come, or a large archive's rest, and the widget shows it; or it
   * will not, and that is said above the widget, which goes on without it. */
  [TEXT_IN]() {
    if (!trouble) return this.#widget?.refresh();
    const box = this.#shell;
    box.hidden = false;
    box.setAttribute('role', 'alert');
    box.textContent = trouble;
    emit(this, 'broadsheet-error', { message: trouble });
  }

  #fail(error) {
    const message = `Broadsheet could not start: ${reason(error)}.`;
    console.warn(message);
    this.#show(message);
  }

  /** Shows `message` in place of the widget, with the feed, and tells the host. */
  #show(message) {
    const box = this.#shell;
    if (box) {
      box.hidden = false;
      box.setAttribute('role', 'alert');
      const text = document.createElement('p');
      text.textContent = `${message} The articles are also published as a feed: `;
      const feed = document.createElement('a');
      feed.href = here('feed.json');
      feed.textContent = 'feed.json';
      text.append(feed, '.');
      box.replaceChildren(text);
      // The first screen rendered at build time, when the page has one, lists them already.
      if (!this.shadowRoot?.querySelector('[data-prerendered]')) headlines(box);
    }
    emit(this, 'broadsheet-error', { message });
  }

  /** Waits for the widget, then runs `call` on it. */
  async #when(call) {
    if (this.#starting) await this.#starting;
    if (stopped) throw new Error(stopped);
    if (!this.#widget) throw new Error('Broadsheet: the widget is not running');
    return call(this.#widget);
  }

  /** Shows what `query` finds. */
  search(query) {
    if (typeof query !== 'string') {
      return Promise.reject(new TypeError('Broadsheet: search(query) takes a string'));
    }
    return this.#when((widget) => widget.search(query));
  }

  /** Opens the article with this id; rejects for an id no article has. */
  open(id) {
    if (typeof id !== 'string') {
      return Promise.reject(new TypeError('Broadsheet: open(id) takes an article id, a string'));
    }
    return this.#when(async (widget) => {
      // Not among a large archive's newest articles: perhaps among the rest, when it has come.
      if (!widget.open(id) && !(await whole, this.#widget?.open(id))) {
        throw new Error(`Broadsheet: no article has the id "${id}"`);
      }
    });
  }

  /** Goes back to the list. */
  close() {
    return this.#when((widget) => widget.close());
  }

  /** The query, the order, the open article's id and how many articles are found. */
  get state() {
    return this.#widget && !stopped ? this.#widget.state() : null;
  }
}

// Each option as a property too: element.pageSize = 10 is page-size="10".
for (const name of OPTIONS) {
  const property = name.replace(/-(.)/g, (_, c) => c.toUpperCase());
  Object.defineProperty(BroadsheetNews.prototype, property, {
    get() {
      return this.getAttribute(name);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
}

if (!customElements.get('broadsheet-news')) customElements.define('broadsheet-news', BroadsheetNews);

// `/` and Ctrl+K (Cmd+K) from anywhere on a page that has one widget and no text field of its
// own go to the widget's search box; on any other page the keys stay the host's (inside a
// widget, the widget handles them itself).
addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const command = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (event.defaultPrevented || !(slash || command)) return;
  const widgets = document.querySelectorAll('broadsheet-news');
  if (widgets.length !== 1 || event.composedPath().includes(widgets[0])) return;
  if (document.querySelector('input:not([type=hidden]),textarea,select,[contenteditable]:not([contenteditable=false])')) return;
  const box = widgets[0].shadowRoot?.querySelector('.bs-search-input');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

// Older pages mark a plain element with data-broadsheet: a widget is mounted into each, in the
// page itself (no shadow root), styled by the page's own link to the stylesheet.
const kept = [];
const legacy = () => {
  const hosts = document.querySelectorAll('[data-broadsheet]:not([data-broadsheet=mounted])');
  if (!hosts.length) return;
  start().then(
    (bindings) => {
      for (const host of hosts) {
        host.dataset.broadsheet = 'mounted';
        kept.push(bindings.mountElement(host, host));
      }
    },
    (error) => console.warn(`Broadsheet could not start: ${reason(error)}.`),
  );
};
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', legacy, { once: true });
else legacy();
