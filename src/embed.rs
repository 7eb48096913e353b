//! Putting the widget on a page the older way: into every element marked `data-broadsheet`,
//! styled by the page's own link to the stylesheet. (`<broadsheet-news>` is `element.rs`.)

use wasm_bindgen::JsCast;
use web_sys::{console, Element};
use yew::{AppHandle, AttrValue};

use crate::components::App;
use crate::element::props_for;

/// The attribute that marks an element to hold a widget.
const HOST_ATTRIBUTE: &str = "data-broadsheet";
/// The elements that hold a widget.
const HOSTS: &str = "[data-broadsheet]";

/// Mounts a widget into every element of the page marked `data-broadsheet` that does not hold
/// one yet, once the articles are open. Reports on the console, and changes nothing, when the page has no such element.
pub fn start() {
    // Before the loader has handed over the articles there is nothing to show: `load` calls
    // this again.
    if crate::state::Corpus::compiled().is_none() {
        return;
    }
    let hosts = crate::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector_all(HOSTS).ok());
    let hosts: Vec<Element> = hosts
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|node| node.dyn_into::<Element>().ok())
                .collect()
        })
        .unwrap_or_default();
    let elements = crate::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("broadsheet-news").ok().flatten());
    if hosts.is_empty() && elements.is_none() {
        console::warn_1(
            &"Broadsheet: nothing to mount into; add <broadsheet-news></broadsheet-news> where the widget should appear"
                .into(),
        );
    }
    let several = hosts.len() > 1;
    for (i, host) in hosts.into_iter().enumerate() {
        if host.get_attribute(HOST_ATTRIBUTE).as_deref() != Some("mounted") {
            let _ = host.set_attribute(HOST_ATTRIBUTE, "mounted");
            // Without an id of their own, several widgets are told apart by their order.
            if several && host.id().is_empty() {
                host.set_id(&format!("bs{}", i + 1));
            }
            // The widget lives as long as the page: keep it running.
            std::mem::forget(mount(host));
        }
    }
}

/// Mounts one widget into `host`, replacing nothing around it, with the options its
/// attributes give. Its state goes into the page address under the host's id (or `bs` when it
/// has none).
pub fn mount(host: Element) -> AppHandle<App> {
    crate::stopped::install();
    let name = if host.id().is_empty() {
        AttrValue::Static("bs")
    } else {
        AttrValue::from(host.id())
    };
    let props = props_for(name, host.clone(), None);
    yew::Renderer::<App>::with_root_and_props(host, props).render()
}
