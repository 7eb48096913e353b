//! Plain and scraped article text.
//!
//! The shape this reads, every part but the headline and body optional:
//!
//! ```text
//! Complete News World                 <- publication, recognised by the repeated headline
//!
//! China rejects meeting ...           <- headline
//!
//! China rejects meeting ...           <- the same headline again, as scrapers often leave it
//!
//! Paragraphs separated by blank lines. Lines inside a paragraph are joined unless a line ends
//! a sentence, so both hard-wrapped and one-line-per-paragraph text read naturally.
//!
//! One of the recent incidents:        <- a lead-in line
//!
//! 04/17/2023 | 00:20 min              <- a media caption: US date, duration
//! ```

use std::path::Path;

use super::Parsed;
use crate::diagnostic::Diagnostic;
use broadsheet_format::model::{Block, Date, Inline, Media};

/// A line of the file: its 1-based number and its trimmed text.
#[derive(Clone, Copy)]
struct Line<'a> {
    number: usize,
    text: &'a str,
}

/// Words at most in a line read as a lead-in when it ends with ':'.
const LEAD_IN_MAX_WORDS: usize = 25;

/// Parses the text of `path` (already decoded), or says on which lines and why it cannot.
/// `first_line` is the line number of the text's first line in the file; `known_title` is the
/// headline given by front matter, if any (its copies at the top of the text are dropped).
pub fn parse_raw(
    path: &Path,
    text: &str,
    first_line: usize,
    known_title: Option<&str>,
) -> Result<Parsed, Vec<Diagnostic>> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, text)| Line {
            number: first_line + i,
            text: text.trim(),
        })
        .collect();
    let head: Vec<Line> = lines
        .iter()
        .filter(|l| !l.text.is_empty())
        .take(3)
        .copied()
        .collect();
    let (source, title, consumed) = match (known_title, head.as_slice()) {
        (None, []) => {
            return Err(vec![Diagnostic::error(
                path,
                Some(first_line),
                "the file is empty",
            )
            .hint(
                "write the headline on the first line, a blank line, then the body",
            )]);
        }
        (Some(known), _) => {
            let copies = head.iter().take_while(|l| same_line(l.text, known)).count();
            let title = Line {
                number: first_line,
                text: known,
            };
            (None, title, copies)
        }
        (None, [a, b, ..]) if same_line(a.text, b.text) => (None, *a, 2),
        (None, [a, b, c]) if same_line(b.text, c.text) => (Some(*a), *b, 3),
        (None, [a, ..]) => (None, *a, 1),
    };
    let body_start = match consumed.checked_sub(1) {
        None => 0,
        Some(last) => head.get(last).map_or(usize::MAX, |line| line.number),
    };
    let body: Vec<Line> = lines
        .iter()
        .filter(|l| l.number > body_start)
        .copied()
        .collect();

    let mut errors = Vec::new();
    let mut blocks = Vec::new();
    for paragraph in paragraphs(&body) {
        match block_of(path, &paragraph) {
            Ok(block) => blocks.push(block),
            Err(err) => errors.push(err),
        }
    }
    if blocks.is_empty() && errors.is_empty() {
        errors.push(
            Diagnostic::error(
                path,
                Some(title.number),
                format!(
                    "the article has a headline (\"{}\") but no body",
                    title.text
                ),
            )
            .hint("add the article's text after a blank line below the headline"),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Parsed {
        title: title.text.to_owned(),
        source: source.map(|l| l.text.to_owned()),
        blocks,
    })
}

/// Whether two lines say the same thing, ignoring case and spacing.
fn same_line(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_lowercase)
        .eq(b.split_whitespace().map(str::to_lowercase))
}

/// Whether a line ends a sentence (or a lead-in), so the next line starts a new paragraph.
fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?', ':', '…'])
}

