//! The dates an article's text names, read once when the articles are compiled: the five Ws'
//! "when" in the widget shows them from the stored list.

use broadsheet_format::model::{Article, Block, Date, Dated, Precision, MONTH_NAMES};

/// Dates the text names, at most.
pub const MAX_DATES: usize = 6;

/// The dates the text of `article` names other than its publication date, in calendar
/// order, at most [`MAX_DATES`] (media captions left out: their dates are the videos').
pub fn named(article: &Article) -> Vec<Dated> {
    let mut named: Vec<Dated> = Vec::new();
    for block in article.blocks.iter() {
        if matches!(block, Block::Media { .. }) {
            continue;
        }
        for d in dates_in(&block.plain_text(), article.date.map(|d| d.date)) {
            if !named.contains(&d) && article.date != Some(d) {
                named.push(d);
            }
        }
    }
    broadsheet_format::order::sort_by(&mut named, |a, b| a.date < b.date);
    named.truncate(MAX_DATES);
    named
}

/// The month a word names (`March`, `Mar`, `Sept`), 1 to 12. Read for every word of every
/// article: no allocation.
fn month(word: &str) -> Option<u8> {
    let word = word.as_bytes();
    // Only a word as long as a month's name (or an abbreviation's), starting as one does.
    let starts = |b: &u8| b"jfmasond".contains(&b.to_ascii_lowercase());
    if !(3..=9).contains(&word.len()) || !word.first().is_some_and(starts) {
        return None;
    }
    MONTH_NAMES.iter().zip(1..).find_map(|(name, n)| {
        let name = name.as_bytes();
        let whole = name.eq_ignore_ascii_case(word);
        let abbreviation = word.len() <= 4
            && name
                .get(..word.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(word))
            && !word.eq_ignore_ascii_case(b"marc");
        (whole || abbreviation).then_some(n)
    })
}

/// A day of the month (`14`, `14th`, `1st`).
fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = word.get(digits.len()..).unwrap_or("");
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year of four digits.
fn year(word: &str) -> Option<u16> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// `04/17/2023` (as US writers date things) or `2023-04-17`.
fn numeric(word: &str) -> Option<Date> {
    if !word.contains(['/', '-']) {
        return None;
    }
    let parts: Vec<&str> = word.split(['/', '-']).collect();
    let number = |s: &&str| s.parse::<u16>().ok();
    match parts.as_slice() {
        [m, d, y] if word.contains('/') && y.len() == 4 => {
            Date::new(number(y)?, u8::try_from(number(m)?).ok()?, day(d)?)
        }
        [y, m, d] if word.contains('-') && y.len() == 4 && m.len() == 2 => {
            Date::new(number(y)?, u8::try_from(number(m)?).ok()?, day(d)?)
        }
        _ => None,
    }
}

