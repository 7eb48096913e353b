//! Key sentences on real news: how many of the three key sentences an article shows first are
//! in a reference summary written by people, beside simpler methods over the same sentences.
//!
//! ```text
//! cargo run --release -p broadsheet-cli --example summaries -- NAME=DIR ...
//! ```
//!
//! `DIR/articles/` holds the article files (ids from their names), `DIR/summaries/ID.txt` each
//! article's reference, one sentence a line. A reference made of the article's own sentences
//! (extractive) is compared as it is; when `DIR/abstractive` exists, the reference was written
//! anew (highlights), and the sentences of the article that best cover it (up to three, added
//! one at a time while ROUGE-1 + ROUGE-2 against the reference rises) stand for it.
//!
//! Prints, for each corpus, part (tuning 70 %, held out 30 %, by a hash of the id) and method:
//! precision@3 (the share of the first three sentences chosen that are in the reference) and
//! ROUGE-1 / ROUGE-2 F1 of those three against the reference text.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use broadsheet_compiler::analyse::key_sentences::{choose, Method};
use broadsheet_compiler::analyse::prose_sentences;
use broadsheet_compiler::analyse::stopwords::is_stop_word;
use broadsheet_compiler::compile::load_dir;
use broadsheet_format::model::Article;

mod common;
use common::{hash, held_out};

/// A text's words, lower-cased, letters and digits only.
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn ngrams(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_insert(0) += 1;
    }
    counts
}

/// ROUGE-N F1 of `candidate` against `reference`.
fn rouge(candidate: &[String], reference: &[String], n: usize) -> f64 {
    let (c, r) = (ngrams(candidate, n), ngrams(reference, n));
    let overlap: usize = c
        .iter()
        .map(|(g, k)| (*k).min(r.get(g).copied().unwrap_or(0)))
        .sum();
    let (total_c, total_r): (usize, usize) = (c.values().sum(), r.values().sum());
    if overlap == 0 {
        return 0.0;
    }
    let p = overlap as f64 / total_c as f64;
    let rec = overlap as f64 / total_r as f64;
    2.0 * p * rec / (p + rec)
}

/// Whether sentence `ours` is one of the reference's sentences: the same words, or one
/// holding the other (the two sentence splitters may cut differently), or nearly the same
/// words.
fn same_sentence(ours: &[String], reference: &[String]) -> bool {
    let (a, b) = (ours.join(" "), reference.join(" "));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.contains(short.as_str()) && short.split(' ').count() >= 4 {
        return true;
    }
    let sa: HashSet<&String> = ours.iter().collect();
    let sb: HashSet<&String> = reference.iter().collect();
    let shared = sa.intersection(&sb).count() as f64;
    shared / (sa.len() + sb.len()) as f64 * 2.0 >= 0.85
}

/// The sentences (by position) that best cover an abstractive reference.
fn oracle(sentences: &[Vec<String>], reference: &[String]) -> Vec<usize> {
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = 0.0;
    while chosen.len() < 3 {
        let mut pick = None;
        for i in (0..sentences.len()).filter(|i| !chosen.contains(i)) {
            let mut with: Vec<usize> = chosen.clone();
            with.push(i);
            with.sort_unstable();
            let text: Vec<String> = with.iter().flat_map(|&k| sentences[k].clone()).collect();
            let score = rouge(&text, reference, 1) + rouge(&text, reference, 2);
            if score > best {
                best = score;
                pick = Some(i);
            }
        }
        match pick {
            Some(i) => chosen.push(i),
            None => break,
        }
    }
    chosen
}

/// An article with its reference: its prose sentences (what key sentences are chosen from),
/// their words, the reference's words and which sentences are in the reference.
struct Case {
    prose: Vec<String>,
    words: Vec<Vec<String>>,
    reference: Vec<String>,
    in_reference: Vec<bool>,
}

impl Case {
    /// The case of `article` of the corpus in `dir`, if it has a reference and four sentences.
    fn of(dir: &Path, abstractive: bool, article: &Article) -> Option<Case> {
        let file = dir.join("summaries").join(format!("{}.txt", article.id));
        let reference = std::fs::read_to_string(file).ok()?;
        let sentences: Vec<Vec<String>> = reference
            .lines()
            .map(tokens)
            .filter(|t| !t.is_empty())
            .collect();
        let reference: Vec<String> = sentences.iter().flatten().cloned().collect();
        let prose = prose_sentences(article);
        let words: Vec<Vec<String>> = prose.iter().map(|s| tokens(s)).collect();
        if words.len() < 4 || reference.is_empty() {
            return None;
        }
        let in_reference: Vec<bool> = if abstractive {
            let picked = oracle(&words, &reference);
            (0..words.len()).map(|i| picked.contains(&i)).collect()
        } else {
            words
                .iter()
                .map(|w| sentences.iter().any(|r| same_sentence(w, r)))
                .collect()
        };
        Some(Case {
            prose,
            words,
            reference,
            in_reference,
        })
    }
}

/// The cases of the corpus in `dir`, with their articles' ids.
fn cases(dir: &Path) -> Vec<(String, Case)> {
    let abstractive = dir.join("abstractive").exists();
    let corpus = load_dir(&dir.join("articles"));
    corpus
        .articles
        .iter()
        .filter_map(|a| Some((a.id.to_string(), Case::of(dir, abstractive, a)?)))
        .collect()
}

