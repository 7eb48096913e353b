// How pages embedded the widget before the element: start the bindings and hand them the
// articles, which mounts a widget into every data-broadsheet element.
import init, { load } from '../broadsheet-widget.js';

await init({ module_or_path: new URL('../broadsheet-widget_bg.wasm', import.meta.url) });
const articles = await fetch(new URL('../broadsheet-articles.bin', import.meta.url));
const damaged = load(new Uint8Array(await articles.arrayBuffer()));
if (damaged) throw new Error(damaged);
