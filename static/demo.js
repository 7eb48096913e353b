// The demo page's own script: a tiny hash router and a line that shows the widgets' events.
const route = document.getElementById('route');
const showRoute = () => {
  route.textContent = location.hash.startsWith('#/') ? `Route: ${location.hash.slice(2)}` : 'Route: home';
};
addEventListener('hashchange', showRoute);
showRoute();

const events = document.getElementById('events');
// Every event, in order, for whoever reads the page (the end-to-end tests do).
window.bsEvents = [];
for (const name of ['broadsheet-ready', 'broadsheet-search', 'broadsheet-open', 'broadsheet-close', 'broadsheet-error']) {
  document.addEventListener(name, (event) => {
    window.bsEvents.push({ type: name, id: event.target.id, detail: event.detail });
    events.textContent = `Events: ${name} from #${event.target.id} ${JSON.stringify(event.detail)}`;
  });
}
