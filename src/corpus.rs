//! The articles, compiled at build time (see `broadsheet_format::packed`) and read in place.
//!
//! In the browser they are two files of their own, which the loader fetches beside the code
//! and hands over with [`load`](crate::load): `broadsheet-articles.bin` (downloaded at once
//! with the code: what the list, the filters and the search need), then
//! `broadsheet-articles-text.bin` (the articles' text, which follows). The code does not
//! change when an article does. The first screen's renderer reads the
//! same file (`src/bin/prerender.rs`); builds with the `embedded` feature (native and
//! component tests) carry the articles folder compiled in by `build.rs` instead.

/// The name of the compiled articles' first file, next to the loader.
pub const FILE: &str = "broadsheet-articles.bin";
/// The name of their text's file, next to it.
pub const TEXT: &str = "broadsheet-articles-text.bin";

/// The compiled corpus, when it is compiled in.
#[cfg(feature = "embedded")]
pub static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
