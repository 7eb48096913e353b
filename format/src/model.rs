//! The article model shared by the compiler and the widget.
//!
//! Text and lists are `Cow<'static, _>`: the compiler builds them owned, while the widget reads
//! the compiled corpus in place as borrowed `'static` data, with no parsing at start-up.

use std::borrow::Cow;

#[cfg(feature = "serde")]
use serde::Serialize;

/// Text owned by the compiler or borrowed from the compiled corpus.
pub type Text = Cow<'static, str>;
/// A list owned by the compiler or borrowed from the compiled corpus.
pub type List<T> = Cow<'static, [T]>;

/// One article, ready to display and to search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Article {
    /// Stable id: the path inside the articles folder, without extension, '/'-separated.
    pub id: Text,
    /// The headline, shown once however often the source repeats it.
    pub title: Text,
    /// The publication, when the file names one.
    pub source: Option<Text>,
    /// The section: the folder the file sits in (empty at the top level).
    pub section: Text,
    /// When the article was published, as precisely as the file says.
    pub date: Option<Dated>,
    /// The author, when the file names one.
    pub author: Option<Text>,
    /// The original's address (http or https only).
    pub url: Option<Text>,
    /// The language, as a BCP 47 tag (`en` unless the file says otherwise).
    pub lang: Text,
    /// Topics: the front matter's tags, or else the section.
    pub tags: List<Text>,
    /// The author's own summary, which replaces the computed key sentences where shown.
    pub summary: Option<Text>,
    /// The body as typed blocks, in reading order.
    pub blocks: List<Block>,
    /// The sentences of every block with text, in reading order, as ranges of their blocks'
    /// text: split once, when the articles are compiled, and stored.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub sentences: List<Span>,
    /// The opening of the first paragraph, cut at a word, for the article's card.
    pub teaser: Text,
    /// Words in the headline and body.
    pub word_count: u32,
    /// Estimated reading time in whole minutes, at least 1.
    pub reading_minutes: u32,
    /// People named in the text, most mentioned first.
    pub people: List<Text>,
    /// Places named in the text, most mentioned first.
    pub places: List<Text>,
    /// Organizations named in the text, most mentioned first.
    pub organizations: List<Text>,
    /// Quotations in the text, with their speaker where the text names one.
    pub quotes: List<Quote>,
    /// The sentences that carry the article, in their original order.
    pub key_sentences: List<Text>,
    /// Dates the text names (not the publication date or a video's), in calendar order.
    pub dates: List<Dated>,
    /// Words that set this article apart from the others (TF-IDF), strongest first.
    pub keywords: List<Text>,
    /// Ids of the most similar other articles, most similar first.
    pub related: List<Text>,
}

/// The fields a search scores by their length are numbered: the headline, the lead (the
/// first block with text and the key sentences) and the body (the other blocks with text).
/// The headline's field number.
pub const HEADLINE: usize = 0;
/// The lead's field number.
pub const LEAD: usize = 1;
/// The body's field number.
pub const BODY: usize = 2;

/// A sentence of the body: the bytes `start..end` of the text of block `block` (counted
/// among all the article's blocks; see [`Block::plain_text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Span {
    /// The block, by its place in [`Article::blocks`].
    pub block: u32,
    /// Where the sentence starts in the block's text.
    pub start: u32,
    /// Where it ends.
    pub end: u32,
}

/// A typed piece of an article body.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize),
    serde(tag = "type", rename_all = "snake_case")
)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph {
        /// Its text, with emphasis and links.
        content: List<Inline>,
    },
    /// A short line that introduces what follows, written with a closing ':'.
    LeadIn {
        /// The line, colon included.
        text: Text,
    },
    /// A heading inside the article.
    Heading {
        /// 2 to 6; the article's own headline is level 1.
        level: u8,
        /// The heading's text.
        text: Text,
    },
    /// A block quotation.
    Quote {
        /// The quoted text.
        content: List<Inline>,
    },
    /// A bulleted or numbered list.
    List {
        /// Whether the items are numbered.
        ordered: bool,
        /// The items, each a run of text.
        items: List<List<Inline>>,
    },
    /// A caption standing for a video or audio clip.
    Media {
        /// The clip's date and length.
        media: Media,
    },
}

