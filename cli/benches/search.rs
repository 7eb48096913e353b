//! Query time of the search engine over generated corpora, as a reader types: every prefix of
//! known-item queries ("v", "ve", "ven", … "venash wickventor museum"), and the same queries
//! with a typing mistake. Prints p50, p95 and max per corpus size.
//!
//! `cargo bench -p broadsheet-cli --bench search [-- N|DIST ...]` (default 2000 10000): N
//! generated articles, packed first; DIST a built dist folder, whose
//! `broadsheet-articles.bin` (its whole archive) and text are read as the widget reads them.

use std::path::{Path, PathBuf};
use std::time::Instant;

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_compiler::generate::generate;
use broadsheet_engine::facets::facets;
use broadsheet_engine::search::{search, Query};
use broadsheet_engine::summary::central::selection_sentences;
use broadsheet_engine::summary::{Summary, KEY_SENTENCES};
use broadsheet_engine::Engine;
use broadsheet_format::model::Article;
use broadsheet_format::packed::parts;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or(0.0)
}

/// Prints p50, p95 and max of `times` (milliseconds), each a `unit`.
fn report(what: &str, unit: &str, mut times: Vec<f64>) {
    times.sort_by(f64::total_cmp);
    println!(
        "{what}: {} {unit}, p50 {:.3} ms, p95 {:.3} ms, max {:.3} ms",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times.last().copied().unwrap_or(0.0)
    );
}

/// How long each of `queries` takes to search, in milliseconds.
fn search_times(packed: &Engine, queries: &[String]) -> Vec<f64> {
    queries
        .iter()
        .map(|q| {
            let start = Instant::now();
            let found = search(packed, &Query::parse(q));
            std::hint::black_box(found.hits.len());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

/// Bytes that live as long as the bench.
fn leak(bytes: Vec<u8>) -> &'static [u8] {
    Box::leak(bytes.into_boxed_slice())
}

/// The engine and its articles for `arg`: a number of generated articles, packed here, or a
/// dist folder's compiled files.
fn open(arg: &str) -> (Engine, Vec<Article>) {
    if let Ok(n) = arg.parse::<usize>() {
        let dir =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../target/bench/articles-{n}"));
        if !dir.exists() {
            generate(&dir, n, 1).expect("generate articles");
        }
        let articles = load_dir(&dir).articles;
        let packed = Engine::open(leak(pack(&articles))).expect("open");
        return (packed, articles);
    }
    let dist = Path::new(arg);
    let first = leak(std::fs::read(dist.join("broadsheet-articles.bin")).expect("the first file"));
    let archive = parts(first).last().expect("a part");
    let packed = Engine::open(archive).expect("open");
    let text = leak(std::fs::read(dist.join("broadsheet-articles-text.bin")).expect("the text"));
    packed.attach(text).expect("attach the text");
    let articles = (0..packed.len())
        .filter_map(|i| packed.article(i))
        .collect();
    (packed, articles)
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let args = if args.is_empty() {
        vec!["2000".to_owned(), "10000".to_owned()]
    } else {
        args
    };
    for arg in args {
        let (packed, articles) = open(&arg);
        let n = articles.len();
        // Queries a reader would type: three words from the first sentence of some articles.
        let queries: Vec<String> = articles
            .iter()
            .step_by((n / 100).max(1))
            .filter_map(|a| {
                let first = a.body_text().next()?;
                let words: Vec<&str> = first.split_whitespace().collect();
                let said = words.iter().position(|w| *w == "said")?;
                Some(format!(
                    "{} {} {}",
                    words.get(said - 1)?,
                    words.get(said + 2)?,
                    words.last()?
                ))
            })
            .collect();
        let mut typed: Vec<String> = Vec::new();
        for q in &queries {
            for end in 1..=q.len() {
                if q.is_char_boundary(end) {
                    typed.push(q[..end].to_owned());
                }
            }
            // The same query with two neighbouring letters swapped in its first word.
            let mut chars: Vec<char> = q.chars().collect();
            if chars.len() > 3 {
                chars.swap(1, 2);
                typed.push(chars.into_iter().collect());
            }
        }
        // Warm up once (the index tables are derived on the first search).
        let _ = search(&packed, &Query::parse("warm"));
        let times = search_times(&packed, &typed);
        report(&format!("search over {n} articles"), "keystrokes", times);
        // What the widget does at each keystroke after the search: the summary of what it
        // found, and its parts.
        let mut parts: [Vec<f64>; 4] = Default::default();
        let mut one_letter: [Vec<f64>; 2] = Default::default();
        for q in &typed {
            let start = Instant::now();
            let found = search(&packed, &Query::parse(q)).articles();
            let searched = start.elapsed().as_secs_f64() * 1000.0;
            let start = Instant::now();
            let summary = Summary::of(&packed, &found);
            let summarised = start.elapsed().as_secs_f64() * 1000.0;
            std::hint::black_box(summary.count);
            parts[0].push(summarised);
            let start = Instant::now();
            std::hint::black_box(facets(&packed, &found).people.len());
            parts[1].push(start.elapsed().as_secs_f64() * 1000.0);
            let start = Instant::now();
            std::hint::black_box(selection_sentences(&packed, &found, KEY_SENTENCES).len());
            parts[2].push(start.elapsed().as_secs_f64() * 1000.0);
            parts[3].push(found.len() as f64);
            if q.chars().count() == 1 {
                one_letter[0].push(searched);
                one_letter[1].push(summarised);
            }
        }
        let [summaries, facet_times, sentences, sizes] = parts;
        report(
            &format!("keystrokes' summaries over {n} articles"),
            "keystrokes",
            summaries,
        );
        report("  of which the facets", "keystrokes", facet_times);
        report("  of which the key sentences", "keystrokes", sentences);
        let mut sizes = sizes;
        sizes.sort_by(f64::total_cmp);
        println!(
            "  selections: p50 {:.0}, p95 {:.0}, max {:.0} articles",
            percentile(&sizes, 0.5),
            percentile(&sizes, 0.95),
            sizes.last().copied().unwrap_or(0.0)
        );
        let [letter_search, letter_summary] = one_letter;
        report("one-letter queries' search", "queries", letter_search);
        report("one-letter queries' summary", "queries", letter_summary);
        // Name filters, as a chip or a reader writes them: the first place and the first
        // person of the same articles, by their first word.
        let filters: Vec<String> = articles
            .iter()
            .step_by((n / 100).max(1))
            .flat_map(|a| {
                let first = |names: &[broadsheet_format::model::Text], field: &str| {
                    let name = names.first()?.split_whitespace().next()?.to_owned();
                    Some(format!("{field}:{name}"))
                };
                [first(&a.places, "place"), first(&a.people, "person")]
            })
            .flatten()
            .collect();
        let times = search_times(&packed, &filters);
        report(&format!("name filters over {n} articles"), "filters", times);
        // The selection's summary: facets and key sentences of what each query found, and of
        // everything (the empty query).
        let summary: Vec<f64> = std::iter::once(String::new())
            .chain(queries.iter().cloned())
            .map(|q| {
                let found = search(&packed, &Query::parse(&q));
                let start = Instant::now();
                let summary = Summary::of(&packed, &found.articles());
                std::hint::black_box((summary.count, summary.sentences.len()));
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        report(
            &format!(
                "selection summary (counts, facets, timeline, key sentences) over {n} articles"
            ),
            "selections",
            summary,
        );
    }
}
