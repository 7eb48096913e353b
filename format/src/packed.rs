//! The compiled corpus as one block of bytes, written at build time and read in place by the
//! widget: opening it reads a short header, and an article is decoded only when it is shown.
//!
//! # Format 6 (`BSC6` and `BST6`)
//!
//! The corpus is two files of their own beside the widget's code: `broadsheet-articles.bin`,
//! everything the list, the filters, the summary's counts and the search's first stage read
//! (each article but its text, the names, the index), and `broadsheet-articles-text.bin`, the
//! articles' text. The widget is live once the first has arrived; the text follows without
//! holding it up. [`write()`] gives both, one after the other, and [`Packed::open`] reads them
//! so (or the first alone, the text attached later with [`Packed::attach`]); [`split`] parts
//! them.
//!
//! A large archive's first file is two first files one after the other (format 6; format 5
//! was the second alone): the first of the newest articles alone, a corpus of its own with
//! no text file whose magic says so ([`NEWEST_MAGIC`], `BSN6`), then the whole archive's.
//! The articles are stored newest first, so each of the newest is the same number in both.
//! A widget goes live on the newest while the rest is on its way, then takes the whole
//! archive in their place; [`parts`] parts the file.
//!
//! Each file starts with a magic (`BSC6` for the first, `BST6` for the text; the digit is the
//! format's version: it changes whenever the layout or the meaning of any byte changes, and a
//! file of another version is refused with a message saying so), the length of everything
//! after the header as a `u32` LE, and the [`checksum`] of those bytes as a `u32` LE: a file
//! cut short in transfer, or changed on the way, is refused with a message that says which,
//! before anything is read. Then the article count as a `u32` LE; the first file then holds
//! the text file's checksum (`u32` LE), so that a text compiled from other articles is
//! refused. Then regions, each a `u32` LE length and its bytes, in this order:
//!
//! | file | region | contents |
//! |---|---|---|
//! | first | lengths | the byte length of each article's record (varints); where each starts is derived from them once, on first use |
//! | first | records | the articles but their text, each as below (parts 1 and 2) |
//! | first | name lengths, names | names shared between articles (publications, sections, authors, languages, tags, people, places, organizations, speakers), sorted: the byte length of each (varints), then their text |
//! | first | vocab, posting lengths, postings | the search [`Index`] as stored (see [`crate::index`]) |
//! | first | filters | for each publication, topic, person, place and organization, its articles (see [`crate::filters`]) |
//! | first | lead | the key sentences of the summary of all the articles, shown until the text has arrived: a count, then for each its article's number and its text |
//! | text | lengths | the byte length of each article's text record |
//! | text | records | the articles' text, each as below (parts 3 to 5) |
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
//!    author's summary (option of text), teaser (text), the dates the text names (a list of
//!    dates as in part 1);
//!
//! and in the text file:
//!
//! 3. the number plus one of the block whose opening is the teaser, or 0 (that block is
//!    written without it: the teaser, without its closing ellipsis, is put back before its
//!    first run of plain text, or a lead-in's line); blocks (list; tag 0 paragraph, 1
//!    lead-in, 2 heading, 3 block quote, 4 list, 5 media caption; runs of text tagged 0
//!    plain, 1 emphasis, 2 strong, 3 code, 4 link with its address);
//! 4. the sentences of each block's text (the runs' texts joined, a list's items joined by
//!    `\n`), counted in its words (runs of characters other than white space): for every
//!    block, how many, then for each its length in words times two, plus one when words were
//!    skipped since the previous sentence (then how many), a length of 0 meaning "to the
//!    block's last word". They are split once, at build time: the same bytes mean the same
//!    sentences whatever the splitter later becomes;
//! 5. quotes (a list of: where, speaker as name?), key sentences (a list of where), where
//!    being `2k + 2` for sentence `k` of part 4, `2b + 1`, offset and length for bytes of
//!    block `b`, or 0 and the text; related articles (a list of article numbers).

use std::cell::OnceCell;

use crate::codec::{names_of, pack_article, pack_text, Numbers, Writer};
use crate::codec::{unpack_article, unpack_fact_numbers, unpack_facts, Reader, Shared};
use crate::filters::{self, Filters};
use crate::index::{u32_at, Index, OwnedIndex, Tables};
use crate::model::{Article, Dated};

