//! What the articles a reader currently sees add up to: the summary card's numbers, facets,
//! timeline and key sentences, computed from the facts stored at build time.

pub mod central;
pub mod five_ws;
pub mod timeline;

use crate::facets::{Counter, Facets};
use crate::Engine;

use central::{selection_sentences, KeySentence};
use timeline::{timeline, Timeline};

/// Key sentences a selection's summary shows.
pub const KEY_SENTENCES: usize = 4;

/// The summary of a selection of articles.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// How many articles are selected.
    pub count: usize,
    /// Their reading time together, in minutes.
    pub reading_minutes: u32,
    /// Publications, topics, people, places, organizations and months, with counts.
    pub facets: Facets,
    /// When they were published, if any is dated.
    pub timeline: Option<Timeline>,
    /// Sentences central to the selection, each from a different article.
    pub sentences: Vec<KeySentence>,
}

impl Summary {
    /// Summarises the articles numbered `selection` (best first) in `packed`.
    pub fn of(packed: &Engine, selection: &[usize]) -> Summary {
        let mut summary = Summary::default();
        let mut counter = Counter::default();
        let mut dates = Vec::new();
        let table = packed.fact_table();
        for &i in selection {
            let Some((row, keys)) = table.row(i) else {
                continue;
            };
            summary.count += 1;
            summary.reading_minutes = summary.reading_minutes.saturating_add(row.reading_minutes);
            dates.extend(row.date);
            counter.add(keys);
        }
        summary.facets = counter.finish(packed);
        summary.timeline = timeline(dates);
        summary.sentences = selection_sentences(packed, selection, KEY_SENTENCES);
        summary
    }
}
