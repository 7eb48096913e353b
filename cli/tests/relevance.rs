//! Relevance, measured: known-item queries (a reader looking for an article they remember) over
//! the sample articles and over generated ones, with and without a typing mistake. Reports
//! MRR@10 and hit@1 (`cargo test --test relevance -- --nocapture` prints them) and fails when
//! they fall below what the engine reached when these thresholds were set.

use std::path::{Path, PathBuf};

use broadsheet_compiler::compile::load_dir;
use broadsheet_compiler::compile::pack;
use broadsheet_engine::Engine;

mod known_item;
use broadsheet_format::model::Article;
use known_item::{lines, measure, typos, Score};

fn open(articles: &[Article]) -> &'static Engine {
    let bytes = pack(articles);
    Box::leak(Box::new(
        Engine::open(Box::leak(bytes.into_boxed_slice())).unwrap(),
    ))
}

fn report(name: &str, packed: &Engine, cases: &[(String, String)]) -> (Score, Score) {
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("relevance-{name}.tsv"));
    std::fs::write(&file, lines(cases)).unwrap();
    let exact = measure(packed, cases);
    let typo = measure(packed, &typos(cases));
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
