//! The byte encoding of the model: unsigned LEB128 varints, length-prefixed UTF-8 strings,
//! lists as a count and their items, options and enums as a tag byte.
//!
//! Reading never panics: truncated or malformed bytes give `None`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::{Article, Block, Date, Dated, Inline, Media, Precision, Quote, Span};

use crate::packed::{FactNumbers, Facts};

/// Bytes being written.
#[derive(Debug, Default)]
pub struct Writer {
    /// What has been written so far.
    pub bytes: Vec<u8>,
}

impl Writer {
    /// Appends `value` as a varint.
    pub fn varint(&mut self, mut value: u64) {
        loop {
            let byte = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    /// Appends a length-prefixed string.
    pub fn str(&mut self, s: &str) {
        self.varint(s.len() as u64);
        self.bytes.extend_from_slice(s.as_bytes());
    }
}

/// The varint at the start of `bytes`, which then start after it: the one varint reader,
/// for records, the index and the filters alike. `None`, and `bytes` where they were, when
/// the bytes end first or the value does not fit in 64 bits. Inlined: the search decodes
/// postings with it in its innermost loop.
#[inline]
pub fn varint(bytes: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for (at, &byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * at);
        if byte < 0x80 {
            *bytes = bytes.get(at + 1..)?;
            return Some(value);
        }
    }
    None
}

/// Bytes being read, from a `'static` slice so that strings can be borrowed from it.
#[derive(Clone, Debug)]
pub struct Reader {
    bytes: &'static [u8],
    pos: usize,
}

impl Reader {
    /// Reads `bytes` from the start.
    pub fn new(bytes: &'static [u8]) -> Reader {
        Reader { bytes, pos: 0 }
    }

    /// Reads one varint.
    pub fn varint(&mut self) -> Option<u64> {
        let mut rest = self.bytes.get(self.pos..)?;
        let before = rest.len();
        let value = varint(&mut rest)?;
        self.pos += before - rest.len();
        Some(value)
    }

    /// Reads one byte.
    pub fn byte(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(byte)
    }

    /// Reads length-prefixed bytes, borrowed.
    pub fn bytes(&mut self) -> Option<&'static [u8]> {
        let len = usize::try_from(self.varint()?).ok()?;
        let end = self.pos.checked_add(len)?;
        let bytes = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(bytes)
    }

    /// Reads a length-prefixed string, borrowed from the bytes.
    pub fn str(&mut self) -> Option<&'static str> {
        std::str::from_utf8(self.bytes()?).ok()
    }
}

/// A value that can be written as bytes and read back.
pub trait Codec: Sized {
    /// Writes the value.
    fn pack(&self, w: &mut Writer);
    /// Reads a value, or `None` if the bytes are not one.
    fn unpack(r: &mut Reader) -> Option<Self>;
}

impl Codec for Cow<'static, str> {
    fn pack(&self, w: &mut Writer) {
        w.str(self);
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        r.str().map(Cow::Borrowed)
    }
}

impl<T: Codec + Clone> Codec for Cow<'static, [T]> {
    fn pack(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for item in self.iter() {
            item.pack(w);
        }
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        let len = usize::try_from(r.varint()?).ok()?;
        // Every item takes at least one byte: a corrupt count cannot reserve a huge vector.
        let mut items = Vec::with_capacity(len.min(r.bytes.len().saturating_sub(r.pos)));
        for _ in 0..len {
            items.push(T::unpack(r)?);
        }
        Some(Cow::Owned(items))
    }
}

impl<T: Codec> Codec for Option<T> {
    fn pack(&self, w: &mut Writer) {
        match self {
            Some(value) => {
                w.bytes.push(1);
                value.pack(w);
            }
            None => w.bytes.push(0),
        }
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => T::unpack(r).map(Some),
            _ => None,
        }
    }
}

impl Codec for bool {
    fn pack(&self, w: &mut Writer) {
        w.bytes.push(u8::from(*self));
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

macro_rules! codec_uint {
    ($($ty:ty),*) => {$(
        impl Codec for $ty {
            fn pack(&self, w: &mut Writer) {
                w.varint(u64::from(*self));
            }
            fn unpack(r: &mut Reader) -> Option<Self> {
                <$ty>::try_from(r.varint()?).ok()
            }
        }
    )*};
}
codec_uint!(u8, u16, u32);

macro_rules! codec_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $ty {
            fn pack(&self, w: &mut Writer) {
                $(self.$field.pack(w);)*
            }
            fn unpack(r: &mut Reader) -> Option<Self> {
                Some($ty { $($field: Codec::unpack(r)?,)* })
            }
        }
    };
}

