//! Near matches for a query word: English word endings, British and American spellings, and
//! typing mistakes.
//!
//! Endings are a light stemmer run against the vocabulary, nearer to a reader's sense of "the
//! same word" than a full (Porter) stemmer. A query word has a few roots, each with the endings
//! that may follow it: the word itself (`plan`: `plans`, and `planned` with its last consonant
//! doubled); the word without its ending (`walls` → `wall`, `cities` → `cit`: `city`); after
//! `-ed` or `-ing`, that root without a doubled consonant, followed only by the doubled letter
//! or an ending that starts with a consonant (`planned` → `plan`: `plans`, `planning`, but not
//! "planes"); and a final `e` that drops (`making` → `mak`: `make`, `makes`, `maker`). Words in
//! -est and -ier are left alone, as Porter leaves them (`forest` is not `for`). Like any rule
//! on endings it still brings some different words together (`hoping` finds "hops", `news`
//! "new"); exact forms rank above all of these.

/// Endings that make one English word from another ("rebuild", "rebuilds", "rebuilding").
const ENDINGS: &[&str] = &[
    "", "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ion", "ions", "ation",
    "ations", "y", "ies", "ied", "al", "ally", "ness", "ity",
];

/// Endings before which a final `e` drops (`make`: `makes`, `making`, `maker`).
const E_ENDINGS: &[&str] = &["e", "es", "ed", "ing", "er", "ers"];

/// A root a word shares with its other forms, and the endings that may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Root<'a> {
    /// The letters every form starts with.
    pub root: &'a str,
    endings: &'static [&'static str],
    /// Whether the last consonant may double before an ending (`plan`, `planned`).
    doubling: bool,
    /// Whether an ending may start with a vowel right after the root (`walk`, `walked`; not
    /// `plan`, "planes", for a root found without its doubled letter).
    vowels: bool,
}