/// Groups body lines into paragraphs: a blank line always separates; a line break separates
/// after a sentence ends; otherwise lines are one hard-wrapped paragraph.
fn paragraphs<'a>(body: &[Line<'a>]) -> Vec<Vec<Line<'a>>> {
    let mut out: Vec<Vec<Line>> = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    for line in body {
        let starts_new = match current.last() {
            None => false,
            Some(prev) => {
                line.text.is_empty()
                    || ends_sentence(prev.text)
                    || media_caption(prev.text).is_some()
                    || media_caption(line.text).is_some()
            }
        };
        if starts_new && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if !line.text.is_empty() {
            current.push(*line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Classifies one paragraph.
fn block_of(path: &Path, lines: &[Line]) -> Result<Block, Diagnostic> {
    let text = lines.iter().map(|l| l.text).collect::<Vec<_>>().join(" ");
    let number = lines.first().map_or(1, |l| l.number);
    Ok(
        special_block(path, number, &text)?.unwrap_or_else(|| Block::Paragraph {
            content: vec![Inline::Text { text: text.into() }].into(),
        }),
    )
}

/// The block a one-paragraph `text` on line `number` stands for when it is not running text:
/// a media caption or a lead-in.
pub(super) fn special_block(
    path: &Path,
    number: usize,
    text: &str,
) -> Result<Option<Block>, Diagnostic> {
    if let Some((month, day, year, duration_secs)) = media_caption(text) {
        let date = Date::new(year, month, day).ok_or_else(|| {
            Diagnostic::error(
                path,
                Some(number),
                format!(
                    "the media caption has no such date: month {month}, day {day}, year {year}"
                ),
            )
            .hint("media captions read MM/DD/YYYY | MM:SS min, e.g. 04/17/2023 | 00:20 min")
        })?;
        return Ok(Some(Block::Media {
            media: Media {
                date,
                duration_secs,
            },
        }));
    }
    if text.ends_with(':') && text.split_whitespace().count() <= LEAD_IN_MAX_WORDS {
        return Ok(Some(Block::LeadIn {
            text: text.to_owned().into(),
        }));
    }
    Ok(None)
}

/// Reads `MM/DD/YYYY | MM:SS min` (or `H:MM:SS`) as (month, day, year, seconds), without
/// checking that the date exists.
fn media_caption(text: &str) -> Option<(u8, u8, u16, u32)> {
    let (date, duration) = text.split_once('|')?;
    let mut date = date.trim().split('/');
    let month = number(date.next()?, 2)?;
    let day = number(date.next()?, 2)?;
    let year = number(date.next()?, 4)?;
    if date.next().is_some() {
        return None;
    }
    let duration = duration.trim();
    let duration = duration
        .strip_suffix("min")
        .or_else(|| duration.strip_suffix("mins"))
        .unwrap_or(duration)
        .trim();
    let mut secs: u32 = 0;
    let mut parts = 0;
    for part in duration.split(':') {
        let value = u32::from(number(part, 2)?);
        if parts > 0 && value >= 60 {
            return None;
        }
        secs = secs.checked_mul(60)?.checked_add(value)?;
        parts += 1;
    }
    if !(2..=3).contains(&parts) {
        return None;
    }
    Some((
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        year,
        secs,
    ))
}

/// Parses 1 to `max_digits` ASCII digits.
fn number(text: &str, max_digits: usize) -> Option<u16> {
    if text.is_empty() || text.len() > max_digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Parsed, Vec<Diagnostic>> {
        parse_raw(Path::new("articles/t.txt"), text, 1, None)
    }

    fn paragraph(text: &'static str) -> Block {
        Block::Paragraph {
            content: vec![Inline::Text { text: text.into() }].into(),
        }
    }

    #[test]
    fn a_front_matter_title_drops_its_copies_from_the_text() {
        let parsed =
            parse_raw(Path::new("a.txt"), "Headline\n\nBody.", 5, Some("Headline")).unwrap();
        assert_eq!(parsed.title, "Headline");
        assert_eq!(parsed.blocks, [paragraph("Body.")]);
        let parsed = parse_raw(Path::new("a.txt"), "First words.", 5, Some("Headline")).unwrap();
        assert_eq!(parsed.blocks, [paragraph("First words.")]);
    }

    #[test]
    fn first_line_is_the_headline_of_plain_text() {
        let parsed = parse("A headline\n\nFirst paragraph.\n\nSecond one.\n").unwrap();
        assert_eq!(parsed.title, "A headline");
        assert_eq!(parsed.source, None);
        assert_eq!(parsed.blocks.len(), 2);
    }

    #[test]
    fn a_repeated_first_line_is_one_headline() {
        let parsed = parse("Headline\n\nHeadline\n\nBody.").unwrap();
        assert_eq!(parsed.title, "Headline");
        assert_eq!(parsed.source, None);
        assert_eq!(parsed.blocks, [paragraph("Body.")]);
    }

    #[test]
    fn hard_wrapped_lines_join_and_sentence_ends_split() {
        let parsed = parse("H\n\nOne sentence that\nwraps here.\nA new paragraph.").unwrap();
        assert_eq!(
            parsed.blocks,
            [
                paragraph("One sentence that wraps here."),
                paragraph("A new paragraph."),
            ]
        );
    }

    #[test]
    fn media_captions_take_hours_minutes_and_seconds() {
        assert_eq!(
            media_caption("04/17/2023 | 00:20 min"),
            Some((4, 17, 2023, 20))
        );
        assert_eq!(media_caption("1/2/2024|1:02:03"), Some((1, 2, 2024, 3723)));
        assert_eq!(media_caption("04/17/2023 | 00:75 min"), None);
        assert_eq!(media_caption("Scores | 3:1"), None);
    }

    #[test]
    fn an_impossible_caption_date_is_an_error_on_its_line() {
        let errors = parse("H\n\nBody.\n\n02/30/2023 | 00:20 min").unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .starts_with("articles/t.txt:5: error: "),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn empty_files_and_bodiless_headlines_are_errors_with_hints() {
        let empty = parse("\n  \n").unwrap_err();
        assert_eq!(empty[0].line, Some(1));
        assert!(!empty[0].hint.is_empty());
        let bodiless = parse("\nJust a headline\n").unwrap_err();
        assert_eq!(bodiless[0].line, Some(2));
        assert!(bodiless[0].message.contains("no body"));
    }
}
