//! People, places and organizations named in an article, found without a language model:
//! runs of capitalised words, split and classified by a gazetteer of countries, capitals and
//! demonyms, by organization head words ("Ministry", "Institute"), by the roles and honorifics
//! that precede names ("spokesman Mao Ning", "General Li Shangfu"), and by surname
//! back-references ("Lloyd Austin ... Austin met").

use std::collections::HashMap;

use broadsheet_format::model::MONTH_NAMES;

use super::gazetteer::{
    self, is_given_name, is_organization_head, is_person_cue, is_place_head, Known, COMPANY_FORMS,
    PERSON_CUES,
};

/// What kind of thing a name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organization.
    Organization,
}

/// One mention of an entity in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// What it is.
    pub kind: Kind,
    /// Its canonical name ("United States" for "US").
    pub name: String,
    /// The sentence it is in.
    pub sentence: usize,
    /// Where in the sentence it starts, in bytes.
    pub at: usize,
}

/// The entities of an article, each kind most mentioned first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entities {
    /// People.
    pub people: Vec<String>,
    /// Places.
    pub places: Vec<String>,
    /// Organizations.
    pub organizations: Vec<String>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
    /// Mentions of names of one to three words that nothing in the article explains, in
    /// reading order: another article may say what they are (see [`learn`]).
    pub unresolved: Vec<Unexplained>,
}

/// A mention of a name its article does not explain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unexplained {
    /// The name as written.
    pub name: String,
    /// The sentence it is in.
    pub sentence: usize,
    /// Where in the sentence it starts, in bytes.
    pub at: usize,
}

/// What each name is, as the articles that explain it say (`names`: every kind and name they
/// give); a name given two kinds is left out.
pub fn corpus_kinds<'a>(names: impl Iterator<Item = (Kind, &'a str)>) -> HashMap<&'a str, Kind> {
    let mut kinds: HashMap<&str, Option<Kind>> = HashMap::new();
    for (kind, name) in names {
        let seen = kinds.entry(name).or_insert(Some(kind));
        if *seen != Some(kind) {
            *seen = None;
        }
    }
    kinds
        .into_iter()
        .filter_map(|(name, kind)| Some((name, kind?)))
        .collect()
}

/// The mentions among `unresolved` that the rest of the corpus explains (`known`, from
/// [`corpus_kinds`]): "the Lowmoor lifeboat" where another article reports from Lowmoor.
pub fn learn(unresolved: &[Unexplained], known: &HashMap<&str, Kind>) -> Vec<Mention> {
    unresolved
        .iter()
        .filter_map(|u| {
            Some(Mention {
                kind: *known.get(u.name.as_str())?,
                name: u.name.clone(),
                sentence: u.sentence,
                at: u.at,
            })
        })
        .collect()
}

/// Capitalised words that start sentences without naming anything.
const COMMON_CAPITALISED: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "Of",
    "With",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "While",
    "When",
    "Where",
    "Why",
    "How",
    "What",
    "Who",
    "Which",
    "After",
    "Before",
    "Since",
    "As",
    "If",
    "Although",
    "Though",
    "Because",
    "Once",
    "One",
    "Two",
    "Three",
    "Some",
    "Many",
    "Most",
    "All",
    "No",
    "Not",
    "Now",
    "Then",
    "Still",
    "Even",
    "Also",
    "Yes",
    "Last",
    "Next",
    "First",
    "Meanwhile",
    "Instead",
    "Despite",
    "During",
    "Under",
    "Over",
    "About",
    "Until",
    "According",
    "Asked",
    "Both",
    "Each",
    "Every",
    "Few",
    "More",
    "Other",
    "Such",
    "Only",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Recently",
    "Finally",
    "Officials",
    "Experts",
    "Residents",
    "Critics",
    "Analysts",
    "Talks",
    "Sources",
    "Local",
    "Several",
];

/// Weekday names: capitalised, never entities here (nor are month names).
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether `word` names a month or a day of the week.
fn is_calendar(word: &str) -> bool {
    MONTH_NAMES.contains(&word) || WEEKDAYS.contains(&word)
}

/// Upper-case words that are not organizations.
const NOT_ACRONYMS: &[&str] = &[
    "CEO", "TV", "PM", "AM", "OK", "GDP", "AI", "ID", "DNA", "CO2",
];

