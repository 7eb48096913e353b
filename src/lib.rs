//! Broadsheet, the embeddable news-reading widget.
//!
//! The articles are compiled at build time into a file of their own, which the loader
//! (`static/broadsheet.js`) hands to [`load`] ([`corpus`]); the interface is one reducer
//! ([`state`]) and small components ([`components`]); [`mount_element`] puts it into a
//! `<broadsheet-news>` element's shadow root (defined by the loader) or an older page's
//! `data-broadsheet` element, [`mount`] into any element; [`start`] runs at start-up.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod components;
pub mod corpus;
mod element;
mod embed;
pub mod format;
mod marks;
pub mod options;
pub mod state;
mod stopped;
mod timing;
pub mod views;

pub use element::{load, mount_element, Control, Snapshot, Widget};
pub use embed::{mount, start};

/// The browser window the widget runs in. `None` outside a browser: the first screen is also
/// rendered natively at build time (`src/bin/prerender.rs`), where every browser call would
/// panic, and every caller already reads `None` as "nothing stored, nothing to listen to".
pub(crate) fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}