/// A run of text inside a block. Links are http or https only.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(Serialize),
    serde(tag = "type", rename_all = "snake_case")
)]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text.
        text: Text,
    },
    /// Emphasised text (italic).
    Emphasis {
        /// The text.
        text: Text,
    },
    /// Strong text (bold).
    Strong {
        /// The text.
        text: Text,
    },
    /// Code or other literal text.
    Code {
        /// The text.
        text: Text,
    },
    /// A link to an http or https address.
    Link {
        /// The link's text.
        text: Text,
        /// Where it leads.
        href: Text,
    },
}

impl Inline {
    /// The text a reader sees, whatever its styling.
    pub fn text(&self) -> &str {
        match self {
            Inline::Text { text }
            | Inline::Emphasis { text }
            | Inline::Strong { text }
            | Inline::Code { text }
            | Inline::Link { text, .. } => text,
        }
    }
}

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Quote {
    /// The words quoted, without the quotation marks.
    pub text: Text,
    /// The person or body the text credits with them.
    pub speaker: Option<Text>,
}

/// A media caption such as `04/17/2023 | 00:20 min`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Media {
    /// The date of the clip.
    pub date: Date,
    /// Its length in seconds.
    pub duration_secs: u32,
}

/// A date and how much of it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize))]
pub struct Dated {
    /// The date; unknown parts are 1.
    pub date: Date,
    /// Which parts are known.
    pub precision: Precision,
}

impl Dated {
    /// Reads an ISO 8601 date as precisely as it is written: `2023`, `2023-04` or
    /// `2023-04-17` (months and days of one digit too), anything after a `T` or a space (a
    /// time of day) left out. The one date reader: front matter and the query's `before:`,
    /// `after:` and `date:` filters both read dates with it.
    pub fn parse(text: &str) -> Option<Dated> {
        fn digits(text: &str, most: usize) -> Option<u16> {
            let ok = (1..=most).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit());
            ok.then(|| text.parse().ok()).flatten()
        }
        let day_part = text.trim().split(['T', ' ', 't']).next()?;
        let mut parts = day_part.split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| digits(y, 4))?;
        let (month, day, precision) = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => (1, 1, Precision::Year),
            (Some(m), None, _) => (digits(m, 2)?, 1, Precision::Month),
            (Some(m), Some(d), None) => (digits(m, 2)?, digits(d, 2)?, Precision::Day),
            _ => return None,
        };
        let date = Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
        Some(Dated { date, precision })
    }
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize), serde(rename_all = "snake_case"))]
pub enum Precision {
    /// Only the year.
    Year,
    /// The year and month.
    Month,
    /// The day.
    Day,
}

/// The English names of the months, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, e.g. 2023.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