impl<'a> Root<'a> {
    /// `word` as the root of its own inflections (`plan`: `plans`, `planned`).
    pub fn word(word: &'a str) -> Root<'a> {
        Root {
            root: word,
            endings: ENDINGS,
            doubling: true,
            vowels: true,
        }
    }

    /// Whether `term` is this root with one of its endings.
    pub fn matches(&self, term: &str) -> bool {
        let Some(rest) = term.strip_prefix(self.root) else {
            return false;
        };
        let vowel = |s: &str| {
            matches!(
                s.as_bytes().first(),
                Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
            )
        };
        if self.endings.contains(&rest) && (self.vowels || !vowel(rest)) {
            return true;
        }
        let mut chars = rest.chars();
        match (self.root.chars().next_back(), chars.next()) {
            (Some(last), Some(doubled)) if self.doubling && last == doubled => {
                let ending = chars.as_str();
                !matches!(last, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
                    && matches!(ending.as_bytes().first(), Some(b'e' | b'i'))
                    && self.endings.contains(&ending)
            }
            _ => false,
        }
    }
}

/// British and American spellings of one word: the letters that differ, and the endings
/// that may follow them (`colour`, `colours`, `favourite`; `organise`, `organisation`).
const SPELLINGS: &[(&str, &str, &[&str])] = &[
    (
        "our",
        "or",
        &[
            "", "s", "ed", "ing", "ite", "ites", "able", "er", "ers", "hood", "ful",
        ],
    ),
    (
        "is",
        "iz",
        &["e", "es", "ed", "ing", "er", "ers", "ation", "ations"],
    ),
    ("ys", "yz", &["e", "es", "ed", "ing"]),
    ("tre", "ter", &["", "s"]),
    ("ence", "ense", &["", "s"]),
    ("ogue", "og", &["", "s"]),
    ("ll", "l", &["ed", "ing", "er", "ers"]),
];

/// The other spellings of `word`, British for American and American for British (`harbor`:
/// `harbour`; `centre`: `center`), at least two letters kept before the letters that differ.
/// Most are no word at all (`detour`: "detor"); only those in the vocabulary ever match.
pub fn spellings(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    for &(british, american, endings) in SPELLINGS {
        for (from, to) in [(british, american), (american, british)] {
            for ending in endings {
                let stem = word.strip_suffix(ending).and_then(|w| w.strip_suffix(from));
                if let Some(stem) = stem.filter(|s| s.chars().nth(1).is_some()) {
                    out.push([stem, to, ending].concat());
                }
            }
        }
    }
    out
}

/// The root of `word` once its English ending is taken off (at least three letters remain),
/// and that ending; `None` when it has none.
pub fn root(word: &str) -> Option<(&str, &'static str)> {
    ENDINGS
        .iter()
        .filter(|e| !e.is_empty())
        .filter_map(|e| Some((word.strip_suffix(e)?, *e)))
        .filter(|(r, _)| long_enough(r))
        .min_by_key(|(r, _)| r.len())
}

fn long_enough(root: &str) -> bool {
    root.chars().nth(2).is_some()
}

/// `root` without its last letter when that letter is a doubled consonant (`plann` → `plan`,
/// `controll` → `control`).
pub fn undoubled(root: &str) -> Option<&str> {
    let mut last = root.chars().rev();
    let (a, b) = (last.next()?, last.next()?);
    let shorter = root.get(..root.len() - a.len_utf8())?;
    let vowel = matches!(a, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    (a == b && !vowel && long_enough(shorter)).then_some(shorter)
}

/// The roots `word` shares with its other forms, besides the word itself ([`Root::word`]):
/// without its ending, without a doubled consonant before `-ed` or `-ing`, and without a
/// final `e`.
pub fn roots(word: &str) -> impl Iterator<Item = Root<'_>> {
    let stripped = root(word);
    let undoubled = stripped
        .filter(|(_, ending)| matches!(*ending, "ed" | "ing"))
        .and_then(|(root, _)| undoubled(root))
        .map(|root| Root {
            vowels: false,
            ..Root::word(root)
        });
    let stripped = stripped.map(|(root, _)| Root {
        doubling: false,
        ..Root::word(root)
    });
    // A final e that drops: `make`, `making`, `maker` share `mak`.
    let dropped = E_ENDINGS
        .iter()
        .filter_map(|e| word.strip_suffix(e))
        .find(|r| long_enough(r))
        .map(|root| Root {
            endings: E_ENDINGS,
            doubling: false,
            ..Root::word(root)
        });
    [stripped, undoubled, dropped].into_iter().flatten()
}

/// How many typing mistakes a word of this many letters may have: none below 4, one up to 7,
/// two from 8.
pub fn allowed_edits(letters: usize) -> usize {
    match letters {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The edit distance between `a` and `b` (insertions, deletions, substitutions, and swaps of
/// two neighbours, each counting one), or `None` when it exceeds `max`.
pub fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rolling rows of the table, one after the other: row i lives at i % 3. Cells are
    // read with `get`; none is ever out of bounds, and one that were would count as far.
    let width = b.len() + 1;
    let at = |i: usize, j: usize| (i % 3) * width + j;
    let mut rows = vec![0usize; 3 * width];
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    let cell =
        |rows: &[usize], i: usize, j: usize| rows.get(at(i, j)).map_or(usize::MAX / 2, |d| *d);
    for (i, &ca) in (1..).zip(a) {
        *rows.get_mut(at(i, 0))? = i;
        let mut best = i;
        for (j, &cb) in (1..).zip(b) {
            let cost = usize::from(ca != cb);
            let mut d = (cell(&rows, i - 1, j) + 1)
                .min(cell(&rows, i, j - 1) + 1)
                .min(cell(&rows, i - 1, j - 1) + cost);
            if i > 1 && j > 1 && b.get(j - 2) == Some(&ca) && a.get(i - 2) == Some(&cb) {
                d = d.min(cell(&rows, i - 2, j - 2) + 1);
            }
            *rows.get_mut(at(i, j))? = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
    }
    let d = cell(&rows, a.len(), b.len());
    (d <= max).then_some(d)
}

/// The distance between `word` and the closest start of `term` (for a word still being typed).
pub fn prefix_distance(word: &[char], term: &[char], max: usize) -> Option<usize> {
    let lo = word.len().saturating_sub(max);
    let hi = (word.len() + max).min(term.len());
    (lo..=hi)
        .filter_map(|len| distance(word, term.get(..len)?, max))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_and_american_spellings_both_ways() {
        let has = |word: &str, other: &str| spellings(word).iter().any(|s| s == other);
        for (british, american) in [
            ("colour", "color"),
            ("harbours", "harbors"),
            ("favourite", "favorite"),
            ("organisation", "organization"),
            ("analysed", "analyzed"),
            ("centre", "center"),
            ("defence", "defense"),
            ("catalogue", "catalog"),
            ("travelled", "traveled"),
        ] {
            assert!(has(british, american), "{british} → {american}");
            assert!(has(american, british), "{american} → {british}");
        }
        assert!(spellings("hour").is_empty() && spellings("four").is_empty());
        assert!(!has("your", "yor"));
    }

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        distance(&a, &b, max)
    }

    #[test]
    fn distances_count_swaps_as_one() {
        assert_eq!(d("harbour", "harbour", 1), Some(0));
        assert_eq!(d("harbor", "harbour", 1), Some(1));
        assert_eq!(d("hrabour", "harbour", 1), Some(1));
        assert_eq!(d("hbr", "harbour", 2), None);
        assert_eq!(d("observatroy", "observatory", 2), Some(1));
        assert_eq!(d("", "ab", 2), Some(2));
    }

    #[test]
    fn prefixes_of_longer_words() {
        let (w, t): (Vec<char>, Vec<char>) = (
            "instalati".chars().collect(),
            "installation".chars().collect(),
        );
        assert_eq!(prefix_distance(&w, &t, 2), Some(1));
    }

    /// Whether `word` matches each of `others` through a root.
    fn forms(word: &str, others: &[&str]) -> bool {
        others
            .iter()
            .all(|other| Root::word(word).matches(other) || roots(word).any(|r| r.matches(other)))
    }

    fn has_ending(term: &str, root: &str) -> bool {
        Root::word(root).matches(term)
    }

    #[test]
    fn roots_and_endings() {
        assert_eq!(root("rebuilding"), Some(("rebuild", "ing")));
        assert_eq!(root("comets"), Some(("comet", "s")));
        assert_eq!(root("is"), None);
        assert!(!has_ending("rebuilt", "rebuil"));
        assert!(has_ending("rebuilds", "rebuild"));
        // A final e, a doubled consonant, y and i.
        assert!(forms("making", &["make", "makes", "maker", "making"]));
        assert!(forms("make", &["makes", "making", "maker"]));
        assert!(forms("planned", &["plan", "plans", "planning", "planner"]));
        assert!(forms("plan", &["plans", "planned", "planning"]));
        assert!(forms("stopping", &["stop", "stops", "stopped"]));
        assert!(forms("controlled", &["control", "controls", "controlling"]));
        assert!(forms("cancelled", &["cancel", "cancels"]));
        assert!(forms("cities", &["city"]) && forms("city", &["cities"]));
        assert!(forms("walls", &["wall"]) && forms("wall", &["walls"]));
        assert!(forms("agreed", &["agree", "agrees"]));
        // Different words stay apart, both ways round.
        for (word, other) in [
            ("universe", "university"),
            ("hoping", "hopping"),
            ("hope", "hops"),
            ("hopping", "hoped"),
            ("planned", "planes"),
            ("sitting", "sites"),
            ("latter", "later"),
            ("better", "bets"),
            ("winner", "wines"),
            ("forest", "for"),
            ("soldier", "sold"),
            ("earnest", "earned"),
            ("interest", "inter"),
            ("happiest", "happy"),
        ] {
            assert!(!forms(word, &[other]), "{word} {other}");
            assert!(!forms(other, &[word]), "{other} {word}");
        }
    }
}
