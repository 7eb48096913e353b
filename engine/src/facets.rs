//! Facets of a result set: how many of the articles found come from each publication, topic,
//! month, and name each person, place and organization. And the orders a reader can sort by.

use crate::Engine;
use broadsheet_format::packed::FactNumbers;

use crate::search::Hit;

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

/// Adds one to `key`'s count in `counts`, a count for every key up to the largest seen: a
/// selection of most of 100,000 articles names tens of thousands of people, and a count
/// kept in place costs the same for each.
fn count(counts: &mut Vec<u32>, key: usize) {
    if counts.len() <= key {
        counts.resize(key + 1, 0);
    }
    if let Some(n) = counts.get_mut(key) {
        *n += 1;
    }
}

/// The keys counted at least once, with their counts.
fn counted(counts: Vec<u32>) -> impl Iterator<Item = (usize, usize)> {
    (counts.into_iter().enumerate()).filter_map(|(key, n)| (n > 0).then_some((key, n as usize)))
}

/// The [`MAX_VALUES`] most counted, most first, then by key: picked in one pass, so that a
/// selection naming tens of thousands of people sorts and copies none of them.
fn top<K: Copy + PartialOrd>(counts: impl Iterator<Item = (K, usize)>) -> Vec<(K, usize)> {
    let mut best: Vec<(K, usize)> = Vec::with_capacity(MAX_VALUES + 1);
    for (key, n) in counts {
        let at = best
            .iter()
            .position(|&(k, m)| n > m || (n == m && key < k))
            .unwrap_or(best.len());
        if at < MAX_VALUES {
            best.insert(at, (key, n));
            best.truncate(MAX_VALUES);
        }
    }
    best
}

/// Counts facet values one article at a time, by name number; names are looked up once each,
/// at the end.
#[derive(Debug, Default)]
pub struct Counter {
    /// Publications, topics, people, places and organizations by name number, and months as
    /// `year * 12 + month - 1`: each key's count.
    all: [Vec<u32>; 6],
    /// Topics of the article being counted, so that a tag equal to the section counts once.
    seen: Vec<usize>,
}

impl Counter {
    /// Counts the article with these facts.
    pub fn add(&mut self, f: &FactNumbers) {
        let [sources, topics, people, places, organizations, months] = &mut self.all;
        if let Some(source) = f.source {
            count(sources, source);
        }
        self.seen.clear();
        for &topic in std::iter::once(&f.section).chain(&f.tags) {
            if !self.seen.contains(&topic) {
                self.seen.push(topic);
                count(topics, topic);
            }
        }
        for (list, names) in [
            (people, &f.people),
            (places, &f.places),
            (organizations, &f.organizations),
        ] {
            for &name in names {
                count(list, name);
            }
        }
        if let Some(d) = f.date {
            count(
                months,
                usize::from(d.date.year) * 12 + usize::from(d.date.month) - 1,
            );
        }
    }

    /// The most frequent values of each facet, named from `packed`.
    pub fn finish(self, packed: &Engine) -> Facets {
        let [sources, topics, people, places, organizations, months] = self.all;
        let named = |counts: Vec<u32>| {
            top(counted(counts)
                .filter_map(|(n, c)| Some((packed.name(n)?, c)))
                .filter(|(name, _)| !name.is_empty()))
            .into_iter()
            .map(|(name, c)| (name.to_owned(), c))
            .collect()
        };
        // The busiest months, in calendar order.
        let mut busiest = top(counted(months));
        broadsheet_format::order::sort_by(&mut busiest, |(a, _), (b, _)| a < b);
        let busiest = (busiest.into_iter())
            .map(|(key, n)| (format!("{:04}-{:02}", key / 12, key % 12 + 1), n))
            .collect();
        Facets {
            sources: named(sources),
            topics: named(topics),
            people: named(people),
            places: named(places),
            organizations: named(organizations),
            months: busiest,
        }
    }
}

/// The facets of the articles numbered `articles` in `packed`.
pub fn facets(packed: &Engine, articles: &[usize]) -> Facets {
    let mut counter = Counter::default();
    let mut facts = FactNumbers::default();
    for &i in articles {
        if packed.fact_numbers(i, &mut facts) {
            counter.add(&facts);
        }
    }
    counter.finish(packed)
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
pub fn sort(packed: &Engine, hits: &mut Vec<Hit>, sort: Sort) {
    match sort {
        Sort::Relevance => {}
        Sort::Newest => broadsheet_format::order::sort_by(hits, |a, b| a.article < b.article),
        Sort::Oldest => {
            let dated = |h: &Hit| packed.facts(h.article).is_some_and(|f| f.date.is_some());
            // Undated articles are stored last; dated ones oldest last.
            let undated = hits.iter().filter(|h| !dated(h)).count();
            broadsheet_format::order::sort_by(hits, |a, b| a.article > b.article);
            let n = hits.len();
            hits.rotate_left(undated.min(n));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_counted_come_first_then_by_key() {
        // 30 values: "v00" counted once … "v29" counted 30 times, then ties.
        let mut counts: Vec<(String, usize)> =
            (0..30).map(|i| (format!("v{i:02}"), i + 1)).collect();
        counts.extend([("b".to_owned(), 25), ("a".to_owned(), 25)]);
        let counts: Vec<(&str, usize)> = counts.iter().map(|(k, n)| (k.as_str(), *n)).collect();
        let mut expected = counts.clone();
        expected.sort_by(|(a, n), (b, m)| m.cmp(n).then(a.cmp(b)));
        expected.truncate(MAX_VALUES);
        assert_eq!(top(counts.iter().copied()), expected);
        assert_eq!(top(counts.iter().rev().copied()), expected);
        assert_eq!(expected[5..8], [("a", 25), ("b", 25), ("v24", 25)]);
        assert!(top(std::iter::empty::<(usize, usize)>()).is_empty());
    }
}
