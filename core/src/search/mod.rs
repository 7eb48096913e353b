//! Matching a reader's query against articles.
//!
//! At build time every article gets its sorted list of distinct folded terms; in the browser a
//! query is folded the same way and each of its words must begin some term of the article. So
//! results never vanish mid-word ("defen" finds "defense") and accents and case do not matter.

use crate::model::{Article, Text};
use crate::text::words;

/// Query words beyond this many are ignored, so the work per keystroke stays bounded.
pub const MAX_QUERY_WORDS: usize = 32;

/// The sorted, distinct search terms of an article: headline, publication, section and body.
pub fn article_terms(article: &Article) -> Vec<Text> {
    let fields = [&article.title, &article.section]
        .into_iter()
        .map(|t| t.as_ref())
        .chain(article.source.as_deref())
        .chain(article.body_text());
    let mut terms: Vec<String> = fields.flat_map(words).collect();
    terms.sort_unstable();
    terms.dedup();
    terms.into_iter().map(Text::from).collect()
}

/// A parsed query: the folded words a reader typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    /// Reads what the reader typed. Any string is a valid query; punctuation is ignored.
    pub fn parse(input: &str) -> Query {
        Query {
            words: words(input).take(MAX_QUERY_WORDS).collect(),
        }
    }

    /// Whether the query has no words, and so matches every article.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word of the query begins some term of `article`.
    pub fn matches(&self, article: &Article) -> bool {
        self.words
            .iter()
            .all(|word| has_prefix(&article.terms, word))
    }
}

/// Whether some term of the sorted `terms` starts with `prefix`.
fn has_prefix(terms: &[Text], prefix: &str) -> bool {
    let at = terms.partition_point(|term| term.as_ref() < prefix);
    terms.get(at).is_some_and(|term| term.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(list: &[&'static str]) -> Vec<Text> {
        list.iter().map(|t| Text::from(*t)).collect()
    }

    #[test]
    fn prefixes_are_found_in_sorted_terms() {
        let t = terms(&["beijing", "china", "defense", "ministers"]);
        assert!(has_prefix(&t, "defen"));
        assert!(has_prefix(&t, "ministers"));
        assert!(!has_prefix(&t, "ministerss"));
        assert!(!has_prefix(&t, "zz"));
        assert!(!has_prefix(&[], "a"));
    }

    #[test]
    fn queries_fold_and_drop_punctuation() {
        assert_eq!(Query::parse("  \"Zürich\" -- OR ").words, ["zurich", "or"]);
        assert!(Query::parse("“” ... ---").is_empty());
        assert_eq!(
            Query::parse(&"a ".repeat(100_000)).words.len(),
            MAX_QUERY_WORDS
        );
    }
}
