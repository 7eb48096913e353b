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
        // Latin Extended-B: pinyin's tones, Romanian's commas, Vietnamese's horns.
        '\u{1CE}' => "a",
        '\u{1D0}' => "i",
        '\u{1D2}' | '\u{1A1}' => "o",
        '\u{1D4}'..='\u{1DC}' | '\u{1B0}' => "u",
        '\u{219}' => "s",
        '\u{21B}' => "t",
        // Vietnamese: each vowel with its tone marks.
        '\u{1EA0}'..='\u{1EB7}' => "a",
        '\u{1EB8}'..='\u{1EC7}' => "e",
        '\u{1EC8}'..='\u{1ECB}' => "i",
        '\u{1ECC}'..='\u{1EE3}' => "o",
        '\u{1EE4}'..='\u{1EF1}' => "u",
        '\u{1EF2}'..='\u{1EF9}' => "y",
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
    for c in word.chars() {
        push_folded(lower(c), out);
    }
}

/// Latin Extended-B (U+0180–U+024F): each capital and its small letter.
const EXTENDED_B: [(u16, u16); 107] = [
    (0x181, 0x253),
    (0x182, 0x183),
    (0x184, 0x185),
    (0x186, 0x254),
    (0x187, 0x188),
    (0x189, 0x256),
    (0x18A, 0x257),
    (0x18B, 0x18C),
    (0x18E, 0x1DD),
    (0x18F, 0x259),
    (0x190, 0x25B),
    (0x191, 0x192),
    (0x193, 0x260),
    (0x194, 0x263),
    (0x196, 0x269),
    (0x197, 0x268),
    (0x198, 0x199),
    (0x19C, 0x26F),
    (0x19D, 0x272),
    (0x19F, 0x275),
    (0x1A0, 0x1A1),
    (0x1A2, 0x1A3),
    (0x1A4, 0x1A5),
    (0x1A6, 0x280),
    (0x1A7, 0x1A8),
    (0x1A9, 0x283),
    (0x1AC, 0x1AD),
    (0x1AE, 0x288),
    (0x1AF, 0x1B0),
    (0x1B1, 0x28A),
    (0x1B2, 0x28B),
    (0x1B3, 0x1B4),
    (0x1B5, 0x1B6),
    (0x1B7, 0x292),
    (0x1B8, 0x1B9),
    (0x1BC, 0x1BD),
    (0x1C4, 0x1C6),
    (0x1C5, 0x1C6),
    (0x1C7, 0x1C9),
    (0x1C8, 0x1C9),
    (0x1CA, 0x1CC),
    (0x1CB, 0x1CC),
    (0x1CD, 0x1CE),
    (0x1CF, 0x1D0),
    (0x1D1, 0x1D2),
    (0x1D3, 0x1D4),
    (0x1D5, 0x1D6),
    (0x1D7, 0x1D8),
    (0x1D9, 0x1DA),
    (0x1DB, 0x1DC),
    (0x1DE, 0x1DF),
    (0x1E0, 0x1E1),
    (0x1E2, 0x1E3),
    (0x1E4, 0x1E5),
    (0x1E6, 0x1E7),
    (0x1E8, 0x1E9),
    (0x1EA, 0x1EB),
    (0x1EC, 0x1ED),
    (0x1EE, 0x1EF),
    (0x1F1, 0x1F3),
    (0x1F2, 0x1F3),
    (0x1F4, 0x1F5),
    (0x1F6, 0x195),
    (0x1F7, 0x1BF),
    (0x1F8, 0x1F9),
    (0x1FA, 0x1FB),
    (0x1FC, 0x1FD),
    (0x1FE, 0x1FF),
    (0x200, 0x201),
    (0x202, 0x203),
    (0x204, 0x205),
    (0x206, 0x207),
    (0x208, 0x209),
    (0x20A, 0x20B),
    (0x20C, 0x20D),
    (0x20E, 0x20F),
    (0x210, 0x211),
    (0x212, 0x213),
    (0x214, 0x215),
    (0x216, 0x217),
    (0x218, 0x219),
    (0x21A, 0x21B),
    (0x21C, 0x21D),
    (0x21E, 0x21F),
    (0x220, 0x19E),
    (0x222, 0x223),
    (0x224, 0x225),
    (0x226, 0x227),
    (0x228, 0x229),
    (0x22A, 0x22B),
    (0x22C, 0x22D),
    (0x22E, 0x22F),
    (0x230, 0x231),
    (0x232, 0x233),
    (0x23A, 0x2C65),
    (0x23B, 0x23C),
    (0x23D, 0x19A),
    (0x23E, 0x2C66),
    (0x241, 0x242),
    (0x243, 0x180),
    (0x244, 0x289),
    (0x245, 0x28C),
    (0x246, 0x247),
    (0x248, 0x249),
    (0x24A, 0x24B),
    (0x24C, 0x24D),
    (0x24E, 0x24F),
];

