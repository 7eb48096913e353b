//! Facts derived from an article's text once it is parsed.

use crate::model::Article;
use crate::text::word_count;

/// Reading speed used for the reading time, in words per minute (adult silent reading of
/// non-fiction in English is about 230-240).
pub const WORDS_PER_MINUTE: u32 = 230;

/// Fills in the derived fields of `article`: word count and reading time.
pub fn analyse(article: &mut Article) {
    let words = word_count(&article.title) + article.body_text().map(word_count).sum::<usize>();
    let words = u32::try_from(words).unwrap_or(u32::MAX);
    article.word_count = words;
    article.reading_minutes = reading_minutes(words);
}

/// Whole minutes to read `words` words, rounded up, at least one.
pub fn reading_minutes(words: u32) -> u32 {
    words.div_ceil(WORDS_PER_MINUTE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up_and_is_never_zero() {
        assert_eq!(reading_minutes(0), 1);
        assert_eq!(reading_minutes(230), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
