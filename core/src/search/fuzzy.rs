//! Near matches for a query word: English word endings and typing mistakes.

/// Endings that make one English word from another ("rebuild", "rebuilds", "rebuilding").
const ENDINGS: &[&str] = &[
    "", "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ion", "ions", "ation",
    "ations", "y", "ies", "ied", "al", "ally", "ness", "ity",
];

/// The root of `word` once its English ending is taken off (at least three letters remain),
/// or `None` when it has none.
pub fn root(word: &str) -> Option<&str> {
    ENDINGS
        .iter()
        .filter(|e| !e.is_empty())
        .filter_map(|e| word.strip_suffix(e))
        .filter(|r| r.chars().count() >= 3)
        .min_by_key(|r| r.len())
}

/// Whether `term` is `root` with one of the English endings.
pub fn has_ending(term: &str, root: &str) -> bool {
    term.strip_prefix(root)
        .is_some_and(|rest| ENDINGS.contains(&rest))
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
    // Three rolling rows of the table: row i lives at i % 3. Every index below stays
    // within the loop bounds.
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i - 1) % 3, (i + 1) % 3);
        rows[cur][0] = i;
        let mut best = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = d;
            best = best.min(d);
        }
        if best > max {
            return None;
        }
    }
    let d = rows[a.len() % 3][b.len()];
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

    #[test]
    fn roots_and_endings() {
        assert_eq!(root("rebuilding"), Some("rebuild"));
        assert_eq!(root("comets"), Some("comet"));
        assert_eq!(root("is"), None);
        assert!(!has_ending("rebuilt", "rebuil"));
        assert!(has_ending("rebuilds", "rebuild"));
        assert!(allowed_edits(3) == 0 && allowed_edits(5) == 1 && allowed_edits(9) == 2);
    }
}