/// Lower-case words after a name that make it an organization ("a Pirelli spokesman", "the
/// Interfax news agency", "Samsung shares").
const ORGANIZATION_CUES_AFTER: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "shares",
    "shareholders",
    "chairman",
    "agency",
    "newspaper",
    "subsidiary",
    "bank",
];

/// Lower-case words before a name that make it an organization ("Belgian club Standard
/// Liege", "militant group Hamas", "the carrier Lufthansa").
const ORGANIZATION_CUES_BEFORE: &[&str] = &[
    "club",
    "team",
    "side",
    "group",
    "firm",
    "company",
    "carrier",
    "airline",
    "bank",
    "newspaper",
    "daily",
    "agency",
    "party",
    "insurer",
    "broker",
    "distributor",
    "maker",
    "manufacturer",
    "retailer",
    "giant",
];

/// Verbs of speech: a name of two or three words right before one is a person's.
const SPEECH: &[&str] = &["said", "says", "told", "added", "wrote", "asked"];

/// Whether the words of a name could be a person's: not ending in a single letter ("Division
/// B"), and holding no known place ("Real Madrid").
fn person_like(parts: &[&str]) -> bool {
    parts.last().is_some_and(|w| w.chars().count() > 1)
        && !parts
            .iter()
            .any(|p| matches!(gazetteer::lookup(p), Some(Known::Place(_))))
}

/// Whether `word` is a number, a score or a time ("3", "167-6", "1:45.27", ".515").
fn is_number(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | '.' | ',' | '/'))
}

/// Whether `word` is an initial: one capital and a full stop ("M.").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Organizations' heads that name no one organization on their own ("Police said").
const GENERIC_HEADS: &[&str] = &[
    "Police",
    "Army",
    "Navy",
    "Department",
    "Ministry",
    "Office",
    "Service",
    "Board",
    "Court",
    "Committee",
    "Commission",
    "Council",
    "Agency",
    "Group",
    "Company",
];

/// Lower-case words after a name that make it a place ("Lowmoor harbour reopened", "Dunmere
/// residents").
const PLACE_CUES_AFTER: &[&str] = &[
    "harbour",
    "harbor",
    "council",
    "residents",
    "villagers",
    "town",
    "village",
    "port",
    "airport",
    "mayor",
];

/// Lower-case words after which an unexplained name is a place.
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "from", "outside", "across", "around"];

/// Lower-case words that link the words of one name.
const CONNECTORS: &[&str] = &[
    "of", "for", "de", "du", "van", "von", "al", "bin", "la", "le", "der",
];

/// A word of a sentence, stripped of surrounding punctuation.
#[derive(Clone, Debug)]
struct Word<'a> {
    text: &'a str,
    /// The word with its possessive ending, as it reads inside a longer name.
    full: &'a str,
    at: usize,
    /// Ends in `’s` / `'s` (already removed from `text`).
    possessive: bool,
    /// Punctuation after it separates it from the next word (comma, colon, quote, bracket).
    break_after: bool,
    /// Punctuation before it separates it from the word before (an opening bracket or quote).
    break_before: bool,
    /// An opening bracket comes right before it.
    bracketed: bool,
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The words of a sentence; hyphenated words of capitalised parts (`China-Russia`) split.
fn words(sentence: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in sentence.split_inclusive(char::is_whitespace) {
        let at = offset;
        offset += raw.len();
        let trimmed = raw.trim_end();
        let lead = trimmed.len()
            - trimmed
                .trim_start_matches(['“', '"', '‘', '\'', '(', '[', '«'])
                .len();
        let break_before = lead > 0;
        let bracketed = trimmed.starts_with(['(', '[']);
        let mut text = trimmed.get(lead..).unwrap_or("");
        let untrimmed = text;
        loop {
            let before = text;
            text = text.trim_end_matches([
                ',', ';', ':', '!', '?', '”', '"', '’', '\'', ')', ']', '»', '…',
            ]);
            // A final full stop belongs to abbreviations (U.S., Gen.) but not to other words.
            if let Some(stripped) = text.strip_suffix('.') {
                let abbreviation =
                    stripped.contains('.') || PERSON_CUES.contains(&text) || text.len() <= 3;
                if !abbreviation {
                    text = stripped;
                }
            }
            if text == before {
                break;
            }
        }
        let break_after = text.len() != untrimmed.len() && !untrimmed.ends_with(['’', '\'']);
        let full = text;
        let mut possessive = false;
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(stripped) = text.strip_suffix(suffix) {
                if suffix.len() > 1 || stripped.ends_with('s') {
                    text = stripped;
                    possessive = true;
                    break;
                }
            }
        }
        if text.is_empty() {
            continue;
        }
        let at = at + lead;
        let parts: Vec<&str> = text.split('-').collect();
        if parts.len() > 1 && parts.iter().all(|p| is_capitalised(p)) {
            let mut part_at = at;
            let last = parts.len() - 1;
            for (i, part) in parts.into_iter().enumerate() {
                out.push(Word {
                    text: part,
                    full: part,
                    at: part_at,
                    possessive: possessive && i == last,
                    break_after: true,
                    break_before: true,
                    bracketed: bracketed && i == 0,
                });
                part_at += part.len() + 1;
            }
        } else {
            out.push(Word {
                text,
                full,
                at,
                possessive,
                break_after,
                break_before,
                bracketed,
            });
        }
    }
    out
}

