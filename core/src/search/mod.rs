//! Ranking articles for a reader's query, over the [`Index`] built at build time.
//!
//! A query is folded like the articles (case and accents do not matter) and each of its
//! words must begin some word of an article, so results never vanish mid-word ("defen" finds
//! "defense").

use crate::index::Index;
use crate::text::words;

/// Query words beyond this many are ignored, so the work per keystroke stays bounded.
pub const MAX_QUERY_WORDS: usize = 32;

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

    /// The articles (numbered `0..articles` as in `index`) that hold every word, best first,
    /// with their scores. Each word scores 1 where the article has it whole and 0.6 where only
    /// as the start of a longer word, and 2 more in the headline; equal scores keep the
    /// articles' order (newest first). An empty query keeps every article in order.
    pub fn rank(&self, index: &Index, articles: usize) -> Vec<(usize, f32)> {
        if self.words.is_empty() {
            return (0..articles).map(|i| (i, 0.0)).collect();
        }
        let mut total = vec![0.0f32; articles];
        let mut matched = vec![0usize; articles];
        let mut best = vec![0.0f32; articles];
        for word in &self.words {
            best.fill(0.0);
            for term in index.prefixed(word) {
                let base = if index.term(term) == word { 1.0 } else { 0.6 };
                for hit in index.hits(term) {
                    let score = base + if hit.in_title { 2.0 } else { 0.0 };
                    if let Some(b) = best.get_mut(hit.article) {
                        *b = b.max(score);
                    }
                }
            }
            for ((t, m), b) in total.iter_mut().zip(&mut matched).zip(&best) {
                if *b > 0.0 {
                    *t += b;
                    *m += 1;
                }
            }
        }
        let mut ranked: Vec<(usize, f32)> = total
            .into_iter()
            .zip(matched)
            .enumerate()
            .filter(|(_, (_, m))| *m == self.words.len())
            .map(|(i, (t, _))| (i, t))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_fold_and_drop_punctuation() {
        assert_eq!(Query::parse("  \"Zürich\" -- OR ").words, ["zurich", "or"]);
        assert!(Query::parse("“” ... ---").is_empty());
        assert_eq!(
            Query::parse(&"a ".repeat(100_000)).words.len(),
            MAX_QUERY_WORDS
        );
    }

    #[cfg(feature = "compiler")]
    #[test]
    fn every_word_must_match_and_headlines_count_more() {
        use crate::model::{Article, Block};
        let article = |title: &str, body: &str| Article {
            title: title.to_owned().into(),
            blocks: vec![Block::LeadIn {
                text: body.to_owned().into(),
            }]
            .into(),
            ..Article::default()
        };
        let built = crate::index::build(&[
            article("Bakery news", "The harbour bakery opens."),
            article("Harbour wall", "The wall fell at the harbour."),
            article("Weather", "Rain."),
        ]);
        let index = built.as_index();
        let rank = |q: &str| Query::parse(q).rank(&index, 3);
        assert_eq!(rank("harb"), [(1, 2.6), (0, 0.6)]);
        assert_eq!(
            rank("harbour bakery")
                .iter()
                .map(|r| r.0)
                .collect::<Vec<_>>(),
            [0]
        );
        assert!(rank("harbour zzz").is_empty());
        assert_eq!(rank("").len(), 3);
    }
}
