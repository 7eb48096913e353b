//! The article model shared by the compiler and the widget.
//!
//! Text and lists are `Cow<'static, _>`: the compiler builds them owned, while the widget reads
//! the compiled corpus in place as borrowed `'static` data, with no parsing at start-up.

use std::borrow::Cow;

/// Text owned by the compiler or borrowed from the compiled corpus.
pub type Text = Cow<'static, str>;
/// A list owned by the compiler or borrowed from the compiled corpus.
pub type List<T> = Cow<'static, [T]>;

/// One article, ready to display and to search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Stable id: the path inside the articles folder, without extension, '/'-separated.
    pub id: Text,
    /// The headline, shown once however often the source repeats it.
    pub title: Text,
    /// The publication, when the file names one.
    pub source: Option<Text>,
    /// The section: the folder the file sits in (empty at the top level).
    pub section: Text,
    /// The body as typed blocks, in reading order.
    pub blocks: List<Block>,
    /// The opening of the first paragraph, cut at a word, for the article's card.
    pub teaser: Text,
    /// Words in the headline and body.
    pub word_count: u32,
    /// Estimated reading time in whole minutes, at least 1.
    pub reading_minutes: u32,
    /// Every distinct search term of the article, folded and sorted (see [`crate::search`]).
    pub terms: List<Text>,
}

/// A typed piece of an article body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of running text.
    Paragraph(Text),
    /// A short line that introduces what follows, written with a closing ':'.
    LeadIn(Text),
    /// A caption standing for a video or audio clip.
    Media(Media),
}

/// A media caption such as `04/17/2023 | 00:20 min`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// The date of the clip.
    pub date: Date,
    /// Its length in seconds.
    pub duration_secs: u32,
}

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

    /// The English name of the month.
    pub fn month_name(self) -> &'static str {
        const NAMES: [&str; 12] = [
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
        NAMES
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

impl Article {
    /// The running text of the body, block by block (media captions have none).
    pub fn body_text(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Paragraph(text) | Block::LeadIn(text) => Some(text.as_ref()),
            Block::Media(_) => None,
        })
    }
}