/// The first bytes of a compiled corpus's first file: `BSC` and the format's version.
pub const MAGIC: &[u8; 4] = b"BSC6";
/// The first bytes of the first part of a large archive's first file, its newest articles
/// alone: `BSN` and the format's version. The rest is as [`MAGIC`]'s.
pub const NEWEST_MAGIC: &[u8; 4] = b"BSN6";
/// The first bytes of its text file: `BST` and the format's version.
pub const TEXT_MAGIC: &[u8; 4] = b"BST6";
/// A file's header's length: the magic, the length of the rest and its checksum.
pub const HEADER: usize = 12;

/// The checksum a corpus's header holds of the bytes after it: FNV-1a (32 bits) over the
/// bytes read as little-endian `u32` words, the last one padded with zero bytes. A word at a
/// time keeps checking a large corpus quick at start-up; any changed byte changes a word.
pub fn checksum(bytes: &[u8]) -> u32 {
    let step =
        |hash: u32, word: [u8; 4]| (hash ^ u32::from_le_bytes(word)).wrapping_mul(0x0100_0193);
    // Whole words read as such: the browser's first, quick compilation of the wasm, which
    // runs this call to its end, makes a slow loop of anything more (145–176 ms against
    // 25–28 for 39 MB).
    let words = bytes.chunks_exact(4);
    let rest = words.remainder();
    let hash = words.fold(0x811c_9dc5, |hash, word| {
        step(hash, word.try_into().unwrap_or_default())
    });
    if rest.is_empty() {
        return hash;
    }
    let mut last = [0u8; 4];
    for (to, from) in last.iter_mut().zip(rest) {
        *to = *from;
    }
    step(hash, last)
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

/// Records of varying length (an article's, or a name), read in place.
#[derive(Clone, Debug)]
struct Records {
    count: usize,
    lengths: &'static [u8],
    starts: OnceCell<Vec<u32>>,
    bytes: &'static [u8],
}

impl Records {
    /// The records, checked to fill `bytes` exactly, and to be `count` when that is given: a
    /// damaged header must not make a reader list millions of articles or allocate for them.
    fn read(
        count: Option<usize>,
        lengths: &'static [u8],
        bytes: &'static [u8],
    ) -> Result<Records, NotACorpus> {
        let mut reader = Reader::new(lengths);
        let (mut listed, mut total) = (0usize, 0u64);
        while let Some(len) = reader.varint() {
            listed += 1;
            total = total.saturating_add(len);
        }
        if count.is_some_and(|n| n != listed) || total != bytes.len() as u64 {
            return Err(NotACorpus::Damaged(
                "the article count does not match the records",
            ));
        }
        Ok(Records {
            count: listed,
            lengths,
            starts: OnceCell::new(),
            bytes,
        })
    }

    /// Record number `i`.
    fn get(&self, i: usize) -> Option<&'static [u8]> {
        self.bytes.get(self.range(i)?)
    }

    /// Where record number `i` is in the bytes.
    fn range(&self, i: usize) -> Option<std::ops::Range<usize>> {
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
        Some(*starts.get(i)? as usize..*starts.get(i + 1)? as usize)
    }
}

