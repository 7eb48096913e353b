// How pages embedded the widget before the element: start the bindings, which mount into
// every data-broadsheet element.
import init from '../broadsheet-widget.js';

init({ module_or_path: new URL('../broadsheet-widget_bg.wasm', import.meta.url) });