/// The strings a corpus shares between articles: names (publications, sections, authors,
/// languages, tags, people, places, organizations, keywords, speakers) and article ids, by
/// number.
pub trait Shared {
    /// Name number `n`.
    fn name(&self, n: usize) -> Option<&'static str>;
    /// The id of article number `n`.
    fn article_id(&self, n: usize) -> Option<&'static str>;
}

/// The numbers of shared strings, for writing.
#[derive(Debug, Default)]
pub struct Numbers<'a> {
    /// Name → number.
    pub names: HashMap<&'a str, u64>,
    /// Article id → number.
    pub articles: HashMap<&'a str, u64>,
}

fn pack_name(name: &str, numbers: &Numbers, w: &mut Writer) {
    w.varint(numbers.names.get(name).copied().unwrap_or(u64::MAX));
}

fn pack_names(names: &[Cow<'static, str>], numbers: &Numbers, w: &mut Writer) {
    w.varint(names.len() as u64);
    for name in names {
        pack_name(name, numbers, w);
    }
}

fn pack_optional_name(name: Option<&str>, numbers: &Numbers, w: &mut Writer) {
    match name {
        Some(name) => w.varint(numbers.names.get(name).map_or(0, |n| n + 1)),
        None => w.varint(0),
    }
}

fn unpack_name(r: &mut Reader, shared: &impl Shared) -> Option<Cow<'static, str>> {
    shared
        .name(usize::try_from(r.varint()?).ok()?)
        .map(Cow::Borrowed)
}

fn unpack_names(r: &mut Reader, shared: &impl Shared) -> Option<Cow<'static, [Cow<'static, str>]>> {
    let n = count(r)?;
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        names.push(unpack_name(r, shared)?);
    }
    Some(names.into())
}

fn unpack_optional_name(r: &mut Reader, shared: &impl Shared) -> Option<Option<Cow<'static, str>>> {
    match usize::try_from(r.varint()?).ok()? {
        0 => Some(None),
        n => shared.name(n - 1).map(|name| Some(Cow::Borrowed(name))),
    }
}

/// Every name an article shares with others.
pub fn names_of(a: &Article) -> impl Iterator<Item = &str> {
    let lists = [&a.tags, &a.people, &a.places, &a.organizations];
    [
        a.source.as_deref(),
        Some(a.section.as_ref()),
        a.author.as_deref(),
        Some(a.lang.as_ref()),
    ]
    .into_iter()
    .flatten()
    .chain(lists.into_iter().flat_map(|l| l.iter().map(|n| n.as_ref())))
    .chain(a.quotes.iter().filter_map(|q| q.speaker.as_deref()))
}

/// Writes what the corpus's first file keeps of an article: everything but its text (see
/// [`pack_text`]), its names as numbers from `numbers`.
pub fn pack_article(a: &Article, numbers: &Numbers, w: &mut Writer) {
    // First what a summary needs, so that `unpack_facts` can stop early.
    a.id.pack(w);
    pack_optional_name(a.source.as_deref(), numbers, w);
    pack_name(&a.section, numbers, w);
    a.date.pack(w);
    a.reading_minutes.pack(w);
    a.word_count.pack(w);
    a.blocks
        .iter()
        .any(|b| matches!(b, Block::Media { .. }))
        .pack(w);
    pack_names(&a.tags, numbers, w);
    pack_names(&a.people, numbers, w);
    pack_names(&a.places, numbers, w);
    pack_names(&a.organizations, numbers, w);
    a.title.pack(w);
    pack_optional_name(a.author.as_deref(), numbers, w);
    a.url.pack(w);
    pack_name(&a.lang, numbers, w);
    a.summary.pack(w);
    a.teaser.pack(w);
    a.dates.pack(w);
}