/// A run of capitalised words (with connectors inside), and the word before it.
struct Run<'a> {
    words: Vec<Word<'a>>,
    before: Option<&'a str>,
    /// The word after it, when nothing separates the two.
    after: Option<&'a str>,
    /// The word after it, when an opening bracket separates the two: "Gete Wami (Ethiopia)".
    in_brackets: Option<&'a str>,
    sentence_start: bool,
    /// Its sentence is a row of a results table: numbers are a third of its words or more.
    table: bool,
}

fn runs<'a>(words: &[Word<'a>]) -> Vec<Run<'a>> {
    let mut runs = Vec::new();
    let numbers = words.iter().filter(|w| is_number(w.text)).count();
    let table = numbers >= 2 && numbers * 3 >= words.len();
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let start = i;
        let mut run = vec![words[i].clone()];
        let mut j = i + 1;
        while j < words.len() && !run.last().is_some_and(|w: &Word| w.break_after) {
            let w = &words[j];
            if w.break_before {
                break;
            }
            // "China’s Defense Minister": the owner ends the name once it names something;
            // "People’s Liberation Army": otherwise the possessive is part of the name.
            if run.last().is_some_and(|w: &Word| w.possessive) && names_something(&run) {
                break;
            }
            let name_word = is_capitalised(w.text) && !is_calendar(w.text);
            let connector = CONNECTORS.contains(&w.text)
                && words.get(j + 1).is_some_and(|n| is_capitalised(n.text))
                && !w.break_after;
            if !(name_word || connector) {
                break;
            }
            run.push(w.clone());
            j += 1;
        }
        let before = start
            .checked_sub(1)
            .and_then(|b| words.get(b))
            .map(|w| w.text);
        let after = words
            .get(j)
            .filter(|_| !run.last().is_some_and(|w: &Word| w.break_after))
            .filter(|w| !w.break_before)
            .map(|w| w.text);
        let in_brackets = words.get(j).filter(|w| w.bracketed).map(|w| w.text);
        runs.push(Run {
            words: run,
            before,
            after,
            in_brackets,
            sentence_start: start == 0,
            table,
        });
        i = j;
    }
    runs
}

/// The name the words spell, possessive endings kept inside it but not at its end.
fn join(words: &[Word]) -> String {
    let last = words.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| if i == last { w.text } else { w.full })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a run read so far already names a known place, an organization or a person.
fn names_something(run: &[Word]) -> bool {
    gazetteer::lookup(&join(run)).is_some()
        || run
            .iter()
            .any(|w| is_organization_head(w.text) || is_person_cue(w.text))
        || run.len() >= 2
}

/// A name as classified in one sentence, before back-references are resolved.
#[derive(Clone, Debug)]
struct Found {
    kind: Option<Kind>,
    name: String,
    at: usize,
    /// A place suggested by the preposition before it, if nothing better is found.
    place_hint: bool,
}

