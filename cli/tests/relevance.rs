//! Relevance, measured: known-item queries (a reader looking for an article they remember) over
//! the sample articles and over generated ones, with and without a typing mistake. Reports
//! MRR@10 and hit@1 (`cargo test --test relevance -- --nocapture` prints them) and fails when
//! they fall below what the engine reached when these thresholds were set.

use std::path::{Path, PathBuf};

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_engine::search::{search, Query};
use broadsheet_engine::Engine;
use broadsheet_format::model::Article;

/// Mean reciprocal rank within the top 10, and the share of queries answered first.
#[derive(Debug)]
struct Score {
    mrr: f64,
    hit1: f64,
    queries: usize,
}

fn measure(packed: &Engine, cases: &[(String, String)]) -> Score {
    let mut mrr = 0.0;
    let mut hit1 = 0;
    for (query, id) in cases {
        let found = search(packed, &Query::parse(&format!("{query} ")));
        let rank = found
            .hits
            .iter()
            .take(10)
            .position(|h| packed.id(h.article) == Some(id.as_str()));
        if let Some(rank) = rank {
            mrr += 1.0 / (rank as f64 + 1.0);
            hit1 += usize::from(rank == 0);
        }
    }
    let n = cases.len().max(1) as f64;
    Score {
        mrr: mrr / n,
        hit1: hit1 as f64 / n,
        queries: cases.len(),
    }
}

/// The query with one typing mistake: two neighbouring letters swapped in its longest word of
/// five letters or more (queries without such a word are left out).
fn with_typo(query: &str) -> Option<String> {
    let longest = query
        .split_whitespace()
        .filter(|w| w.chars().count() >= 5 && w.chars().all(char::is_alphabetic))
        .max_by_key(|w| w.len())?;
    let mut chars: Vec<char> = longest.chars().collect();
    let at = chars.len() / 2;
    chars.swap(at - 1, at);
    let typo: String = chars.into_iter().collect();
    Some(query.replacen(longest, &typo, 1))
}

fn open(articles: &[Article]) -> &'static Engine {
    let bytes = pack(articles);
    Box::leak(Box::new(
        Engine::open(Box::leak(bytes.into_boxed_slice())).unwrap(),
    ))
}

fn report(name: &str, packed: &Engine, cases: &[(String, String)]) -> (Score, Score) {
    let typos: Vec<(String, String)> = cases
        .iter()
        .filter_map(|(q, id)| Some((with_typo(q)?, id.clone())))
        .collect();
    // The same queries for other engines (tests/bench/relevance.mjs scores MiniSearch on them):
    // `exact|typo <TAB> query <TAB> article id`.
    let lines: String = [("exact", cases), ("typo", &typos)]
        .iter()
        .flat_map(|(kind, list)| {
            list.iter()
                .map(move |(q, id)| format!("{kind}\t{q}\t{id}\n"))
        })
        .collect();
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("relevance-{name}.tsv"));
    std::fs::write(&file, lines).unwrap();
    let exact = measure(packed, cases);
    let typo = measure(packed, &typos);
    println!(
        "relevance {name}: MRR@10 {:.3}, hit@1 {:.3} ({} queries); with one typo: MRR@10 {:.3}, hit@1 {:.3} ({} queries)",
        exact.mrr, exact.hit1, exact.queries, typo.mrr, typo.hit1, typo.queries
    );
    (exact, typo)
}

#[test]
fn sample_articles() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let articles = load_dir(&root.join("../articles")).articles;
    let cases: Vec<(String, String)> =
        std::fs::read_to_string(root.join("tests/relevance/samples.tsv"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| {
                let (q, id) = l.split_once('\t').unwrap();
                assert!(articles.iter().any(|a| a.id == id), "no article {id}");
                (q.to_owned(), id.to_owned())
            })
            .collect();
    assert!(cases.len() >= 30);
    let (exact, typo) = report("samples", open(&articles), &cases);
    assert!(exact.mrr >= 0.95 && exact.hit1 >= 0.9, "{exact:?}");
    assert!(typo.mrr >= 0.9 && typo.hit1 >= 0.85, "{typo:?}");
}

/// Known items in generated articles: the surname of the person the first sentence names, the
/// town and the thing they speak about ("venash wickventor museum").
fn generated_cases(articles: &[Article]) -> Vec<(String, String)> {
    articles
        .iter()
        .filter_map(|a| {
            let first = a.body_text().next()?;
            let words: Vec<&str> = first.split_whitespace().collect();
            let said = words.iter().position(|w| *w == "said")?;
            let surname = words.get(said.checked_sub(1)?)?;
            let town = words.iter().skip(said).skip_while(|w| **w != "in").nth(1)?;
            let noun = words.get(said + 2)?;
            Some((format!("{surname} {town} {noun}"), a.id.to_string()))
        })
        .collect()
}

#[test]
fn generated_articles() {
    let dir = std::env::temp_dir().join(format!("broadsheet-relevance-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    broadsheet_compiler::generate::generate(&dir, 300, 7).unwrap();
    let articles = load_dir(Path::new(&dir)).articles;
    let cases = generated_cases(&articles);
    assert!(cases.len() >= 250, "{}", cases.len());
    let (exact, typo) = report("generated-300", open(&articles), &cases);
    assert!(exact.mrr >= 0.93 && exact.hit1 >= 0.88, "{exact:?}");
    assert!(typo.mrr >= 0.93 && typo.hit1 >= 0.88, "{typo:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