/// Writes the rest of `a`, its text, into the corpus's second file: the blocks, then what
/// repeats them stored as where it is in them (the sentences as word ranges of their blocks,
/// quotes and key sentences as a sentence or a byte range), and the related articles.
pub fn pack_text(a: &Article, numbers: &Numbers, w: &mut Writer) {
    // The teaser, in the first file, is most often the opening of a block: that block is
    // written without it (its number plus one first, or 0 for none).
    let head = teaser_head(&a.teaser);
    let mut blocks: Vec<Block> = a
        .blocks
        .iter()
        .map(|b| match b {
            // Owned, so that its first run can be cut (see `opening`).
            Block::Paragraph { content } => Block::Paragraph {
                content: Cow::Owned(content.to_vec()),
            },
            b => b.clone(),
        })
        .collect();
    let cut = blocks
        .iter_mut()
        .position(|b| opening(b).is_some_and(|t| !head.is_empty() && t.starts_with(head)));
    w.varint(cut.map_or(0, |b| b as u64 + 1));
    if let Some(text) = cut.and_then(|b| blocks.get_mut(b)).and_then(opening) {
        *text = Cow::Owned(text.get(head.len()..).unwrap_or_default().to_owned());
    }
    Cow::<[Block]>::Owned(blocks).pack(w);
    let body = a.body();
    pack_sentences(a, &body, w);
    w.varint(a.quotes.len() as u64);
    for quote in a.quotes.iter() {
        pack_quoted(&quote.text, &body, &a.sentences, w);
        pack_optional_name(quote.speaker.as_deref(), numbers, w);
    }
    w.varint(a.key_sentences.len() as u64);
    for sentence in a.key_sentences.iter() {
        pack_quoted(sentence, &body, &a.sentences, w);
    }
    w.varint(a.related.len() as u64);
    for id in a.related.iter() {
        w.varint(
            numbers
                .articles
                .get(id.as_ref())
                .copied()
                .unwrap_or(u64::MAX),
        );
    }
}

/// The teaser without the ellipsis that follows an opening cut short.
fn teaser_head(teaser: &str) -> &str {
    teaser.strip_suffix('…').unwrap_or(teaser)
}

/// The text a block opens with, when its first run is plain text or it is a lead-in line:
/// where a teaser is cut from.
fn opening(block: &mut Block) -> Option<&mut Cow<'static, str>> {
    match block {
        Block::Paragraph {
            content: Cow::Owned(content),
        } => match content.first_mut()? {
            Inline::Text { text } => Some(text),
            _ => None,
        },
        Block::LeadIn { text } => Some(text),
        _ => None,
    }
}

/// Where the words of `text` (its runs without white space) start and end.
fn words_of(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(from)) => {
                words.push((from, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push((from, text.len()));
    }
    words
}

/// Writes the sentences block by block, counted in words (a sentence starts and ends where a
/// word does): for each block, how many, then for each its length in words, doubled, plus 1
/// when words were skipped since the sentence before (then how many follow). A length of 0
/// stands for "to the block's last word", which the last sentence of most blocks is. A
/// sentence that does not start and end at words is left out.
fn pack_sentences(a: &Article, body: &[String], w: &mut Writer) {
    for (b, text) in body.iter().enumerate() {
        let words = words_of(text);
        let mut next = 0;
        let mut fields = Vec::new();
        for span in a.sentences.iter().filter(|s| s.block as usize == b) {
            let (start, end) = (span.start as usize, span.end as usize);
            // Words are in order and apart: each start and each end is found once at most.
            let first = words.binary_search_by_key(&start, |&(from, _)| from);
            let last = words.binary_search_by_key(&end, |&(_, to)| to);
            if let (Ok(first), Ok(last)) = (first, last) {
                if first >= next && last >= first {
                    fields.push((first - next, last + 1 - first));
                    next = last + 1;
                }
            }
        }
        w.varint(fields.len() as u64);
        let n = fields.len();
        for (i, (gap, mut len)) in fields.into_iter().enumerate() {
            if i + 1 == n && next == words.len() {
                len = 0;
            }
            w.varint(2 * len as u64 + u64::from(gap > 0));
            if gap > 0 {
                w.varint(gap as u64);
            }
        }
    }
}

/// Reads what [`pack_sentences`] wrote as byte ranges of the blocks in `body`.
fn unpack_sentences(r: &mut Reader, body: &[String]) -> Option<Vec<Span>> {
    let mut spans = Vec::new();
    for (b, text) in body.iter().enumerate() {
        let n = count(r)?;
        if n == 0 {
            continue;
        }
        let words = words_of(text);
        let mut next = 0usize;
        for _ in 0..n {
            let field = r.varint()?;
            if field & 1 == 1 {
                next = next.checked_add(usize::try_from(r.varint()?).ok()?)?;
            }
            let first = next;
            next = match usize::try_from(field >> 1).ok()? {
                0 => words.len(),
                len => first.checked_add(len)?,
            };
            let (start, _) = words.get(first)?;
            let (_, end) = words.get(next.checked_sub(1)?)?;
            spans.push(Span {
                block: u32::try_from(b).ok()?,
                start: u32::try_from(*start).ok()?,
                end: u32::try_from(*end).ok()?,
            });
        }
    }
    Some(spans)
}

/// Names as borrowed strings.
fn unpack_name_strs(r: &mut Reader, shared: &impl Shared) -> Option<Vec<&'static str>> {
    let n = count(r)?;
    let mut names = Vec::with_capacity(n);
    for _ in 0..n {
        names.push(shared.name(usize::try_from(r.varint()?).ok()?)?);
    }
    Some(names)
}

