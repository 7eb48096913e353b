//! Matching a reader's query against articles.
//!
//! At build time every article gets its sorted list of distinct folded terms; in the browser a
//! query is folded the same way and each of its words must begin some term of the article. So
//! results never vanish mid-word ("defen" finds "defense") and accents and case do not matter.

use crate::model::{Article, Text};
use crate::text::words;

/// Query words beyond this many are ignored, so the work per keystroke stays bounded.
pub const MAX_QUERY_WORDS: usize = 32;

/// The sorted, distinct search terms of an article: headline, publication, section, tags,
/// author and body.
pub fn article_terms(article: &Article) -> Vec<Text> {
    let mut fields: Vec<String> = [Some(&article.title), Some(&article.section)]
        .into_iter()
        .chain([article.source.as_ref(), article.author.as_ref()])
        .chain(article.tags.iter().map(Some))
        .flatten()
        .map(|t| t.to_string())
        .collect();
    fields.extend(article.body_text());
    let mut terms: Vec<String> = fields.iter().flat_map(|f| words(f)).collect();
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

    /// How well `article` matches, or `None` when it does not. Each word scores 1 when the
    /// article has it whole and 0.6 when only as the start of a longer word, and 2 more when
    /// it begins a word of the headline.
    pub fn score(&self, article: &Article) -> Option<f32> {
        let mut title: Option<Vec<String>> = None;
        let mut score = 0.0;
        for word in &self.words {
            let at = article
                .terms
                .partition_point(|t| t.as_ref() < word.as_str());
            let term = article
                .terms
                .get(at)
                .filter(|t| t.starts_with(word.as_str()))?;
            score += if term.as_ref() == word { 1.0 } else { 0.6 };
            let title = title.get_or_insert_with(|| words(&article.title).collect());
            if title.iter().any(|t| t.starts_with(word.as_str())) {
                score += 2.0;
            }
        }
        Some(score)
    }

    /// The indices of the matching `articles`, best first; equal scores keep the articles'
    /// order (newest first). An empty query keeps every article in order.
    pub fn rank(&self, articles: &[Article]) -> Vec<(usize, f32)> {
        let mut ranked: Vec<(usize, f32)> = articles
            .iter()
            .enumerate()
            .filter_map(|(i, article)| self.score(article).map(|score| (i, score)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
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