/// Classifies one run; may yield several names (`US President Joe Biden`: a place, a person).
fn classify(run: &Run, out: &mut Vec<Found>) {
    let mut words: &[Word] = &run.words;
    // Drop calendar words and common sentence openers at the start.
    while let Some(first) = words.first() {
        let opener =
            COMMON_CAPITALISED.contains(&first.text) && (run.sentence_start || words.len() > 1);
        if is_calendar(first.text) || opener || CONNECTORS.contains(&first.text) {
            words = &words[1..];
        } else {
            break;
        }
    }
    while let Some(last) = words.last() {
        if CONNECTORS.contains(&last.text) {
            words = &words[..words.len() - 1];
        } else {
            break;
        }
    }
    if words.is_empty() {
        return;
    }
    // Known names at the start: "US President ...", "Russian President ...", "China ...".
    for take in (1..=words.len().min(4)).rev() {
        let name = join(&words[..take]);
        let known = gazetteer::lookup(&name).or_else(|| {
            (take == 1 && gazetteer::is_demonym(&name))
                .then_some(())
                .and(gazetteer::lookup(&name))
        });
        if let Some(known) = known {
            let (kind, canonical) = match known {
                Known::Place(p) => (Kind::Place, p),
                Known::Organization(o) => (Kind::Organization, o),
            };
            let rest = &words[take..];
            // A city's or state's name with a plural after it is a team's or a company's:
            // "the Texas Rangers", "Minnesota Twins" (not "Indians", a demonym).
            let nickname = kind == Kind::Place
                && matches!(rest, [last] if is_nickname(last.text))
                && !gazetteer::is_demonym(&name);
            // A row of results: a city or state with a score after it is its team ("TEXAS
            // 75 58 .564", "Chicago 5 Boston 3"); a country stays a place (its national side).
            let team = kind == Kind::Place
                && rest.is_empty()
                && run.table
                && run.after.is_some_and(is_number)
                && !gazetteer::is_country(canonical);
            let whole = join(words);
            let (kind, canonical, rest) = if nickname {
                (Kind::Organization, whole.as_str(), &[][..])
            } else if team {
                (Kind::Organization, name.as_str(), rest)
            } else {
                (kind, canonical, rest)
            };
            // A known place followed by an organization's head is part of its name.
            if kind == Kind::Place
                && rest.iter().any(|w| is_organization_head(w.text))
                && !rest.iter().any(|w| is_person_cue(w.text))
            {
                break;
            }
            out.push(Found {
                kind: Some(kind),
                name: canonical.to_owned(),
                at: words[0].at,
                place_hint: false,
            });
            if !rest.is_empty() {
                let sub = Run {
                    words: rest.to_vec(),
                    before: Some(words[take - 1].text),
                    after: run.after,
                    in_brackets: run.in_brackets,
                    sentence_start: false,
                    table: run.table,
                };
                classify(&sub, out);
            }
            return;
        }
    }
    // A role inside the run: the words after the last one are a person's name.
    if let Some(cue) = words.iter().rposition(|w| is_person_cue(w.text)) {
        let mut name = &words[cue + 1..];
        // "Secretary of State Anthony Blinken": skip the portfolio.
        if name.first().is_some_and(|w| w.text == "of") {
            name = name.get(2..).unwrap_or(&[]);
        }
        if !name.is_empty() {
            let name = &name[..name.len().min(3)];
            out.push(Found {
                kind: Some(Kind::Person),
                name: join(name),
                at: name[0].at,
                place_hint: false,
            });
            return;
        }
    }
    let name = join(words);
    let at = words[0].at;
    if matches!(words, [w] if GENERIC_HEADS.contains(&w.text)) {
        return;
    }
    let kind = if words.iter().any(|w| is_organization_head(w.text)) {
        Some(Kind::Organization)
    } else if words.len() > 1 && words.last().is_some_and(|w| is_place_head(w.text)) {
        Some(Kind::Place)
    } else if matches!(words, [w] if is_acronym(w.text)) {
        // An acronym: "(IISS)", "NATO".
        Some(Kind::Organization)
    } else if run.before.is_some_and(is_person_cue) && words.len() <= 3 {
        // A lower-case role right before: "spokesman Mao Ning".
        Some(Kind::Person)
    } else if run
        .after
        .is_some_and(|w| ORGANIZATION_CUES_AFTER.contains(&w))
        || run
            .before
            .is_some_and(|w| ORGANIZATION_CUES_BEFORE.contains(&w))
    {
        Some(Kind::Organization)
    } else if (2..=3).contains(&words.len())
        && person_like(&words.iter().map(|w| w.text).collect::<Vec<_>>())
        && (is_given_name(words[0].text)
            || is_initial(words[0].text)
            || run.after.is_some_and(|w| SPEECH.contains(&w)))
    {
        // "Dean Saunders", "M. Bicknell": a common given name or an initial starts it;
        // "Hugh Johnson said": two or three words that speak.
        Some(Kind::Person)
    } else if (2..=3).contains(&words.len())
        && person_like(&words.iter().map(|w| w.text).collect::<Vec<_>>())
        && run.in_brackets.is_some_and(
            |w| matches!(gazetteer::lookup(w), Some(Known::Place(p)) if gazetteer::is_country(p)),
        )
    {
        // A name and the country in brackets after it, as results lists give athletes:
        // "Gete Wami (Ethiopia) 15:05.21", "Sjeng Schalken (Netherlands) beat ...".
        Some(Kind::Person)
    } else if run.table && run.after.is_some_and(is_number) {
        // A row of results: "Oldham 3 Ipswich 3", "Kent 244": the sides are teams.
        Some(Kind::Organization)
    } else {
        // Anything else is decided by the rest of the article.
        None
    };
    let opener = matches!(words, [w] if run.sentence_start && COMMON_CAPITALISED.contains(&w.text));
    if kind.is_some() || (words.len() <= 3 && !opener) {
        out.push(Found {
            kind,
            name,
            at,
            place_hint: kind.is_none()
                && (run.before.is_some_and(|b| PLACE_PREPOSITIONS.contains(&b))
                    || run.after.is_some_and(|a| PLACE_CUES_AFTER.contains(&a))),
        });
    }
}