#[cfg(feature = "serde")]
impl Serialize for Date {
    /// As an ISO 8601 string.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Date {
    /// A date if `year`, `month` and `day` name a day of the Gregorian calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// Days since 1 January 1970 (negative before): dates can be subtracted and binned.
    pub fn days(self) -> i64 {
        // March-based years put the leap day last; eras are the 400-year cycles.
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` after 1 January 1970, if its year fits.
    pub fn from_days(days: i64) -> Option<Date> {
        let shifted = days + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let m = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * m + 2) / 5 + 1;
        let month = if m < 10 { m + 3 } else { m - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1 January 1970 was a Thursday.
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// The English name of the month.
    pub fn month_name(self) -> &'static str {
        MONTH_NAMES
            .get(usize::from(self.month).wrapping_sub(1))
            .copied()
            .unwrap_or("")
    }
}

impl std::fmt::Display for Date {
    /// ISO 8601: `2023-04-17`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Block {
    /// The running text of the block as one string (media captions have none).
    pub fn plain_text(&self) -> String {
        let join = |content: &[Inline]| content.iter().map(Inline::text).collect::<String>();
        match self {
            Block::Paragraph { content } | Block::Quote { content } => join(content),
            Block::LeadIn { text } | Block::Heading { text, .. } => text.to_string(),
            Block::List { items, .. } => items
                .iter()
                .map(|item| join(item))
                .collect::<Vec<_>>()
                .join("\n"),
            Block::Media { .. } => String::new(),
        }
    }
}

impl Article {
    /// The text of sentence `span`, out of `body`, the blocks' texts ([`Article::body`]).
    pub fn sentence<'b>(body: &'b [String], span: &Span) -> Option<&'b str> {
        body.get(span.block as usize)?
            .get(span.start as usize..span.end as usize)
    }

    /// The text of every block (empty for media captions), in order: what [`Span`]s point
    /// into.
    pub fn body(&self) -> Vec<String> {
        self.blocks.iter().map(Block::plain_text).collect()
    }

    /// The running text of the body, block by block, skipping blocks without text.
    pub fn body_text(&self) -> impl Iterator<Item = String> + '_ {
        self.blocks
            .iter()
            .map(Block::plain_text)
            .filter(|text| !text.is_empty())
    }

    /// The texts a search scores by field, each with its field ([`HEADLINE`], [`LEAD`],
    /// [`BODY`]) and, for a block's text, the block's number: the headline, every block with
    /// text (the first is the lead, the others the body), then the key sentences (the lead).
    pub fn scored_texts(&self) -> Vec<(usize, Option<usize>, String)> {
        let mut texts = vec![(HEADLINE, None, self.title.to_string())];
        for (at, block) in self.blocks.iter().enumerate() {
            if !matches!(block, Block::Media { .. }) {
                let field = if texts.len() == 1 { LEAD } else { BODY };
                texts.push((field, Some(at), block.plain_text()));
            }
        }
        texts.extend(
            self.key_sentences
                .iter()
                .map(|s| (LEAD, None, s.to_string())),
        );
        texts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_precisely_as_written() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        let read = |text| Dated::parse(text).map(|d| (d.date, d.precision));
        assert_eq!(read("2023"), Some((day(2023, 1, 1), Precision::Year)));
        assert_eq!(read("2023-04"), Some((day(2023, 4, 1), Precision::Month)));
        assert_eq!(read("2023-04-17"), Some((day(2023, 4, 17), Precision::Day)));
        assert_eq!(read("2023-4-7"), Some((day(2023, 4, 7), Precision::Day)));
        assert_eq!(
            read(" 2023-04-17T10:00:00+02:00"),
            Some((day(2023, 4, 17), Precision::Day))
        );
        assert_eq!(
            read("2023-04-17 10:00"),
            Some((day(2023, 4, 17), Precision::Day))
        );
        for bad in [
            "",
            "23",
            "20233",
            "2023-",
            "2023-13",
            "2023-02-30",
            "2023-04-17-1",
            "17/04/2023",
            "2023-004",
            "+202-1",
            "２０２３",
        ] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_count_from_1970_and_back() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days(), 11_017);
        assert_eq!(Date::new(1969, 12, 31).unwrap().days(), -1);
        let mut day = Date::new(1, 1, 1).unwrap().days();
        assert_eq!(
            Date::from_days(Date::new(0, 1, 1).unwrap().days() - 1),
            None
        );
        assert_eq!(Date::from_days(i64::from(u32::MAX) * 400), None);
        let mut previous = None;
        while day <= Date::new(2401, 1, 1).unwrap().days() {
            let d = Date::from_days(day).unwrap();
            assert_eq!(d.days(), day);
            assert!(previous.is_none_or(|p| p < d));
            previous = Some(d);
            day += if d.year < 1900 { 97 } else { 1 };
        }
        assert_eq!(Date::new(2025, 3, 3).unwrap().weekday(), 0);
        assert_eq!(Date::new(2025, 3, 9).unwrap().weekday(), 6);
    }
}
