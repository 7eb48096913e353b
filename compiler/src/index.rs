//! Stage 3: the search index of the analysed articles (its stored form is
//! `broadsheet_format::index`).

use std::collections::BTreeMap;

use broadsheet_format::codec::Writer;
use broadsheet_format::index::{OwnedIndex, Tables};
use broadsheet_format::model::Article;
use broadsheet_format::text::words;

/// Indexes the headline, publication, section, tags, author and body of every article.
pub fn build(articles: &[Article]) -> OwnedIndex {
    // Each run of articles on a core of its own; a later run's articles come after an
    // earlier's, so each term's hits stay in article order when the runs are joined.
    let mut runs = crate::parallel::runs(articles, terms).into_iter();
    let mut terms = runs.next().unwrap_or_default();
    for run in runs {
        for (term, hits) in run {
            terms.entry(term).or_default().extend(hits);
        }
    }
    let mut index = OwnedIndex::default();
    let mut postings = Writer::default();
    let mut lengths = Writer::default();
    for (term, hits) in terms {
        index.vocab.push_str(&term);
        index.vocab.push('\n');
        let before = postings.bytes.len();
        let mut previous = 0;
        for (article, in_title) in hits {
            postings.varint((u64::from(article - previous) << 1) | u64::from(in_title));
            previous = article;
        }
        lengths.varint((postings.bytes.len() - before) as u64);
    }
    index.postings = postings.bytes;
    index.posting_lengths = lengths.bytes;
    index.tables = Tables::derive(&index.vocab, &index.posting_lengths).unwrap_or_default();
    index
}

/// Every term of `articles` (the articles from number `first` on) with the articles it is in
/// and whether in their headline.
fn terms(first: usize, articles: &[Article]) -> BTreeMap<String, Vec<(u32, bool)>> {
    let mut terms: BTreeMap<String, Vec<(u32, bool)>> = BTreeMap::new();
    for (i, article) in (first..).zip(articles) {
        let i = u32::try_from(i).unwrap_or(u32::MAX >> 1);
        let mut own: BTreeMap<String, bool> = BTreeMap::new();
        for word in words(&article.title) {
            own.insert(word, true);
        }
        let mut other: Vec<String> = [
            Some(&article.section),
            article.source.as_ref(),
            article.author.as_ref(),
        ]
        .into_iter()
        .flatten()
        .chain(article.tags.iter())
        .map(|t| t.to_string())
        .collect();
        other.extend(article.body_text());
        for text in &other {
            for word in words(text) {
                own.entry(word).or_insert(false);
            }
        }
        for (term, in_title) in own {
            terms.entry(term).or_default().push((i, in_title));
        }
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Article {
        Article {
            title: title.to_owned().into(),
            blocks: vec![broadsheet_format::model::Block::LeadIn {
                text: body.to_owned().into(),
            }]
            .into(),
            ..Article::default()
        }
    }

    #[test]
    fn terms_are_sorted_with_their_articles_and_fields() {
        let built = build(&[
            article("Harbour wall", "The wall fell."),
            article("Bread", "Harbour bakery."),
        ]);
        let index = built.as_index();
        let all: Vec<&str> = (0..index.len()).map(|i| index.term(i)).collect();
        assert_eq!(all, ["bakery", "bread", "fell", "harbour", "the", "wall"]);
        let harbour = index.prefixed("harb");
        assert_eq!(harbour, 3..4);
        let hits: Vec<_> = index.hits(3).map(|h| (h.article, h.in_title)).collect();
        assert_eq!(hits, [(0, true), (1, false)]);
        assert_eq!(index.prefixed("b"), 0..2);
        assert_eq!(index.prefixed("zz"), 6..6);
        assert_eq!(index.prefixed(""), 0..6);
    }
}
