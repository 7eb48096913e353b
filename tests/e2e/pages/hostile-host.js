// A host page that gets in the way, as real pages do: storage that throws, a keydown
// listener that swallows every key, wrapped built-ins and a wrapped history. Errors that
// reach the page are kept in window.bsErrors.
window.bsErrors = [];
addEventListener('error', (event) => window.bsErrors.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => window.bsErrors.push(`rejection: ${event.reason}`));

for (const name of ['localStorage', 'sessionStorage']) {
  Object.defineProperty(window, name, {
    get() {
      throw new DOMException('storage is disabled on this page', 'SecurityError');
    },
  });
}

// Every key stopped before it reaches anything else on the page.
document.addEventListener('keydown', (event) => event.stopPropagation(), { capture: true });

// Built-ins wrapped (analytics, polyfills): they still work, but are not the originals.
const map = Array.prototype.map;
Array.prototype.map = function (...args) {
  return map.apply(this, args);
};
const parse = JSON.parse;
JSON.parse = (...args) => parse(...args);
const fetch = window.fetch;
window.fetch = (...args) => fetch(...args);

// The history wrapped, as routers do; calls counted.
window.bsHistoryCalls = 0;
for (const name of ['pushState', 'replaceState']) {
  const original = history[name].bind(history);
  history[name] = (...args) => {
    window.bsHistoryCalls += 1;
    return original(...args);
  };
}

const widgets = document.getElementById('widgets');
for (let i = 1; i <= 20; i++) {
  const widget = document.createElement('broadsheet-news');
  widget.id = `w${i}`;
  widget.setAttribute('page-size', '3');
  widgets.append(widget);
}
