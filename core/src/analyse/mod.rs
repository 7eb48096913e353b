//! Facts derived from an article's text once it is parsed.

use crate::model::{Article, Block};
use crate::text::word_count;

/// Reading speed used for the reading time, in words per minute (adult silent reading of
/// non-fiction in English is about 230-240).
pub const WORDS_PER_MINUTE: u32 = 230;

/// Characters at most in a card's teaser, before the ellipsis.
pub const TEASER_CHARS: usize = 180;

/// Fills in the derived fields of `article`: teaser, word count and reading time.
pub fn analyse(article: &mut Article) {
    let first = article
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(text) => Some(text.as_ref()),
            _ => None,
        })
        .or_else(|| article.body_text().next())
        .unwrap_or("");
    article.teaser = teaser(first, TEASER_CHARS).into();
    let words = word_count(&article.title) + article.body_text().map(word_count).sum::<usize>();
    let words = u32::try_from(words).unwrap_or(u32::MAX);
    article.word_count = words;
    article.reading_minutes = reading_minutes(words);
}

/// Whole minutes to read `words` words, rounded up, at least one.
pub fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

/// The start of `text`, at most `max` characters, cut after a whole word with '…'.
pub fn teaser(text: &str, max: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_owned();
    };
    let head = text.get(..cut).unwrap_or(text);
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    let head = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:—–-".contains(c));
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teasers_cut_after_a_word() {
        assert_eq!(teaser("Short.", 10), "Short.");
        assert_eq!(teaser("One two, three four", 12), "One two…");
        assert_eq!(teaser("Zürich Zürich Zürich", 8), "Zürich…");
        assert_eq!(teaser("Unbreakableword", 5), "Unbre…");
    }

    #[test]
    fn reading_time_rounds_up_and_is_never_zero() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
