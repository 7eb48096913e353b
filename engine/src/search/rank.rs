//! The second stage: the first stage's best hits scored again with their text at hand.
//!
//! BM25F over three fields, the headline, the lead (the first paragraph and the key
//! sentences) and the body, each word's frequency weighted by its field and normalised by the
//! field's length; a query word counts through the best of the vocabulary terms it matched
//! (exact above another ending above a start or a typing mistake), times its IDF. Then a bonus
//! when all the query's words stand close together in one passage. And, for any article, why it
//! matched: which term, how, and in which field.

use super::{idf, Candidate, How, Results};
use crate::passages::{passages_of, Passages};
use crate::Engine;
use broadsheet_format::index::Index;
use broadsheet_format::model::Article;
use std::rc::Rc;

/// Hits scored again, from the top of the first stage: the first page of results.
pub const RERANK: usize = 20;
/// BM25's saturation: how quickly more occurrences stop adding.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// Field weights: headline, lead, body.
const WEIGHTS: [f32; 3] = [3.0, 1.5, 1.0];
/// The most that query words standing together add, as a share of the score.
const PROXIMITY: f32 = 1.0;

/// Where in an article a term was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The headline.
    Headline,
    /// The first paragraph or a key sentence.
    Lead,
    /// The rest of the text.
    Body,
    /// The publication's name.
    Publication,
    /// The author's name.
    Byline,
    /// The section or a tag.
    Topic,
}

/// Why an article matched one query word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The word or phrase of the query, as a person would write it.
    pub wanted: String,
    /// The term found for it.
    pub term: String,
    /// How the term matched.
    pub how: How,
    /// Where it was found first (headline, then lead, then body, then the publication, the
    /// byline and the topics).
    pub field: Field,
}

/// A group's candidates (sorted by term) and the start all their terms share, which turns
/// most words of an article away with one comparison.
struct Group<'a> {
    candidates: &'a [Candidate],
    shared: &'a str,
}

impl<'a> Group<'a> {
    fn new(index: &Index<'a>, candidates: &'a [Candidate]) -> Group<'a> {
        let first = candidates.first().map_or("", |c| index.term(c.term));
        let last = candidates.last().map_or("", |c| index.term(c.term));
        // Sorted terms: what the first and the last share, all share.
        let mut shared = first
            .char_indices()
            .zip(last.chars())
            .find(|((_, a), b)| a != b)
            .map_or(first.len().min(last.len()), |((at, _), _)| at);
        while !first.is_char_boundary(shared) {
            shared -= 1;
        }
        Group {
            candidates,
            shared: first.get(..shared).unwrap_or(""),
        }
    }

    /// The number of the candidate for `word`.
    fn find(&self, index: &Index, word: &str) -> Option<usize> {
        if !word.starts_with(self.shared) {
            return None;
        }
        self.candidates
            .binary_search_by(|c| index.term(c.term).cmp(word))
            .ok()
    }
}

/// What one pass over an article's words finds.
struct Scan {
    /// Words in each field.
    length: [f32; 3],
    /// Occurrences per field of each matched (group, candidate).
    counts: Vec<(usize, usize, [f32; 3])>,
    /// How closely the query's words stand together in the passage where they stand
    /// closest (0 to 1): see [`scan`].
    together: f32,
    /// For each group, the first field holding one of its terms, and the best such term.
    first: Vec<Option<(usize, usize)>>,
    /// The block (by its number among all the article's blocks) with the most matched words,
    /// and how many: where the card's snippet comes from.
    best_block: Option<(usize, usize)>,
}

