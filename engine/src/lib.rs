//! What runs over a compiled corpus, in the widget and in the CLI alike: an [`Engine`] opens
//! the bytes, [`search`] ranks the articles for a reader's query (first stage over the index,
//! second stage over the text of the first page) and filters them, [`facets`] counts and
//! sorts what was found, and [`summary`] describes the articles a reader currently sees. The
//! search's second stage and the summary read the same folded passages of the first page,
//! kept by the engine for the articles read recently.
//!
//! It reads only what the build stored (`broadsheet-format`) and never parses or analyses
//! article text: a sentence, a teaser or a date the widget shows was found at build time.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod cache;
mod engine;
pub mod facets;
mod passages;
pub mod search;
pub mod summary;

pub use engine::Engine;
