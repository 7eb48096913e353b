//! Searching the compiled corpus: the engine the widget and `broadsheet search` share.
//!
//! A query ([`query`]) is folded like the articles, so case and accents do not matter. Each
//! word matches the vocabulary whole (score 1), with another English ending (0.8), as the
//! start of a longer word (0.6 for the word being typed, 0.4 for the others), in its British or
//! American spelling (0.8: `harbor` finds "harbour"), or, when none of
//! these exist, with one typing mistake in words of 4-7 letters and two from 8 (0.5). A match
//! in the headline counts three times, and rarer words count more (IDF). Phrases must stand
//! together in the text. When all the words together match nothing, the engine drops the word
//! that stands in the way and says so.

mod fuzzy;
pub mod highlight;
pub mod query;
pub mod rank;

use crate::Engine;
use broadsheet_format::filters::Kind;
use broadsheet_format::index::Index;
use broadsheet_format::model::{Article, Block, Precision};
use broadsheet_format::packed::FactNumbers;
use broadsheet_format::text::words;

pub use query::{Filter, Query, Term};

/// Vocabulary terms looked at, at most, for one word's typing mistakes.
const MAX_TYPO_SCAN: usize = 200_000;

/// A sorted set of vocabulary terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms(Vec<String>);

impl Terms {
    /// Adds `term`.
    pub fn insert(&mut self, term: &str) {
        if let Err(at) = self.0.binary_search_by(|t| t.as_str().cmp(term)) {
            self.0.insert(at, term.to_owned());
        }
    }

    /// Whether `term` is in the set.
    pub fn contains(&self, term: &str) -> bool {
        self.0.binary_search_by(|t| t.as_str().cmp(term)).is_ok()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// One article found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Its number in the corpus.
    pub article: usize,
    /// How well it matches; higher is better.
    pub score: f32,
}

/// What a search found, and how it read the query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// The articles found, best first (equal scores: newest first).
    pub hits: Vec<Hit>,
    /// The vocabulary terms that matched, sorted, for highlighting.
    pub terms: Terms,
    /// Words read as another word because of a typing mistake: (typed, read as).
    pub corrected: Vec<(String, String)>,
    /// What must match, one entry a word, phrase or `OR` group, as a person would write it.
    pub groups: Vec<String>,
    /// Groups left out because no article has them together with the others.
    pub dropped: Vec<String>,
    /// For each group, the vocabulary terms it matched and how, sorted by term: what the
    /// second stage ranks with and what [`rank::explain`] reports.
    pub matched: Vec<Vec<Candidate>>,
    /// Why the hits the second stage scored matched: (article, reasons).
    pub why: Vec<(usize, Vec<rank::Reason>)>,
    /// For the hits the second stage scored, the block with the most matched words, by its
    /// number among all the article's blocks as [`Span::block`](broadsheet_format::model::Span::block) counts: (article, block). See
    /// [`highlight::snippet`].
    pub snippets: Vec<(usize, usize)>,
    /// The query's field filters as the reader wrote them ([`Query::written`]).
    pub written: Vec<query::Written>,
}

/// How a vocabulary term came to match a query word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum How {
    /// As typed.
    Exact,
    /// With another English ending (`walls` for `wall`).
    Ending,
    /// As the start of a longer word.
    Start,
    /// Through a typing mistake.
    Typo,
}

/// A vocabulary term a query word matched.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candidate {
    /// The term's number in the index.
    pub term: usize,
    /// How much a match counts, before IDF: 1 exact, 0.8 another ending, 0.6 or 0.4 a start,
    /// 0.5 a typing mistake, 1.5 a word of a phrase.
    pub weight: f32,
    /// How it matched.
    pub how: How,
}

