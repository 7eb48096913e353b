//! Search quality on real news: known-item queries over article folders laid out by
//! `scripts/bench-quality`, each query three words of one sentence of its article, with and
//! without a typing mistake. Each corpus is cut in two by a hash of the article's id: the
//! tuning part (70 %) and the held-out part (30 %), which is for reporting only, never for
//! choosing what to change.
//!
//! ```text
//! cargo run --release -p broadsheet-cli --example quality -- OUT NAME=DIR ...
//! ```
//!
//! prints one Markdown row a corpus and part, and writes `OUT/relevance-NAME-PART.tsv` (the
//! same queries for `tests/bench/relevance.mjs`, which scores MiniSearch on them).

use std::path::Path;

use broadsheet_compiler::analyse::stopwords::is_stop_word;
use broadsheet_compiler::compile::{load_dir, pack};
use broadsheet_engine::Engine;
use broadsheet_format::model::Article;
use broadsheet_format::text::fold;

#[path = "../tests/known_item/mod.rs"]
mod known_item;
use known_item::{lines, measure, typos};

mod common;
use common::{hash, held_out};

/// A query a reader who remembers `article` might type: three distinct words (four letters
/// or more, not stop words, no digits) of one of its body's sentences, in their order,
/// chosen by a hash of the id; `None` when no sentence has three such words.
fn query_for(article: &Article) -> Option<String> {
    let body = article.body();
    let sentences: Vec<&str> = article
        .sentences
        .iter()
        .filter_map(|span| Article::sentence(&body, span))
        .collect();
    let n = sentences.len();
    let first = usize::try_from(hash(&article.id, 1) % n.max(1) as u64).ok()?;
    (0..n).find_map(|k| {
        let sentence = sentences.get((first + k) % n)?;
        let mut words: Vec<&str> = Vec::new();
        for word in sentence.split(|c: char| !c.is_alphanumeric() && c != '\'') {
            let word = word.trim_matches('\'');
            let folded = fold(word);
            let content = word.chars().count() >= 4
                && word.chars().all(char::is_alphabetic)
                && !is_stop_word(&folded);
            if content && !words.iter().any(|w| fold(w) == folded) {
                words.push(word);
            }
        }
        if words.len() < 3 {
            return None;
        }
        // Three of them, in their order in the sentence.
        let mut picked: Vec<usize> = Vec::new();
        let mut seed = 2;
        while picked.len() < 3 {
            let at = (hash(&article.id, seed) % words.len() as u64) as usize;
            if !picked.contains(&at) {
                picked.push(at);
            }
            seed += 1;
        }
        picked.sort_unstable();
        let query: Vec<String> = picked.iter().map(|&i| words[i].to_lowercase()).collect();
        Some(query.join(" "))
    })
}

/// How many articles hold every word of `query` as written: when many do, no ranking can
/// know which one the reader remembers.
fn holders(engine: &Engine, query: &str) -> usize {
    let index = engine.index();
    let mut holding: Option<Vec<usize>> = None;
    for word in query.split_whitespace() {
        let word = fold(word);
        let articles: Vec<usize> = index
            .prefixed(&word)
            .filter(|&t| index.term(t) == word)
            .flat_map(|t| index.hits(t).map(|h| h.article))
            .collect();
        holding = Some(match holding {
            None => articles,
            Some(before) => before
                .into_iter()
                .filter(|a| articles.contains(a))
                .collect(),
        });
    }
    holding.map_or(0, |h| h.len())
}

/// The words of a sentence as [`query_for`] reads them: letters, digits and inner
/// apostrophes, folded.
fn words_of(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| fold(w.trim_matches('\'')))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every article's sentences, as words.
fn sentence_words(articles: &[Article]) -> Vec<Vec<Vec<String>>> {
    articles
        .iter()
        .map(|a| {
            let body = a.body();
            (a.sentences.iter())
                .filter_map(|span| Article::sentence(&body, span))
                .map(words_of)
                .collect()
        })
        .collect()
}

/// How many articles have a sentence holding every word of `query` in its order: the query
/// says no more about any of them than about the one it was taken from.
fn alike(sentences: &[Vec<Vec<String>>], query: &str) -> usize {
    let wanted = words_of(query);
    let in_order = |words: &Vec<String>| {
        let mut rest = words.iter();
        wanted.iter().all(|w| rest.any(|x| x == w))
    };
    (sentences.iter())
        .filter(|article| article.iter().any(in_order))
        .count()
}