/// Whether `word` reads as a team's or a product's plural nickname after a place ("Rangers",
/// "Twins"): capitalised, ending in a lower-case `s`, and known as nothing else.
fn is_nickname(word: &str) -> bool {
    word.chars().count() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && gazetteer::lookup(word).is_none()
        && !is_given_name(word)
        && !is_organization_head(word)
        && !is_place_head(word)
        && !is_person_cue(word)
        && !is_calendar(word)
}

/// Whether `word` is an acronym of 2 to 6 capitals that names an organization.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    word.chars()
        .all(|c| c.is_uppercase() || c == '.' || c == '&')
        && (2..=6).contains(&letters)
        && !NOT_ACRONYMS.contains(&word)
}

/// Whether `name` is ever written after a place preposition in `found`.
fn hinted_early(found: &[(usize, Found)], name: &str) -> bool {
    found.iter().any(|(_, f)| f.place_hint && f.name == name)
}

/// Whether a sentence is written in capitals: letters, none of them lower-case.
fn is_shouting(sentence: &str) -> bool {
    let mut letters = sentence.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_lowercase())
}

/// Short words that start places' names rather than stand for something ("NEW YORK", "SRI
/// LANKA", "LOS ANGELES"): calmed like longer words.
const NAME_STARTS: &[&str] = &["NEW", "SAN", "LOS", "LAS", "SRI", "ST"];

