//! Quotations and who said them.

use broadsheet_format::model::{Quote, Text};

/// Words that report speech; the name next to one is the speaker.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "stated",
    "explained",
    "insisted",
    "argued",
    "wrote",
    "writes",
    "asked",
    "declared",
    "announced",
    "noted",
    "replied",
    "recalled",
    "admitted",
    "promised",
    "urged",
    "according",
];

/// Quoted words shorter than this are scare quotes ("a “necessary atmosphere”"), not quotes.
const MIN_WORDS: usize = 4;

/// The quotations in `paragraphs` (the article's running text, in order) with the speaker
/// the sentence around each names: a person from `people`, else an organization from `bodies`,
/// else, after "he" or "she", the person named last before it.
pub fn find(paragraphs: &[String], people: &[String], bodies: &[String]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut last_person: Option<&String> = None;
    for paragraph in paragraphs {
        let spans = spans(paragraph);
        let mut cursor = 0;
        for (start, end) in spans {
            let quoted = paragraph.get(start..end).unwrap_or("").trim();
            // People named in the text before this quote, for "he said".
            if let Some(p) = last_named(paragraph.get(cursor..start).unwrap_or(""), people) {
                last_person = Some(p);
            }
            cursor = end;
            if quoted.split_whitespace().count() < MIN_WORDS {
                continue;
            }
            let context = sentence_around(paragraph, start, end);
            let speaks = context
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| SPEECH.contains(&w.to_lowercase().as_str()));
            let named = nearest(&context, people).or_else(|| nearest(&context, bodies));
            let pronoun = context.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic()),
                    "he" | "she" | "He" | "She"
                )
            });
            let speaker = match (speaks, named) {
                (true, Some(name)) => Some(name.clone()),
                (true, None) if pronoun => last_person.cloned(),
                _ => None,
            };
            if let Some(p) = speaker.as_ref().filter(|s| people.contains(s)) {
                last_person = people.iter().find(|q| *q == p);
            }
            quotes.push(Quote {
                // "…fifty years," she said: the comma belongs to the sentence around it.
                text: Text::from(quoted.trim_end_matches([',', ';']).trim_end().to_owned()),
                speaker: speaker.map(Text::from),
            });
        }
        if let Some(p) = last_named(paragraph.get(cursor..).unwrap_or(""), people) {
            last_person = Some(p);
        }
    }
    quotes
}

/// Byte ranges of the text inside quotation marks: “…”, «…» or a pair of straight quotes.
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“' | '«' | '"') => open = Some((c, i + c.len_utf8())),
            (Some(('“', start)), '”') | (Some(('«', start)), '»') | (Some(('"', start)), '"') =>
            {
                spans.push((start, i));
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// The text of the sentence(s) holding `start..end`, with the quotation itself left out.
fn sentence_around(paragraph: &str, start: usize, end: usize) -> String {
    let before = paragraph.get(..start).unwrap_or("");
    let from = before.rfind(['.', '!', '?']).map_or(0, |i| i + 1);
    let after = paragraph.get(end..).unwrap_or("");
    let to = after
        .find(['.', '!', '?'])
        .map_or(paragraph.len(), |i| end + i + 1);
    // Skip the closing punctuation right after the quote (it belongs to the quote).
    let to = if to <= end + '”'.len_utf8() + 1 {
        after
            .get(2..)
            .and_then(|rest| rest.find(['.', '!', '?']))
            .map_or(paragraph.len(), |i| end + 2 + i + 1)
    } else {
        to
    };
    format!(
        "{} {}",
        paragraph.get(from..start).unwrap_or(""),
        paragraph.get(end..to.min(paragraph.len())).unwrap_or("")
    )
}

/// The name in `names` mentioned in `context` (whole or by its last word), if any; the first
/// one when several are.
fn nearest<'a>(context: &str, names: &'a [String]) -> Option<&'a String> {
    names
        .iter()
        .filter_map(|name| {
            let at = context.find(name.as_str()).or_else(|| {
                let surname = name.rsplit(' ').next().filter(|s| s.len() > 2)?;
                context.find(surname)
            })?;
            Some((at, name))
        })
        .min_by_key(|(at, _)| *at)
        .map(|(_, name)| name)
}

/// The person of `people` named last in `text`.
fn last_named<'a>(text: &str, people: &'a [String]) -> Option<&'a String> {
    people
        .iter()
        .filter_map(|p| {
            let at = text
                .rfind(p.as_str())
                .or_else(|| text.rfind(p.rsplit(' ').next()?))?;
            Some((at, p))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_come_from_the_sentence_or_the_last_person_named() {
        let people = vec!["Mao Ning".to_owned(), "Ada Quill".to_owned()];
        let paragraphs = vec![
            "Spokesman Mao Ning said that “the United States is aware of the difficulties.” Nothing else.".to_owned(),
            "Ada Quill arrived late. “We will rebuild the harbour wall,” she said. They wanted a “necessary atmosphere” there.".to_owned(),
            "“Nobody knows who wrote this line,” the sign read.".to_owned(),
        ];
        let quotes = find(&paragraphs, &people, &[]);
        assert_eq!(quotes.len(), 3, "{quotes:?}");
        assert_eq!(
            quotes[0].text,
            "the United States is aware of the difficulties."
        );
        assert_eq!(quotes[0].speaker.as_deref(), Some("Mao Ning"));
        // The comma before "she said" belongs to the sentence, not to the quote.
        assert_eq!(quotes[1].text, "We will rebuild the harbour wall");
        assert_eq!(quotes[1].speaker.as_deref(), Some("Ada Quill"));
        assert_eq!(quotes[2].speaker, None);
    }
}
