// Counts the page's popstate and pagehide listeners, so a test can tell that a removed widget
// leaves none behind.
window.bsListeners = 0;
const add = window.addEventListener.bind(window);
const remove = window.removeEventListener.bind(window);
const counted = new Set(['popstate']);
window.addEventListener = (type, listener, options) => {
  if (counted.has(type)) window.bsListeners += 1;
  return add(type, listener, options);
};
window.removeEventListener = (type, listener, options) => {
  if (counted.has(type)) window.bsListeners -= 1;
  return remove(type, listener, options);
};
