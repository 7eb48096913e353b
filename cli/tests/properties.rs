//! Property tests: no input makes the compiler, the analysis, the search or the corpus reader
//! panic, and every file is accounted for.

use std::fs;
use std::path::PathBuf;

use broadsheet_compiler::analyse::dates::{dates_in, MAX_DATES};
use broadsheet_compiler::analyse::sentences;
use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_engine::search::query::{with_filter, without, written_filters, Written};
use broadsheet_engine::search::rank::explain;
use broadsheet_engine::search::{search, Query};
use broadsheet_engine::summary::five_ws::{FiveWs, Source};
use broadsheet_engine::Engine;
use broadsheet_format::model::Date;
use broadsheet_format::text::words;
use proptest::prelude::*;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-prop-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Text that looks a little like articles: headlines, front matter fences, quotes, captions.
fn articleish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "---\n",
        "+++\n",
        "title: A\n",
        "date: 2025-02-30\n",
        "\n\n",
        "# Head\n",
        "> quote\n",
        "- item\n",
        "04/17/2023 | 00:20 min\n",
        "“Said,” she said. ",
        "Mr. Li met Gen. Ma. ",
        "U.S. ",
        "(IISS) ",
        "People’s Army’s ",
        "é",
        "\u{301}",
        "\r\n",
        "\0",
        "…",
        ":",
        "'",
        "[link](javascript:x)",
        "<b>",
        "Zürich ",
        "東京 ",
        "\u{202e}",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(str::to_owned), ".{0,12}"],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_compile_or_are_reported(bytes in prop::collection::vec(any::<u8>(), 0..600), md in any::<bool>()) {
        let dir = scratch("bytes");
        let name = if md { "a.md" } else { "a.txt" };
        fs::write(dir.join(name), &bytes).unwrap();
        let corpus = load_dir(&dir);
        prop_assert_eq!(corpus.files, 1);
        prop_assert!(corpus.articles.len() == 1 || corpus.has_errors() || !corpus.diagnostics.is_empty());
        let packed = pack(&corpus.articles);
        let opened = Engine::open(Box::leak(packed.into_boxed_slice())).unwrap();
        for i in 0..corpus.articles.len() {
            let read = opened.article(i);
            prop_assert_eq!(read, corpus.articles.get(i).map(broadsheet_format::packed::stored));
        }
    }

    #[test]
    fn articleish_text_compiles_or_is_reported(text in articleish(), md in any::<bool>()) {
        let dir = scratch("text");
        fs::write(dir.join(if md { "b.md" } else { "b.txt" }), text.as_bytes()).unwrap();
        let corpus = load_dir(&dir);
        prop_assert!(corpus.articles.len() == 1 || corpus.has_errors());
        for d in &corpus.diagnostics {
            prop_assert!(d.to_string().contains("b."), "{}", d);
        }
        // What the reader shows of it is bounded and in order.
        for article in &corpus.articles {
            let ws = FiveWs::of(article);
            let named = ws.when.iter().filter(|w| w.source == Source::Text).count();
            prop_assert!(named <= MAX_DATES);
        }
    }

    #[test]
    fn any_text_and_date_give_dates_without_panicking(text in ".{0,300}", days in -800_000i64..3_000_000) {
        let published = Date::from_days(days);
        for d in dates_in(&text, published) {
            prop_assert!(Date::new(d.date.year, d.date.month, d.date.day).is_some());
        }
    }

    #[test]
    fn sentence_splitting_keeps_every_word(text in articleish()) {
        let words = |s: &str| s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
        let split = sentences::split(&text);
        prop_assert_eq!(split.iter().map(|s| words(s)).sum::<usize>(), words(&text));
    }

    #[test]
    fn damaged_corpora_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), flip in any::<usize>()) {
        // Random bytes, and a real corpus with one byte changed. The checksum would refuse the
        // changed corpus at once: it is made to match, so that what reads the bytes behind
        // the header meets the damage.
        let _ = Engine::open(Box::leak(bytes.into_boxed_slice())).map(|p| (p.article(0), p.facts(0)));
        let real = real_corpus();
        let mut damaged = real.to_vec();
        let at = flip % damaged.len();
        damaged[at] ^= 0x5a;
        if at >= broadsheet_format::packed::HEADER {
            let sum = broadsheet_format::packed::checksum(&damaged[broadsheet_format::packed::HEADER..]);
            damaged[8..12].copy_from_slice(&sum.to_le_bytes());
        }
        if let Ok(p) = Engine::open(Box::leak(damaged.into_boxed_slice())) {
            for i in 0..p.len() {
                let _ = (p.article(i), p.facts(i));
            }
            let _ = search(&p, &Query::parse("harbour wall \"the storm\" -x source:a"));
        }
    }

    #[test]
    fn any_query_ranks_without_panicking(query in prop_oneof![".{0,200}".boxed(), query_language().boxed()]) {
        let p = Engine::open(real_corpus()).unwrap();
        let found = search(&p, &Query::parse(&query));
        prop_assert!(found.hits.len() <= p.len());
        prop_assert!(found.hits.windows(2).all(|w| w[0].score >= w[1].score));
        // Every hit can say why, with at most one reason for each word kept.
        for hit in found.hits.iter().take(3) {
            let article = p.article(hit.article).unwrap();
            let why = explain(&p, hit.article, &article, &found);
            prop_assert!(why.len() <= found.groups.len() - found.dropped.len());
        }
    }

    #[test]
    fn filters_added_are_read_and_taken_out_again(
        query in prop_oneof![".{0,80}".boxed(), query_language().boxed()],
        field in prop::sample::select(vec!["source", "topic", "person", "place", "org", "date"]),
        value in prop_oneof!["[A-Za-zé\"“ ]{0,20}".boxed(), Just("2025-03".to_owned()).boxed()],
    ) {
        let before = written_filters(&query);
        let added = with_filter(&query, field, &value);
        let after = written_filters(&added);
        let readable = match field {
            "date" => value == "2025-03",
            _ => words(&value).next().is_some(),
        };
        if readable {
            // The filter is there, once, whatever was typed before it.
            let folded: Vec<String> = words(&value).collect();
            let same = |w: &&Written| !w.negated && w.field == field && words(&w.value).eq(folded.iter().cloned());
            prop_assert_eq!(after.iter().filter(same).count().max(1), 1);
            prop_assert!(after.iter().any(|w| same(&w)), "{:?} + {}:{:?} = {:?}", query, field, value, added);
            prop_assert_eq!(with_filter(&added, field, &value), added.clone());
        } else {
            prop_assert_eq!(&added, &query);
        }
        for w in &before {
            let taken = without(&query, w.range.clone());
            prop_assert_eq!(written_filters(&taken).len(), before.len() - 1, "{:?} without {:?}", query, w);
        }
    }
}

/// Queries made of the query language's pieces, balanced or not.
fn query_language() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "harbour ",
        "wall",
        "\"",
        "“",
        "”",
        "-",
        "OR ",
        "source:",
        "topic:sport ",
        "person:\"",
        "place:",
        "org:",
        "before:",
        "after:2025-02 ",
        "before:2025-13 ",
        "has:video ",
        "has:",
        "obsevatory ",
        "comets ",
        "x ",
        ":",
        "\"harbour wall\" ",
        "-\"",
        "  ",
    ]);
    prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
}

/// The packed sample corpus, made once.
fn real_corpus() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../articles");
        pack(&load_dir(&dir).articles)
    })
}

#[test]
fn a_huge_query_is_bounded() {
    let p = Engine::open(real_corpus()).unwrap();
    let query = "harbour ".repeat(20_000) + &"😀".repeat(10_000);
    let started = std::time::Instant::now();
    let found = search(&p, &Query::parse(&query));
    assert!(!found.hits.is_empty());
    assert!(
        started.elapsed().as_millis() < 500,
        "{:?}",
        started.elapsed()
    );
}
