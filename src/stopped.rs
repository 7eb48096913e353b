//! When the widget panics. A panic in wasm cannot be recovered from: the instance is stopped
//! for good, and with it every widget on the page. Rather than leave them frozen and silent,
//! the panic hook says so on the console, tells the loader (`broadsheet-stopped` on the
//! window: it replaces each `<broadsheet-news>` element's widget with a message and
//! dispatches `broadsheet-error` on it) and writes the same message into the older
//! `data-broadsheet` elements. The host page itself runs on.

use std::sync::Once;

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit};

/// What a stopped widget says.
pub const MESSAGE: &str = "Broadsheet stopped: reload the page.";

/// Installs the hook, once, before the first widget renders.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(|info| stop(&info.to_string()))));
}

/// Reports the panic `what` and replaces every widget on the page with [`MESSAGE`].
fn stop(what: &str) {
    web_sys::console::error_1(&format!("{MESSAGE} ({what})").into());
    let Some(window) = crate::window() else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_detail(&JsValue::from_str(what));
    if let Ok(event) = CustomEvent::new_with_event_init_dict("broadsheet-stopped", &init) {
        let _ = window.dispatch_event(&event);
    }
    let hosts = window
        .document()
        .and_then(|document| document.query_selector_all("[data-broadsheet]").ok());
    if let Some(hosts) = hosts {
        for host in (0..hosts.length()).filter_map(|i| hosts.item(i)) {
            host.set_text_content(Some(MESSAGE));
        }
    }
}
