//! Facets of a result set: how many of the articles found come from each publication, topic,
//! month, and name each person, place and organization. And the orders a reader can sort by.

use crate::pack::{Facts, Packed};

use super::Hit;

/// Values kept per facet, most frequent first.
pub const MAX_VALUES: usize = 12;

/// Counts of the articles found, per value, most first (then by name).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Publications.
    pub sources: Vec<(String, usize)>,
    /// Sections and tags.
    pub topics: Vec<(String, usize)>,
    /// People.
    pub people: Vec<(String, usize)>,
    /// Places.
    pub places: Vec<(String, usize)>,
    /// Organizations.
    pub organizations: Vec<(String, usize)>,
    /// Months of publication, as `2025-03`: the busiest, in calendar order.
    pub months: Vec<(String, usize)>,
}

/// Adds one to `value`'s count in `counts` (sorted by value, so that a selection of thousands
/// of articles naming hundreds of people is counted in O(n log n)).
fn count(counts: &mut Vec<(String, usize)>, value: &str) {
    match counts.binary_search_by(|(v, _)| v.as_str().cmp(value)) {
        Ok(at) => {
            if let Some((_, n)) = counts.get_mut(at) {
                *n += 1;
            }
        }
        Err(at) => counts.insert(at, (value.to_owned(), 1)),
    }
}

/// Most first, then by name; at most [`MAX_VALUES`].
fn top(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    crate::order::sort_by(&mut counts, |(a, n), (b, m)| (m, a) < (n, b));
    counts.truncate(MAX_VALUES);
    counts
}

/// Counts facet values one article at a time.
#[derive(Debug, Default)]
pub struct Counter {
    all: [Vec<(String, usize)>; 5],
    /// Months as `year * 12 + month - 1`, sorted.
    months: Vec<(u32, usize)>,
}

impl Counter {
    /// Counts the article with these facts.
    pub fn add(&mut self, f: &Facts) {
        let [sources, topics, people, places, organizations] = &mut self.all;
        if let Some(source) = f.source {
            count(sources, source);
        }
        let mut seen_topics: Vec<&str> = Vec::new();
        for topic in std::iter::once(f.section).chain(f.tags.iter().copied()) {
            if !topic.is_empty() && !seen_topics.contains(&topic) {
                seen_topics.push(topic);
                count(topics, topic);
            }
        }
        for (list, names) in [
            (people, &f.people),
            (places, &f.places),
            (organizations, &f.organizations),
        ] {
            for name in names.iter() {
                count(list, name);
            }
        }
        if let Some(d) = f.date {
            // Months are named once each, when the counting is done.
            let key = u32::from(d.date.year) * 12 + u32::from(d.date.month) - 1;
            match self.months.binary_search_by(|(k, _)| k.cmp(&key)) {
                Ok(at) => {
                    if let Some((_, n)) = self.months.get_mut(at) {
                        *n += 1;
                    }
                }
                Err(at) => self.months.insert(at, (key, 1)),
            }
        }
    }

    /// The most frequent values of each facet.
    pub fn finish(self) -> Facets {
        let [sources, topics, people, places, organizations] = self.all;
        let months = self
            .months
            .iter()
            .map(|&(key, n)| (format!("{:04}-{:02}", key / 12, key % 12 + 1), n))
            .collect();
        Facets {
            sources: top(sources),
            topics: top(topics),
            people: top(people),
            places: top(places),
            organizations: top(organizations),
            months: {
                // The busiest months, in calendar order.
                let mut busiest = top(months);
                crate::order::sort_by(&mut busiest, |(a, _), (b, _)| a < b);
                busiest
            },
        }
    }
}

/// The facets of the articles numbered `articles` in `packed`.
pub fn facets(packed: &Packed, articles: &[usize]) -> Facets {
    let mut counter = Counter::default();
    for f in articles.iter().filter_map(|&i| packed.facts(i)) {
        counter.add(&f);
    }
    counter.finish()
}

/// The orders a reader can put results in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first (the engine's order).
    #[default]
    Relevance,
    /// Newest first; undated last.
    Newest,
    /// Oldest first; undated last.
    Oldest,
}

impl Sort {
    /// Reads `relevance`, `newest` or `oldest`.
    pub fn parse(text: &str) -> Option<Sort> {
        match text {
            "relevance" => Some(Sort::Relevance),
            "newest" => Some(Sort::Newest),
            "oldest" => Some(Sort::Oldest),
            _ => None,
        }
    }

    /// How [`Sort::parse`] reads it back.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }
}

/// `hits` in `sort` order. The corpus is stored newest first, undated last, so dates order
/// by article number.
pub fn sort(packed: &Packed, hits: &mut Vec<Hit>, sort: Sort) {
    match sort {
        Sort::Relevance => {}
        Sort::Newest => crate::order::sort_by(hits, |a, b| a.article < b.article),
        Sort::Oldest => {
            let dated = |h: &Hit| packed.facts(h.article).is_some_and(|f| f.date.is_some());
            // Undated articles are stored last; dated ones oldest last.
            let undated = hits.iter().filter(|h| !dated(h)).count();
            crate::order::sort_by(hits, |a, b| a.article > b.article);
            let n = hits.len();
            hits.rotate_left(undated.min(n));
        }
    }
}
