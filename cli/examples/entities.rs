//! Entities on real news: the people, places and organizations the analysis finds, scored
//! against a corpus annotated by hand in the CoNLL column format (one token a line, its tag
//! last: `B-PER`, `I-LOC`, `O` ...; a blank line ends a sentence, `-DOCSTART-` a document).
//!
//! ```text
//! cargo run --release -p broadsheet-cli --example entities -- PART=FILE ...
//! ```
//!
//! Each document's sentences are written out as text (tokens joined by spaces, none before
//! closing punctuation) and given to the analysis as its sentences. A mention counts as found
//! when the analysis names something of the same kind starting at the same place in the
//! same sentence: the analysis reports where a name starts and what it stands for ("United
//! States" for "U.S."), not where the name ends. The corpus's fourth kind, MISC, is not one
//! the widget has; what the analysis finds where MISC is marked (a demonym the analysis reads
//! as its country, "German" as Germany) is left out of the count rather than held against it.
//!
//! Each file is read as a corpus, as the build reads an articles folder: a name a document
//! leaves unexplained is what the other documents say it is (`--alone`: each document by
//! itself).
//!
//! Prints one Markdown row a part and kind: mentions, precision, recall, F1; and, with
//! `--misses KIND`, the tuning part's misses and false finds of that kind, for study.

use std::collections::HashMap;

use broadsheet_compiler::analyse::entities::{corpus_kinds, learn};
use broadsheet_compiler::analyse::{entities, Entities, Kind};

/// A mention marked in the corpus: its kind (`None` for MISC), sentence and byte offset.
type Gold = (Option<Kind>, usize, usize);

/// One document: its sentences as text, and the mentions marked in them.
#[derive(Default)]
struct Document {
    sentences: Vec<String>,
    gold: Vec<Gold>,
}

fn kind_of(tag: &str) -> Option<Kind> {
    match tag {
        "PER" => Some(Kind::Person),
        "LOC" => Some(Kind::Place),
        "ORG" => Some(Kind::Organization),
        _ => None,
    }
}

/// Whether `token` is written against the word before it.
fn closes(token: &str) -> bool {
    matches!(
        token,
        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "'s" | "'" | "n't" | "'re" | "'ve"
    )
}

/// The documents of a file in the CoNLL column format.
fn read(text: &str) -> Vec<Document> {
    let mut documents: Vec<Document> = Vec::new();
    let mut doc = Document::default();
    let mut sentence = String::new();
    let mut previous = "O".to_owned();
    let end_sentence = |doc: &mut Document, sentence: &mut String, previous: &mut String| {
        if !sentence.is_empty() {
            doc.sentences.push(std::mem::take(sentence));
        }
        *previous = "O".to_owned();
    };
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.as_slice() {
            [] => end_sentence(&mut doc, &mut sentence, &mut previous),
            [first, ..] if *first == "-DOCSTART-" => {
                end_sentence(&mut doc, &mut sentence, &mut previous);
                if !doc.sentences.is_empty() {
                    documents.push(std::mem::take(&mut doc));
                }
            }
            [token, .., tag] => {
                if !sentence.is_empty() && !closes(token) && !sentence.ends_with('(') {
                    sentence.push(' ');
                }
                let at = sentence.len();
                sentence.push_str(token);
                let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
                let continues =
                    prefix == "I" && previous.split_once('-').map(|(_, k)| k) == Some(kind);
                if prefix != "O" && !continues {
                    doc.gold.push((kind_of(kind), doc.sentences.len(), at));
                }
                previous = (*tag).to_owned();
            }
            [_] => {}
        }
    }
    end_sentence(&mut doc, &mut sentence, &mut previous);
    if !doc.sentences.is_empty() {
        documents.push(doc);
    }
    documents
}

#[derive(Default, Clone, Copy)]
struct Count {
    gold: usize,
    found: usize,
    right: usize,
}

impl Count {
    fn row(&self, part: &str, documents: usize, kind: &str) -> String {
        let p = self.right as f64 / self.found.max(1) as f64;
        let r = self.right as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "| {part} | {documents} | {kind} | {} | {} | {:.3} | {:.3} | {:.3} |",
            self.gold, self.found, p, r, f
        )
    }
}

