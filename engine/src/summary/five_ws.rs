//! The five Ws of one article as facts: who (people and organizations), where (places), when
//! (the publication date, the dates its text names, its video's date) and what (the headline
//! and the lead). The dates the text names and the sentences are found when the articles are
//! compiled and stored; here they are only read.

use broadsheet_format::model::{Article, Block, Dated, Precision};

/// Where a date comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The article's publication date.
    Published,
    /// Named in the text ("on 14 March", "April 2023", "on Monday").
    Text,
    /// The date of its video.
    Video,
}

/// A date the article is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    /// The date, as precisely as it is known.
    pub dated: Dated,
    /// Where it comes from.
    pub source: Source,
}

/// The five Ws of an article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FiveWs {
    /// The headline and the lead: the article's first sentence.
    pub what: String,
    /// People named in it.
    pub people: Vec<String>,
    /// Organizations named in it.
    pub organizations: Vec<String>,
    /// Places named in it.
    pub places: Vec<String>,
    /// Dates: the publication date first, then those of the text in calendar order, then the
    /// video's.
    pub when: Vec<When>,
}

impl FiveWs {
    /// The five Ws of `article`.
    pub fn of(article: &Article) -> FiveWs {
        // The lead: the first sentence of the first paragraph.
        let first = article
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Paragraph { .. }));
        let what = first
            .and_then(|b| {
                let span = article.sentences.iter().find(|s| s.block as usize == b)?;
                let text = article.blocks.get(b)?.plain_text();
                Some(text.get(span.start as usize..span.end as usize)?.to_owned())
            })
            .unwrap_or_default();
        let names = |list: &[std::borrow::Cow<'static, str>]| -> Vec<String> {
            list.iter().map(|n| n.to_string()).collect()
        };
        let mut when: Vec<When> = article
            .date
            .map(|dated| When {
                dated,
                source: Source::Published,
            })
            .into_iter()
            .collect();
        when.extend(article.dates.iter().map(|&dated| When {
            dated,
            source: Source::Text,
        }));
        for block in article.blocks.iter() {
            if let Block::Media { media, .. } = block {
                if article.date.is_some_and(|d| d.date == media.date) {
                    continue;
                }
                when.push(When {
                    dated: Dated {
                        date: media.date,
                        precision: Precision::Day,
                    },
                    source: Source::Video,
                });
            }
        }
        FiveWs {
            what,
            people: names(&article.people),
            organizations: names(&article.organizations),
            places: names(&article.places),
            when,
        }
    }
}
