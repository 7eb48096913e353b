//! The articles, compiled in by `build.rs` and read in place.

include!(concat!(env!("OUT_DIR"), "/corpus.rs"));
