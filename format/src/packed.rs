//! The compiled corpus as one block of bytes, written at build time and read in place by the
//! widget: opening it reads a short header, and an article is decoded only when it is shown.
//!
//! # Format 4 (`BSC4`)
//!
//! The corpus is a file of its own beside the widget's code (`broadsheet-articles.bin`), so
//! its header says how long it is and what it holds: a file cut short in transfer, or
//! changed on the way, is refused with a message that says which, before anything is read.
//!
//! The magic `BSC4` (the digit is the format's version: it changes whenever the layout or the
//! meaning of any byte changes, and a corpus of another version is refused with a message
//! saying so); the length of everything after the header as a `u32` LE; the [`checksum`] of
//! those bytes as a `u32` LE; then the article count as a `u32` LE and regions, each a `u32`
//! LE length and its bytes, in this order:
//!
//! | region | contents |
//! |---|---|
//! | lengths | the byte length of each article record (varints); where each starts is derived from them once, on first use |
//! | records | the articles, each as below |
//! | name starts, names | names shared between articles (publications, sections, authors, languages, tags, people, places, organizations, speakers), sorted: where each starts (`u32` LE), then their text |
//! | vocab, posting lengths, postings | the search [`Index`] as stored (see [`crate::index`]) |
//! | filters | for each publication, topic, person, place and organization, its articles (see [`crate::filters`]) |
//!
//! A record, in the encoding of [`codec`](crate::codec) (varints, length-prefixed UTF-8, a list as its count
//! and its items, an option or enum as a tag byte; *name* is a name's number, *name?* 0 for
//! none or the number plus one):
//!
//! 1. what filters and the summary read without decoding the rest: id (text), publication
//!    (name?), section (name), date (option of year, month, day, precision 0–2), reading
//!    minutes, word count, has a video (bool), tags, people, places, organizations (lists
//!    of names);
//! 2. headline (text), author (name?), original's address (option of text), language (name),
//!    author's summary (option of text), blocks (list; tag 0 paragraph, 1 lead-in,
//!    2 heading, 3 block quote, 4 list, 5 media caption; runs of text tagged 0 plain,
//!    1 emphasis, 2 strong, 3 code, 4 link with its address);
//! 3. the sentences of each block's text (the runs' texts joined, a list's items joined by
//!    `\n`), counted in its words (runs of characters other than white space): for every
//!    block, how many, then for each its length in words times two, plus one when words were
//!    skipped since the previous sentence (then how many), a length of 0 meaning "to the
//!    block's last word". They are split once, at build time: the same bytes mean the same
//!    sentences whatever the splitter later becomes;
//! 4. the teaser: block number plus one and the length of its opening (an ellipsis follows
//!    when that is shorter than the block's text), or 0 and the text;
//! 5. quotes (a list of: where, speaker as name?), key sentences (a list of where), where
//!    being `2k + 2` for sentence `k` of part 3, `2b + 1`, offset and length for bytes of
//!    block `b`, or 0 and the text;
//! 6. the dates the text names (a list of dates as in part 1), related articles (a list of
//!    article numbers).

use std::cell::OnceCell;

use crate::codec::{names_of, pack_article, Numbers, Writer};
use crate::codec::{unpack_article, unpack_fact_numbers, unpack_facts, Reader, Shared};
use crate::filters::{self, Filters};
use crate::index::{u32_at, Index, OwnedIndex, Tables};
use crate::model::{Article, Dated};

/// The first bytes of a compiled corpus: `BSC` and the format's version.
pub const MAGIC: &[u8; 4] = b"BSC4";
/// The header's length: the magic, the length of the rest and its checksum.
pub const HEADER: usize = 12;

/// The checksum a corpus's header holds of the bytes after it: FNV-1a (32 bits) over the
/// bytes read as little-endian `u32` words, the last one padded with zero bytes. A word at a
/// time keeps checking a large corpus quick at start-up; any changed byte changes a word.
pub fn checksum(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for word in bytes.chunks(4) {
        let mut w = [0u8; 4];
        for (to, from) in w.iter_mut().zip(word) {
            *to = *from;
        }
        hash = (hash ^ u32::from_le_bytes(w)).wrapping_mul(0x0100_0193);
    }
    hash
}

