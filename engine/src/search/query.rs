//! The query language. Any string is a query: quotes and operators that are unbalanced or
//! empty degrade to plain words, never to an error.
//!
//! | written | means |
//! |---|---|
//! | `harbour wall` | articles with both words (the last may be the start of a word) |
//! | `"harbour wall"` | the words together, in this order |
//! | `-storm`, `-"storm surge"` | articles without the word or phrase |
//! | `comet OR otters` | articles with either |
//! | `source:fenwick`, `topic:sport`, `person:varga`, `place:lowmoor`, `org:"water board"` | articles whose publication, section or tag, people, places or organizations match |
//! | `after:2025-03`, `before:2025-06-15` | published on or after, or before, a day, month or year |
//! | `date:2025-03` | published in that year, month or day |
//! | `-source:fenwick` | articles whose publication does not match (any filter can be negated) |
//! | `has:video` | articles with a video caption |

use broadsheet_format::model::{Date, Dated};
use broadsheet_format::text::words;

/// Words beyond this many in one query are ignored, so the work per keystroke stays bounded.
pub const MAX_WORDS: usize = 32;

/// A word or a phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// One folded word; `prefix` when it may be the start of a longer word (the word being
    /// typed at the end of the query).
    Word {
        /// The folded word.
        word: String,
        /// Whether it may match as the start of a longer word.
        prefix: bool,
    },
    /// Folded words that must stand together, in order.
    Phrase(Vec<String>),
}

/// What a field filter asks of an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// `source:` the publication.
    Source(Vec<String>),
    /// `topic:` the section or a tag.
    Topic(Vec<String>),
    /// `person:` someone named in it.
    Person(Vec<String>),
    /// `place:` somewhere named in it.
    Place(Vec<String>),
    /// `org:` an organization named in it.
    Org(Vec<String>),
    /// `before:` published before this date.
    Before(Date),
    /// `after:` published on or after this date.
    After(Date),
    /// `date:` published in this year, month or day.
    During(Dated),
    /// `has:video`.
    HasVideo,
    /// `is:read`, `is:unread`, `is:saved`: what the reader has marked (see
    /// [`search_marked`](super::search_marked); nothing is marked without marks).
    Marked(Mark),
}

/// A mark a reader's article can carry (`is:` in a query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// `is:read`: opened.
    Read,
    /// `is:unread`: not opened yet.
    Unread,
    /// `is:saved`: bookmarked.
    Saved,
}

impl Mark {
    /// Whether an article whose marks are `bits` (1 read, 2 saved) has this mark.
    pub fn holds(self, bits: u8) -> bool {
        match self {
            Mark::Read => bits & READ != 0,
            Mark::Unread => bits & READ == 0,
            Mark::Saved => bits & SAVED != 0,
        }
    }
}

/// The mark bit of an article that has been read.
pub const READ: u8 = 1;
/// The mark bit of an article that has been saved.
pub const SAVED: u8 = 2;

/// A parsed query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Every group must match: a group of one term, or the terms joined by `OR`.
    pub groups: Vec<Vec<Term>>,
    /// No article with one of these matches.
    pub excluded: Vec<Term>,
    /// Every filter must hold.
    pub filters: Vec<Filter>,
    /// No article for which one of these holds matches (`-source:fenwick`).
    pub excluded_filters: Vec<Filter>,
    /// The field filters as the reader wrote them, in order (see [`written_filters`]): read
    /// in the same pass, so that nothing lexes the query again.
    pub written: Vec<Written>,
}

/// A field filter as the reader wrote it, and where: what the widget shows as a chip that can
/// be taken out again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Its bytes in the query.
    pub range: std::ops::Range<usize>,
    /// The field, lower case: `source`, `topic`, `person`, `place`, `org`, `before`, `after`,
    /// `date`, `has` or `is`.
    pub field: String,
    /// The value, without quotes.
    pub value: String,
    /// Whether it was negated (`-source:…`).
    pub negated: bool,
}

/// A piece of the input.
#[derive(Debug)]
enum Token {
    Text {
        text: String,
        negated: bool,
        quoted: bool,
        field: Option<String>,
        /// Where it stands in the input, in chars.
        span: (usize, usize),
    },
    Or,
}

