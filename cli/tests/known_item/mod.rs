//! Known-item search, measured: a reader looks for an article they remember by a few of its
//! words, and the engine should rank it first. Shared by the relevance test
//! (`tests/relevance.rs`) and the real-news evaluation (`examples/quality.rs`).

use broadsheet_engine::search::{search, Query};
use broadsheet_engine::Engine;

/// Mean reciprocal rank within the top 10, and the share of queries answered first.
#[derive(Debug)]
pub struct Score {
    pub mrr: f64,
    pub hit1: f64,
    pub queries: usize,
}

/// How `packed` ranks the article of each `(query, article id)` case.
pub fn measure(packed: &Engine, cases: &[(String, String)]) -> Score {
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
pub fn with_typo(query: &str) -> Option<String> {
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

/// The cases with a typing mistake each, for those that can have one.
pub fn typos(cases: &[(String, String)]) -> Vec<(String, String)> {
    cases
        .iter()
        .filter_map(|(q, id)| Some((with_typo(q)?, id.clone())))
        .collect()
}

/// The cases as lines for other engines (`tests/bench/relevance.mjs` scores MiniSearch on
/// them): `exact|typo <TAB> query <TAB> article id`.
pub fn lines(cases: &[(String, String)]) -> String {
    let typos = typos(cases);
    [("exact", cases), ("typo", &typos)]
        .iter()
        .flat_map(|(kind, list)| {
            list.iter()
                .map(move |(q, id)| format!("{kind}\t{q}\t{id}\n"))
        })
        .collect()
}
