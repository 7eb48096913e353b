//! English words too common to say what an article is about.

use std::sync::OnceLock;

/// Folded stop words, sorted for binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "even",
    "ever",
    "every",
    "few",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "less",
    "like",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "said",
    "same",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "to",
    "too",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "yours",
];

/// Whether a folded word carries no topic: a stop word, a number or a single letter.
pub fn is_stop_word(word: &str) -> bool {
    // Asked of every word of every article, twice: a tenth of the build's time when each
    // looked among all the stop words.
    let bytes = word.as_bytes();
    if word.chars().nth(2).is_none() || bytes.iter().all(u8::is_ascii_digit) {
        return true;
    }
    let Some(&(start, end)) = bytes
        .first()
        .and_then(|&b| by_first_byte().get(usize::from(b)))
    else {
        return false;
    };
    STOP_WORDS
        .get(start..end)
        .is_some_and(|words| words.binary_search(&word).is_ok())
}

/// For each first byte, where the stop words that start with it are in [`STOP_WORDS`].
fn by_first_byte() -> &'static [(usize, usize); 256] {
    static TABLE: OnceLock<[(usize, usize); 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [(0, 0); 256];
        for (i, word) in STOP_WORDS.iter().enumerate() {
            let first = word.as_bytes().first().map_or(0, |&b| usize::from(b));
            if let Some(range) = table.get_mut(first) {
                if range.1 == 0 {
                    range.0 = i;
                }
                range.1 = i + 1;
            }
        }
        table
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_list_is_sorted() {
        assert!(super::STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn looks_up_as_a_search_among_them_all_would() {
        let plain = |word: &str| {
            word.chars().count() < 3
                || word.chars().all(|c| c.is_ascii_digit())
                || super::STOP_WORDS.binary_search(&word).is_ok()
        };
        let mut words: Vec<String> = super::STOP_WORDS.iter().map(|w| w.to_string()).collect();
        for w in super::STOP_WORDS {
            // Near misses: one letter more or less, another first letter, accents, digits.
            words.push(format!("{w}s"));
            words.push(w.get(1..).unwrap_or_default().to_owned());
            words.push(format!("z{w}"));
            words.push(format!("é{w}"));
        }
        words.extend(
            [
                "",
                "é",
                "éé",
                "ééé",
                "2024",
                "１２３",
                "12a",
                "harbour",
                "zz",
                "the",
            ]
            .map(String::from),
        );
        for word in &words {
            assert_eq!(super::is_stop_word(word), plain(word), "{word:?}");
        }
        assert!(super::is_stop_word("the") && super::is_stop_word("yours"));
        assert!(!super::is_stop_word("harbour"));
    }
}