/// What filters, facets and summaries need of an article, read from the start of its record
/// without decoding the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts<'a> {
    /// When it was published.
    pub date: Option<Dated>,
    /// Its reading time in minutes.
    pub reading_minutes: u32,
    /// Its publication.
    pub source: Option<&'a str>,
    /// Its section.
    pub section: &'a str,
    /// Its topics.
    pub tags: Vec<&'a str>,
    /// People named in it.
    pub people: Vec<&'a str>,
    /// Places named in it.
    pub places: Vec<&'a str>,
    /// Organizations named in it.
    pub organizations: Vec<&'a str>,
    /// Whether it has a video caption.
    pub has_video: bool,
}

/// What facets count of an article, by name number (see [`Packed::name`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FactNumbers {
    /// When it was published.
    pub date: Option<Dated>,
    /// Its reading time in minutes.
    pub reading_minutes: u32,
    /// Its publication.
    pub source: Option<usize>,
    /// Its section.
    pub section: usize,
    /// Its topics.
    pub tags: Vec<usize>,
    /// People named in it.
    pub people: Vec<usize>,
    /// Places named in it.
    pub places: Vec<usize>,
    /// Organizations named in it.
    pub organizations: Vec<usize>,
    /// Whether it has a video caption.
    pub has_video: bool,
}

/// A compiled corpus, read in place.
#[derive(Clone, Debug)]
pub struct Packed {
    count: usize,
    lengths: &'static [u8],
    starts: OnceCell<Vec<u32>>,
    records: &'static [u8],
    name_starts: &'static [u8],
    names: &'static str,
    vocab: &'static str,
    posting_lengths: &'static [u8],
    postings: &'static [u8],
    tables: OnceCell<Tables>,
    filters: Filters,
}

/// Why bytes are not a compiled corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotACorpus {
    /// They are damaged, in the way said.
    Damaged(&'static str),
    /// They are a corpus in another version of the format: the version's digit.
    OtherVersion(u8),
}

impl std::fmt::Display for NotACorpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotACorpus::Damaged(why) => write!(f, "the compiled articles are damaged: {why}"),
            NotACorpus::OtherVersion(v) => write!(
                f,
                "the compiled articles are in format {} and this widget reads format {}: \
                 compile them again with this version of Broadsheet",
                char::from(*v),
                char::from(MAGIC[3])
            ),
        }
    }
}

/// Splits `bytes` into the regions of the layout.
struct Regions {
    bytes: &'static [u8],
}

impl Regions {
    fn next(&mut self) -> Result<&'static [u8], NotACorpus> {
        let len =
            u32_at(self.bytes, 0).ok_or(NotACorpus::Damaged("a region is cut short"))? as usize;
        let region = self
            .bytes
            .get(4..4 + len)
            .ok_or(NotACorpus::Damaged("a region is cut short"))?;
        self.bytes = self.bytes.get(4 + len..).unwrap_or(&[]);
        Ok(region)
    }
}

impl Packed {
    /// Opens a compiled corpus, checking its header and the sizes of its regions.
    pub fn open(bytes: &'static [u8]) -> Result<Packed, NotACorpus> {
        let rest = match bytes.strip_prefix(MAGIC.as_slice()) {
            Some(rest) => rest,
            None => match bytes {
                [b'B', b'S', b'C', v, ..] if v.is_ascii_digit() => {
                    return Err(NotACorpus::OtherVersion(*v))
                }
                _ => return Err(NotACorpus::Damaged("the header is not Broadsheet's")),
            },
        };
        let length = u32_at(rest, 0).ok_or(NotACorpus::Damaged("no header"))? as usize;
        let sum = u32_at(rest, 1).ok_or(NotACorpus::Damaged("no header"))?;
        let rest = rest.get(8..).unwrap_or(&[]);
        if rest.len() < length {
            return Err(NotACorpus::Damaged("the file is cut short"));
        }
        if rest.len() > length {
            return Err(NotACorpus::Damaged("the file runs on past its end"));
        }
        if checksum(rest) != sum {
            return Err(NotACorpus::Damaged("its checksum does not match its bytes"));
        }
        let count = u32_at(rest, 0).ok_or(NotACorpus::Damaged("no article count"))? as usize;
        let mut regions = Regions {
            bytes: rest.get(4..).unwrap_or(&[]),
        };
        let lengths = regions.next()?;
        let records = regions.next()?;
        let name_starts = regions.next()?;
        let names =
            std::str::from_utf8(regions.next()?).map_err(|_| NotACorpus::Damaged("names"))?;
        let vocab =
            std::str::from_utf8(regions.next()?).map_err(|_| NotACorpus::Damaged("vocabulary"))?;
        let posting_lengths = regions.next()?;
        let postings = regions.next()?;
        let filters = Filters::read(regions.next()?).ok_or(NotACorpus::Damaged("filters"))?;
        // Every count and offset is checked against the bytes here, once: a damaged header
        // must not make a reader list millions of articles or allocate for them.
        let mut reader = Reader::new(lengths);
        let (mut listed, mut total) = (0usize, 0u64);
        while let Some(len) = reader.varint() {
            listed += 1;
            total = total.saturating_add(len);
        }
        if listed != count || total != records.len() as u64 {
            return Err(NotACorpus::Damaged(
                "the article count does not match the records",
            ));
        }
        let last_name = name_starts
            .len()
            .checked_sub(4)
            .and_then(|at| u32_at(name_starts, at / 4));
        if name_starts.len() % 4 != 0 || last_name.map(|n| n as usize) != Some(names.len()) {
            return Err(NotACorpus::Damaged(
                "the name table does not match the names",
            ));
        }
        Ok(Packed {
            count,
            lengths,
            starts: OnceCell::new(),
            records,
            name_starts,
            names,
            vocab,
            posting_lengths,
            postings,
            tables: OnceCell::new(),
            filters,
        })
    }