/// A sentence in capitals as it would be written normally: each word's ASCII letters after
/// its first lower-cased, abbreviations ("U.S.") and words of up to three letters ("UN")
/// kept, so that every byte stays where it was.
fn calmed(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    for word in sentence.split_inclusive(char::is_whitespace) {
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let abbreviation = word.trim_end().trim_end_matches(['.', ',']).contains('.');
        if (letters <= 3 && !NAME_STARTS.contains(&word.trim_end())) || abbreviation {
            out.push_str(word);
            continue;
        }
        let mut first = true;
        for c in word.chars() {
            if c.is_ascii_alphabetic() && !first {
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
            if c.is_alphabetic() {
                first = false;
            } else if c == '-' {
                first = true;
            }
        }
    }
    out
}

/// Finds the entities in `sentences` (the article's sentences, in order).
pub fn extract(sentences: &[&str]) -> Entities {
    let mut found: Vec<(usize, Found)> = Vec::new();
    for (s, sentence) in sentences.iter().enumerate() {
        // A headline or dateline in capitals: read as if written normally, and only the
        // names the gazetteer knows are taken from it ("LONDON", "JAPAN GET LUCKY WIN").
        let shouting = is_shouting(sentence);
        let calm;
        let text = if shouting {
            calm = calmed(sentence);
            calm.as_str()
        } else {
            sentence
        };
        let words = words(text);
        // A dateline on a line of its own: "NEW YORK 1996-08-30", "BONN 1996-08-30".
        let dateline = shouting
            && words.len() <= 4
            && words
                .last()
                .is_some_and(|w| is_number(w.text) && w.text.contains('-'));
        for run in runs(&words) {
            let mut names = Vec::new();
            if dateline && run.sentence_start {
                names.push(Found {
                    kind: Some(Kind::Place),
                    name: join(&run.words),
                    at: run.words.first().map_or(0, |w| w.at),
                    place_hint: false,
                });
            } else {
                classify(&run, &mut names);
            }
            if shouting && !dateline {
                // A row of results in capitals keeps its teams ("DETROIT 49 86 .363").
                names.retain(|f| {
                    f.kind.is_some_and(|k| k != Kind::Person)
                        && (gazetteer::lookup(&f.name).is_some()
                            || (run.table && f.kind == Some(Kind::Organization)))
                });
            }
            found.extend(names.into_iter().map(|f| (s, f)));
        }
    }
    // Known people: named after a role, or a multi-word name whose part recurs on its own.
    let mut people: Vec<String> = found
        .iter()
        .filter(|(_, f)| f.kind == Some(Kind::Person) && f.name.contains(' '))
        .map(|(_, f)| f.name.clone())
        .collect();
    let singles: Vec<&str> = found
        .iter()
        .filter(|(_, f)| !f.name.contains(' '))
        .map(|(_, f)| f.name.as_str())
        .collect();
    for (_, f) in &found {
        let parts: Vec<&str> = f.name.split(' ').collect();
        if f.kind.is_none()
            && (2..=3).contains(&parts.len())
            && !f.place_hint
            && !hinted_early(&found, &f.name)
        {
            let recurs = parts.iter().any(|p| singles.contains(p));
            if recurs && person_like(&parts) && !people.contains(&f.name) {
                people.push(f.name.clone());
            }
        }
    }
    // A name seen after "in" or "near" anywhere in the article is a place everywhere in it.
    let hinted: Vec<String> = found
        .iter()
        .filter(|(_, f)| f.place_hint && f.kind.is_none())
        .map(|(_, f)| f.name.clone())
        .collect();
    // Organizations named in full somewhere: "Pirelli SpA ... Pirelli said".
    let organizations: Vec<String> = found
        .iter()
        .filter(|(_, f)| f.kind == Some(Kind::Organization))
        .map(|(_, f)| f.name.clone())
        .collect();
    // Resolve every mention to a canonical entity.
    let mut mentions = Vec::new();
    let mut unresolved: Vec<Unexplained> = Vec::new();
    for (sentence, f) in found {
        let person = people.iter().find(|p| {
            **p == f.name || (!f.name.contains(' ') && p.split(' ').any(|part| part == f.name))
        });
        let organization = || {
            organizations.iter().find(|o| {
                **o == f.name
                    || (!f.name.contains(' ')
                        && o.split(' ').next() == Some(f.name.as_str())
                        && o.split(' ').skip(1).all(|w| COMPANY_FORMS.contains(&w)))
            })
        };
        let (kind, name) = match (f.kind, person) {
            (Some(Kind::Person) | None, Some(p)) => (Kind::Person, p.clone()),
            (Some(kind), _) => (kind, f.name),
            (None, None) if f.place_hint || hinted.contains(&f.name) => (Kind::Place, f.name),
            (None, None) => match organization() {
                Some(o) => (Kind::Organization, o.clone()),
                None => {
                    unresolved.push(Unexplained {
                        name: f.name,
                        sentence,
                        at: f.at,
                    });
                    continue;
                }
            },
        };
        mentions.push(Mention {
            kind,
            name,
            sentence,
            at: f.at,
        });
    }
    let mut counts: HashMap<(Kind, &str), (usize, usize)> = HashMap::new();
    for (order, m) in mentions.iter().enumerate() {
        counts
            .entry((m.kind, m.name.as_str()))
            .or_insert((0, order))
            .0 += 1;
    }
    let ranked = |kind: Kind| {
        let mut names: Vec<(&str, usize, usize)> = counts
            .iter()
            .filter(|((k, _), _)| *k == kind)
            .map(|((_, name), &(n, first))| (*name, n, first))
            .collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        names
            .into_iter()
            .map(|(name, _, _)| name.to_owned())
            .collect::<Vec<_>>()
    };
    Entities {
        people: ranked(Kind::Person),
        places: ranked(Kind::Place),
        organizations: ranked(Kind::Organization),
        mentions,
        unresolved,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extract_text(text: &str) -> Entities {
        let sentences = crate::analyse::sentences::split(text);
        extract(&sentences)
    }

    #[test]
    fn roles_split_runs_into_places_and_people() {
        let e = extract_text("US President Joe Biden met Russian President Putin. Foreign Ministry spokesman Mao Ning spoke.");
        assert_eq!(e.people, ["Joe Biden", "Putin", "Mao Ning"]);
        assert_eq!(e.places, ["United States", "Russia"]);
        assert_eq!(e.organizations, ["Foreign Ministry"]);
    }

    #[test]
    fn surnames_confirm_and_resolve_people() {
        let e = extract_text("A meeting between Lloyd Austin and General Li Shangfu was planned. Later Austin met Li in March.");
        assert_eq!(e.people, ["Lloyd Austin", "Li Shangfu"]);
        assert_eq!(
            e.mentions.iter().filter(|m| m.name == "Li Shangfu").count(),
            2
        );
    }

    #[test]
    fn possessives_and_acronyms() {
        let e = extract_text("Sanctions hit the People’s Liberation Army’s Arms Development Department. China’s Defense Minister Li spoke at the International Institute for Strategic Studies (IISS).");
        assert!(
            e.organizations
                .contains(&"People’s Liberation Army".to_owned()),
            "{e:?}"
        );
        assert!(e.organizations.contains(&"IISS".to_owned()), "{e:?}");
        assert!(
            e.organizations
                .contains(&"International Institute for Strategic Studies".to_owned()),
            "{e:?}"
        );
        assert_eq!(e.places, ["China"]);
    }

    #[test]
    fn unknown_names_after_place_prepositions_are_places() {
        let e = extract_text("The ferry from Lowmoor was late. Residents in Lowmoor complained.");
        assert_eq!(e.places, ["Lowmoor"]);
        assert!(e.people.is_empty());
    }

    #[test]
    fn headlines_in_capitals_give_only_known_names() {
        let e = extract(&[
            "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.",
            "LONDON 1996-08-30",
        ]);
        assert_eq!(e.places, ["Japan", "China", "London"]);
        assert!(e.people.is_empty() && e.organizations.is_empty(), "{e:?}");
    }

    #[test]
    fn given_names_initials_and_speech_make_people() {
        let e = extract_text("Scorers: Peter Mitchell scored twice. The stand was led by M. Bicknell. Later Hugh Johnson said the fans were tired.");
        assert_eq!(e.people, ["Peter Mitchell", "M. Bicknell", "Hugh Johnson"]);
        // Not a person's: a name ending in one letter, or holding a known place.
        let e = extract_text(
            "Real Madrid lost at home. Madrid fans left early. Lewis Division B said nothing.",
        );
        assert!(e.people.is_empty(), "{e:?}");
    }

    #[test]
    fn the_census_given_names_make_people_but_not_common_words() {
        // Given names the short list lacks, from the census list (given_names.txt).
        let e = extract_text("Lindsay Davenport beat Gail Devers. Jesse Owens won four golds.");
        assert_eq!(
            e.people,
            ["Lindsay Davenport", "Gail Devers", "Jesse Owens"]
        );
        // Names that are common words too are left out of it: no person here.
        let e = extract_text("The Summer Olympics opened. Hope Street was closed.");
        assert!(e.people.is_empty(), "{e:?}");
        // Nor does a place or a month the gazetteer knows count as a given name.
        assert!(!is_given_name("Jordan") && !is_given_name("June"));
        assert!(is_given_name("Lindsay") && !is_given_name("Summer"));
    }

    #[test]
    fn every_country_and_the_states_of_the_united_states_are_places() {
        // From GeoNames (places.txt): countries the short list lacks, and a state.
        let e = extract_text(
            "Fans travelled to Liechtenstein. A Texas trader and a Benin official agreed.",
        );
        assert_eq!(e.places, ["Liechtenstein", "Texas", "Benin"]);
        assert_eq!(gazetteer::lookup("Jamaica"), Some(Known::Place("Jamaica")));
        // Not a phrase that happens to be a capital's name.
        assert_eq!(gazetteer::lookup("The Valley"), None);
    }

    #[test]
    fn companies_are_named_again_without_their_legal_form() {
        let e = extract_text("Pirelli SpA announced a venture. Analysts said Pirelli had done well, and a Magna spokesman agreed.");
        assert_eq!(e.organizations, ["Pirelli SpA", "Magna"]);
        let e = extract_text(
            "The Lowmoor Harbour Authority met. The study will not protect Lowmoor from storms.",
        );
        assert_eq!(e.organizations, ["Lowmoor Harbour Authority"]);
        let names: Vec<&str> = e.unresolved.iter().map(|u| u.name.as_str()).collect();
        assert_eq!(names, ["Lowmoor"]);
        let known = corpus_kinds([(Kind::Place, "Lowmoor"), (Kind::Person, "Austin")].into_iter());
        let learned = learn(&e.unresolved, &known);
        assert_eq!((learned[0].kind, learned[0].sentence), (Kind::Place, 1));
        let torn = corpus_kinds([(Kind::Place, "Lowmoor"), (Kind::Person, "Lowmoor")].into_iter());
        assert!(learn(&e.unresolved, &torn).is_empty());
    }

    #[test]
    fn place_nouns_after_a_name_make_it_a_place() {
        let e = extract_text("Lowmoor harbour reopened on Monday. Police said the quay was safe.");
        assert_eq!(e.places, ["Lowmoor"]);
        assert!(e.organizations.is_empty(), "{e:?}");
    }

    #[test]
    fn the_sides_of_a_results_table_are_organizations() {
        let e = extract(&[
            "Oldham 3 Ipswich 3",
            "Warwickshire 195 and 109 (J. Benjamin 4-17), Surrey 468",
            "Oldham won 3 of their last 10 games.",
        ]);
        assert_eq!(
            e.organizations,
            ["Oldham", "Ipswich", "Warwickshire", "Surrey"]
        );
        assert_eq!(e.people, ["J. Benjamin"]);
    }

    #[test]
    fn a_state_or_a_city_with_a_score_is_its_team_and_a_country_its_country() {
        let e = extract(&[
            "TEXAS 75 58 .564 -",
            "DETROIT 49 86 .363 26 1/2",
            "Paris 2 Germany 1",
            "Texas voters went to the polls.",
        ]);
        assert_eq!(e.organizations, ["Texas", "Detroit", "Paris"]);
        assert_eq!(e.places, ["Germany", "Texas"]);
    }

    #[test]
    fn a_dateline_names_a_place_and_short_words_start_names() {
        let e = extract(&[
            "NEW YORK 1996-08-30",
            "BONN 1996-08-30",
            "SRI LANKA WIN IN 1996.",
        ]);
        assert_eq!(e.places, ["New York", "Bonn", "Sri Lanka"]);
    }

    #[test]
    fn a_name_with_its_country_in_brackets_is_an_athlete() {
        let e = extract(&[
            "2. Gete Wami (Ethiopia) 15:05.21",
            "Sjeng Schalken (Netherlands) beat David Rikl (Czech Republic) 6-2 6-4",
            "Saltcombe Harbour (Lowmoor) reopened.",
        ]);
        assert_eq!(e.people, ["Gete Wami", "Sjeng Schalken", "David Rikl"]);
        assert_eq!(
            e.places,
            [
                "Ethiopia",
                "Netherlands",
                "Czech Republic",
                "Saltcombe Harbour"
            ]
        );
    }

    #[test]
    fn a_plural_after_a_place_names_a_team() {
        let e = extract_text(
            "The Texas Rangers beat the Cleveland Indians. Later the Minnesota Twins lost in Texas.",
        );
        assert_eq!(e.organizations, ["Texas Rangers", "Minnesota Twins"]);
        assert_eq!(e.places, ["Texas"]);
        // A demonym's plural is a people, not a team.
        let e = extract_text("Chinese Americans voted in Ohio.");
        assert!(e.organizations.is_empty(), "{e:?}");
    }
}
