//! Numbers and dates worded for readers.

use broadsheet_engine::search::query::Written;
use broadsheet_engine::search::rank::{Field, Reason};
use broadsheet_engine::search::How;
use broadsheet_format::model::{Date, Dated, Precision, MONTH_NAMES};

/// `1 article`, `3 articles`.
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    format!("{n} {}", if n == 1 { singular } else { plural })
}

/// A reading time: `2 min`, `1 h 05 min`.
pub fn minutes(total: u32) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

/// A clip length: `0:20`, `1:02:03`.
pub fn duration(secs: u32) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A date as written in running text: `17 April 2023`.
pub fn date(date: Date) -> String {
    format!("{} {} {}", date.day, date.month_name(), date.year)
}

/// A span of dates in short: `17 Apr 2023 – 19 Jul 2025`, or one date.
pub fn span(first: Date, last: Date) -> String {
    let short = |d: Date| {
        let month = d.month_name();
        format!("{} {} {}", d.day, month.get(..3).unwrap_or(month), d.year)
    };
    if first == last {
        short(first)
    } else {
        [short(first), short(last)].join(" – ")
    }
}

/// A publication date as precisely as it is known: `17 April 2023`, `April 2023`, `2023`.
pub fn dated(dated: Dated) -> String {
    let d = dated.date;
    match dated.precision {
        Precision::Day => date(d),
        Precision::Month => format!("{} {}", d.month_name(), d.year),
        Precision::Year => d.year.to_string(),
    }
}

/// What a field filter is about, for people: `Publication`, `Person`, `Published before`.
pub fn field(field: &str) -> &'static str {
    match field {
        "source" => "Publication",
        "topic" => "Topic",
        "person" => "Person",
        "place" => "Place",
        "org" => "Organization",
        "before" => "Published before",
        "after" => "Published from",
        "date" => "Published in",
        "is" => "Marked",
        _ => "Has",
    }
}

/// A month as stored in facets (`2025-03`: `March 2025`), or any other value as it is.
pub fn month_or(value: &str) -> String {
    let month = match value.as_bytes() {
        [y, _, _, _, b'-', tens @ b'0'..=b'1', ones @ b'0'..=b'9'] if y.is_ascii_digit() => {
            usize::from((tens - b'0') * 10 + (ones - b'0'))
        }
        _ => 0,
    };
    match (MONTH_NAMES.get(month.wrapping_sub(1)), value.get(..4)) {
        (Some(name), Some(year)) => [name, " ", year].concat(),
        _ => value.to_owned(),
    }
}

/// A field filter for people: `Publication: Valley Signal`, `not Topic: sport`.
pub fn filter(w: &Written) -> String {
    format!(
        "{}{}: {}",
        if w.negated { "not " } else { "" },
        field(&w.field),
        month_or(&w.value)
    )
}

/// Why an article matched, for people: `Matched “lowmoor” in the headline; “wall” for
/// “walls” in the opening.` Empty without reasons.
pub fn why(reasons: &[Reason]) -> String {
    let mut out = String::new();
    for r in reasons {
        out.push_str(if out.is_empty() {
            "Matched “"
        } else {
            "; “"
        });
        out.push_str(&r.term);
        out.push('”');
        if r.how != How::Exact {
            out.push_str(" for “");
            out.push_str(&r.wanted);
            out.push_str(match r.how {
                How::Start => "…”",
                How::Typo => "” (corrected)",
                _ => "”",
            });
        }
        out.push_str(match r.field {
            Field::Headline => " in the headline",
            Field::Lead => " in the opening",
            Field::Body => " in the text",
            Field::Publication => " in the publication",
            Field::Byline => " in the byline",
            Field::Topic => " in the topics",
        });
    }
    if !out.is_empty() {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::month_or;

    #[test]
    fn months_are_named_and_other_values_kept() {
        assert_eq!(month_or("2025-03"), "March 2025");
        assert_eq!(month_or("1999-12"), "December 1999");
        for kept in [
            "2025-13",
            "2025-00",
            "2025-3",
            "sport",
            "",
            "ü025-03",
            "2025-03-01",
        ] {
            assert_eq!(month_or(kept), kept);
        }
    }
}
