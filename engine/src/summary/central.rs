//! Key sentences of a selection of articles: the articles' own key sentences that share the
//! most words with the rest of the selection, one an article, no two saying the same thing.

use std::rc::Rc;

use broadsheet_format::model::Article;

use crate::passages::{passages_of, Passages};
use crate::Engine;

/// Articles, from the top of the selection, whose key sentences are candidates: the first
/// page of results (which the second stage of ranking has read already), so the work per
/// keystroke stays small however large the selection.
pub const MAX_ARTICLES: usize = crate::search::rank::RERANK;
/// Two sentences sharing more than this part of their words say the same thing.
const MAX_OVERLAP: f64 = 0.5;

/// A sentence chosen for the selection, with the article it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySentence {
    /// The article's number.
    pub article: usize,
    /// The article's headline.
    pub title: String,
    /// The sentence.
    pub text: String,
}

/// Content words of a sentence (its folded words): four letters or more, each once.
fn content_words<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut set: Vec<String> = Vec::new();
    for w in words.filter(|w| w.chars().count() >= 4) {
        if !set.iter().any(|s| s == w) {
            set.push(w.to_owned());
        }
    }
    set
}

/// Up to `n` key sentences for the articles numbered `selection` (best first), in the order of
/// the articles they come from.
pub fn selection_sentences(packed: &Engine, selection: &[usize], n: usize) -> Vec<KeySentence> {
    choose(|i| passages_of(packed, i), selection, n)
}

/// Up to `n` key sentences for the summary of all of `articles`, in their order, read from the
/// articles themselves: what the build stores for the widget to show until the articles' text
/// has arrived (the same as [`selection_sentences`] over the compiled corpus).
pub fn of_articles(articles: &[Article], n: usize) -> Vec<KeySentence> {
    let selection: Vec<usize> = (0..articles.len()).collect();
    choose(
        |i| Rc::new(Passages::of(articles.get(i).unwrap_or(&Article::default()))),
        &selection,
        n,
    )
}

/// Up to `n` key sentences for the articles numbered `selection`, each article's passages read
/// with `passages`.
fn choose(
    passages: impl Fn(usize) -> Rc<Passages>,
    selection: &[usize],
    n: usize,
) -> Vec<KeySentence> {
    let mut candidates: Vec<(usize, String, Vec<String>)> = Vec::new();
    let mut titles: Vec<(usize, String)> = Vec::new();
    for &article in selection.iter().take(MAX_ARTICLES) {
        let a = passages(article);
        titles.push((article, a.title.clone()));
        for (k, sentence) in a.key_sentences.iter().enumerate() {
            candidates.push((
                article,
                sentence.clone(),
                content_words(a.key_sentence_words(k)),
            ));
        }
    }
    // How many articles use each word in their key sentences: every (word, article) once,
    // sorted by word, then counted in runs.
    let mut uses: Vec<(&str, usize)> = candidates
        .iter()
        .flat_map(|(article, _, words)| words.iter().map(move |w| (w.as_str(), *article)))
        .collect();
    broadsheet_format::order::sort_by(&mut uses, |a, b| a < b);
    uses.dedup();
    let mut spread: Vec<(&str, usize)> = Vec::new();
    for (w, _) in uses {
        match spread.last_mut() {
            Some((last, n)) if *last == w => *n += 1,
            _ => spread.push((w, 1)),
        }
    }
    let spread_of = |w: &str| {
        spread
            .binary_search_by(|(x, _)| x.cmp(&w))
            .ok()
            .and_then(|at| spread.get(at))
            .map_or(1, |(_, n)| *n)
    };
    // A sentence central to many articles: its words are used by many of them.
    let mut scored: Vec<(f64, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, (_, _, words))| {
            let shared: usize = words.iter().map(|w| spread_of(w) - 1).sum();
            (shared as f64 / (words.len() as f64 + 4.0), i)
        })
        .collect();
    broadsheet_format::order::sort_by(&mut scored, |a, b| a.0 > b.0);
    let mut chosen: Vec<usize> = Vec::new();
    for (_, i) in scored {
        if chosen.len() == n {
            break;
        }
        let Some((article, _, words)) = candidates.get(i) else {
            continue;
        };
        let repeats =
            chosen
                .iter()
                .filter_map(|&c| candidates.get(c))
                .any(|(other_article, _, other)| {
                    let shared = words.iter().filter(|w| other.contains(w)).count();
                    other_article == article
                        || shared as f64 / words.len().min(other.len()).max(1) as f64 > MAX_OVERLAP
                });
        if !repeats {
            chosen.push(i);
        }
    }
    broadsheet_format::order::sort_by(&mut chosen, |a, b| a < b);
    chosen
        .into_iter()
        .filter_map(|i| candidates.get(i))
        .map(|(article, text, _)| KeySentence {
            article: *article,
            title: titles
                .iter()
                .find(|(a, _)| a == article)
                .map(|(_, t)| t.clone())
                .unwrap_or_default(),
            text: text.clone(),
        })
        .collect()
}