/// The vocabulary terms a word can stand for, with their weights; and the correction used, if
/// the word matched only through a typing mistake.
/// `None` when the word being typed waits for its next letter: see [`BROAD`].
fn expand(
    index: &Index,
    word: &str,
    typing: bool,
    n: usize,
) -> Option<(Vec<Candidate>, Option<String>)> {
    fn add(found: &mut Vec<Candidate>, term: usize, weight: f32, how: How) {
        match found.iter_mut().find(|c| c.term == term) {
            Some(c) if c.weight < weight => {
                c.weight = weight;
                c.how = how;
            }
            Some(_) => {}
            None => found.push(Candidate { term, weight, how }),
        }
    }
    let mut found: Vec<Candidate> = Vec::new();
    // The word's own inflections start with it (`plan`: `plans`, `planned`).
    let own = fuzzy::Root::word(word);
    let inflects = word.chars().nth(2).is_some();
    // Each term once (a first letter may start thousands): no need to look for it in `found`.
    let starts = index.prefixed(word);
    let broad = typing && index.postings_len(starts.clone()) > BROAD * n;
    for term in starts {
        let text = index.term(term);
        let (weight, how) = if text == word {
            (1.0, How::Exact)
        } else if inflects && own.matches(text) {
            (0.8, How::Ending)
        } else if broad {
            continue;
        } else {
            (if typing { 0.6 } else { 0.4 }, How::Start)
        };
        found.push(Candidate { term, weight, how });
    }
    for root in fuzzy::roots(word) {
        for term in index.prefixed(root.root) {
            if root.matches(index.term(term)) {
                add(&mut found, term, 0.8, How::Ending);
            }
        }
    }
    // The same word spelt the other side of the Atlantic, and its endings (`harbor`:
    // `harbour`, `harbours`), counts as another ending of it.
    for variant in fuzzy::spellings(word) {
        for root in std::iter::once(fuzzy::Root::word(&variant)).chain(fuzzy::roots(&variant)) {
            for term in index.prefixed(root.root) {
                if root.matches(index.term(term)) {
                    add(&mut found, term, 0.8, How::Ending);
                }
            }
        }
    }
    if broad && found.is_empty() {
        return None;
    }
    if !found.is_empty() {
        return Some((found, None));
    }
    let chars: Vec<char> = word.chars().collect();
    let max = fuzzy::allowed_edits(chars.len());
    if max == 0 {
        return Some((found, None));
    }
    // Typing mistakes: mostly not in the first letter, so look at terms that share it.
    let first = chars.first().map(|c| c.to_string()).unwrap_or_default();
    let mut best: Option<(usize, usize, usize)> = None; // (distance, -df proxy, term)
    for term in index.prefixed(&first).take(MAX_TYPO_SCAN) {
        let t: Vec<char> = index.term(term).chars().collect();
        let d = if typing {
            fuzzy::prefix_distance(&chars, &t, max)
        } else {
            fuzzy::distance(&chars, &t, max)
        };
        if let Some(d) = d {
            add(&mut found, term, 0.5, How::Typo);
            let df = index.count(term);
            if best.is_none_or(|(bd, bdf, _)| (d, usize::MAX - df) < (bd, bdf)) {
                best = Some((d, usize::MAX - df, term));
            }
        }
    }
    let correction = best.map(|(_, _, term)| index.term(term).to_owned());
    Some((found, correction))
}

/// The start of a word being typed whose words hold more than this many postings an article
/// (`co` and `th` hold 4 to 12 in real and generated news alike; nearly every article has one)
/// narrows nothing, and is the costliest search there is: only the word itself and its own
/// endings count until the next letter, and if it has none the word waits, as a lone letter
/// does ([`Query::parse`]), and the results stay as they were.
const BROAD: usize = 2;

/// Inverse document frequency of a term held by `df` of `n` articles.
pub(crate) fn idf(df: usize, n: usize) -> f32 {
    (1.0 + (n as f32 + 1.0) / (df as f32 + 1.0)).ln()
}

/// Scores of every article for one word (0 where it does not match): the first stage. The
/// terms matched go into `terms` to be marked, those that only start with the word only when
/// `starts` (the word being typed): a whole word marks whole words and their endings.
fn word_scores(
    index: &Index,
    candidates: &[Candidate],
    n: usize,
    terms: &mut Terms,
    starts: bool,
) -> Vec<f32> {
    let mut scores = vec![0.0f32; n];
    // One buffer for every candidate's postings: a prefix being typed may have thousands.
    let mut hits = Vec::new();
    for c in candidates {
        hits.clear();
        hits.extend(index.hits(c.term));
        let weight = c.weight * idf(hits.len(), n);
        if !hits.is_empty() && (starts || c.how != How::Start) {
            terms.insert(index.term(c.term));
        }
        for hit in &hits {
            let w = weight * if hit.in_title { 3.0 } else { 1.0 };
            // A comparison rather than `max`, which the wasm makes a call (for its NaNs).
            match scores.get_mut(hit.article) {
                Some(s) if *s < w => *s = w,
                _ => {}
            }
        }
    }
    scores
}