/// Reads an article's passages once for every matched group.
fn scan(index: &Index, matched: &[Group], passages: &Passages) -> Scan {
    let mut out = Scan {
        length: [0.0; 3],
        counts: Vec::new(),
        together: 0.0,
        first: vec![None; matched.len()],
        best_block: None,
    };
    // Passages: the headline, the blocks, the details, then the key sentences.
    for (p, (field, text)) in passages.fields.iter().enumerate() {
        let (field, f) = (*field, (*field).min(2));
        let mut last_seen: Vec<Option<usize>> = vec![None; matched.len()];
        let mut at = 0;
        let mut hits = 0;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            for (g, group) in matched.iter().enumerate() {
                let Some(c) = group.find(index, word) else {
                    continue;
                };
                let weight = |c: usize| group.candidates.get(c).map_or(0.0, |x| x.weight);
                if let Some(first) = out.first.get_mut(g) {
                    if first.is_none_or(|(bf, bc)| {
                        field < bf || (field == bf && weight(c) > weight(bc))
                    }) {
                        *first = Some((field, c));
                    }
                }
                // The publication, byline and topics only say why, when nothing else does.
                if field > 2 {
                    continue;
                }
                hits += 1;
                let at_counts = out
                    .counts
                    .iter()
                    .position(|(cg, cc, _)| *cg == g && *cc == c);
                let counts = match at_counts {
                    Some(k) => out.counts.get_mut(k).map(|(_, _, tf)| tf),
                    None => {
                        out.counts.push((g, c, [0.0; 3]));
                        out.counts.last_mut().map(|(_, _, tf)| tf)
                    }
                };
                if let Some(tf) = counts.and_then(|tf| tf.get_mut(f)) {
                    *tf += 1.0;
                }
                if let Some(seen) = last_seen.get_mut(g) {
                    *seen = Some(at);
                }
                // The run of words ending here that holds every word of the query (or, in
                // the headline, two or more), each once: the share of the query it holds,
                // times the square root of how densely (three words in three: 1; in twelve:
                // 0.5).
                let covered = last_seen.iter().flatten().count();
                if covered > 1 && (covered == matched.len() || field == 0) {
                    let start = last_seen.iter().flatten().min().copied().unwrap_or(at);
                    let covered = covered as f32;
                    let near =
                        covered / matched.len() as f32 * (covered / (at - start + 1) as f32).sqrt();
                    out.together = out.together.max(near);
                }
            }
            at += 1;
        }
        if let Some(length) = out.length.get_mut(f).filter(|_| field <= 2) {
            *length += at as f32;
        }
        let block = p.checked_sub(1).and_then(|b| passages.blocks.get(b));
        if let Some(&block) = block.filter(|_| hits > out.best_block.map_or(0, |(_, n)| n)) {
            out.best_block = Some((block, hits));
        }
    }
    out
}

/// The article's BM25F score for the matched groups, times the bonus for its words standing
/// together. `avg` is the average length of each field.
fn score(
    index: &Index,
    matched: &[Group],
    idfs: &mut [Vec<Option<f32>>],
    n: usize,
    scan: &Scan,
    avg: [f32; 3],
) -> f32 {
    let mut best = vec![0f32; matched.len()];
    for &(g, c, tf) in &scan.counts {
        let Some(candidate) = matched.get(g).and_then(|group| group.candidates.get(c)) else {
            continue;
        };
        let Some(cached) = idfs.get_mut(g).and_then(|v| v.get_mut(c)) else {
            continue;
        };
        let term_idf = *cached.get_or_insert_with(|| idf(index.count(candidate.term), n));
        let weighted: f32 = WEIGHTS
            .iter()
            .zip(tf)
            .zip(scan.length.iter().zip(avg))
            .map(|((weight, tf), (length, avg))| {
                let norm = 1.0 - B + B * length / avg.max(1.0);
                weight * tf / norm.max(0.1)
            })
            .sum();
        let s = candidate.weight * term_idf * weighted / (K1 + weighted);
        if let Some(b) = best.get_mut(g) {
            *b = b.max(s);
        }
    }
    let total: f32 = best.iter().sum();
    total * (1.0 + PROXIMITY * scan.together)
}

