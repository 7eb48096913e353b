//! Query time of the search engine over generated corpora, as a reader types: every prefix of
//! known-item queries ("v", "ve", "ven", … "venash wickventor museum"), and the same queries
//! with a typing mistake. Prints p50, p95 and max per corpus size.
//!
//! `cargo bench -p broadsheet-cli --bench search [-- N ...]` (default 2000 10000).

use std::path::PathBuf;
use std::time::Instant;

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_compiler::generate::generate;
use broadsheet_engine::search::{search, Query};
use broadsheet_engine::summary::Summary;
use broadsheet_engine::Engine;

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

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![2000, 10000]
    } else {
        sizes
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    for n in sizes {
        let dir = root.join(format!("articles-{n}"));
        if !dir.exists() {
            generate(&dir, n, 1).expect("generate articles");
        }
        let articles = load_dir(&dir).articles;
        let bytes = pack(&articles);
        let packed = Engine::open(Box::leak(bytes.into_boxed_slice())).expect("open");
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