/// Opening and closing quotation marks.
fn closing_quote(c: char) -> Option<char> {
    match c {
        '"' => Some('"'),
        '“' => Some('”'),
        '„' => Some('“'),
        '«' => Some('»'),
        _ => None,
    }
}

fn lex(input: &str) -> Vec<Token> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        // A bare run up to whitespace or an opening quote.
        let start = i;
        while chars
            .get(i)
            .is_some_and(|&c| !c.is_whitespace() && closing_quote(c).is_none())
        {
            i += 1;
        }
        let bare: String = chars.get(start..i).unwrap_or_default().iter().collect();
        let (negated, rest) = match bare.strip_prefix('-') {
            Some(rest) => (true, rest.to_owned()),
            None => (false, bare.clone()),
        };
        let field = rest
            .split_once(':')
            .filter(|(name, _)| is_field(name))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()));
        // A quoted part right after `-` or `field:` belongs to it.
        let quoted = chars
            .get(i)
            .and_then(|&q| closing_quote(q))
            .and_then(|close| {
                let end = chars.get(i + 1..)?.iter().position(|&c| c == close)? + i + 1;
                Some((chars.get(i + 1..end)?.iter().collect::<String>(), end + 1))
            });
        let attaches = rest.is_empty() || field.as_ref().is_some_and(|(_, v)| v.is_empty());
        match quoted {
            Some((text, next)) if attaches => {
                tokens.push(Token::Text {
                    text,
                    negated,
                    quoted: true,
                    field: field.map(|(name, _)| name),
                    span: (start, next),
                });
                i = next;
            }
            _ => {
                if bare == "OR" {
                    tokens.push(Token::Or);
                } else if !bare.is_empty() {
                    let (text, field) = match field {
                        Some((name, value)) if !value.is_empty() => (value, Some(name)),
                        _ => (rest, None),
                    };
                    tokens.push(Token::Text {
                        text,
                        negated,
                        quoted: false,
                        field,
                        span: (start, i),
                    });
                }
                // An opening quote that never closes is read as a space.
                if let Some(&q) = chars.get(i) {
                    if closing_quote(q).is_some() && quoted.is_none() {
                        i += 1;
                    } else if let Some((text, next)) = quoted.filter(|_| !attaches) {
                        tokens.push(Token::Text {
                            text,
                            negated: false,
                            quoted: true,
                            field: None,
                            span: (i, next),
                        });
                        i = next;
                    }
                }
            }
        }
    }
    tokens
}

fn is_field(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "source"
            | "topic"
            | "person"
            | "place"
            | "org"
            | "before"
            | "after"
            | "date"
            | "has"
            | "is"
    )
}

impl Query {
    /// This query, also held to everything `fixed` asks (a host's fixed filter): `fixed`'s
    /// groups, exclusions and filters come first, so this query's last word stays the one
    /// being typed.
    /// What the reader wrote stays this query's [`Query::written`].
    pub fn within(self, mut fixed: Query) -> Query {
        fixed.written = self.written;
        fixed.groups.extend(self.groups);
        fixed.excluded.extend(self.excluded);
        fixed.filters.extend(self.filters);
        fixed.excluded_filters.extend(self.excluded_filters);
        fixed
    }