/// The MRR@10 of a ranking that puts the articles [`alike`] first, in an order the query
/// cannot decide: the mean over queries of the expected reciprocal rank of one of `n`
/// articles shuffled.
fn ceiling(alike: &[usize]) -> f64 {
    let expected = |n: usize| {
        let n = n.max(1);
        (1..=n.min(10)).map(|r| 1.0 / r as f64).sum::<f64>() / n as f64
    };
    alike.iter().map(|&n| expected(n)).sum::<f64>() / alike.len().max(1) as f64
}

/// The tuning part's queries whose article is the only one holding every word but is not
/// ranked first, with what was: for study.
fn print_misses(engine: &Engine, cases: &[(String, String)]) {
    use broadsheet_engine::search::{search, Query};
    for (query, id) in cases {
        if holders(engine, query) != 1 {
            continue;
        }
        let found = search(engine, &Query::parse(&format!("{query} ")));
        let ids: Vec<&str> = found
            .hits
            .iter()
            .take(10)
            .filter_map(|h| engine.id(h.article))
            .collect();
        let rank = ids.iter().position(|x| *x == id);
        if rank != Some(0) {
            println!(
                "miss `{query}` {id}: rank {rank:?}, first {:?}",
                ids.first()
            );
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut first = args.next();
    let show_misses = first.as_deref() == Some("--misses");
    if show_misses {
        first = args.next();
    }
    let Some(out) = first else {
        eprintln!("usage: quality [--misses] OUT NAME=DIR ...");
        std::process::exit(2);
    };
    println!("| corpus | part | articles | queries | held by one article / by more than 10 | MRR@10 | hit@1 | with a typo: queries | MRR@10 | hit@1 | MRR@10 if the query's equals are shuffled |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    let mut breakdown: Vec<String> = Vec::new();
    for set in args {
        let Some((name, dir)) = set.split_once('=') else {
            eprintln!("quality: `{set}` is not NAME=DIR");
            std::process::exit(2);
        };
        let corpus = load_dir(Path::new(dir));
        let articles = corpus.articles;
        let bytes = pack(&articles);
        let engine = match Engine::open(Box::leak(bytes.into_boxed_slice())) {
            Ok(engine) => engine,
            Err(err) => {
                eprintln!("quality: {dir}: {err}");
                std::process::exit(1);
            }
        };
        let sentences = sentence_words(&articles);
        for (part, held) in [("tuning", false), ("held out", true)] {
            let cases: Vec<(String, String)> = articles
                .iter()
                .filter(|a| held_out(&a.id) == held)
                .filter_map(|a| Some((query_for(a)?, a.id.to_string())))
                .collect();
            let file =
                Path::new(&out).join(format!("relevance-{name}-{}.tsv", part.replace(' ', "-")));
            if let Err(err) = std::fs::write(&file, lines(&cases)) {
                eprintln!("quality: {}: {err}", file.display());
                std::process::exit(1);
            }
            if show_misses && !held {
                print_misses(&engine, &cases);
            }
            let in_part = articles.iter().filter(|a| held_out(&a.id) == held).count();
            let held: Vec<usize> = cases.iter().map(|(q, _)| holders(&engine, q)).collect();
            let share = |keep: fn(usize) -> bool| {
                held.iter().filter(|&&n| keep(n)).count() as f64 / held.len().max(1) as f64
            };
            for (label, lo, hi) in [
                ("1", 1, 1),
                ("2-3", 2, 3),
                ("4-10", 4, 10),
                ("more than 10", 11, usize::MAX),
            ] {
                let some: Vec<(String, String)> = cases
                    .iter()
                    .zip(&held)
                    .filter(|(_, &n)| n >= lo && n <= hi)
                    .map(|(c, _)| c.clone())
                    .collect();
                let s = measure(&engine, &some);
                breakdown.push(format!(
                    "| {name} | {part} | {label} | {} | {:.3} | {:.3} |",
                    s.queries, s.mrr, s.hit1
                ));
            }
            let equals: Vec<usize> = cases.iter().map(|(q, _)| alike(&sentences, q)).collect();
            let exact = measure(&engine, &cases);
            let typo = measure(&engine, &typos(&cases));
            println!(
                "| {name} | {part} | {in_part} of {} | {} | {:.2} / {:.2} | {:.3} | {:.3} | {} | {:.3} | {:.3} | {:.3} |",
                articles.len(),
                exact.queries,
                share(|n| n == 1),
                share(|n| n > 10),
                exact.mrr,
                exact.hit1,
                typo.queries,
                typo.mrr,
                typo.hit1,
                ceiling(&equals)
            );
        }
    }
    // How far ranking can tell articles apart: the same queries by how many articles hold
    // every word of them.
    println!();
    println!("| corpus | part | articles holding every word | queries | MRR@10 | hit@1 |");
    println!("|---|---|---|---|---|---|");
    for row in breakdown {
        println!("{row}");
    }
}