/// `c` in lower case, for the alphabets news is written in: Latin (Latin-1, Extended-A and B,
/// Extended Additional: Vietnamese), Greek, Cyrillic, Armenian and fullwidth Latin; any other
/// character as it is.
/// The full Unicode mapping (`char::to_lowercase`) would add its table to the widget for
/// scripts it hardly ever meets; the index and the queries fold alike either way.
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    let to = match u {
        0x41..=0x5A
        | 0xC0..=0xD6
        | 0xD8..=0xDE
        | 0x391..=0x3A1
        | 0x3A3..=0x3AB
        | 0x410..=0x42F
        | 0xFF21..=0xFF3A => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x531..=0x556 => u + 0x30,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x37F => 0x3F3,
        0x3CF => 0x3D7,
        0x3F4 => 0x3B8,
        0x3F9 => 0x3F2,
        0x3FD..=0x3FF => u - 0x82,
        0x4C0 => 0x4CF,
        0x180..=0x24F => EXTENDED_B
            .iter()
            .find(|(capital, _)| u32::from(*capital) == u)
            .map_or(u, |(_, small)| u32::from(*small)),
        0x1E9E => 0xDF,
        // Pairs with the capital first, on an even code point.
        0x100..=0x137
        | 0x14A..=0x177
        | 0x370..=0x373
        | 0x376
        | 0x3FA
        | 0x3D8..=0x3EF
        | 0x460..=0x481
        | 0x48A..=0x4BF
        | 0x4D0..=0x52F
        | 0x1E00..=0x1E95
        | 0x1EA0..=0x1EFF
            if u % 2 == 0 =>
        {
            u + 1
        }
        // Pairs with the capital on an odd code point.
        0x139..=0x148 | 0x179..=0x17E | 0x3F7 | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
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
        // Checked (`end` is always a boundary): the panicking split brings 3 KB of the
        // standard library's messages into the wasm.
        let Some((run, after)) = rest.split_at_checked(end) else {
            break;
        };
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
                if let [from, _, to] = *pair {
                    out.extend(run.get(from..to));
                }
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
    // Most text is ASCII: its words are its runs of letters and digits, folded by lower case
    // alone. At 100,000 articles the search reads 20 articles' text at each keystroke.
    if text.is_ascii() {
        for b in text.bytes() {
            if b.is_ascii_alphanumeric() {
                folded.push(char::from(b.to_ascii_lowercase()));
            } else if !folded.is_empty() {
                each(&folded);
                folded.clear();
            }
        }
        if !folded.is_empty() {
            each(&folded);
        }
        return;
    }
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
    fn lower_case_agrees_with_unicode_for_the_alphabets_it_covers() {
        let unicode = |c: char| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => None,
            }
        };
        // Whole blocks: Basic Latin, Latin-1, Latin Extended-A and B, Greek and Coptic,
        // Cyrillic and its supplement, Armenian, Latin Extended Additional, fullwidth Latin.
        let blocks = [
            0x0..=0x24F,
            0x370..=0x3FF,
            0x400..=0x52F,
            0x530..=0x58F,
            0x1E00..=0x1EFF,
            0xFF00..=0xFF5F,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            match (c, unicode(c)) {
                ('\u{130}', _) => assert_eq!(lower(c), 'i'),
                (_, Some(l)) => assert_eq!(lower(c), l, "{c} U+{:04X}", u32::from(c)),
                (_, None) => assert_eq!(lower(c), c),
            }
        }
        // Elsewhere, what it changes it changes as Unicode does.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            if lower(c) != c && c != '\u{130}' {
                assert_eq!(Some(lower(c)), unicode(c), "U+{:04X}", u32::from(c));
            }
        }
        assert_eq!(
            fold("ΑΘΗΝΑ Москва ՀԱՅԱՍՏԱՆ ＡＢＣ Đà NẴNG"),
            "αθηνα москва հայաստան ａｂｃ da nang"
        );
    }

    #[test]
    fn folds_the_accents_of_vietnamese_romanian_and_pinyin() {
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("Hồ Chí Minh"), "ho chi minh");
        assert_eq!(fold("Phở Ừ ỲỸ"), "pho u yy");
        assert_eq!(fold("ƠN ƯU"), "on uu");
        assert_eq!(fold("Ștefan Țiriac Şerban"), "stefan tiriac serban");
        assert_eq!(fold("Lǚ Xiǎo Ǒ"), "lu xiao o");
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
        for text in [
            "People’s Liberation-Army, Zu\u{308}rich! ÉCOLE 42 straße",
            // ASCII text, read by its own path.
            "People's Liberation-Army, Zurich!! ECOLE 42 -- 3.5% of U.S. GDP_2023 ",
            "",
            " ,. ",
        ] {
            let mut seen = Vec::new();
            each_word(text, |w| seen.push(w.to_owned()));
            assert_eq!(seen, words(text).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn counts_words_not_symbols() {
        assert_eq!(word_count("04/17/2023 | 00:20 min"), 3);
        assert_eq!(word_count("  “Hello,”  she said — twice. "), 4);
    }
}