    /// Reads what the reader typed.
    pub fn parse(input: &str) -> Query {
        let mut query = Query::default();
        let mut budget = MAX_WORDS;
        let mut pending_or = false;
        let mut last_word_group: Option<usize> = None;
        // Whether the last token read became plain words (so its last word may be unfinished).
        let mut last_plain = false;
        let tokens = lex(input);
        query.written = written_of(input, &tokens);
        for (n, token) in tokens.iter().enumerate() {
            let (text, negated, quoted, field) = match token {
                Token::Or => {
                    // `OR` between two terms joins them; anywhere else it is the word "or".
                    let next_is_term = matches!(
                        tokens.get(n + 1),
                        Some(Token::Text {
                            negated: false,
                            field: None,
                            ..
                        })
                    );
                    if last_word_group.is_some() && next_is_term && !pending_or {
                        pending_or = true;
                        continue;
                    }
                    ("or", false, false, None)
                }
                Token::Text {
                    text,
                    negated,
                    quoted,
                    field,
                    ..
                } => (text.as_str(), *negated, *quoted, field.as_deref()),
            };
            last_plain = false;
            if let Some(field) = field {
                if let Some(filter) = filter(field, text) {
                    if negated {
                        query.excluded_filters.push(filter);
                    } else {
                        query.filters.push(filter);
                    }
                    continue;
                }
            }
            let mut folded: Vec<String> = field
                .into_iter()
                .map(str::to_owned)
                .chain(words(text))
                .collect();
            folded.truncate(budget);
            budget -= folded.len();
            if folded.is_empty() {
                continue;
            }
            let terms: Vec<Term> = if quoted && folded.len() > 1 {
                vec![Term::Phrase(folded)]
            } else {
                folded
                    .into_iter()
                    .map(|word| Term::Word {
                        word,
                        prefix: false,
                    })
                    .collect()
            };
            if negated {
                query.excluded.extend(terms);
                continue;
            }
            last_plain = !quoted;
            for term in terms {
                match (pending_or, last_word_group) {
                    (true, Some(group)) => {
                        if let Some(g) = query.groups.get_mut(group) {
                            g.push(term);
                        }
                        pending_or = false;
                    }
                    _ => {
                        query.groups.push(vec![term]);
                        last_word_group = Some(query.groups.len() - 1);
                    }
                }
            }
        }
        // The word being typed at the very end may be unfinished.
        if last_plain && !input.ends_with(char::is_whitespace) {
            if let Some(Term::Word { prefix, .. }) =
                query.groups.last_mut().and_then(|g| g.last_mut())
            {
                *prefix = true;
            }
        }
        // A lone letter of an alphabet still being typed would match nearly every article
        // (95,000 of 100,000: the costliest keystroke there is) and narrow nothing, so it
        // waits for the next letter and the results stay as they were. An ideograph, a kana
        // or a Hangul syllable (from U+2E80) is a word or most of one: it counts at once.
        if let Some(group) = query.groups.last_mut() {
            if let Some(Term::Word { word, prefix: true }) = group.last() {
                let mut chars = word.chars();
                if chars.next().is_some_and(|c| c < '\u{2e80}') && chars.next().is_none() {
                    group.pop();
                }
            }
            if group.is_empty() {
                query.groups.pop();
            }
        }
        query
    }

    /// Whether the query asks nothing: every article matches.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
            && self.excluded.is_empty()
            && self.filters.is_empty()
            && self.excluded_filters.is_empty()
    }
}

/// The field filters in `input` that are read as filters, in order.
pub fn written_filters(input: &str) -> Vec<Written> {
    written_of(input, &lex(input))
}

/// The field filters among `tokens`, lexed from `input`.
fn written_of(input: &str, tokens: &[Token]) -> Vec<Written> {
    let offsets: Vec<usize> = input
        .char_indices()
        .map(|(at, _)| at)
        .chain([input.len()])
        .collect();
    let byte = |char_at: usize| offsets.get(char_at).copied().unwrap_or(input.len());
    tokens
        .iter()
        .filter_map(|token| match token {
            Token::Text {
                text,
                negated,
                field: Some(field),
                span: (start, end),
                ..
            } if filter(field, text).is_some() => Some(Written {
                range: byte(*start)..byte(*end),
                field: field.clone(),
                value: text.clone(),
                negated: *negated,
            }),
            _ => None,
        })
        .collect()
}

/// `input` with the filter `field:value` added at the end (quoted when the value has spaces),
/// or unchanged when it is there already.
pub fn with_filter(input: &str, field: &str, value: &str) -> String {
    let value: String = value
        .chars()
        .map(|c| if closing_quote(c).is_some() { ' ' } else { c })
        .collect();
    let value = value.trim();
    let folded: Vec<String> = words(value).collect();
    let present = |query: &str| {
        written_filters(query)
            .iter()
            .any(|w| !w.negated && w.field == field && words(&w.value).eq(folded.iter().cloned()))
    };
    if present(input) || filter(field, value).is_none() {
        return input.to_owned();
    }
    let appended = append_filter(input, field, value);
    if present(&appended) {
        return appended;
    }
    // A quote left open before it would swallow the filter; an open quote reads as a space
    // anyway, so the quotes go.
    let unquoted: String = input
        .chars()
        .map(|c| if closing_quote(c).is_some() { ' ' } else { c })
        .collect();
    append_filter(&unquoted, field, value)
}