/// The names of `list`, each with `kind`.
fn named(kind: Kind, list: &[String]) -> impl Iterator<Item = (Kind, &str)> {
    list.iter().map(move |n| (kind, n.as_str()))
}

const KINDS: [(Kind, &str); 3] = [
    (Kind::Person, "people"),
    (Kind::Place, "places"),
    (Kind::Organization, "organizations"),
];

fn main() {
    let mut parts: Vec<(String, String)> = Vec::new();
    let mut misses: Option<Kind> = None;
    let mut alone = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--alone" {
            alone = true;
            continue;
        }
        if arg == "--misses" {
            let name = args.next().unwrap_or_default();
            misses = KINDS.iter().find(|(_, n)| *n == name).map(|(k, _)| *k);
            continue;
        }
        let Some((part, file)) = arg.split_once('=') else {
            eprintln!(
                "usage: entities [--alone] [--misses people|places|organizations] PART=FILE ..."
            );
            std::process::exit(2);
        };
        parts.push((part.to_owned(), file.to_owned()));
    }
    println!("| part | documents | kind | mentions marked | found | precision | recall | F1 |");
    println!("|---|---|---|---|---|---|---|---|");
    for (n, (part, file)) in parts.iter().enumerate() {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(err) => {
                eprintln!("entities: {file}: {err}");
                std::process::exit(1);
            }
        };
        let documents = read(&text);
        // The file is a corpus: as the build does, names a document leaves unexplained are
        // what the other documents say they are.
        let found: Vec<Entities> = documents
            .iter()
            .map(|doc| {
                let sentences: Vec<&str> = doc.sentences.iter().map(String::as_str).collect();
                entities(&sentences)
            })
            .collect();
        let known = corpus_kinds(found.iter().flat_map(|e| {
            named(Kind::Person, &e.people)
                .chain(named(Kind::Place, &e.places))
                .chain(named(Kind::Organization, &e.organizations))
        }));
        let mut counts: HashMap<Kind, Count> = HashMap::new();
        for (doc, found) in documents.iter().zip(&found) {
            let mut found = found.clone();
            if !alone {
                found.mentions.extend(learn(&found.unresolved, &known));
            }
            let marked = |sentence: usize, at: usize| {
                doc.gold
                    .iter()
                    .find(|(_, s, a)| *s == sentence && *a == at)
                    .map(|(k, _, _)| *k)
            };
            for (kind, _) in KINDS {
                let c = counts.entry(kind).or_default();
                c.gold += doc.gold.iter().filter(|(k, _, _)| *k == Some(kind)).count();
                for m in found.mentions.iter().filter(|m| m.kind == kind) {
                    match marked(m.sentence, m.at) {
                        Some(None) => continue,
                        Some(Some(k)) if k == kind => c.right += 1,
                        _ => {
                            if misses == Some(kind) && n == 0 {
                                let s = &doc.sentences[m.sentence];
                                println!("false {:?} `{}` in: {s}", kind, m.name);
                            }
                        }
                    }
                    c.found += 1;
                }
                if misses == Some(kind) && n == 0 {
                    for (_, s, at) in doc.gold.iter().filter(|(k, _, _)| *k == Some(kind)) {
                        let hit = found
                            .mentions
                            .iter()
                            .any(|m| m.kind == kind && m.sentence == *s && m.at == *at);
                        if !hit {
                            let text = &doc.sentences[*s];
                            let word = text[*at..].split(' ').next().unwrap_or("");
                            println!("missed {kind:?} `{word}` in: {text}");
                        }
                    }
                }
            }
        }
        let mut all = Count::default();
        for (kind, name) in KINDS {
            let c = counts.get(&kind).copied().unwrap_or_default();
            println!("{}", c.row(part, documents.len(), name));
            all.gold += c.gold;
            all.found += c.found;
            all.right += c.right;
        }
        println!("{}", all.row(part, documents.len(), "all three"));
    }
}
