//! Facts derived from the parsed articles: per article (reading time, teaser, entities,
//! quotes, key sentences) and across the corpus (keywords, related articles).

mod reading;

use crate::model::Article;
use crate::search;

pub use reading::{reading_minutes, teaser, words_per_minute, TEASER_CHARS};

/// Fills in every derived field of every article. Deterministic: the same articles in the
/// same order give the same results.
pub fn analyse_corpus(articles: &mut [Article]) {
    for article in articles.iter_mut() {
        reading::analyse(article);
        article.terms = search::article_terms(article).into();
    }
}