    /// How many articles there are.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The search index. Its offset tables are derived on the first call; a damaged index
    /// is an empty one.
    pub fn index(&self) -> Index<'_> {
        self.tables
            .get_or_init(|| Tables::derive(self.vocab, self.posting_lengths).unwrap_or_default())
            .index(self.vocab, self.postings)
    }

    /// The filter index: which articles carry each name, by kind.
    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    /// The encoded record of article number `i`.
    fn record(&self, i: usize) -> Option<&'static [u8]> {
        let starts = self.starts.get_or_init(|| {
            let mut reader = Reader::new(self.lengths);
            let mut starts = vec![0u32];
            let mut at = 0u64;
            while let Some(len) = reader.varint() {
                at = at.saturating_add(len);
                starts.push(u32::try_from(at).unwrap_or(u32::MAX));
            }
            starts
        });
        let start = *starts.get(i)? as usize;
        let end = *starts.get(i + 1)? as usize;
        self.records.get(start..end)
    }

    /// The id of article number `i`.
    pub fn id(&self, i: usize) -> Option<&'static str> {
        self.article_id(i)
    }

    /// Article number `i`, decoded (its text is borrowed from the corpus).
    pub fn article(&self, i: usize) -> Option<Article> {
        unpack_article(&mut Reader::new(self.record(i)?), self)
    }

    /// The facts of article number `i` by name number, into `out` (its lists reused); `false`
    /// when the record cannot be read.
    pub fn fact_numbers(&self, i: usize, out: &mut FactNumbers) -> bool {
        self.record(i)
            .and_then(|record| unpack_fact_numbers(&mut Reader::new(record), out))
            .is_some()
    }

    /// How many shared names there are: numbers `0..name_count()`.
    pub fn name_count(&self) -> usize {
        (self.name_starts.len() / 4).saturating_sub(1)
    }

    /// The shared name number `n`: a publication, section, tag, author or entity.
    pub fn name(&self, n: usize) -> Option<&'static str> {
        Shared::name(self, n)
    }

    /// The facts of article number `i`, read from the start of its record.
    pub fn facts(&self, i: usize) -> Option<Facts<'static>> {
        unpack_facts(&mut Reader::new(self.record(i)?), self)
    }
}

impl Shared for Packed {
    fn name(&self, n: usize) -> Option<&'static str> {
        let start = u32_at(self.name_starts, n)? as usize;
        let end = u32_at(self.name_starts, n + 1)? as usize;
        self.names.get(start..end)
    }

    fn article_id(&self, n: usize) -> Option<&'static str> {
        // The id is the first field of a record.
        Reader::new(self.record(n)?).str()
    }
}

