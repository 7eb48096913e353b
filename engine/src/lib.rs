//! What runs over a compiled corpus, in the widget and in the CLI alike: an [`Engine`] opens
//! the bytes, [`search`] ranks the articles for a reader's query (first stage over the index,
//! second stage over the text of the first page) and filters them, and [`summary`] describes
//! the articles a reader currently sees.
//!
//! It reads only what the build stored (`broadsheet-format`) and never parses or analyses
//! article text: a sentence, a teaser or a date the widget shows was found at build time.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod cache;
mod engine;
pub mod search;
pub mod summary;

pub use engine::Engine;
