//! Marking the words a query matched, and picking the passage of an article that shows them.

use super::Terms;
use crate::model::{Article, Block};
use crate::sentences;
use crate::text::{each_word, fold};

/// Characters at most in a snippet, before the ellipsis.
pub const SNIPPET_CHARS: usize = 200;

/// `text` cut into runs, each marked when it is a word the query matched.
pub fn segments<'a>(text: &'a str, terms: &Terms) -> Vec<(&'a str, bool)> {
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '\u{300}'..='\u{36F}');
    // Ranges of words and of what lies between them.
    let mut ranges: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if is_word(c) != in_word {
            if i > start {
                ranges.push((start, i, in_word));
            }
            start = i;
            in_word = !in_word;
        }
    }
    if text.len() > start {
        ranges.push((start, text.len(), in_word));
    }
    // Mark matched words, and merge everything else into unmarked runs.
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    for (from, to, word) in ranges {
        let marked = word && terms.contains(&fold(text.get(from..to).unwrap_or("")));
        match out.last_mut() {
            Some((_, end, false)) if !marked => *end = to,
            _ => out.push((from, to, marked)),
        }
    }
    out.into_iter()
        .filter_map(|(from, to, marked)| Some((text.get(from..to)?, marked)))
        .collect()
}

/// The sentence of the article's body with the most matched words, cut to length; `None`
/// when no sentence has one.
pub fn snippet(article: &Article, terms: &Terms) -> Option<String> {
    if terms.is_empty() {
        return None;
    }
    let texts: Vec<String> = article
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Media { .. }))
        .map(Block::plain_text)
        .collect();
    let matches = |text: &str| {
        let mut n = 0;
        each_word(text, |word| n += usize::from(terms.contains(word)));
        n
    };
    let mut best: Option<(usize, &str)> = None;
    for text in &texts {
        // A block without a matched word is not split into sentences.
        if matches(text) <= best.map_or(0, |(n, _)| n) {
            continue;
        }
        for sentence in sentences::split(text) {
            let hits = matches(sentence);
            if hits > best.map_or(0, |(n, _)| n) {
                best = Some((hits, sentence));
            }
        }
    }
    best.map(|(_, s)| crate::text::teaser(s, SNIPPET_CHARS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_whole_words_by_their_folded_form() {
        let mut terms = Terms::default();
        terms.insert("zurich");
        terms.insert("harbour");
        assert_eq!(
            segments("The Harbour wall, Zürich's harbours.", &terms),
            [
                ("The ", false),
                ("Harbour", true),
                (" wall, ", false),
                ("Zürich", true),
                ("'s harbours.", false)
            ]
        );
        assert_eq!(segments("", &terms), []);
    }
}