/// A compiled corpus, read in place.
#[derive(Clone, Debug)]
pub struct Packed {
    count: usize,
    records: Records,
    names: Records,
    name_text: &'static str,
    vocab: &'static str,
    posting_lengths: &'static [u8],
    postings: &'static [u8],
    tables: OnceCell<Tables>,
    filters: Filters,
    lead: &'static [u8],
    /// The checksum the text file's header must hold.
    text_sum: u32,
    /// Whether these are a large archive's newest articles, the archive to follow.
    newest: bool,
    /// The articles' text, once attached.
    text: OnceCell<Records>,
    /// The articles' ids with their numbers, sorted by id on the first [`Packed::find`].
    by_id: OnceCell<Vec<(&'static str, u32)>>,
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

/// Checks the header of a file that starts `bytes` with `magic`: its bytes after the header
/// (their length and checksum checked) and the bytes after the file.
fn framed(
    bytes: &'static [u8],
    magic: &[u8; 4],
) -> Result<(&'static [u8], &'static [u8]), NotACorpus> {
    let rest = match bytes.strip_prefix(magic.as_slice()) {
        Some(rest) => rest,
        None => match bytes {
            [b'B', b'S', k, v, ..] if *k == magic[2] && v.is_ascii_digit() => {
                return Err(NotACorpus::OtherVersion(*v))
            }
            _ => return Err(NotACorpus::Damaged("the header is not Broadsheet's")),
        },
    };
    let length = u32_at(rest, 0).ok_or(NotACorpus::Damaged("no header"))? as usize;
    let sum = u32_at(rest, 1).ok_or(NotACorpus::Damaged("no header"))?;
    let rest = rest.get(8..).unwrap_or(&[]);
    let (body, after) = rest
        .split_at_checked(length)
        .ok_or(NotACorpus::Damaged("the file is cut short"))?;
    if checksum(body) != sum {
        return Err(NotACorpus::Damaged("its checksum does not match its bytes"));
    }
    Ok((body, after))
}

impl Packed {
    /// Opens a compiled corpus, checking each file's header and the sizes of its regions:
    /// the first file, and the text file when it follows (else see [`Packed::attach`]).
    pub fn open(bytes: &'static [u8]) -> Result<Packed, NotACorpus> {
        // `BSN` of any version: one of another is refused as such.
        let newest = bytes.get(2) == Some(&NEWEST_MAGIC[2]);
        let (rest, text) = framed(bytes, if newest { NEWEST_MAGIC } else { MAGIC })?;
        if !text.is_empty() && !text.starts_with(b"BST") {
            return Err(NotACorpus::Damaged("the file runs on past its end"));
        }
        let count = u32_at(rest, 0).ok_or(NotACorpus::Damaged("no article count"))? as usize;
        let text_sum = u32_at(rest, 1).ok_or(NotACorpus::Damaged("no article count"))?;
        let mut regions = Regions {
            bytes: rest.get(8..).unwrap_or(&[]),
        };
        let records = Records::read(Some(count), regions.next()?, regions.next()?)?;
        let names = Records::read(None, regions.next()?, regions.next()?)?;
        let name_text =
            std::str::from_utf8(names.bytes).map_err(|_| NotACorpus::Damaged("names"))?;
        let vocab =
            std::str::from_utf8(regions.next()?).map_err(|_| NotACorpus::Damaged("vocabulary"))?;
        let posting_lengths = regions.next()?;
        let postings = regions.next()?;
        let filters = Filters::read(regions.next()?).ok_or(NotACorpus::Damaged("filters"))?;
        let lead = regions.next()?;
        let packed = Packed {
            count,
            records,
            names,
            name_text,
            vocab,
            posting_lengths,
            postings,
            tables: OnceCell::new(),
            filters,
            lead,
            text_sum,
            newest,
            text: OnceCell::new(),
            by_id: OnceCell::new(),
        };
        if !text.is_empty() {
            packed.attach(text)?;
        }
        Ok(packed)
    }

    /// Adds the articles' text, the bytes of the text file, checked as the first file is and
    /// against it; once it is there, later calls change nothing.
    pub fn attach(&self, bytes: &'static [u8]) -> Result<(), NotACorpus> {
        if self.has_text() {
            return Ok(());
        }
        let (rest, after) = framed(bytes, TEXT_MAGIC)?;
        if !after.is_empty() {
            return Err(NotACorpus::Damaged("the file runs on past its end"));
        }
        if checksum(rest) != self.text_sum {
            return Err(NotACorpus::Damaged(
                "it is the text of other articles than the file beside it",
            ));
        }
        let count = u32_at(rest, 0).ok_or(NotACorpus::Damaged("no article count"))? as usize;
        if count != self.count {
            return Err(NotACorpus::Damaged(
                "the article count does not match the records",
            ));
        }
        let mut regions = Regions {
            bytes: rest.get(4..).unwrap_or(&[]),
        };
        let records = Records::read(Some(self.count), regions.next()?, regions.next()?)?;
        let _ = self.text.set(records);
        Ok(())
    }

    /// The key sentences of the summary of all the articles, with their articles' numbers, as
    /// the build found them: what the summary shows of them until the text has arrived.
    pub fn lead(&self) -> Vec<(usize, &'static str)> {
        let mut reader = Reader::new(self.lead);
        let mut lead = Vec::new();
        // The build stores four; a damaged count reads no more than eight.
        for _ in 0..reader.varint().unwrap_or(0).min(8) {
            let (Some(article), Some(text)) = (reader.varint(), reader.str()) else {
                break;
            };
            lead.push((article as usize, text));
        }
        lead
    }

    /// Whether the articles' text is there (see [`Packed::attach`]): without it, an article
    /// has its headline, teaser and facts but no blocks.
    pub fn has_text(&self) -> bool {
        self.text.get().is_some()
    }

    /// Whether these are the newest articles of a large archive, the first part of its first
    /// file ([`NEWEST_MAGIC`]), which the whole archive follows.
    pub fn is_newest(&self) -> bool {
        self.newest
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
        self.records.get(i)
    }

    /// The number of the article with this id. The ids are listed and sorted on the first
    /// call, then searched by halves: opening one article of 100,000 reads 17 ids, not all.
    pub fn find(&self, id: &str) -> Option<usize> {
        let by_id = self.by_id.get_or_init(|| {
            let mut all: Vec<(&'static str, u32)> = (0..self.count)
                .map(|i| (self.article_id(i).unwrap_or_default(), i as u32))
                .collect();
            crate::order::sort_by(&mut all, |a, b| a.0 < b.0);
            all
        });
        let at = by_id.binary_search_by(|(other, _)| other.cmp(&id)).ok()?;
        by_id.get(at).map(|&(_, i)| i as usize)
    }

    /// The id of article number `i`.
    pub fn id(&self, i: usize) -> Option<&'static str> {
        self.article_id(i)
    }

    /// Article number `i`, decoded (its text is borrowed from the corpus); without its text
    /// until that is attached.
    pub fn article(&self, i: usize) -> Option<Article> {
        let mut text = self.text.get().and_then(|t| t.get(i)).map(Reader::new);
        unpack_article(&mut Reader::new(self.record(i)?), text.as_mut(), self)
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
        self.names.count
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
        self.name_text.get(self.names.range(n)?)
    }

    fn article_id(&self, n: usize) -> Option<&'static str> {
        // The id is the first field of a record.
        Reader::new(self.record(n)?).str()
    }
}

/// Writes `articles`, their `index` and the `lead` (the key sentences of the summary of them
/// all, with their articles' numbers) as a compiled corpus: the first file, then the text file
/// (see [`split`]).
pub fn write(articles: &[Article], index: &OwnedIndex, lead: &[(usize, &str)]) -> Vec<u8> {
    let [mut first, text] = write_with(articles, index, lead, |pack| {
        articles.iter().map(pack).collect()
    });
    first.extend(text);
    first
}

/// One article packed: its record in the first file and its text.
pub type PackedArticle = [Vec<u8>; 2];

/// [`write()`]'s two files apart, with `each` packing every article in order: `each(pack)`
/// is `articles.iter().map(pack).collect()` or the same work shared between threads (the
/// build's, where packing the articles is most of the work).
pub fn write_with(
    articles: &[Article],
    index: &OwnedIndex,
    lead: &[(usize, &str)],
    each: impl FnOnce(&(dyn Fn(&Article) -> PackedArticle + Sync)) -> Vec<PackedArticle>,
) -> [Vec<u8>; 2] {
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
    let packed = each(&|article| {
        let (mut record, mut text) = (Writer::default(), Writer::default());
        pack_article(article, &numbers, &mut record);
        pack_text(article, &numbers, &mut text);
        [record.bytes, text.bytes]
    });
    let (mut lengths, mut text_lengths) = (Writer::default(), Writer::default());
    for [record, text] in &packed {
        lengths.varint(record.len() as u64);
        text_lengths.varint(text.len() as u64);
    }
    let mut name_lengths = Writer::default();
    for name in &names {
        name_lengths.varint(name.len() as u64);
    }

    let mut filter_index = Writer::default();
    filters::write(
        articles,
        |name| numbers.names.get(name).copied().unwrap_or(0),
        &mut filter_index,
    );

    let mut sentences = Writer::default();
    sentences.varint(lead.len() as u64);
    for (article, text) in lead {
        sentences.varint(*article as u64);
        sentences.str(text);
    }

    // Each file written once, in place (the text is most of a large archive's bytes).
    let mut text = file_start(articles.len());
    region(&mut text, &text_lengths.bytes);
    let text_size: usize = packed.iter().map(|[_, t]| t.len()).sum();
    text.reserve(4 + text_size);
    text.extend(u32_le(text_size));
    for [_, bytes] in &packed {
        text.extend_from_slice(bytes);
    }
    let text_sum = frame(TEXT_MAGIC, &mut text);
    let mut first = file_start(articles.len());
    first.extend(text_sum.to_le_bytes());
    region(&mut first, &lengths.bytes);
    first.extend(u32_le(packed.iter().map(|[r, _]| r.len()).sum()));
    for [record, _] in &packed {
        first.extend_from_slice(record);
    }
    for bytes in [
        &name_lengths.bytes,
        names.concat().as_bytes(),
        index.vocab.as_bytes(),
        &index.posting_lengths,
        &index.postings,
        &filter_index.bytes,
        &sentences.bytes,
    ] {
        region(&mut first, bytes);
    }
    frame(MAGIC, &mut first);
    [first, text]
}

/// A file's start: room for its header, then the number of articles.
fn file_start(articles: usize) -> Vec<u8> {
    let mut file = vec![0; HEADER];
    file.extend(u32_le(articles));
    file
}

/// Adds a region to `file`: its length, then its bytes.
fn region(file: &mut Vec<u8>, bytes: &[u8]) {
    file.extend(u32_le(bytes.len()));
    file.extend_from_slice(bytes);
}

/// Fills in the header `file` has room for: `magic`, the length and checksum of the bytes
/// after it. Returns the checksum.
fn frame(magic: &[u8; 4], file: &mut [u8]) -> u32 {
    let (header, body) = file.split_at_mut(HEADER.min(file.len()));
    let sum = checksum(body);
    let filled = [*magic, u32_le(body.len()), sum.to_le_bytes()].concat();
    header.copy_from_slice(filled.get(..header.len()).unwrap_or_default());
    sum
}

/// A compiled corpus as [`write()`] gives it, parted into its first file and its text file
/// (the second empty when the bytes hold no more than the first).
pub fn split(bytes: &[u8]) -> (&[u8], &[u8]) {
    let length = u32_at(bytes.get(4..).unwrap_or(&[]), 0).map_or(0, |n| n as usize);
    bytes.split_at(HEADER.saturating_add(length).min(bytes.len()))
}

/// The parts of a first file, in order: the whole archive's alone, or the newest articles'
/// and then the whole archive's (see the module's documentation). The last is the archive.
pub fn parts(mut bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    std::iter::from_fn(move || {
        let (part, rest) = split(bytes);
        bytes = rest;
        (!part.is_empty()).then_some(part)
    })
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
    use crate::model::Block;

    #[test]
    fn damaged_bytes_are_refused_not_panicked_on() {
        assert!(Packed::open(b"").is_err());
        assert!(Packed::open(b"BSC6\x05\x00\x00\x00").is_err());
        assert_eq!(
            Packed::open(b"XXXX\x00\x00\x00\x00").err(),
            Some(NotACorpus::Damaged("the header is not Broadsheet's"))
        );
    }

    /// A small corpus of two articles, as the build writes it.
    fn two_articles(body: &str) -> Vec<u8> {
        let article = |id: &'static str| Article {
            id: id.into(),
            title: format!("Headline {id}").into(),
            teaser: "Words…".into(),
            blocks: vec![Block::LeadIn {
                text: format!("{body} {id}:").into(),
            }]
            .into(),
            ..Article::default()
        };
        write(
            &[article("a"), article("b")],
            &OwnedIndex::default(),
            &[(1, "Words b.")],
        )
    }

