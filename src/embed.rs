//! Putting the widget on a page the older way, into an element of the page itself, styled by
//! the page's own link to the stylesheet (the component tests mount so). The loader mounts
//! the older pages' `data-broadsheet` elements with `mountElement` (`element.rs`).

use web_sys::Element;
use yew::{AppHandle, AttrValue};

use crate::components::App;
use crate::element::props_for;

/// Installs the panic hook at start-up, so that a panic is reported however early it comes.
/// The loader mounts the widgets once the articles are open: into `<broadsheet-news>`
/// elements' shadow roots, and into the older `data-broadsheet` elements themselves, each with
/// `mountElement(element, element)`.
pub fn start() {
    crate::stopped::install();
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