/// The reasons a scan found, one for each query word still in the search (`wanted`).
fn reasons(index: &Index, matched: &[Group], scan: &Scan, wanted: &[String]) -> Vec<Reason> {
    matched
        .iter()
        .zip(&scan.first)
        .zip(wanted)
        .filter_map(|((group, first), wanted)| {
            let (f, c) = (*first)?;
            let candidate = group.candidates.get(c)?;
            Some(Reason {
                wanted: wanted.clone(),
                term: index.term(candidate.term).to_owned(),
                how: candidate.how,
                field: match f {
                    0 => Field::Headline,
                    1 => Field::Lead,
                    2 => Field::Body,
                    3 => Field::Publication,
                    4 => Field::Byline,
                    _ => Field::Topic,
                },
            })
        })
        .collect()
}

/// Scores the first [`RERANK`] hits of `results` again and puts them in their new order,
/// still above the rest. Nothing changes without words in the query, or before the articles'
/// text is there (the first stage's order stands until then).
pub(crate) fn rerank(packed: &Engine, index: &Index, results: &mut Results) {
    if results.matched.is_empty() || results.hits.len() < 2 || !packed.has_text() {
        return;
    }
    let top = results.hits.len().min(RERANK);
    let texts: Vec<Rc<Passages>> = results
        .hits
        .iter()
        .take(top)
        .map(|h| passages_of(packed, h.article))
        .collect();
    let mut idfs: Vec<Vec<Option<f32>>> = results
        .matched
        .iter()
        .map(|g| vec![None; g.len()])
        .collect();
    let n = packed.len();
    let rest_best = results.hits.get(top).map_or(0.0, |h| h.score);
    let groups: Vec<Group> = results
        .matched
        .iter()
        .map(|candidates| Group::new(index, candidates))
        .collect();
    let wanted = kept_groups(results);
    let mut why = Vec::with_capacity(top);
    let mut snippets = Vec::with_capacity(top);
    // Each field's length is normalised by its average among the articles scored, counted
    // word by word as they are read: on real news (Reuters-21578 and the Lee corpus, the
    // tuning parts of `scripts/bench-quality`) this ranked better than the corpus-wide
    // average (MRR@10 0.842 against 0.834, and 0.964 against 0.957).
    let scans: Vec<Scan> = texts.iter().map(|p| scan(index, &groups, p)).collect();
    let mut avg = [0f32; 3];
    for scan in &scans {
        for (a, length) in avg.iter_mut().zip(scan.length) {
            *a += length / scans.len().max(1) as f32;
        }
    }
    for (hit, scan) in results.hits.iter_mut().zip(scans) {
        let s = score(index, &groups, &mut idfs, n, &scan, avg);
        // Above everything not scored again, whatever the scale.
        hit.score = rest_best + s + f32::EPSILON;
        why.push((hit.article, reasons(index, &groups, &scan, &wanted)));
        if let Some((block, _)) = scan.best_block {
            snippets.push((hit.article, block));
        }
    }
    results.why = why;
    results.snippets = snippets;
    let mut head: Vec<_> = results.hits.iter().take(top).copied().collect();
    broadsheet_format::order::sort_by(&mut head, |a, b| a.score > b.score);
    for (slot, hit) in results.hits.iter_mut().zip(head) {
        *slot = hit;
    }
}

/// Why `article`, number `number` in `packed`, matched what `results` were found for: for
/// each query word still in the search, the best term it matched in the first field that has
/// one. Kept from the second stage for the hits it scored; worked out here for the others.
pub fn explain(
    packed: &Engine,
    number: usize,
    article: &Article,
    results: &Results,
) -> Vec<Reason> {
    if let Some((_, why)) = results.why.iter().find(|(a, _)| *a == number) {
        return why.clone();
    }
    // No words to say why (an empty box, or only filters): no passages to read.
    if results.matched.is_empty() {
        return Vec::new();
    }
    let index = packed.index();
    let groups: Vec<Group> = results
        .matched
        .iter()
        .map(|candidates| Group::new(&index, candidates))
        .collect();
    let scan = scan(&index, &groups, &Passages::of(article));
    reasons(&index, &groups, &scan, &kept_groups(results))
}

/// The query's groups that were not left out, as a person would write them.
fn kept_groups(results: &Results) -> Vec<String> {
    results
        .groups
        .iter()
        .filter(|g| !results.dropped.contains(g))
        .cloned()
        .collect()
}