    fn leak(bytes: &[u8]) -> &'static [u8] {
        Vec::leak(bytes.to_vec())
    }

    fn open(bytes: &[u8]) -> Result<usize, NotACorpus> {
        Packed::open(leak(bytes)).map(|p| p.len())
    }

    /// Opens `first` and attaches `text`: whether the text is there.
    fn attach(first: &[u8], text: &[u8]) -> Result<bool, NotACorpus> {
        let packed = Packed::open(leak(first))?;
        packed.attach(leak(text))?;
        Ok(packed.has_text())
    }

    #[test]
    fn the_first_file_opens_alone_and_the_text_follows() {
        let bytes = two_articles("Words");
        let (first, text) = split(&bytes);
        assert_eq!(&first[..4], MAGIC);
        assert_eq!(&text[..4], TEXT_MAGIC);
        let packed = Packed::open(leak(first)).unwrap();
        assert!(!packed.has_text());
        assert_eq!(packed.lead(), [(1, "Words b.")]);
        assert_eq!(
            ["b", "a", "c", ""].map(|id| packed.find(id)),
            [Some(1), Some(0), None, None]
        );
        let alone = packed.article(1).unwrap();
        assert_eq!(
            (&*alone.title, &*alone.teaser, alone.blocks.len()),
            ("Headline b", "Words…", 0)
        );
        packed.attach(leak(text)).unwrap();
        assert!(packed.has_text());
        let whole = Packed::open(leak(&bytes)).unwrap().article(1).unwrap();
        assert_eq!(packed.article(1).unwrap(), whole);
        assert_eq!(whole.blocks[0].plain_text(), "Words b:");
        assert_eq!(whole.teaser, alone.teaser);
    }

    #[test]
    fn a_file_cut_short_anywhere_or_run_on_is_refused_as_such() {
        let bytes = two_articles("Words");
        let (first, text) = split(&bytes);
        assert_eq!(open(first), Ok(2));
        assert_eq!(attach(first, text), Ok(true));
        for end in HEADER..first.len() {
            assert_eq!(
                open(&first[..end]),
                Err(NotACorpus::Damaged("the file is cut short")),
                "first file cut after {end} of {} bytes",
                first.len()
            );
        }
        for end in HEADER..text.len() {
            assert_eq!(
                attach(first, &text[..end]),
                Err(NotACorpus::Damaged("the file is cut short")),
                "text cut after {end} of {} bytes",
                text.len()
            );
        }
        for (longer, opened) in [
            (first, open(&[first, b"\0"].concat()).map(|_| true)),
            (text, attach(first, &[text, b"\0"].concat())),
        ] {
            assert_eq!(
                opened,
                Err(NotACorpus::Damaged("the file runs on past its end")),
                "{} bytes and one more",
                longer.len()
            );
        }
    }

    #[test]
    fn any_changed_byte_after_the_header_fails_the_checksum() {
        let bytes = two_articles("Words");
        let (first, text) = split(&bytes);
        for (file, is_text) in [(first, false), (text, true)] {
            for at in HEADER..file.len() {
                for flip in [0x01, 0x80, 0xff] {
                    let mut changed = file.to_vec();
                    changed[at] ^= flip;
                    let opened = if is_text {
                        attach(first, &changed)
                    } else {
                        open(&changed).map(|_| true)
                    };
                    assert_eq!(
                        opened,
                        Err(NotACorpus::Damaged("its checksum does not match its bytes")),
                        "byte {at} changed by {flip:#x} (text: {is_text})"
                    );
                }
            }
        }
        // The checksum itself changed: the bytes no longer match it either.
        let mut changed = first.to_vec();
        changed[8] ^= 1;
        assert_eq!(
            open(&changed).err().map(|e| e.to_string()),
            Some("the compiled articles are damaged: its checksum does not match its bytes".into())
        );
    }

    #[test]
    fn the_text_of_other_articles_is_refused() {
        let (mine, theirs) = (two_articles("Words"), two_articles("Other words"));
        let (first, _) = split(&mine);
        let (_, text) = split(&theirs);
        assert_eq!(
            attach(first, text).err().map(|e| e.to_string()),
            Some(
                "the compiled articles are damaged: it is the text of other articles than the \
                 file beside it"
                    .into()
            )
        );
        assert!(Packed::open(leak(&[first, text].concat())).is_err());
    }

    #[test]
    fn the_checksum_is_fnv_1a_over_words() {
        // FNV-1a over little-endian words, the last padded: read in one go.
        let whole = |bytes: &[u8]| {
            let mut hash: u32 = 0x811c_9dc5;
            for word in bytes.chunks(4) {
                let mut w = [0u8; 4];
                w[..word.len()].copy_from_slice(word);
                hash = (hash ^ u32::from_le_bytes(w)).wrapping_mul(0x0100_0193);
            }
            hash
        };
        let bytes: Vec<u8> = (0..200_003u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        for len in [0, 1, 5, 8, 65_535, 65_536, 65_539, bytes.len()] {
            assert_eq!(checksum(&bytes[..len]), whole(&bytes[..len]), "{len} bytes");
        }
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
        let bytes = two_articles("Words");
        let (first, _) = split(&bytes);
        for magic in [b"BSC1", b"BSC5", b"BSC7", b"BSN7", b"BST5", b"BST7"] {
            let mut bytes = magic.to_vec();
            bytes.extend([0; 32]);
            let refused = if magic[2] == b'T' {
                attach(first, &bytes).err()
            } else {
                Packed::open(leak(&bytes)).err()
            };
            assert_eq!(
                refused.map(|e| e.to_string()),
                Some(format!(
                    "the compiled articles are in format {} and this widget reads format 6: \
                     compile them again with this version of Broadsheet",
                    char::from(magic[3])
                ))
            );
        }
    }
}