/// Reads the start of a record into `out` by name number, reusing its lists: what counting
/// facets over thousands of articles needs, without a string or a list for each.
pub fn unpack_fact_numbers(r: &mut Reader, out: &mut FactNumbers) -> Option<()> {
    // The id, skipped: counting reads every article found at every keystroke.
    r.bytes()?;
    out.source = usize::try_from(r.varint()?).ok()?.checked_sub(1);
    out.section = usize::try_from(r.varint()?).ok()?;
    out.date = Codec::unpack(r)?;
    out.reading_minutes = Codec::unpack(r)?;
    let _word_count = u32::unpack(r)?;
    out.has_video = bool::unpack(r)?;
    for list in [
        &mut out.tags,
        &mut out.people,
        &mut out.places,
        &mut out.organizations,
    ] {
        list.clear();
        for _ in 0..count(r)? {
            list.push(usize::try_from(r.varint()?).ok()?);
        }
    }
    Some(())
}

/// Reads the start of an article written by [`pack_article`]: its [`Facts`].
pub fn unpack_facts(r: &mut Reader, shared: &impl Shared) -> Option<Facts<'static>> {
    r.str()?;
    let source = match usize::try_from(r.varint()?).ok()? {
        0 => None,
        n => Some(shared.name(n - 1)?),
    };
    let section = shared.name(usize::try_from(r.varint()?).ok()?)?;
    let date = Codec::unpack(r)?;
    let reading_minutes = Codec::unpack(r)?;
    let _word_count = u32::unpack(r)?;
    Some(Facts {
        date,
        reading_minutes,
        source,
        section,
        has_video: bool::unpack(r)?,
        tags: unpack_name_strs(r, shared)?,
        people: unpack_name_strs(r, shared)?,
        places: unpack_name_strs(r, shared)?,
        organizations: unpack_name_strs(r, shared)?,
    })
}

/// Reads an article written by [`pack_article`] and, when `text` is given, the rest of it
/// written by [`pack_text`]; without it the article has no blocks, sentences, quotes, key
/// sentences or related articles.
pub fn unpack_article(
    r: &mut Reader,
    text: Option<&mut Reader>,
    shared: &impl Shared,
) -> Option<Article> {
    let id = Codec::unpack(r)?;
    let source = unpack_optional_name(r, shared)?;
    let section = unpack_name(r, shared)?;
    let date = Codec::unpack(r)?;
    let reading_minutes = Codec::unpack(r)?;
    let word_count = Codec::unpack(r)?;
    let _has_video = bool::unpack(r)?;
    let tags = unpack_names(r, shared)?;
    let people = unpack_names(r, shared)?;
    let places = unpack_names(r, shared)?;
    let organizations = unpack_names(r, shared)?;
    let mut a = Article {
        id,
        source,
        section,
        date,
        reading_minutes,
        word_count,
        tags,
        people,
        places,
        organizations,
        title: Codec::unpack(r)?,
        author: unpack_optional_name(r, shared)?,
        url: Codec::unpack(r)?,
        lang: unpack_name(r, shared)?,
        summary: Codec::unpack(r)?,
        teaser: Codec::unpack(r)?,
        dates: Codec::unpack(r)?,
        ..Article::default()
    };
    let Some(r) = text else { return Some(a) };
    let cut = r.varint()?;
    a.blocks = Codec::unpack(r)?;
    if let (Some(b), Cow::Owned(blocks)) = (cut.checked_sub(1), &mut a.blocks) {
        let text = opening(blocks.get_mut(usize::try_from(b).ok()?)?)?;
        *text = Cow::Owned([teaser_head(&a.teaser), text].concat());
    }
    let body = a.body();
    a.sentences = unpack_sentences(r, &body)?.into();
    let quotes = count(r)?;
    let mut list = Vec::with_capacity(quotes);
    for _ in 0..quotes {
        list.push(Quote {
            text: unpack_quoted(r, &body, &a.sentences)?,
            speaker: unpack_optional_name(r, shared)?,
        });
    }
    a.quotes = list.into();
    let sentences = count(r)?;
    let mut list = Vec::with_capacity(sentences);
    for _ in 0..sentences {
        list.push(unpack_quoted(r, &body, &a.sentences)?);
    }
    a.key_sentences = list.into();
    let related = count(r)?;
    let mut list = Vec::with_capacity(related);
    for _ in 0..related {
        let n = usize::try_from(r.varint()?).ok()?;
        list.push(Cow::Borrowed(shared.article_id(n)?));
    }
    a.related = list.into();
    Some(a)
}

