//! The pure-Rust heart of Broadsheet.
//!
//! Articles travel through these stages, each a module, in this order:
//!
//! 1. [`content`]: read an articles folder and parse every file into typed [`model`] blocks;
//! 2. [`analyse`]: derive facts: reading time, entities, quotes, key sentences, keywords, related;
//! 3. [`index`]: every term of the corpus with the articles that hold it;
//! 4. [`compile`]: pack the articles and the index ([`pack`]) into the bytes the widget includes;
//!
//! and, at run time, [`search`] ranks the articles for a reader's query and [`summary`]
//! describes the articles a reader currently sees.
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
#[cfg(feature = "compiler")]
pub mod generate;
pub mod index;
pub mod model;
pub mod order;
pub mod pack;
pub mod search;
pub mod summary;
pub mod text;
