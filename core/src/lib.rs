//! The pure-Rust heart of Broadsheet.
//!
//! Articles travel through these stages, each a module, in this order:
//!
//! 1. [`content`]: read an articles folder and parse every file into typed [`model`] blocks;
//! 2. [`analyse`]: derive facts from the parsed text (word count, reading time);
//! 3. [`search`]: the search terms of each article and the matching of a reader's query;
//! 4. [`compile`]: write the whole corpus as Rust source that the widget includes at build time;
//!
//! and, at run time, [`summary`] describes the articles a reader currently sees.
//!
//! Nothing here touches the browser: the same code runs in `build.rs`, in native tests and in
//! the WebAssembly widget.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

#[cfg(feature = "compiler")]
pub mod analyse;
#[cfg(feature = "compiler")]
pub mod compile;
#[cfg(feature = "compiler")]
pub mod content;
#[cfg(feature = "compiler")]
pub mod diagnostic;
pub mod model;
pub mod search;
pub mod summary;
pub mod text;