/// The dates `text` names: `14 March 2025`, `March 14, 2025`, `March 2025`, `04/17/2023`,
/// `2025-03-14`; and, in the year of `published` (or the year before, when that would put
/// them more than a month after it), `March 14`, `14 March` and a month after `in`, `since`,
/// `by`, `until` or `from` (`since February`). Weekdays are left out: without the tense, "on
/// Friday" may be before or after the article.
pub fn dates_in(text: &str, published: Option<Date>) -> Vec<Dated> {
    let words: Vec<&str> = text
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
        })
        .filter(|w| !w.is_empty())
        .collect();
    // Whether the words just before word `i` speak of what is to come (`until`, `from`,
    // `next`, `will`), of what has been (`since`, `last`, `was`), or neither: the nearest cue.
    let ahead = |i: usize| -> Option<bool> {
        words
            .get(i.saturating_sub(4)..i)?
            .iter()
            .rev()
            // ASCII case only: `to_lowercase` would bring Unicode's case tables into the wasm.
            .find_map(|w| {
                let is = |cues: &[&str]| cues.iter().any(|c| c.eq_ignore_ascii_case(w));
                if is(&[
                    "until", "till", "from", "next", "will", "starting", "upcoming", "due",
                ]) {
                    Some(true)
                } else if is(&["since", "last", "was", "were", "had", "ago"]) {
                    Some(false)
                } else {
                    None
                }
            })
    };
    let in_year = |m: u8, d: u8, i: usize| -> Option<Date> {
        // Ambiguous without a year: the next such day after the publication date when the
        // words around look ahead ("runs until October"), else the last one before it (or up
        // to a month after it: "work starts April 2").
        let p = published?;
        let date = Date::new(p.year, m, d)?;
        let year = match ahead(i) {
            Some(true) if date.days() < p.days() - 31 => p.year.checked_add(1)?,
            Some(true) => p.year,
            _ if date.days() - p.days() > 31 => p.year.checked_sub(1)?,
            _ => p.year,
        };
        Date::new(year, m, d)
    };
    let day_precise = |date: Date| Dated {
        date,
        precision: Precision::Day,
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        let mut used = 1;
        let dated = if let Some(m) = month(w) {
            match (day(next), year(next), year(after)) {
                (Some(d), _, Some(y)) => {
                    used = 3;
                    Date::new(y, m, d).map(day_precise)
                }
                (Some(d), _, None) => {
                    used = 2;
                    in_year(m, d, i).map(day_precise)
                }
                (None, Some(y), _) => {
                    used = 2;
                    Date::new(y, m, 1).map(|date| Dated {
                        date,
                        precision: Precision::Month,
                    })
                }
                // A month on its own, written out and capitalised, after a preposition: in
                // the year it most likely means.
                _ if MONTH_NAMES.contains(&w)
                    && i.checked_sub(1)
                        .and_then(|b| words.get(b))
                        .is_some_and(|before| {
                            matches!(
                                *before,
                                "in" | "since" | "by" | "until" | "till" | "from" | "next"
                            )
                        }) =>
                {
                    in_year(m, 1, i).map(|date| Dated {
                        date,
                        precision: Precision::Month,
                    })
                }
                _ => None,
            }
        } else if let (Some(d), Some(m)) = (day(w), month(next)) {
            if let Some(y) = year(after) {
                used = 3;
                Date::new(y, m, d).map(day_precise)
            } else {
                used = 2;
                in_year(m, d, i).map(day_precise)
            }
        } else {
            numeric(w).map(day_precise)
        };
        found.extend(dated);
        i += used;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: u16, m: u8, day: u8) -> Dated {
        Dated {
            date: Date::new(y, m, day).unwrap(),
            precision: Precision::Day,
        }
    }

    #[test]
    fn reads_dates_as_news_writes_them() {
        let published = Date::new(2025, 3, 12); // a Wednesday
        let found = dates_in(
            "On Monday the council met. The vote on 14 March 2024 and on March 3, 2025 was \
             close; work starts April 2, ends in June 2026, and was first planned on 04/17/2023 \
             and 2022-11-05. Talks stalled in February.",
            published,
        );
        assert_eq!(
            found,
            [
                d(2024, 3, 14),
                d(2025, 3, 3),
                d(2025, 4, 2),
                Dated {
                    date: Date::new(2026, 6, 1).unwrap(),
                    precision: Precision::Month
                },
                d(2023, 4, 17),
                d(2022, 11, 5),
                Dated {
                    date: Date::new(2025, 2, 1).unwrap(),
                    precision: Precision::Month
                },
            ]
        );
    }

    #[test]
    fn a_day_and_month_without_year_is_not_far_in_the_future() {
        let published = Date::new(2025, 1, 5);
        assert_eq!(dates_in("on 28 December", published), [d(2024, 12, 28)]);
        assert_eq!(dates_in("on December 28", None), []);
    }

    #[test]
    fn the_words_around_a_date_without_year_say_which_year() {
        let published = Date::new(2025, 3, 27);
        let month = |y, m| Dated {
            date: Date::new(y, m, 1).unwrap(),
            precision: Precision::Month,
        };
        assert_eq!(
            dates_in("The exhibition runs until October.", published),
            [month(2025, 10)]
        );
        assert_eq!(
            dates_in("Work will begin next January.", published),
            [month(2026, 1)]
        );
        assert_eq!(
            dates_in("The fair will open on 4 May.", published),
            [d(2025, 5, 4)]
        );
        assert_eq!(
            dates_in("It has been shut since October.", published),
            [month(2024, 10)]
        );
        assert_eq!(
            dates_in("The hall was sold on 4 May.", published),
            [d(2024, 5, 4)]
        );
        // No cue: the last such date before publication, as before.
        assert_eq!(
            dates_in("The hall opened on 4 May.", published),
            [d(2024, 5, 4)]
        );
    }

    #[test]
    fn words_that_only_look_like_dates_are_left_alone() {
        let published = Date::new(2025, 1, 5);
        assert!(dates_in(
            "You may go. March on. 14 people in 2025. 13/45/2024. They march and may win.",
            published
        )
        .is_empty());
    }
}
