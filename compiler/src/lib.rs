//! Build time: from an articles folder to the bytes the widget includes.
//!
//! The stages, each a module, pass typed results on, in this order (see [`compile`], where
//! they are called one after the other):
//!
//! 1. [`content`]: read an articles folder and parse every file into typed blocks
//!    ([`content::read_dir`] gives a `Corpus<`[`content::stage::Parsed`]`>`);
//! 2. [`analyse`]: derive facts: sentences, teaser, reading time, entities, quotes, key
//!    sentences, dates, keywords, related articles ([`analyse::analyse`] gives a
//!    `Corpus<`[`content::stage::Analysed`]`>`);
//! 3. [`index`]: every term of the corpus with the articles that hold it;
//! 4. `broadsheet_format::packed::write`: the articles and the index as the compiled corpus.
//!
//! [`generate`] writes synthetic article folders for benchmarks; [`diagnostic`] is how
//! problems in article files are reported. Nothing here runs in the browser.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod analyse;
pub mod compile;
pub mod content;
pub mod diagnostic;
pub mod generate;
pub mod index;
mod parallel;