/// The folded words of an article's headline and of each of its blocks, apart.
pub(crate) fn passages(article: &Article) -> Vec<Vec<String>> {
    std::iter::once(article.title.to_string())
        .chain(
            article
                .blocks
                .iter()
                .filter(|b| !matches!(b, Block::Media { .. }))
                .map(Block::plain_text),
        )
        .map(|text| words(&text).collect())
        .collect()
}

/// Whether `phrase` stands, word after word, in one passage of article `i`; until the
/// articles' text is there, whether it has the phrase's words (the first search after the
/// text arrives checks the phrase itself).
fn has_phrase(packed: &Engine, i: usize, phrase: &[String]) -> bool {
    if !packed.has_text() {
        return true;
    }
    // Decoded apart from the shared cache: the candidates of a phrase are many, and would push
    // out the first page the list is about to show.
    packed.article(i).is_some_and(|article| {
        passages(&article)
            .iter()
            .any(|words| words.windows(phrase.len()).any(|w| w == phrase))
    })
}

/// What one term of a query matched.
struct TermMatch {
    /// Each article's score (0 where it does not match).
    scores: Vec<f32>,
    /// The correction used for a word, if any: (typed, read as).
    correction: Option<(String, String)>,
    /// The vocabulary terms it matched.
    candidates: Vec<Candidate>,
}

/// What one term of a query matches.
fn term_scores(
    packed: &Engine,
    index: &Index,
    term: &Term,
    terms: &mut Terms,
) -> Option<TermMatch> {
    let n = packed.len();
    Some(match term {
        Term::Word { word, prefix } => {
            let (candidates, correction) = expand(index, word, *prefix, n)?;
            let scores = word_scores(index, &candidates, n, terms, *prefix);
            TermMatch {
                scores,
                correction: correction.map(|c| (word.clone(), c)),
                candidates,
            }
        }
        Term::Phrase(phrase) => {
            let mut total = vec![0.0f32; n];
            let mut seen = Terms::default();
            let mut candidates = Vec::new();
            for (k, word) in phrase.iter().enumerate() {
                let exact: Vec<Candidate> = index
                    .prefixed(word)
                    .filter(|&t| index.term(t) == word)
                    .map(|term| Candidate {
                        term,
                        weight: 1.5,
                        how: How::Exact,
                    })
                    .collect();
                candidates.extend_from_slice(&exact);
                let scores = word_scores(index, &exact, n, &mut seen, false);
                for (t, s) in total.iter_mut().zip(scores) {
                    *t = if k == 0 || *t > 0.0 {
                        if s > 0.0 {
                            *t + s
                        } else {
                            0.0
                        }
                    } else {
                        0.0
                    };
                }
            }
            for (i, t) in total.iter_mut().enumerate() {
                if *t > 0.0 && !has_phrase(packed, i, phrase) {
                    *t = 0.0;
                }
            }
            if total.iter().any(|t| *t > 0.0) {
                for term in seen.0 {
                    terms.insert(&term);
                }
            }
            TermMatch {
                scores: total,
                correction: None,
                candidates,
            }
        }
    })
}

/// Whether every folded word of `wanted` begins some word of `words`, a name's folded words.
fn name_matches(words: &[String], wanted: &[String]) -> bool {
    wanted
        .iter()
        .all(|w| words.iter().any(|n| n.starts_with(w.as_str())))
}

/// A filter ready to test articles: for a name filter, the articles that carry a name it
/// accepts, from the filter index; the others by the articles' [`FactNumbers`].
struct Ready<'a> {
    filter: &'a Filter,
    named: Vec<bool>,
}