fn append_filter(input: &str, field: &str, value: &str) -> String {
    let mut out = input.trim_end().to_owned();
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(field);
    out.push(':');
    if value.contains(char::is_whitespace) {
        out.push('"');
        out.push_str(value);
        out.push('"');
    } else {
        out.push_str(value);
    }
    // The next word typed starts a new term.
    out.push(' ');
    out
}

/// `input` without the bytes in `range` (a [`Written`] filter's), and the spaces around them
/// closed up.
pub fn without(input: &str, range: std::ops::Range<usize>) -> String {
    let (Some(before), Some(after)) = (input.get(..range.start), input.get(range.end..)) else {
        return input.to_owned();
    };
    let before = before.trim_end();
    let after = after.trim_start();
    if before.is_empty() || after.is_empty() {
        format!("{before}{after}")
    } else {
        format!("{before} {after}")
    }
}

/// The filter `field:value`, or `None` when the value is not one (`before:someday`).
fn filter(field: &str, value: &str) -> Option<Filter> {
    let folded: Vec<String> = words(value).collect();
    let names = || (!folded.is_empty()).then(|| folded.clone());
    match field {
        "source" => names().map(Filter::Source),
        "topic" => names().map(Filter::Topic),
        "person" => names().map(Filter::Person),
        "place" => names().map(Filter::Place),
        "org" => names().map(Filter::Org),
        "before" => Dated::parse(value).map(|d| Filter::Before(d.date)),
        "after" => Dated::parse(value).map(|d| Filter::After(d.date)),
        "date" => Dated::parse(value).map(Filter::During),
        "has" if matches!(folded.as_slice(), [v] if v == "video") => Some(Filter::HasVideo),
        "is" => match folded.as_slice() {
            [v] if v == "read" => Some(Filter::Marked(Mark::Read)),
            [v] if v == "unread" => Some(Filter::Marked(Mark::Unread)),
            [v] if v == "saved" => Some(Filter::Marked(Mark::Saved)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use broadsheet_format::model::Precision;

    fn word(w: &str) -> Term {
        Term::Word {
            word: w.to_owned(),
            prefix: false,
        }
    }

    fn typing(w: &str) -> Term {
        Term::Word {
            word: w.to_owned(),
            prefix: true,
        }
    }

    #[test]
    fn plain_words_and_the_word_being_typed() {
        let q = Query::parse("Harbour WALL colla");
        assert_eq!(
            q.groups,
            [
                vec![word("harbour")],
                vec![word("wall")],
                vec![typing("colla")]
            ]
        );
        let q = Query::parse("harbour wall ");
        assert_eq!(q.groups, [vec![word("harbour")], vec![word("wall")]]);
    }

    #[test]
    fn a_lone_letter_being_typed_waits_for_the_next() {
        let q = Query::parse("harbour w");
        assert_eq!(q.groups, [vec![word("harbour")]]);
        assert!(Query::parse("w").is_empty());
        assert!(Query::parse(" É").is_empty());
        let q = Query::parse("comet OR o");
        assert_eq!(q.groups, [vec![word("comet")]]);
        // Finished, or two letters: a word like any other.
        assert_eq!(Query::parse("w ").groups, [vec![word("w")]]);
        assert_eq!(Query::parse("harbour wa").groups[1], [typing("wa")]);
        // An ideograph is a word of its own.
        assert_eq!(Query::parse("桜").groups, [vec![typing("桜")]]);
    }

    #[test]
    fn phrases_exclusions_and_or() {
        let q = Query::parse("\"harbour wall\" -storm -\"sea wall\" comet OR otters");
        assert_eq!(
            q.groups,
            [
                vec![Term::Phrase(vec!["harbour".into(), "wall".into()])],
                vec![word("comet"), typing("otters")],
            ]
        );
        assert_eq!(
            q.excluded,
            [
                word("storm"),
                Term::Phrase(vec!["sea".into(), "wall".into()])
            ]
        );
    }

    #[test]
    fn fields_with_bare_and_quoted_values() {
        let q = Query::parse(
            "source:fenwick org:\"water board\" after:2025-03 before:2025 has:video topic:Sport",
        );
        assert_eq!(
            q.filters,
            [
                Filter::Source(vec!["fenwick".into()]),
                Filter::Org(vec!["water".into(), "board".into()]),
                Filter::After(Date::new(2025, 3, 1).unwrap()),
                Filter::Before(Date::new(2025, 1, 1).unwrap()),
                Filter::HasVideo,
                Filter::Topic(vec!["sport".into()]),
            ]
        );
        assert!(q.groups.is_empty());
    }

    #[test]
    fn marks_are_filters_and_other_values_words() {
        let q = Query::parse("is:unread -is:SAVED is:read harbour is:maybe");
        assert_eq!(
            q.filters,
            [Filter::Marked(Mark::Unread), Filter::Marked(Mark::Read)]
        );
        assert_eq!(q.excluded_filters, [Filter::Marked(Mark::Saved)]);
        assert_eq!(
            q.groups,
            [
                vec![word("harbour")],
                vec![word("is")],
                vec![typing("maybe")]
            ]
        );
        assert!(
            Mark::Unread.holds(0) && !Mark::Unread.holds(READ) && Mark::Read.holds(READ | SAVED)
        );
        assert!(Mark::Saved.holds(SAVED) && !Mark::Saved.holds(READ));
    }

    #[test]
    fn negated_filters_and_dates_within() {
        let q = Query::parse("-source:fenwick date:2025-03 comet");
        assert_eq!(q.excluded_filters, [Filter::Source(vec!["fenwick".into()])]);
        assert_eq!(
            q.filters,
            [Filter::During(Dated {
                date: Date::new(2025, 3, 1).unwrap(),
                precision: Precision::Month
            })]
        );
        assert_eq!(q.groups, [vec![typing("comet")]]);
    }

    #[test]
    fn written_filters_can_be_added_and_taken_out() {
        let input = "comet source:\"Fenwick Gazette\" -topic:sport before:someday";
        let written = written_filters(input);
        assert_eq!(written.len(), 2);
        assert_eq!(written[0].field, "source");
        assert_eq!(written[0].value, "Fenwick Gazette");
        assert_eq!(
            &input[written[0].range.clone()],
            "source:\"Fenwick Gazette\""
        );
        assert!(written[1].negated);
        assert_eq!(&input[written[1].range.clone()], "-topic:sport");
        assert_eq!(
            without(input, written[0].range.clone()),
            "comet -topic:sport before:someday"
        );
        assert_eq!(without("source:x", 0..8), "");

        let added = with_filter("comet", "person", "Ana Varga");
        assert_eq!(added, "comet person:\"Ana Varga\" ");
        assert_eq!(with_filter(&added, "person", "ana  VARGA"), added);
        assert_eq!(with_filter("", "date", "2025-03"), "date:2025-03 ");
        assert_eq!(with_filter("x", "org", "\"\""), "x");
        let q = Query::parse(&with_filter("é \"", "place", "Zürich \"Old\" Town"));
        assert_eq!(
            q.filters,
            [Filter::Place(vec![
                "zurich".into(),
                "old".into(),
                "town".into()
            ])]
        );
    }

    #[test]
    fn broken_syntax_degrades_to_words() {
        assert_eq!(
            Query::parse("\"harbour wall").groups,
            [vec![word("harbour")], vec![typing("wall")]]
        );
        assert_eq!(Query::parse("source:").groups, [vec![typing("source")]]);
        assert_eq!(
            Query::parse("before:someday").groups,
            [vec![word("before")], vec![typing("someday")]]
        );
        assert_eq!(
            Query::parse("OR OR").groups,
            [vec![word("or")], vec![typing("or")]]
        );
        assert_eq!(
            Query::parse("has:cats").groups,
            [vec![word("has")], vec![typing("cats")]]
        );
        assert!(Query::parse("-").is_empty());
        assert!(Query::parse("\"").is_empty());
        assert!(Query::parse("\"\"").is_empty());
        assert!(Query::parse("- -- \" “ ”").is_empty());
    }

    #[test]
    fn work_is_bounded() {
        let q = Query::parse(&"word ".repeat(10_000));
        assert_eq!(q.groups.len(), MAX_WORDS);
        let q = Query::parse(&"\"a b\" ".repeat(10_000));
        assert_eq!(q.groups.len(), MAX_WORDS / 2);
    }
}
