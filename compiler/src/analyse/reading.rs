//! Word count, reading time and the teaser.

use broadsheet_format::model::{Article, Block};
use broadsheet_format::text::word_count;

/// Silent reading speed for a language tag, in words per minute, from the IReST study of
/// reading speed in 17 languages (Trauzettel-Klosinski and Dietz, 2012); 200 elsewhere.
/// For Chinese and Japanese the rate is per character.
pub fn words_per_minute(lang: &str) -> u32 {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "en" => 228,
        "es" => 218,
        "nl" => 202,
        "sv" => 199,
        "fr" => 195,
        "it" => 188,
        "he" => 187,
        "ru" => 184,
        "pt" => 181,
        "de" => 179,
        "pl" | "tr" => 166,
        "fi" => 161,
        "ar" => 138,
        "zh" => 255,
        "ja" => 357,
        _ => 200,
    }
}

/// Whether a character is read one at a time (Han, kana, Hangul), not as part of a word.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The teaser of an article's card: the start of its first paragraph (or of its first block
/// with text), cut after a word.
fn teaser(article: &Article) -> String {
    let first = article
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Paragraph { .. }))
        .map(Block::plain_text)
        .or_else(|| article.body_text().next())
        .unwrap_or_default();
    broadsheet_format::text::teaser(&first, broadsheet_format::text::TEASER_CHARS)
}

/// Fills in the teaser, word count and reading time of `article`.
pub fn analyse(article: &mut Article) {
    article.teaser = teaser(article).into();
    let texts = std::iter::once(article.title.to_string()).chain(article.body_text());
    let (mut words, mut cjk) = (0usize, 0usize);
    for text in texts {
        cjk += text.chars().filter(|&c| is_cjk(c)).count();
        words += word_count(&text.replace(is_cjk, " "));
    }
    let wpm = words_per_minute(&article.lang);
    let units = if matches!(wpm, 255 | 357) {
        words + cjk
    } else {
        words + cjk / 2
    };
    article.word_count = u32::try_from(words + cjk).unwrap_or(u32::MAX);
    article.reading_minutes = reading_minutes(u32::try_from(units).unwrap_or(u32::MAX), wpm);
}

/// Whole minutes to read `words` at `wpm`, rounded up, at least one.
pub fn reading_minutes(words: u32, wpm: u32) -> u32 {
    words.div_ceil(wpm.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up_and_is_never_zero() {
        assert_eq!(reading_minutes(0, 228), 1);
        assert_eq!(reading_minutes(228, 228), 1);
        assert_eq!(reading_minutes(229, 228), 2);
        assert_eq!(words_per_minute("de-CH"), 179);
        assert_eq!(words_per_minute("xx"), 200);
    }
}
