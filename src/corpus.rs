//! The articles, compiled at build time (see `broadsheet_format::packed`) and read in place.
//!
//! In the browser they are a file of their own, `broadsheet-articles.bin`, which the loader
//! fetches beside the code and hands over with [`load`](crate::load): the code does not change
//! when an article does, and the two download at once. The first screen's renderer reads the
//! same file (`src/bin/prerender.rs`); builds with the `embedded` feature (native and
//! component tests) carry the articles folder compiled in by `build.rs` instead.

/// The name of the compiled articles' file, next to the loader.
pub const FILE: &str = "broadsheet-articles.bin";

/// The compiled corpus, when it is compiled in.
#[cfg(feature = "embedded")]
pub static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
