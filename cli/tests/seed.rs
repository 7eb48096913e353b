//! The seed article, read from the default articles folder as the widget reads it.

use std::path::Path;

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::index;
use broadsheet_format::model::{Article, Block, Date};

const SEED_ID: &str = "world/china-rejects-defense-ministers-meeting";

fn seed() -> Article {
    let corpus = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../articles"));
    assert!(!corpus.has_errors(), "{:#?}", corpus.diagnostics);
    corpus
        .articles
        .into_iter()
        .find(|a| a.id == SEED_ID)
        .expect("the seed article is in articles/")
}

#[test]
fn publication_and_a_single_headline() {
    let a = seed();
    assert_eq!(a.source.as_deref(), Some("Complete News World"));
    assert_eq!(
        a.title,
        "China rejects meeting of defense ministers with US"
    );
    assert_eq!(a.section, "world");
    let repeats = a
        .body_text()
        .filter(|t| t.contains("China rejects meeting"))
        .count();
    assert_eq!(repeats, 0, "the headline is not repeated in the body");
}

#[test]
fn paragraphs_lead_ins_and_media_caption() {
    let a = seed();
    let paragraphs: Vec<String> = a
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::plain_text)
        .collect();
    let lead_ins: Vec<&str> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::LeadIn { text } => Some(text.as_ref()),
            _ => None,
        })
        .collect();
    let media: Vec<_> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Media { media } => Some(media.clone()),
            _ => None,
        })
        .collect();

    // Nine paragraphs: the last block holds two lines, each a whole paragraph of its own.
    assert_eq!(paragraphs.len(), 9, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("China has rejected the US request"));
    assert!(paragraphs[6].starts_with("Sino-US relations are at rock bottom."));
    assert!(paragraphs[7].starts_with("US President Joe Biden"));
    assert!(paragraphs[8].ends_with("International Institute for Strategic Studies (IISS)."));
    assert_eq!(
        lead_ins,
        [
            "One of the recent incidents between the two states:",
            "While relations with the US remain on hold, China-Russia cooperation is growing closer:",
        ]
    );
    assert_eq!(media.len(), 1);
    assert_eq!(media[0].date, Date::new(2023, 4, 17).unwrap());
    assert_eq!(media[0].duration_secs, 20);
    // The caption sits between the Moscow paragraph and the "Sino-US" paragraph.
    let at = a
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Media { .. }))
        .unwrap();
    assert!(a.blocks[at - 1].plain_text().contains("Moscow"));
    // The article's date is the clip's, the only date the text gives.
    assert_eq!(a.date.map(|d| d.date), Date::new(2023, 4, 17));
}

#[test]
fn reading_time_and_search_terms() {
    let a = seed();
    // 8 words of headline and 328 of body; the publication and the caption are not read.
    assert_eq!(a.word_count, 336);
    assert_eq!(a.reading_minutes, 2);
    let built = index::build(std::slice::from_ref(&a));
    let index = built.as_index();
    for term in ["china", "pentagon", "shangri", "iiss", "complete", "world"] {
        let found = index.prefixed(term);
        assert_eq!(found.len(), 1, "{term}");
        assert_eq!(index.term(found.start), term);
    }
    let terms: Vec<&str> = (0..index.len()).map(|i| index.term(i)).collect();
    assert!(
        terms.windows(2).all(|w| w[0] < w[1]),
        "terms are sorted and distinct"
    );
    let title_terms: Vec<&str> = (0..index.len())
        .filter(|&i| index.hits(i).any(|h| h.in_title))
        .map(|i| index.term(i))
        .collect();
    assert_eq!(
        title_terms,
        [
            "china",
            "defense",
            "meeting",
            "ministers",
            "of",
            "rejects",
            "us",
            "with"
        ]
    );
}

fn has_all(found: &[broadsheet_format::model::Text], expected: &[&str]) {
    for name in expected {
        assert!(
            found.iter().any(|f| f == name),
            "missing {name} in {found:?}"
        );
    }
}

#[test]
fn people_places_and_organizations() {
    let a = seed();
    has_all(
        &a.people,
        &[
            "Mao Ning",
            "Li Shangfu",
            "Lloyd Austin",
            "Putin",
            "Joe Biden",
            "Anthony Blinken",
        ],
    );
    has_all(
        &a.places,
        &[
            "China",
            "United States",
            "Beijing",
            "Singapore",
            "Moscow",
            "Russia",
        ],
    );
    has_all(
        &a.organizations,
        &["Pentagon", "IISS", "People’s Liberation Army"],
    );
    // Back-references count towards the full name, not as people of their own.
    for partial in ["Li", "Austin", "Mao", "Ning", "Shangfu"] {
        assert!(
            !a.people.iter().any(|p| p == partial),
            "{partial} in {:?}",
            a.people
        );
    }
    assert_eq!(
        a.people.first().map(|p| p.as_ref()),
        Some("Li Shangfu"),
        "{:?}",
        a.people
    );
    for wrong in [
        "Friday", "Sunday", "March", "February", "Shangri", "However", "Sino",
    ] {
        let all = a
            .people
            .iter()
            .chain(a.places.iter())
            .chain(a.organizations.iter());
        assert!(!all.clone().any(|n| n == wrong), "{wrong} found");
    }
}

#[test]
fn the_spokesman_is_credited_with_the_quote() {
    let a = seed();
    let quote = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("the United States is aware"))
        .expect("the spokesman's quote");
    assert_eq!(quote.speaker.as_deref(), Some("Mao Ning"));
    assert!(
        a.quotes
            .iter()
            .all(|q| q.text.split_whitespace().count() >= 4),
        "scare quotes are not quotes: {:?}",
        a.quotes
    );
}

#[test]
fn key_sentences_keywords() {
    let a = seed();
    assert_eq!(a.key_sentences.len(), 3, "{:?}", a.key_sentences);
    assert!(
        a.key_sentences[0].starts_with("China has rejected the US request"),
        "the lead carries the news: {:?}",
        a.key_sentences
    );
    has_all(&a.keywords, &["china", "defense"]);
}

#[test]
fn the_five_ws() {
    use broadsheet_engine::summary::five_ws::{FiveWs, Source, When};
    use broadsheet_format::model::{Dated, Precision};
    let ws = FiveWs::of(&seed());
    assert!(ws.what.starts_with("China has rejected"), "{}", ws.what);
    assert!(
        ws.people.iter().any(|p| p == "Li Shangfu"),
        "{:?}",
        ws.people
    );
    assert!(
        ws.places.iter().any(|p| p == "Singapore"),
        "{:?}",
        ws.places
    );
    assert!(
        ws.organizations.iter().any(|o| o == "Pentagon"),
        "{:?}",
        ws.organizations
    );
    let month = |m| Dated {
        date: Date::new(2023, m, 1).unwrap(),
        precision: Precision::Month,
    };
    // Published (the video's date, so not repeated); "since February" and "in March" of
    // that year; "from Friday to Sunday" is no date.
    assert_eq!(
        ws.when,
        [
            When {
                dated: Dated {
                    date: Date::new(2023, 4, 17).unwrap(),
                    precision: Precision::Day
                },
                source: Source::Published
            },
            When {
                dated: month(2),
                source: Source::Text
            },
            When {
                dated: month(3),
                source: Source::Text
            },
        ]
    );
}
