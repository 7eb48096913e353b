//! The search index: every distinct folded term of the corpus with the articles that hold it.
//!
//! Built once, at build time (by `broadsheet_compiler::index`). What is stored is compact: the sorted vocabulary
//! as one string of `\n`-terminated terms, the byte length of each term's postings as
//! varints, and the postings themselves as varints (for each article holding the term, the gap
//! from the previous article shifted left once, with the low bit set when the term is in the
//! headline). The two offset tables that make lookups direct are derived from the first two by
//! [`Tables::derive`], in one pass, the first time a widget searches.

use crate::codec::varint;

/// An index as stored, with its derived tables: what the build makes and writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OwnedIndex {
    /// See [`Index::vocab`].
    pub vocab: String,
    /// The byte length of each term's postings, as varints.
    pub posting_lengths: Vec<u8>,
    /// See [`Index::postings`].
    pub postings: Vec<u8>,
    /// Derived from the fields above.
    pub tables: Tables,
}

impl OwnedIndex {
    /// The index as the widget reads it.
    pub fn as_index(&self) -> Index<'_> {
        self.tables.index(&self.vocab, &self.postings)
    }
}

/// The index, over stored bytes and their derived [`Tables`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Index<'a> {
    /// Every term, sorted, each followed by `\n`.
    pub vocab: &'a str,
    /// Where each term starts in `vocab`; one more entry than there are terms.
    pub term_starts: &'a [u32],
    /// Where each term's postings start in `postings`; one more entry than there are terms.
    pub posting_starts: &'a [u32],
    /// The articles holding each term, as varints, grouped by term.
    pub postings: &'a [u8],
}

/// The offset tables of an index, derived from what is stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tables {
    /// See [`Index::term_starts`].
    pub term_starts: Vec<u32>,
    /// See [`Index::posting_starts`].
    pub posting_starts: Vec<u32>,
}

impl Tables {
    /// Derives the tables from the vocabulary and the postings' lengths (varints), or `None`
    /// if the two do not agree.
    pub fn derive(vocab: &str, posting_lengths: &[u8]) -> Option<Tables> {
        let mut tables = Tables::default();
        let mut start = 0u32;
        tables.term_starts.push(0);
        for (i, byte) in vocab.bytes().enumerate() {
            if byte == b'\n' {
                tables.term_starts.push(u32::try_from(i + 1).ok()?);
            }
        }
        tables.posting_starts.push(0);
        let mut lengths = posting_lengths;
        while !lengths.is_empty() {
            let length = varint(&mut lengths)?;
            start = start.checked_add(u32::try_from(length).ok()?)?;
            tables.posting_starts.push(start);
        }
        (tables.term_starts.len() == tables.posting_starts.len()).then_some(tables)
    }

    /// The index over these tables.
    pub fn index<'a>(&'a self, vocab: &'a str, postings: &'a [u8]) -> Index<'a> {
        Index {
            vocab,
            term_starts: &self.term_starts,
            posting_starts: &self.posting_starts,
            postings,
        }
    }
}

/// The little-endian `u32` number `i` of `bytes`.
pub(crate) fn u32_at(bytes: &[u8], i: usize) -> Option<u32> {
    let start = i.checked_mul(4)?;
    let word: [u8; 4] = bytes.get(start..start.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(word))
}

/// One article that holds a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The article's index in the corpus.
    pub article: usize,
    /// Whether the term is in the headline.
    pub in_title: bool,
}

impl<'a> Index<'a> {
    /// How many distinct terms there are.
    pub fn len(&self) -> usize {
        self.term_starts.len().saturating_sub(1)
    }

    /// Whether the index has no terms.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The term with number `i`.
    pub fn term(&self, i: usize) -> &'a str {
        let (Some(&start), Some(&end)) = (self.term_starts.get(i), self.term_starts.get(i + 1))
        else {
            return "";
        };
        // Each term is stored with a closing '\n'.
        self.vocab
            .get(start as usize..(end as usize).saturating_sub(1))
            .unwrap_or("")
    }

    /// The numbers of the terms that start with `prefix` (a contiguous range).
    pub fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let n = self.len();
        let lo = partition(n, |i| self.term(i) < prefix);
        let hi = partition(n, |i| {
            let t = self.term(i);
            t < prefix || t.starts_with(prefix)
        });
        lo..hi.max(lo)
    }

    /// The bytes of the postings of `terms`, about as many as their postings.
    pub fn postings_len(&self, terms: std::ops::Range<usize>) -> usize {
        let at = |i| self.posting_starts.get(i).copied().unwrap_or(0) as usize;
        at(terms.end).saturating_sub(at(terms.start))
    }

    /// How many articles hold term number `i`: the number of its postings, counted without
    /// decoding them (each varint ends with the one byte under 0x80).
    pub fn count(&self, i: usize) -> usize {
        let start = self.posting_starts.get(i).copied().unwrap_or(0) as usize;
        let end = self.posting_starts.get(i + 1).copied().unwrap_or(0) as usize;
        let bytes = self.postings.get(start..end.max(start)).unwrap_or(&[]);
        bytes.iter().filter(|&&b| b < 0x80).count()
    }

    /// The articles that hold term number `i`, in corpus order.
    pub fn hits(&self, i: usize) -> impl Iterator<Item = Hit> + 'a {
        let start = self.posting_starts.get(i).copied().unwrap_or(0) as usize;
        let end = self.posting_starts.get(i + 1).copied().unwrap_or(0) as usize;
        let mut bytes = self.postings.get(start..end.max(start)).unwrap_or(&[]);
        let mut article = 0usize;
        std::iter::from_fn(move || {
            let value = varint(&mut bytes)?;
            article = article.checked_add(usize::try_from(value >> 1).ok()?)?;
            Some(Hit {
                article,
                in_title: value & 1 == 1,
            })
        })
    }
}

/// The first `i` in `0..n` for which `before(i)` is false (`before` is true, then false).
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::Writer;

    #[test]
    fn counting_postings_agrees_with_decoding_them() {
        // Three terms: gaps of one byte, of two and three bytes (articles far apart), none.
        let lists: [&[u64]; 3] = [&[0, 1, 2, 5], &[3, 200, 20_000, 20_001], &[]];
        let (mut postings, mut lengths) = (Writer::default(), Writer::default());
        for list in lists {
            let start = postings.bytes.len();
            let mut last = 0;
            for &article in list {
                postings.varint((article - last) << 1 | (article & 1));
                last = article;
            }
            lengths.varint((postings.bytes.len() - start) as u64);
        }
        let tables = Tables::derive("a\nb\nc\n", &lengths.bytes).unwrap();
        let index = tables.index("a\nb\nc\n", &postings.bytes);
        for (term, list) in lists.iter().enumerate() {
            let decoded: Vec<usize> = index.hits(term).map(|h| h.article).collect();
            assert_eq!(
                decoded,
                list.iter().map(|&a| a as usize).collect::<Vec<_>>()
            );
            assert_eq!(index.count(term), list.len(), "term {term}");
        }
        assert_eq!(index.count(3), 0, "no such term");
    }
}