impl<'a> Ready<'a> {
    fn new(engine: &Engine, filter: &'a Filter) -> Ready<'a> {
        let kind = match filter {
            Filter::Source(w) => Some((Kind::Source, w)),
            Filter::Topic(w) => Some((Kind::Topic, w)),
            Filter::Person(w) => Some((Kind::Person, w)),
            Filter::Place(w) => Some((Kind::Place, w)),
            Filter::Org(w) => Some((Kind::Organization, w)),
            _ => None,
        };
        let mut named = Vec::new();
        if let Some((kind, wanted)) = kind {
            named = vec![false; engine.len()];
            let filters = engine.filters();
            for name in 0..engine.name_count() {
                if name_matches(engine.folded_name(name), wanted) {
                    for article in filters.articles(kind, name) {
                        if let Some(n) = named.get_mut(article) {
                            *n = true;
                        }
                    }
                }
            }
        }
        Ready { filter, named }
    }

    /// Whether the filter needs the articles' facts.
    fn reads_facts(&self) -> bool {
        matches!(
            self.filter,
            Filter::Before(_) | Filter::After(_) | Filter::During(_) | Filter::HasVideo
        )
    }

    /// Whether article `i`, with these facts (read only when [`Ready::reads_facts`]) and
    /// marks, passes the filter.
    fn passes(&self, i: usize, facts: &FactNumbers, marks: u8) -> bool {
        match self.filter {
            Filter::Source(_)
            | Filter::Topic(_)
            | Filter::Person(_)
            | Filter::Place(_)
            | Filter::Org(_) => self.named.get(i).copied().unwrap_or(false),
            Filter::Before(date) => facts.date.is_some_and(|d| d.date < *date),
            Filter::After(date) => facts.date.is_some_and(|d| d.date >= *date),
            Filter::During(within) => facts.date.is_some_and(|d| {
                let (a, b) = (d.date, within.date);
                a.year == b.year
                    && (within.precision == Precision::Year
                        || (a.month == b.month
                            && (within.precision == Precision::Month || a.day == b.day)))
            }),
            Filter::HasVideo => facts.has_video,
            Filter::Marked(mark) => mark.holds(marks),
        }
    }
}

/// Totals over `groups` (all must match) of the `allowed` articles, in corpus order; an
/// article that misses one is left out.
fn combine(groups: &[&[f32]], allowed: &[bool]) -> Vec<Hit> {
    let mut hits = Vec::new();
    'articles: for (article, _) in allowed.iter().enumerate().filter(|(_, ok)| **ok) {
        let mut score = 0.0;
        for g in groups {
            match g.get(article) {
                Some(&s) if s > 0.0 => score += s,
                _ => continue 'articles,
            }
        }
        hits.push(Hit { article, score });
    }
    hits
}

/// Runs `query` over `packed`, where no article carries a mark.
pub fn search(packed: &Engine, query: &Query) -> Results {
    search_marked(packed, query, &[])
}

