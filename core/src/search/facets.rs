//! Facets of a result set: how many of the articles found come from each publication, topic,
//! month, and name each person, place and organization. And the orders a reader can sort by.

use crate::pack::Packed;

use super::{Hit, Results};

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
    /// Months of publication, as `2025-03`.
    pub months: Vec<(String, usize)>,
}

/// Adds one to `value`'s count in `counts`.
fn count(counts: &mut Vec<(String, usize)>, value: &str) {
    match counts.iter_mut().find(|(v, _)| v == value) {
        Some((_, n)) => *n += 1,
        None => counts.push((value.to_owned(), 1)),
    }
}

/// Most first, then by name; at most [`MAX_VALUES`].
fn top(mut counts: Vec<(String, usize)>) -> Vec<(String, usize)> {
    counts.sort_by(|(a, n), (b, m)| m.cmp(n).then_with(|| a.cmp(b)));
    counts.truncate(MAX_VALUES);
    counts
}

/// The facets of what `results` found in `packed`.
pub fn facets(packed: &Packed, results: &Results) -> Facets {
    let mut all: [Vec<(String, usize)>; 6] = Default::default();
    for hit in &results.hits {
        let Some(f) = packed.facts(hit.article) else {
            continue;
        };
        let [sources, topics, people, places, organizations, months] = &mut all;
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
            count(months, &format!("{:04}-{:02}", d.date.year, d.date.month));
        }
    }
    let [sources, topics, people, places, organizations, months] = all;
    Facets {
        sources: top(sources),
        topics: top(topics),
        people: top(people),
        places: top(places),
        organizations: top(organizations),
        months: top(months),
    }
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
}

/// `hits` in `sort` order. The corpus is stored newest first, undated last, so dates order
/// by article number.
pub fn sort(packed: &Packed, hits: &mut [Hit], sort: Sort) {
    match sort {
        Sort::Relevance => {}
        Sort::Newest => hits.sort_by_key(|h| h.article),
        Sort::Oldest => {
            let dated = |h: &Hit| packed.facts(h.article).is_some_and(|f| f.date.is_some());
            hits.sort_by_key(|h| (!dated(h), std::cmp::Reverse(h.article)));
        }
    }
}
