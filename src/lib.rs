//! Broadsheet, the embeddable news-reading widget.
//!
//! The articles are compiled in by `build.rs` ([`corpus::ARTICLES`]); the interface is one
//! reducer ([`state`]) and small components ([`components`]); [`start`] and [`mount`] put the
//! widget on a page.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod address;
pub mod components;
pub mod corpus;
mod embed;
pub mod format;
pub mod state;
mod timing;

pub use embed::{mount, start};
