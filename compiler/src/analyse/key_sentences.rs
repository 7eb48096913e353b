//! Key sentences: a sentence-similarity graph ranked by centrality (TextRank), a light
//! preference for early sentences, and no two sentences saying the same thing.

use std::collections::HashMap;

use super::stopwords::is_stop_word;
use broadsheet_format::text::words;

/// Sentences at most in the graph: the pairwise work stays bounded for very long articles.
pub const MAX_SENTENCES: usize = 250;
/// Damping factor of the ranking walk.
const DAMPING: f64 = 0.85;

/// How key sentences are chosen. The analysis uses [`Method::CHOSEN`]; `scripts/bench-quality`
/// measures it beside the others on real news.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Method {
    /// The weight of the preference for early sentences: a sentence's centrality is
    /// multiplied by `1 + prior / (1 + position)` (0: centrality alone).
    pub prior: f64,
    /// Two sentences sharing more than this part of their words say the same thing, and only
    /// the better one is kept (1 or more: repeats are kept).
    pub max_overlap: f64,
    /// Sentences of fewer words are not candidates.
    pub min_words: usize,
    /// Whether quoted speech and first-person lines are candidates.
    pub spoken: bool,
}

impl Method {
    /// What the analysis uses.
    pub const CHOSEN: Method = Method {
        prior: 1.0,
        max_overlap: 0.5,
        min_words: 5,
        spoken: true,
    };
    /// TextRank as published: centrality alone, every sentence a candidate.
    pub const TEXTRANK: Method = Method {
        prior: 0.0,
        max_overlap: 1.0,
        min_words: 1,
        spoken: true,
    };
}

/// Whether a sentence quotes someone or speaks in the first person.
fn is_spoken(sentence: &str) -> bool {
    sentence.contains(['"', '“', '”'])
        || sentence
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| {
                matches!(
                    w,
                    "I" | "I'm" | "I've" | "we" | "We" | "my" | "My" | "our" | "Our"
                )
            })
}

/// How many ids two sorted, distinct lists share.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How many key sentences an article of `n` candidate sentences gets.
fn how_many(n: usize) -> usize {
    match n {
        0..=29 => 3,
        30..=59 => 4,
        _ => 5,
    }
    .min(n)
}

/// The key sentences among `sentences` (in reading order), returned in reading order.
pub fn select(sentences: &[&str]) -> Vec<String> {
    choose(sentences, Method::CHOSEN)
        .into_iter()
        .filter_map(|i| sentences.get(i).map(|s| (*s).to_owned()))
        .collect()
}

/// The positions in `sentences` of the key sentences `method` chooses, in reading order.
pub fn choose(sentences: &[&str], method: Method) -> Vec<usize> {
    // Each sentence as the sorted, distinct ids of its content words.
    let mut ids: HashMap<String, u32> = HashMap::new();
    let candidates: Vec<(usize, Vec<u32>)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.split_whitespace().count() >= method.min_words)
        .filter(|(_, s)| method.spoken || !is_spoken(s))
        .take(MAX_SENTENCES)
        .map(|(i, s)| {
            let mut set: Vec<u32> = words(s)
                .filter(|w| !is_stop_word(w))
                .map(|w| {
                    let next = ids.len() as u32;
                    *ids.entry(w).or_insert(next)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            (i, set)
        })
        .collect();
    let n = candidates.len();
    if n == 0 {
        // No sentence is long enough: the first one still says something.
        return if sentences.is_empty() {
            vec![]
        } else {
            vec![0]
        };
    }
    // Each sentence's length in words, as its logarithm (the same numbers, worked out once).
    let ln: Vec<f64> = candidates.iter().map(|c| (c.1.len() as f64).ln()).collect();
    let mut weights = vec![vec![0.0f64; n]; n];
    for a in 0..n {
        for b in (a + 1)..n {
            let (sa, sb) = (&candidates[a].1, &candidates[b].1);
            if sa.len() < 2 || sb.len() < 2 {
                continue;
            }
            let shared = shared(sa, sb) as f64;
            let w = shared / (ln[a] + ln[b]);
            weights[a][b] = w;
            weights[b][a] = w;
        }
    }
    let out_sum: Vec<f64> = weights.iter().map(|row| row.iter().sum()).collect();
    // What each sentence passes to sentence `i` per unit of its rank, by `i`: its weight to
    // `i` over all its weights, 0 from a sentence that shares words with none. Worked out once
    // for the thirty rounds below (the same numbers as dividing in every round).
    let passes: Vec<Vec<f64>> = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| match out_sum[j] > 0.0 {
                    true => weights[j][i] / out_sum[j],
                    false => 0.0,
                })
                .collect()
        })
        .collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..30 {
        rank = passes
            .iter()
            .map(|to| {
                let incoming: f64 = to.iter().zip(&rank).map(|(p, r)| p * r).sum();
                (1.0 - DAMPING) / n as f64 + DAMPING * incoming
            })
            .collect();
    }
    // News puts what matters first: a prior for early sentences that fades fast (x2 for the
    // first, x1.5 for the second, x1.33 for the third ...), so centrality decides the rest.
    let score: Vec<f64> = rank
        .iter()
        .enumerate()
        .map(|(pos, r)| r * n as f64 * (1.0 + method.prior / (1.0 + pos as f64)))
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    for candidate in order {
        if chosen.len() == how_many(n) {
            break;
        }
        let words = &candidates[candidate].1;
        let repeats = chosen.iter().any(|&c| {
            let other = &candidates[c].1;
            let smaller = words.len().min(other.len()).max(1) as f64;
            shared(words, other) as f64 / smaller > method.max_overlap
        });
        if !repeats {
            chosen.push(candidate);
        }
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|c| candidates[c].0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_central_sentences_in_order_without_repeats() {
        let sentences = [
            "The Lowmoor harbour wall collapsed in Tuesday's storm.",
            "Fishing boats could not leave the harbour for three days after the wall fell.",
            "The weather was cold.",
            "Lowmoor council will rebuild the harbour wall with stone from the old quarry.",
            "The Lowmoor harbour wall collapsed in the storm on Tuesday night.",
            "A bakery nearby sold out of bread.",
        ];
        let chosen = select(&sentences);
        assert_eq!(chosen.len(), 3);
        assert_eq!(chosen[0], sentences[0]);
        assert!(
            !chosen.contains(&sentences[4].to_owned()),
            "no near-duplicate: {chosen:?}"
        );
        assert!(!chosen.contains(&sentences[5].to_owned()), "{chosen:?}");
    }

    #[test]
    fn degenerate_articles_still_get_a_card() {
        assert_eq!(select(&["Short."]), ["Short."]);
        assert!(select(&[]).is_empty());
        let same = ["The same sentence again and again here."; 40];
        assert_eq!(select(&same).len(), 1);
        let many: Vec<String> = (0..5000)
            .map(|i| format!("Item {i} covers word{i} and term{}.", i % 7))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(select(&many).len(), 5);
    }
}
