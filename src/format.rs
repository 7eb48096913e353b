//! Numbers and dates worded for readers.

use broadsheet_core::model::{Date, Dated, Precision};

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
