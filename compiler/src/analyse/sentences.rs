//! Splitting running text into sentences.
//!
//! A full stop ends a sentence unless it belongs to an abbreviation (`U.S.`, `Mr.`, `Gen.`,
//! `Jan.`), an initial (`J. R.`), a number (`3.5`) or an ellipsis that the next word continues
//! in lower case. Closing quotes and brackets after the stop stay with their sentence.

/// Words that end in a full stop without ending the sentence, lower-cased, without the stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "capt", "cmdr", "sgt",
    "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
    "fri", "sat", "sun", "no", "nos", "vol", "pp", "fig", "approx", "est", "dept", "univ", "inc",
    "ltd", "co", "corp", "bros", "vs", "etc", "e.g", "i.e", "cf", "al", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "ft", "mt", "ave", "blvd", "rd",
];

/// Characters that may close a sentence after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
}

/// Characters a quotation may run on for across sentence stops before its opening mark is
/// taken for a stray one.
const MAX_QUOTE: usize = 400;

/// The sentences of `text`, trimmed, in order. A quotation of several sentences stays in the
/// sentence that quotes it (`“We tried. We failed,” she said.` is one sentence).
pub fn split(text: &str) -> Vec<&str> {
    ranges(text)
        .into_iter()
        .filter_map(|r| text.get(r))
        .collect()
}

/// Where the sentences of `text` stand in it, as byte ranges: what [`split`] returns.
pub fn ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Where the quotation we are inside opened, if we are inside one.
    let mut quote: Option<usize> = None;
    let mut i = 0;
    while let Some(&(at, c)) = chars.get(i) {
        if matches!(c, '.' | '!' | '?' | '…') {
            // Take the whole run of stops and closers: `?!`, `...`, `.”`.
            let mut j = i + 1;
            while chars
                .get(j)
                .is_some_and(|&(_, n)| matches!(n, '.' | '!' | '?' | '…') || is_closer(n))
            {
                if matches!(chars.get(j), Some((_, '”' | '"' | '»'))) {
                    quote = None;
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(at, _)| at);
            let followed_by_space = chars.get(j).is_none_or(|&(_, n)| n.is_whitespace());
            let in_quote = quote.is_some_and(|opened| i - opened < MAX_QUOTE);
            if followed_by_space && !in_quote && ends_sentence(text, start, at, c, chars.get(j..)) {
                push(&mut sentences, text, start..end);
                start = end;
                quote = None;
            }
            i = j;
        } else {
            match c {
                '“' | '«' => quote = Some(i),
                '”' | '»' => quote = None,
                '"' => quote = if quote.is_some() { None } else { Some(i) },
                _ => {}
            }
            i += 1;
        }
    }
    push(&mut sentences, text, start..text.len());
    sentences
}

/// Adds the sentence at `range` of `text`, trimmed, unless it has no letter or digit.
fn push(sentences: &mut Vec<std::ops::Range<usize>>, text: &str, range: std::ops::Range<usize>) {
    let sentence = text.get(range.clone()).unwrap_or("");
    let start = range.start + (sentence.len() - sentence.trim_start().len());
    let end = range.start + sentence.trim_end().len();
    if start < end && sentence.chars().any(char::is_alphanumeric) {
        sentences.push(start..end);
    }
}

/// Whether the stop `c` at byte `at` ends the sentence that began at `start`.
fn ends_sentence(
    text: &str,
    start: usize,
    at: usize,
    c: char,
    rest: Option<&[(usize, char)]>,
) -> bool {
    let next_word_start = rest
        .unwrap_or(&[])
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '‘' | '(' | '\''));
    let next_is_lower = next_word_start.is_some_and(char::is_lowercase);
    if c != '.' {
        // `?` and `!` end sentences unless the text plainly goes on in lower case.
        return !(next_is_lower && c == '…');
    }
    let before = text.get(start..at).unwrap_or("");
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .next()
        .unwrap_or("");
    let lower = word.to_ascii_lowercase();
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let is_abbreviation = ABBREVIATIONS.contains(&lower.as_str())
        || (word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4);
    if is_initial || is_abbreviation {
        // An abbreviation ends the sentence only when a new one plainly starts after it.
        return !next_is_lower
            && next_word_start.is_some()
            && !is_initial
            && is_sentence_end_abbrev(&lower);
    }
    !next_is_lower
}

/// Abbreviations that often close a sentence as well (`... in the U.S. The next ...`).
fn is_sentence_end_abbrev(lower: &str) -> bool {
    matches!(
        lower,
        "u.s" | "u.k" | "u.n" | "e.u" | "etc" | "a.m" | "p.m" | "inc" | "ltd" | "co" | "corp"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Gen. Li met Mr. J. R. Smith on Jan. 5 at 3.5 p.m. sharp. They talked."),
            [
                "Gen. Li met Mr. J. R. Smith on Jan. 5 at 3.5 p.m. sharp.",
                "They talked."
            ]
        );
    }

    #[test]
    fn a_quotation_of_several_sentences_is_one_sentence_with_its_speaker() {
        assert_eq!(
            split("“None of us could. Together we can,” Whitlow said. Then he left."),
            [
                "“None of us could. Together we can,” Whitlow said.",
                "Then he left."
            ]
        );
        // A stray opening mark does not swallow the rest of a long text.
        let long = format!("“Stray. {}", "Another sentence here. ".repeat(40));
        assert!(split(&long).len() > 20);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("He said: “We will go.” Then he left! Did he? Yes…"),
            ["He said: “We will go.”", "Then he left!", "Did he?", "Yes…"]
        );
    }

    #[test]
    fn the_us_can_end_a_sentence() {
        assert_eq!(
            split("The U.S. government agreed. It met the U.S. The talks ended."),
            [
                "The U.S. government agreed.",
                "It met the U.S.",
                "The talks ended."
            ]
        );
    }

    #[test]
    fn text_without_stops_is_one_sentence() {
        assert_eq!(
            split("A headline without a stop"),
            ["A headline without a stop"]
        );
        assert!(split("  ... !! ").is_empty());
        assert_eq!(split("Wait... what happened"), ["Wait... what happened"]);
    }
}