/// Writes `articles` and their `index` as a compiled corpus.
pub fn write(articles: &[Article], index: &OwnedIndex) -> Vec<u8> {
    let mut names: Vec<&str> = articles.iter().flat_map(names_of).collect();
    names.sort_unstable();
    names.dedup();
    let numbers = Numbers {
        names: names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i as u64))
            .collect(),
        articles: articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_ref(), i as u64))
            .collect(),
    };
    let mut records = Writer::default();
    let mut lengths = Writer::default();
    for article in articles {
        let before = records.bytes.len();
        pack_article(article, &numbers, &mut records);
        lengths.varint((records.bytes.len() - before) as u64);
    }
    let mut name_starts = Vec::new();
    let mut name_text = String::new();
    for name in &names {
        name_starts.extend(u32_le(name_text.len()));
        name_text.push_str(name);
    }
    name_starts.extend(u32_le(name_text.len()));

    let mut filter_index = Writer::default();
    filters::write(
        articles,
        |name| numbers.names.get(name).copied().unwrap_or(0),
        &mut filter_index,
    );

    let mut out = u32_le(articles.len()).to_vec();
    for region in [
        &lengths.bytes[..],
        &records.bytes,
        &name_starts,
        name_text.as_bytes(),
        index.vocab.as_bytes(),
        &index.posting_lengths,
        &index.postings,
        &filter_index.bytes,
    ] {
        out.extend(u32_le(region.len()));
        out.extend_from_slice(region);
    }
    let mut file = MAGIC.to_vec();
    file.extend(u32_le(out.len()));
    file.extend(checksum(&out).to_le_bytes());
    file.extend(out);
    file
}

/// What a compiled corpus keeps of `article`: everything but its keywords, which only the
/// build reads (they choose the related articles).
pub fn stored(article: &Article) -> Article {
    Article {
        keywords: Default::default(),
        ..article.clone()
    }
}

fn u32_le(n: usize) -> [u8; 4] {
    u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        assert!(Packed::open(b"").is_err());
        assert!(Packed::open(b"BSC4\x05\x00\x00\x00").is_err());
        assert_eq!(
            Packed::open(b"XXXX\x00\x00\x00\x00").err(),
            Some(NotACorpus::Damaged("the header is not Broadsheet's"))
        );
    }

    /// A small corpus of two articles, as the build writes it.
    fn two_articles() -> Vec<u8> {
        let article = |id: &'static str| Article {
            id: id.into(),
            title: format!("Headline {id}").into(),
            ..Article::default()
        };
        write(&[article("a"), article("b")], &OwnedIndex::default())
    }

    fn open(bytes: Vec<u8>) -> Result<usize, NotACorpus> {
        Packed::open(Vec::leak(bytes)).map(|p| p.len())
    }

    #[test]
    fn a_file_cut_short_anywhere_or_run_on_is_refused_as_such() {
        let bytes = two_articles();
        assert_eq!(open(bytes.clone()), Ok(2));
        for end in HEADER..bytes.len() {
            assert_eq!(
                open(bytes[..end].to_vec()),
                Err(NotACorpus::Damaged("the file is cut short")),
                "cut after {end} of {} bytes",
                bytes.len()
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(
            open(longer),
            Err(NotACorpus::Damaged("the file runs on past its end"))
        );
    }

    #[test]
    fn any_changed_byte_after_the_header_fails_the_checksum() {
        let bytes = two_articles();
        for at in HEADER..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut changed = bytes.clone();
                changed[at] ^= flip;
                assert_eq!(
                    open(changed),
                    Err(NotACorpus::Damaged("its checksum does not match its bytes")),
                    "byte {at} changed by {flip:#x}"
                );
            }
        }
        // The checksum itself changed: the bytes no longer match it either.
        let mut changed = bytes;
        changed[8] ^= 1;
        assert_eq!(
            open(changed).err().map(|e| e.to_string()),
            Some("the compiled articles are damaged: its checksum does not match its bytes".into())
        );
    }

    #[test]
    fn the_checksum_reads_words_and_pads_the_last() {
        assert_eq!(checksum(&[]), 0x811c_9dc5);
        // A trailing partial word is the word with zero bytes after it.
        assert_eq!(checksum(&[1, 2]), checksum(&[1, 2, 0, 0]));
        assert_ne!(checksum(&[1, 2, 3, 4]), checksum(&[4, 3, 2, 1]));
        assert_ne!(checksum(&[0; 8]), checksum(&[0; 4]));
    }

    #[test]
    fn a_corpus_of_another_format_version_is_refused_by_name() {
        for magic in [b"BSC1", b"BSC2", b"BSC3", b"BSC5"] {
            let mut bytes = magic.to_vec();
            bytes.extend([0; 32]);
            let bytes: &'static [u8] = Vec::leak(bytes);
            let refused = Packed::open(bytes).err().map(|e| e.to_string());
            assert_eq!(
                refused,
                Some(format!(
                    "the compiled articles are in format {} and this widget reads format 4: \
                     compile them again with this version of Broadsheet",
                    char::from(magic[3])
                ))
            );
        }
    }
}
