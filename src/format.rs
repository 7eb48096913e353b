//! Numbers and dates worded for readers.

use broadsheet_core::model::{Date, Dated, Precision};
use broadsheet_core::search::query::Written;
use broadsheet_core::search::rank::{Field, Reason};
use broadsheet_core::search::How;

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
        _ => "Has",
    }
}

/// A month as stored in facets (`2025-03`), or any other value as it is.
pub fn month_or(value: &str) -> String {
    let mut parts = value.split('-');
    match (
        parts.next(),
        parts.next().and_then(|m| m.parse::<u8>().ok()),
    ) {
        (Some(year), Some(month)) if value.len() == 7 => {
            Date::new(year.parse().unwrap_or(0), month, 1).map_or_else(
                || value.to_owned(),
                |d| format!("{} {year}", d.month_name()),
            )
        }
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
        });
    }
    if !out.is_empty() {
        out.push('.');
    }
    out
}
