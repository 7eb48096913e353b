//! The articles, compiled in by `build.rs` (see `broadsheet_format::packed`) and read in place.

/// The compiled corpus.
pub static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));
