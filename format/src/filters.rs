//! The filter index: for each kind of name a reader filters by (`source:`, `topic:`,
//! `person:`, `place:`, `org:`), the articles that carry each name, found at build time so
//! that a filter reads a few short lists instead of every article's record.
//!
//! Stored as a count of entries, then for each entry, sorted by kind and name: the kind
//! ([`Kind`] as a number), the name's number, the byte length of its articles, and the
//! articles as varint gaps from the previous one (the first from 0).

use crate::codec::{varint, Writer};
use crate::model::{Article, Text};

/// A kind of name an article can be filtered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The publication.
    Source = 0,
    /// The section or a tag.
    Topic = 1,
    /// A person named in the text.
    Person = 2,
    /// A place named in the text.
    Place = 3,
    /// An organization named in the text.
    Organization = 4,
}

/// Every kind, in the order of their numbers.
pub const KINDS: [Kind; 5] = [
    Kind::Source,
    Kind::Topic,
    Kind::Person,
    Kind::Place,
    Kind::Organization,
];

impl Kind {
    /// The names of this kind that `article` carries (a name may come twice).
    pub fn names(self, article: &Article) -> Vec<&str> {
        fn list(names: &[Text]) -> Vec<&str> {
            names.iter().map(|n| n.as_ref()).collect()
        }
        match self {
            Kind::Source => article.source.as_deref().into_iter().collect(),
            Kind::Topic => std::iter::once(article.section.as_ref())
                .chain(article.tags.iter().map(|t| t.as_ref()))
                .collect(),
            Kind::Person => list(&article.people),
            Kind::Place => list(&article.places),
            Kind::Organization => list(&article.organizations),
        }
    }
}

/// Writes the filter index of `articles`, with `number` giving each name's number.
pub fn write(articles: &[Article], number: impl Fn(&str) -> u64, out: &mut Writer) {
    let mut entries: Vec<(Kind, u64, u64)> = Vec::new();
    for (i, article) in articles.iter().enumerate() {
        for kind in KINDS {
            for name in kind.names(article) {
                entries.push((kind, number(name), i as u64));
            }
        }
    }
    entries.sort_unstable();
    entries.dedup();
    let mut groups: Vec<(Kind, u64, Writer)> = Vec::new();
    let mut previous = 0;
    for (kind, name, article) in entries {
        if groups
            .last()
            .is_none_or(|(k, n, _)| (*k, *n) != (kind, name))
        {
            groups.push((kind, name, Writer::default()));
            previous = 0;
        }
        if let Some((_, _, articles)) = groups.last_mut() {
            articles.varint(article - previous);
            previous = article;
        }
    }
    out.varint(groups.len() as u64);
    for (kind, name, articles) in groups {
        out.varint(kind as u64);
        out.varint(name);
        out.varint(articles.bytes.len() as u64);
        out.bytes.extend_from_slice(&articles.bytes);
    }
}

/// The filter index, read in place: where each (kind, name)'s articles are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    bytes: &'static [u8],
    /// For each entry: kind, name number, and where its articles start and end in `bytes`;
    /// sorted by kind and name.
    entries: Vec<(u8, u32, u32, u32)>,
}

impl Filters {
    /// Reads the stored filter index, or `None` if it is damaged.
    pub fn read(bytes: &'static [u8]) -> Option<Filters> {
        let mut rest = bytes;
        let count = usize::try_from(varint(&mut rest)?).ok()?;
        // Every entry takes at least three bytes: a damaged count cannot reserve a huge list.
        let mut entries = Vec::with_capacity(count.min(rest.len() / 3));
        for _ in 0..count {
            let kind = u8::try_from(varint(&mut rest)?).ok()?;
            let name = u32::try_from(varint(&mut rest)?).ok()?;
            let len = usize::try_from(varint(&mut rest)?).ok()?;
            let start = bytes.len() - rest.len();
            rest = rest.get(len..)?;
            let key = (kind, name);
            if entries.last().is_some_and(|&(k, n, _, _)| (k, n) >= key) {
                return None;
            }
            let at = |n: usize| u32::try_from(n).ok();
            entries.push((kind, name, at(start)?, at(start + len)?));
        }
        rest.is_empty().then_some(Filters { bytes, entries })
    }

    /// The numbers of the articles that carry name number `name` as a name of `kind`, in
    /// corpus order.
    pub fn articles(&self, kind: Kind, name: usize) -> impl Iterator<Item = usize> + '_ {
        let key = (kind as u8, u32::try_from(name).unwrap_or(u32::MAX));
        let found = self
            .entries
            .binary_search_by(|&(k, n, _, _)| (k, n).cmp(&key))
            .ok()
            .and_then(|at| self.entries.get(at))
            .and_then(|&(_, _, start, end)| self.bytes.get(start as usize..end as usize));
        let mut bytes = found.unwrap_or(&[]);
        let mut article = 0usize;
        std::iter::from_fn(move || {
            article = article.checked_add(usize::try_from(varint(&mut bytes)?).ok()?)?;
            Some(article)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(section: &'static str, tags: &[&'static str], people: &[&'static str]) -> Article {
        Article {
            section: section.into(),
            tags: tags.iter().map(|&t| t.into()).collect::<Vec<_>>().into(),
            people: people.iter().map(|&p| p.into()).collect::<Vec<_>>().into(),
            ..Article::default()
        }
    }

    #[test]
    fn each_name_lists_its_articles_once_by_kind() {
        let articles = [
            article("local", &["local", "harbour"], &["Ann Lee"]),
            article("sport", &["harbour"], &[]),
            article("local", &[], &["Ann Lee", "harbour"]),
        ];
        let names = ["Ann Lee", "harbour", "local", "sport"];
        let number = |name: &str| names.iter().position(|&n| n == name).unwrap() as u64;
        let mut out = Writer::default();
        write(&articles, number, &mut out);
        let filters = Filters::read(Vec::leak(out.bytes)).unwrap();
        let of = |kind, name| filters.articles(kind, name).collect::<Vec<_>>();
        assert_eq!(of(Kind::Topic, 1), [0, 1]);
        assert_eq!(of(Kind::Topic, 2), [0, 2]);
        assert_eq!(of(Kind::Topic, 3), [1]);
        assert_eq!(of(Kind::Person, 0), [0, 2]);
        assert_eq!(of(Kind::Person, 1), [2]);
        assert_eq!(of(Kind::Place, 1), Vec::<usize>::new());
        assert_eq!(of(Kind::Source, 99), Vec::<usize>::new());
    }

    #[test]
    fn a_damaged_filter_index_is_refused() {
        let mut out = Writer::default();
        let articles = [article("local", &["harbour"], &[])];
        write(&articles, |n| n.len() as u64, &mut out);
        let whole = out.bytes;
        assert!(Filters::read(Vec::leak(whole.clone())).is_some());
        for cut in 0..whole.len() {
            let bytes: &'static [u8] = Vec::leak(whole[..cut].to_vec());
            assert_eq!(Filters::read(bytes), None, "cut at {cut}");
        }
        let mut longer = whole.clone();
        longer.push(0);
        assert_eq!(Filters::read(Vec::leak(longer)), None);
    }
}