/// Word frequency: the sentences whose content words are most frequent in the article.
fn frequency(sentences: &[Vec<String>]) -> Vec<usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in sentences.iter().flatten().filter(|w| !is_stop_word(w)) {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut scored: Vec<(f64, usize)> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let content: Vec<&String> = s.iter().filter(|w| !is_stop_word(w)).collect();
            let sum: usize = content.iter().map(|w| counts[w.as_str()]).sum();
            (sum as f64 / content.len().max(1) as f64, i)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut top: Vec<usize> = scored.into_iter().take(3).map(|(_, i)| i).collect();
    top.sort_unstable();
    top
}

/// Three sentences picked by a hash of the id.
fn random(id: &str, n: usize) -> Vec<usize> {
    let mut picked: Vec<usize> = Vec::new();
    let mut seed = 10;
    while picked.len() < n.min(3) {
        let at = (hash(id, seed) % n as u64) as usize;
        if !picked.contains(&at) {
            picked.push(at);
        }
        seed += 1;
    }
    picked.sort_unstable();
    picked
}

#[derive(Default)]
struct Score {
    articles: usize,
    shown: usize,
    right: usize,
    rouge1: f64,
    rouge2: f64,
}

const METHODS: [&str; 5] = [
    "Broadsheet",
    "TextRank (centrality alone)",
    "word frequency",
    "lead-3",
    "random",
];

/// Variants of the analysis's method, for `--grid`: the tuning part only.
fn grid() -> Vec<Method> {
    let mut methods = Vec::new();
    for prior in [0.0, 1.0, 4.0] {
        for max_overlap in [0.5, 1.0] {
            for min_words in [1, 5] {
                for spoken in [true, false] {
                    methods.push(Method {
                        prior,
                        max_overlap,
                        min_words,
                        spoken,
                    });
                }
            }
        }
    }
    methods
}

fn main() {
    let mut sets: Vec<String> = std::env::args().skip(1).collect();
    let grid_only = sets.first().is_some_and(|a| a == "--grid");
    if grid_only {
        sets.remove(0);
        run_grid(&sets);
        return;
    }
    if sets.is_empty() {
        eprintln!("usage: summaries NAME=DIR ...");
        std::process::exit(2);
    }
    println!("| corpus | part | articles | method | precision@3 | ROUGE-1 | ROUGE-2 |");
    println!("|---|---|---|---|---|---|---|");
    for set in sets {
        let Some((name, dir)) = set.split_once('=') else {
            eprintln!("summaries: `{set}` is not NAME=DIR");
            std::process::exit(2);
        };
        let mut scores: HashMap<(bool, usize), Score> = HashMap::new();
        for (id, case) in &cases(Path::new(dir)) {
            let (words, all_reference, in_reference) =
                (&case.words, &case.reference, &case.in_reference);
            let texts: Vec<&str> = case.prose.iter().map(String::as_str).collect();
            let picks = [
                choose(&texts, Method::CHOSEN),
                choose(&texts, Method::TEXTRANK),
                frequency(words),
                vec![0, 1, 2],
                random(id, words.len()),
            ];
            for (m, picked) in picks.iter().enumerate() {
                let shown: Vec<usize> = picked.iter().copied().take(3).collect();
                let s = scores.entry((held_out(id), m)).or_default();
                s.articles += 1;
                s.shown += shown.len();
                s.right += shown.iter().filter(|&&i| in_reference[i]).count();
                let text: Vec<String> = shown.iter().flat_map(|&i| words[i].clone()).collect();
                s.rouge1 += rouge(&text, all_reference, 1);
                s.rouge2 += rouge(&text, all_reference, 2);
            }
        }
        for (part, held) in [("tuning", false), ("held out", true)] {
            for (m, method) in METHODS.iter().enumerate() {
                let Some(s) = scores.get(&(held, m)) else {
                    continue;
                };
                let n = s.articles.max(1) as f64;
                println!(
                    "| {name} | {part} | {} | {method} | {:.3} | {:.3} | {:.3} |",
                    s.articles,
                    s.right as f64 / s.shown.max(1) as f64,
                    s.rouge1 / n,
                    s.rouge2 / n
                );
            }
        }
    }
}

/// Precision@3 and ROUGE-2 of every variant of [`grid`] on the tuning parts of `sets`.
fn run_grid(sets: &[String]) {
    let methods = grid();
    println!("| method | {} |", sets.join(" P@3, R-2 | "));
    let mut rows: Vec<String> = methods.iter().map(|m| format!("| {m:?} ")).collect();
    for set in sets {
        let Some((_, dir)) = set.split_once('=') else {
            continue;
        };
        let mut totals = vec![(0usize, 0usize, 0.0f64, 0usize); methods.len()];
        for (_, case) in cases(Path::new(dir)).iter().filter(|(id, _)| !held_out(id)) {
            let (words, all_reference, in_reference) =
                (&case.words, &case.reference, &case.in_reference);
            let texts: Vec<&str> = case.prose.iter().map(String::as_str).collect();
            for (m, method) in methods.iter().enumerate() {
                let shown: Vec<usize> = choose(&texts, *method).into_iter().take(3).collect();
                let t = &mut totals[m];
                t.0 += shown.len();
                t.1 += shown.iter().filter(|&&i| in_reference[i]).count();
                let text: Vec<String> = shown.iter().flat_map(|&i| words[i].clone()).collect();
                t.2 += rouge(&text, all_reference, 2);
                t.3 += 1;
            }
        }
        for (row, t) in rows.iter_mut().zip(&totals) {
            row.push_str(&format!(
                "| {:.3}, {:.3} ",
                t.1 as f64 / t.0.max(1) as f64,
                t.2 / t.3.max(1) as f64
            ));
        }
    }
    for row in rows {
        println!("{row}|");
    }
}
