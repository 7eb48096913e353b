//! Words as a search engine sees them: split, lower-cased and stripped of accents.
//!
//! The same folding runs at build time over the articles and in the browser over the reader's
//! query, so "Zürich", "ZURICH" and "zurich" all meet.

/// Whether `c` is a combining mark that only decorates the letter before it.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Whether `c` belongs inside a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Appends the folded form of one lower-case character: Latin letters lose their accents.
fn push_folded(c: char, out: &mut String) {
    let base = match c {
        'à'..='å' | '\u{100}'..='\u{105}' => "a",
        'æ' => "ae",
        'ç' | '\u{106}'..='\u{10D}' => "c",
        'ð' | '\u{10E}'..='\u{111}' => "d",
        'è'..='ë' | '\u{112}'..='\u{11B}' => "e",
        '\u{11C}'..='\u{123}' => "g",
        '\u{124}'..='\u{127}' => "h",
        'ì'..='ï' | '\u{128}'..='\u{131}' => "i",
        '\u{132}'..='\u{133}' => "ij",
        '\u{134}'..='\u{135}' => "j",
        '\u{136}'..='\u{138}' => "k",
        '\u{139}'..='\u{142}' => "l",
        'ñ' | '\u{143}'..='\u{14B}' => "n",
        'ò'..='ö' | 'ø' | '\u{14C}'..='\u{151}' => "o",
        '\u{152}'..='\u{153}' => "oe",
        '\u{154}'..='\u{159}' => "r",
        'ß' => "ss",
        '\u{15A}'..='\u{161}' | '\u{17F}' => "s",
        'þ' => "th",
        '\u{162}'..='\u{167}' => "t",
        'ù'..='ü' | '\u{168}'..='\u{173}' => "u",
        '\u{174}'..='\u{175}' => "w",
        'ý' | 'ÿ' | '\u{176}'..='\u{178}' => "y",
        '\u{179}'..='\u{17E}' => "z",
        _ if is_combining(c) => "",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(base);
}

/// The folded form of a word: lower case, without accents.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Appends the folded form of `word` to `out`.
fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        push_folded(c, out);
    }
}

/// Whether `c` belongs to a script written without spaces between words (Chinese, Japanese
/// kana) or usually searched by syllable pairs (Korean).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}' // Hangul syllables
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{20000}'..='\u{2FFFF}') // CJK extensions B and later
}

/// The pieces a written word is searched by: the word itself or, for runs of CJK characters,
/// every pair of neighbouring characters (a lone character stands for itself).
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let cjk = is_cjk(c);
        let end = rest
            .char_indices()
            .find(|&(_, d)| is_cjk(d) != cjk)
            .map_or(rest.len(), |(at, _)| at);
        let (run, after) = rest.split_at(end);
        if !cjk {
            if run.chars().any(char::is_alphanumeric) {
                out.push(run);
            }
        } else {
            let starts: Vec<usize> = run.char_indices().map(|(at, _)| at).collect();
            if starts.len() == 1 {
                out.push(run);
            }
            for pair in starts.windows(3) {
                out.extend(run.get(pair[0]..pair[2]));
            }
            if let (Some(&a), true) = (starts.iter().rev().nth(1), starts.len() > 1) {
                out.extend(run.get(a..));
            }
        }
        rest = after;
    }
    out
}

/// The words of `text` as written: split at punctuation and spaces, CJK runs in pairs.
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .flat_map(|w| {
            // Most words have no CJK: no list for them.
            let (one, many) = if w.chars().any(is_cjk) {
                (None, pieces(w))
            } else {
                (Some(w), Vec::new())
            };
            one.into_iter().chain(many)
        })
}

/// The folded words of `text`, in order. Punctuation separates words and is dropped.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    raw_words(text).map(fold)
}

/// Calls `each` with the folded words of `text`, in order, as [`words`] yields them, but
/// without a new string for each: for scanning whole articles as a reader types.
pub fn each_word(text: &str, mut each: impl FnMut(&str)) {
    let mut folded = String::new();
    for word in raw_words(text) {
        folded.clear();
        fold_into(word, &mut folded);
        each(&folded);
    }
}

/// The number of words a reader would count in `text`.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Characters at most in a card's teaser, before the ellipsis.
pub const TEASER_CHARS: usize = 180;

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
    let head = head.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-')
    });
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
    fn folds_case_and_accents() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ZÜRICH"), "zurich");
        assert_eq!(fold("Zu\u{308}rich"), "zurich");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Łódź"), "lodz");
    }

    #[test]
    fn splits_on_punctuation_and_keeps_decomposed_letters_whole() {
        let got: Vec<_> = words("People’s Liberation-Army, Zu\u{308}rich!").collect();
        assert_eq!(got, ["people", "s", "liberation", "army", "zurich"]);
    }

    #[test]
    fn cjk_runs_are_searched_by_pairs() {
        let got: Vec<_> = words("北京大学 in Zürich; iPhone手机, 東 ソニー").collect();
        assert_eq!(
            got,
            [
                "北京", "京大", "大学", "in", "zurich", "iphone", "手机", "東", "ソニ", "ニー"
            ]
        );
        assert_eq!(words("日本").collect::<Vec<_>>(), ["日本"]);
    }

    #[test]
    fn each_word_agrees_with_words() {
        let text = "People’s Liberation-Army, Zu\u{308}rich! ÉCOLE 42 straße";
        let mut seen = Vec::new();
        each_word(text, |w| seen.push(w.to_owned()));
        assert_eq!(seen, words(text).collect::<Vec<_>>());
    }

    #[test]
    fn counts_words_not_symbols() {
        assert_eq!(word_count("04/17/2023 | 00:20 min"), 3);
        assert_eq!(word_count("  “Hello,”  she said — twice. "), 4);
    }
}
