//! Marking the words a query matched, and picking the passage of an article that shows them.

use super::Terms;
use broadsheet_format::model::{Article, Block};
use broadsheet_format::text::{each_word, fold, is_cjk};

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
    // Mark matched words, and merge neighbours marked alike into one run. In runs of CJK
    // characters, searched by pairs, a character is marked when a pair it belongs to matched.
    let mut out: Vec<(usize, usize, bool)> = Vec::new();
    let mut push = |from: usize, to: usize, marked: bool| match out.last_mut() {
        Some((_, end, m)) if *m == marked => *end = to,
        _ => out.push((from, to, marked)),
    };
    for (from, to, word) in ranges {
        let piece = text.get(from..to).unwrap_or("");
        if !word || !piece.chars().any(is_cjk) {
            push(from, to, word && terms.contains(&fold(piece)));
            continue;
        }
        let chars: Vec<(usize, char)> = piece.char_indices().collect();
        let end_of = |k: usize| chars.get(k).map_or(piece.len(), |(at, _)| *at);
        let pair = |k: usize| {
            let (Some(&(a, x)), Some(&(_, y))) = (chars.get(k), chars.get(k + 1)) else {
                return false;
            };
            is_cjk(x)
                && is_cjk(y)
                && terms.contains(&fold(piece.get(a..end_of(k + 2)).unwrap_or("")))
        };
        for (k, &(at, c)) in chars.iter().enumerate() {
            let marked = if is_cjk(c) {
                pair(k) || (k > 0 && pair(k - 1)) || terms.contains(&fold(&c.to_string()))
            } else {
                false
            };
            push(from + at, from + end_of(k + 1), marked);
        }
    }
    out.into_iter()
        .filter_map(|(from, to, marked)| Some((text.get(from..to)?, marked)))
        .collect()
}

/// The sentence of the article's body with the most matched words, cut to length; `None`
/// when no sentence has one. With `block` (a block's number among all the article's blocks, as
/// [`Results::snippets`](super::Results::snippets) holds it), only that block is looked at.
pub fn snippet(article: &Article, terms: &Terms, block: Option<usize>) -> Option<String> {
    if terms.is_empty() {
        return None;
    }
    // Blocks with text, by their place among all blocks (what the sentences count) and
    // their text.
    let texts: Vec<(usize, String)> = article
        .blocks
        .iter()
        .enumerate()
        .filter(|(at, b)| !matches!(b, Block::Media { .. }) && block.is_none_or(|b| b == *at))
        .map(|(at, b)| (at, b.plain_text()))
        .collect();
    let matches = |text: &str| {
        let mut n = 0;
        each_word(text, |word| n += usize::from(terms.contains(word)));
        n
    };
    let mut best: Option<(usize, &str)> = None;
    for (at, text) in &texts {
        // A block without a matched word is not read sentence by sentence.
        if matches(text) <= best.map_or(0, |(n, _)| n) {
            continue;
        }
        let spans = article.sentences.iter().filter(|s| s.block as usize == *at);
        for span in spans {
            let Some(sentence) = text.get(span.start as usize..span.end as usize) else {
                continue;
            };
            let hits = matches(sentence);
            if hits > best.map_or(0, |(n, _)| n) {
                best = Some((hits, sentence));
            }
        }
    }
    best.map(|(_, s)| broadsheet_format::text::teaser(s, SNIPPET_CHARS))
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

    #[test]
    fn marks_the_characters_of_a_matched_pair() {
        let mut terms = Terms::default();
        terms.insert("大学");
        assert_eq!(
            segments("北京大学的校园", &terms),
            [("北京", false), ("大学", true), ("的校园", false)]
        );
    }
}