/// Runs `query` over `packed`; `marks` holds each article's marks by number (bits
/// [`READ`](query::READ) and [`SAVED`](query::SAVED); an article past its end has none), for
/// `is:` filters.
pub fn search_marked(packed: &Engine, query: &Query, marks: &[u8]) -> Results {
    let n = packed.len();
    let index = packed.index();
    let mut results = Results {
        written: query.written.clone(),
        ..Results::default()
    };

    // Filters and exclusions decide which articles may appear at all.
    let mut allowed = vec![true; n];
    if !query.filters.is_empty() || !query.excluded_filters.is_empty() {
        let wanted: Vec<Ready> = query
            .filters
            .iter()
            .map(|f| Ready::new(packed, f))
            .collect();
        let unwanted: Vec<Ready> = (query.excluded_filters.iter())
            .map(|f| Ready::new(packed, f))
            .collect();
        let reads_facts = wanted.iter().chain(&unwanted).any(Ready::reads_facts);
        let mut facts = FactNumbers::default();
        for (i, ok) in allowed.iter_mut().enumerate() {
            let bits = marks.get(i).copied().unwrap_or(0);
            *ok = (!reads_facts || packed.fact_numbers(i, &mut facts))
                && wanted.iter().all(|f| f.passes(i, &facts, bits))
                && !unwanted.iter().any(|f| f.passes(i, &facts, bits));
        }
    }
    let mut ignored = Terms::default();
    for term in &query.excluded {
        let scores = term_scores(packed, &index, term, &mut ignored).map(|t| t.scores);
        for (ok, s) in allowed.iter_mut().zip(scores.unwrap_or_default()) {
            if s > 0.0 {
                *ok = false;
            }
        }
    }

    let mut groups: Vec<(String, Vec<f32>)> = Vec::new();
    let mut matched: Vec<Vec<Candidate>> = Vec::new();
    for group in &query.groups {
        let mut best: Option<Vec<f32>> = None;
        let mut candidates = Vec::new();
        for term in group {
            let Some(found) = term_scores(packed, &index, term, &mut results.terms) else {
                continue;
            };
            results.corrected.extend(found.correction);
            candidates.extend(found.candidates);
            match &mut best {
                // One term, as most groups are: its scores as they are.
                None => best = Some(found.scores),
                Some(best) => {
                    for (b, s) in best.iter_mut().zip(found.scores) {
                        if *b < s {
                            *b = s;
                        }
                    }
                }
            }
        }
        let Some(best) = best else {
            continue;
        };
        broadsheet_format::order::sort_by(&mut candidates, |a, b| a.term < b.term);
        matched.push(candidates);
        groups.push((describe(group), best));
    }

    results.groups = groups.iter().map(|(name, _)| name.clone()).collect();
    let scores: Vec<&[f32]> = groups.iter().map(|(_, s)| s.as_slice()).collect();
    let mut hits = combine(&scores, &allowed);
    // Visible loosening: drop, one at a time, the word that stands in the way the most.
    let mut kept: Vec<usize> = (0..groups.len()).collect();
    while hits.is_empty() && kept.len() > 1 {
        let best = kept
            .iter()
            .enumerate()
            .map(|(at, _)| {
                let rest: Vec<&[f32]> = kept
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| *k != at)
                    .filter_map(|(_, &g)| scores.get(g).copied())
                    .collect();
                (at, combine(&rest, &allowed))
            })
            .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(&a.0)));
        let Some((at, found)) = best else { break };
        let dropped = kept.remove(at);
        if let Some((name, _)) = groups.get(dropped) {
            results.dropped.push(name.clone());
        }
        hits = found;
    }
    if hits.is_empty() {
        // Nothing to show even with words left out: the notice would only confuse.
        results.dropped.clear();
    }
    results.matched = kept
        .iter()
        .filter_map(|&g| matched.get(g).cloned())
        .collect();
    results.hits = best_first(hits);
    rank::rerank(packed, &index, &mut results);
    results
}

/// `hits` (in corpus order) sorted best first, equal scores keeping their order.
fn best_first(mut hits: Vec<Hit>) -> Vec<Hit> {
    use broadsheet_format::order::{descending, sort_by_key};
    sort_by_key(&mut hits, |h| descending(h.score));
    hits
}

/// How a group reads to a person: `harbour`, `"harbour wall"`, `comet OR otters`.
fn describe(group: &[Term]) -> String {
    group
        .iter()
        .map(|t| match t {
            Term::Word { word, .. } => word.clone(),
            Term::Phrase(words) => format!("\"{}\"", words.join(" ")),
        })
        .collect::<Vec<_>>()
        .join(" OR ")
}

impl Results {
    /// The numbers of the articles found, best first.
    pub fn articles(&self) -> Vec<usize> {
        self.hits.iter().map(|h| h.article).collect()
    }

    /// The query with every corrected word replaced, to offer as "did you mean".
    pub fn suggestion(&self, query: &str) -> Option<String> {
        if self.corrected.is_empty() {
            return None;
        }
        let fixed: Vec<String> = query
            .split_whitespace()
            .map(|token| {
                let folded = broadsheet_format::text::fold(token);
                self.corrected
                    .iter()
                    .find(|(typed, _)| *typed == folded)
                    .map_or_else(|| token.to_owned(), |(_, read)| read.clone())
            })
            .collect();
        Some(fixed.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_first_is_a_stable_sort_by_score() {
        let hits: Vec<Hit> = [1.0, 3.0, 2.0, 3.0, 0.5, 2.0, 9.0]
            .iter()
            .enumerate()
            .map(|(article, &score)| Hit { article, score })
            .collect();
        let sorted: Vec<usize> = best_first(hits).iter().map(|h| h.article).collect();
        assert_eq!(sorted, [6, 1, 3, 2, 5, 0, 4]);
        assert!(best_first(Vec::new()).is_empty());
    }
}
