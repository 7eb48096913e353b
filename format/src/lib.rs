//! Broadsheet's article model and the format of the compiled corpus.
//!
//! The [`model`] is what every stage passes on and the widget shows; [`packed`] is the
//! corpus as bytes (its layout is documented there and versioned by its magic), written at
//! build time and read in place at run time; [`codec`] is the encoding of a record, with the
//! one varint; [`index`] is the stored search index and [`filters`] the stored filter index;
//! [`text`] folds words into the index's
//! terms, so that the build and the search agree on what a term is.
//!
//! Nothing here parses article files or searches: those are `broadsheet-compiler` (build
//! time) and `broadsheet-engine` (run time), which both depend on this crate and never on
//! each other.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod codec;
pub mod filters;
pub mod index;
pub mod model;
pub mod order;
pub mod packed;
pub mod text;
