//! Facets of a result set: how many of the articles found come from each publication, topic,
//! month, and name each person, place and organization. And the orders a reader can sort by.

use crate::Engine;
use broadsheet_format::model::Date;
use broadsheet_format::order::sort_by_key;
use broadsheet_format::packed::{FactNumbers, Packed};

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

/// Every article's facts as flat numbers, read from the records once (for the first summary,
/// when the widget mounts): a summary at a keystroke then reads these rather than decoding
/// each record again, which took 30 ms natively for the 95,000 of 100,000 articles a
/// one-letter prefix selects.
#[derive(Debug, Default)]
pub struct FactTable {
    /// Each article's facts; `None` where its record cannot be read.
    rows: Vec<Option<Row>>,
    /// What the articles add to the counts, one after another: a facet (the low three bits:
    /// publication, topic, person, place, organization, month) and its key (the rest).
    keys: Vec<u32>,
}

/// One article's facts in a [`FactTable`].
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// Where its keys start and end.
    keys: (u32, u32),
    /// Its reading time in minutes.
    pub reading_minutes: u32,
    /// When it was published.
    pub date: Option<Date>,
}

impl FactTable {
    /// Reads the facts of every article in `packed`.
    pub fn of(packed: &Packed) -> FactTable {
        let mut table = FactTable::default();
        let mut facts = FactNumbers::default();
        let mut topics: Vec<usize> = Vec::new();
        for i in 0..packed.len() {
            if !packed.fact_numbers(i, &mut facts) {
                table.rows.push(None);
                continue;
            }
            let keys = &mut table.keys;
            let start = keys.len() as u32;
            let mut add = |facet: u32, key: usize| keys.push(facet | (key as u32) << 3);
            if let Some(source) = facts.source {
                add(0, source);
            }
            // A tag equal to the section counts once.
            topics.clear();
            for &topic in std::iter::once(&facts.section).chain(&facts.tags) {
                if !topics.contains(&topic) {
                    topics.push(topic);
                    add(1, topic);
                }
            }
            for (facet, names) in [(2, &facts.people), (3, &facts.places)] {
                for &name in names {
                    add(facet, name);
                }
            }
            for &name in &facts.organizations {
                add(4, name);
            }
            let date = facts.date.map(|d| d.date);
            if let Some(d) = date {
                add(5, usize::from(d.year) * 12 + usize::from(d.month) - 1);
            }
            table.rows.push(Some(Row {
                keys: (start, keys.len() as u32),
                reading_minutes: facts.reading_minutes,
                date,
            }));
        }
        // Read once and kept: no room left over (at 100,000 articles, megabytes).
        table.keys.shrink_to_fit();
        table
    }

    /// Article number `i`'s facts, and what it adds to the counts.
    pub fn row(&self, i: usize) -> Option<(Row, &[u32])> {
        let row = (*self.rows.get(i)?)?;
        let keys = self.keys.get(row.keys.0 as usize..row.keys.1 as usize)?;
        Some((row, keys))
    }
}

/// Counts facet values one article at a time, by name number; names are looked up once each,
/// at the end.
#[derive(Debug, Default)]
pub struct Counter {
    /// Publications, topics, people, places and organizations by name number, and months as
    /// `year * 12 + month - 1`: each key's count.
    all: [Vec<u32>; 6],
}

impl Counter {
    /// Counts an article that adds `keys` (see [`FactTable::row`]).
    pub fn add(&mut self, keys: &[u32]) {
        for &key in keys {
            if let Some(counts) = self.all.get_mut((key & 7) as usize) {
                count(counts, (key >> 3) as usize);
            }
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
    let table = packed.fact_table();
    let mut counter = Counter::default();
    for &i in articles {
        if let Some((_, keys)) = table.row(i) {
            counter.add(keys);
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
        Sort::Newest => sort_by_key(hits, |h| h.article as u32),
        Sort::Oldest => {
            let dated = |h: &Hit| packed.facts(h.article).is_some_and(|f| f.date.is_some());
            // Undated articles are stored last; dated ones oldest last.
            let undated = hits.iter().filter(|h| !dated(h)).count();
            sort_by_key(hits, |h| !(h.article as u32));
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
