//! What the articles a reader currently sees add up to.

pub mod sentences;
pub mod timeline;

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
        // Few publications: a plain insertion sort keeps the widget's code small.
        let list = &mut summary.publications;
        for i in 1..list.len() {
            let mut j = i;
            while j > 0
                && list
                    .get(j - 1)
                    .zip(list.get(j))
                    .is_some_and(|((a, n), (b, m))| (m, a) > (n, b))
            {
                list.swap(j - 1, j);
                j -= 1;
            }
        }
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(source: Option<&'static str>, minutes: u32) -> Facts<'static> {
        Facts {
            source,
            reading_minutes: minutes,
            ..Facts::default()
        }
    }

    #[test]
    fn counts_minutes_and_publications_most_first_then_by_name() {
        let s = Summary::of([
            facts(Some("B Post"), 2),
            facts(Some("A Times"), 3),
            facts(Some("C Daily"), 1),
            facts(None, 4),
            facts(Some("C Daily"), 1),
        ]);
        assert_eq!(s.count, 5);
        assert_eq!(s.reading_minutes, 11);
        assert_eq!(
            s.publications,
            [("C Daily", 2), ("A Times", 1), ("B Post", 1)]
        );
    }
}
