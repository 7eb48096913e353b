//! Keywords (TF-IDF) and related articles (cosine similarity of TF-IDF vectors).

use std::collections::HashMap;

use super::stopwords::is_stop_word;

/// Keywords kept per article.
pub const KEYWORDS: usize = 8;
/// Related articles kept per article.
pub const RELATED: usize = 3;
/// Terms per article that take part in similarity.
const VECTOR_TERMS: usize = 40;
/// Below this cosine similarity two articles are not related.
const MIN_SIMILARITY: f64 = 0.08;
/// Terms in more articles than this (or a tenth of the corpus, if more, up to
/// [`MOST_SHARED`]) say little about similarity and would make the comparison quadratic: they
/// are left out of it.
const MAX_SHARED: usize = 50;
/// The most articles a term compared may be in, however large the corpus: a tenth of 100,000
/// articles made the comparison take most of their build.
const MOST_SHARED: usize = 1_000;

/// A document as weighted terms, heaviest first, with unit length.
pub type Vector = Vec<(String, f64)>;

/// TF-IDF vectors of `documents` (each the folded words of one article).
pub fn vectors(documents: &[Vec<String>]) -> Vec<Vector> {
    // Each document's term counts on every core, then in how many documents each term is.
    let mut documents: Vec<&Vec<String>> = documents.iter().collect();
    let mut counts = crate::parallel::map_mut(&mut documents, |words| {
        let mut tf: HashMap<&str, usize> = HashMap::new();
        for w in words.iter().filter(|w| !is_stop_word(w)) {
            *tf.entry(w.as_str()).or_default() += 1;
        }
        tf
    });
    let mut df: HashMap<&str, usize> = HashMap::new();
    for term in counts.iter().flat_map(HashMap::keys) {
        *df.entry(term).or_default() += 1;
    }
    let n = documents.len() as f64;
    crate::parallel::map_mut(&mut counts, |tf| {
        let mut vector: Vector = std::mem::take(tf)
            .into_iter()
            .map(|(term, count)| {
                let idf =
                    ((n + 1.0) / (df.get(term).copied().unwrap_or(0) as f64 + 1.0)).ln() + 1.0;
                (term.to_owned(), (1.0 + (count as f64).ln()) * idf)
            })
            .collect();
        vector.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        vector.truncate(VECTOR_TERMS);
        let norm = vector
            .iter()
            .map(|(_, w)| w * w)
            .sum::<f64>()
            .sqrt()
            .max(f64::MIN_POSITIVE);
        for (_, w) in &mut vector {
            *w /= norm;
        }
        vector
    })
}

/// For each vector, the indices of the most similar others, most similar first.
pub fn related(vectors: &[Vector]) -> Vec<Vec<usize>> {
    let mut postings: HashMap<&str, Vec<(usize, f64)>> = HashMap::new();
    for (doc, vector) in vectors.iter().enumerate() {
        for (term, weight) in vector {
            postings
                .entry(term.as_str())
                .or_default()
                .push((doc, *weight));
        }
    }
    let max_shared = MAX_SHARED.max(vectors.len() / 10).min(MOST_SHARED);
    postings.retain(|_, list| list.len() <= max_shared);
    let mut docs: Vec<(usize, &Vector)> = vectors.iter().enumerate().collect();
    // Each thread's running scores of the others and which of them it has touched.
    let scratch = || (vec![0.0f64; vectors.len()], Vec::<usize>::new());
    crate::parallel::map_with(
        &mut docs,
        scratch,
        |(scores, touched), &mut (doc, vector)| {
            for (term, weight) in vector {
                for &(other, w) in postings.get(term.as_str()).into_iter().flatten() {
                    if other != doc {
                        if let Some(score) = scores.get_mut(other) {
                            if *score == 0.0 {
                                touched.push(other);
                            }
                            *score += weight * w;
                        }
                    }
                }
            }
            let mut best: Vec<(usize, f64)> = touched
                .drain(..)
                .filter_map(|other| {
                    let score = std::mem::take(scores.get_mut(other)?);
                    (score >= MIN_SIMILARITY).then_some((other, score))
                })
                .collect();
            best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            best.into_iter().take(RELATED).map(|(i, _)| i).collect()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Vec<String> {
        broadsheet_format::text::words(text).collect()
    }

    #[test]
    fn shared_rare_words_relate_articles() {
        let docs = [
            doc("The harbour wall at Lowmoor collapsed in the storm; the harbour must be rebuilt."),
            doc("Lowmoor harbour wall repairs begin after the storm."),
            doc("A bakery in Fenwick wins a bread prize."),
        ];
        let v = vectors(&docs);
        assert_eq!(v[0][0].0, "harbour", "{:?}", v[0]);
        assert_eq!(related(&v), [vec![1], vec![0], vec![]]);
    }
}