/// A list length that cannot exceed what the remaining bytes could hold.
fn count(r: &mut Reader) -> Option<usize> {
    let n = usize::try_from(r.varint()?).ok()?;
    (n <= r.bytes.len().saturating_sub(r.pos)).then_some(n)
}

/// Writes `text` by where it stands in the body: as sentence `k` of `sentences` (`2k + 2`),
/// as a byte range of block `b` of `body` (`2b + 1`, offset, length), or, when it is not
/// there, as 0 and the text itself.
fn pack_quoted(text: &str, body: &[String], sentences: &[Span], w: &mut Writer) {
    if !text.is_empty() {
        if let Some(k) = sentences
            .iter()
            .position(|s| Article::sentence(body, s) == Some(text))
        {
            w.varint(2 * k as u64 + 2);
            return;
        }
        for (block, t) in body.iter().enumerate() {
            if let Some(at) = t.find(text) {
                w.varint(2 * block as u64 + 1);
                w.varint(at as u64);
                w.varint(text.len() as u64);
                return;
            }
        }
    }
    w.varint(0);
    w.str(text);
}

/// Reads what [`pack_quoted`] wrote.
fn unpack_quoted(r: &mut Reader, body: &[String], sentences: &[Span]) -> Option<Cow<'static, str>> {
    let tag = usize::try_from(r.varint()?).ok()?;
    if tag == 0 {
        return Codec::unpack(r);
    }
    let text = if tag % 2 == 0 {
        Article::sentence(body, sentences.get(tag / 2 - 1)?)?
    } else {
        let at = usize::try_from(r.varint()?).ok()?;
        let len = usize::try_from(r.varint()?).ok()?;
        body.get((tag - 1) / 2)?.get(at..at.checked_add(len)?)?
    };
    Some(Cow::Owned(text.to_owned()))
}

codec_struct!(Media {
    date,
    duration_secs
});
codec_struct!(Dated { date, precision });
codec_struct!(Date { year, month, day });

impl Codec for Precision {
    fn pack(&self, w: &mut Writer) {
        w.bytes.push(match self {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
        });
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        match r.byte()? {
            0 => Some(Precision::Year),
            1 => Some(Precision::Month),
            2 => Some(Precision::Day),
            _ => None,
        }
    }
}

impl Codec for Block {
    fn pack(&self, w: &mut Writer) {
        match self {
            Block::Paragraph { content } => {
                w.bytes.push(0);
                content.pack(w);
            }
            Block::LeadIn { text } => {
                w.bytes.push(1);
                text.pack(w);
            }
            Block::Heading { level, text } => {
                w.bytes.push(2);
                level.pack(w);
                text.pack(w);
            }
            Block::Quote { content } => {
                w.bytes.push(3);
                content.pack(w);
            }
            Block::List { ordered, items } => {
                w.bytes.push(4);
                ordered.pack(w);
                items.pack(w);
            }
            Block::Media { media } => {
                w.bytes.push(5);
                media.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        Some(match r.byte()? {
            0 => Block::Paragraph {
                content: Codec::unpack(r)?,
            },
            1 => Block::LeadIn {
                text: Codec::unpack(r)?,
            },
            2 => Block::Heading {
                level: Codec::unpack(r)?,
                text: Codec::unpack(r)?,
            },
            3 => Block::Quote {
                content: Codec::unpack(r)?,
            },
            4 => Block::List {
                ordered: Codec::unpack(r)?,
                items: Codec::unpack(r)?,
            },
            5 => Block::Media {
                media: Codec::unpack(r)?,
            },
            _ => return None,
        })
    }
}

impl Codec for Inline {
    fn pack(&self, w: &mut Writer) {
        let (tag, text) = match self {
            Inline::Text { text } => (0, text),
            Inline::Emphasis { text } => (1, text),
            Inline::Strong { text } => (2, text),
            Inline::Code { text } => (3, text),
            Inline::Link { text, .. } => (4, text),
        };
        w.bytes.push(tag);
        text.pack(w);
        if let Inline::Link { href, .. } = self {
            href.pack(w);
        }
    }
    fn unpack(r: &mut Reader) -> Option<Self> {
        let tag = r.byte()?;
        let text = Codec::unpack(r)?;
        Some(match tag {
            0 => Inline::Text { text },
            1 => Inline::Emphasis { text },
            2 => Inline::Strong { text },
            3 => Inline::Code { text },
            4 => Inline::Link {
                text,
                href: Codec::unpack(r)?,
            },
            _ => return None,
        })
    }
}
