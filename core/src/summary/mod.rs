//! What the articles a reader currently sees add up to.

use crate::pack::Facts;

/// The summary of a selection of articles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary<'a> {
    /// How many articles are selected.
    pub count: usize,
    /// Their reading time together, in minutes.
    pub reading_minutes: u32,
    /// Each publication with its number of articles, most articles first, then by name.
    pub publications: Vec<(&'a str, usize)>,
}

impl<'a> Summary<'a> {
    /// Summarises the articles with these facts.
    pub fn of(articles: impl IntoIterator<Item = Facts<'a>>) -> Summary<'a> {
        let mut summary = Summary::default();
        for article in articles {
            summary.count += 1;
            summary.reading_minutes = summary
                .reading_minutes
                .saturating_add(article.reading_minutes);
            if let Some(source) = article.source {
                match summary
                    .publications
                    .iter_mut()
                    .find(|(name, _)| *name == source)
                {
                    Some((_, n)) => *n += 1,
                    None => summary.publications.push((source, 1)),
                }
            }
        }
        summary
            .publications
            .sort_by(|(a, n), (b, m)| m.cmp(n).then_with(|| a.cmp(b)));
        summary
    }
}
