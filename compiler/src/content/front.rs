//! Front matter: the TOML (`+++`) or YAML (`---`) header that Hugo, Zola and Jekyll write
//! above an article.

use std::path::Path;

use crate::diagnostic::Diagnostic;
use broadsheet_format::model::Dated;

/// What the front matter says about an article. Keys it does not know are left alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `source`, `publication` or `publisher`.
    pub source: Option<String>,
    /// `date` (TOML date or an ISO 8601 string: `2023-04-17`, `2023-04`, `2023`, with or
    /// without a time).
    pub date: Option<Dated>,
    /// `author`, or the first of `authors`.
    pub author: Option<String>,
    /// `url` or `link`.
    pub url: Option<String>,
    /// `tags` (also Zola's `[taxonomies] tags`), a list or one string.
    pub tags: Vec<String>,
    /// `lang` or `language`.
    pub lang: Option<String>,
    /// `summary` or `description`.
    pub summary: Option<String>,
    /// `draft = true`: not published.
    pub draft: bool,
}

/// The parts of a file that starts with front matter.
pub struct Split<'a> {
    /// The front matter's text, without its fences.
    pub front: &'a str,
    /// Whether it is TOML (`+++`) rather than YAML (`---`).
    pub toml: bool,
    /// The line number of the front matter's first line.
    pub front_line: usize,
    /// Everything after the closing fence.
    pub body: &'a str,
    /// The line number of the body's first line.
    pub body_line: usize,
}

/// Splits off front matter when `text` opens with a `---` or `+++` fence. An opening fence
/// without a closing one is an error on line 1.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Option<Split<'a>>, Diagnostic> {
    let first = text.lines().next().unwrap_or("").trim_end();
    let toml = match first {
        "+++" => true,
        "---" => false,
        _ => return Ok(None),
    };
    let mut offset = text.find('\n').map_or(text.len(), |i| i + 1);
    let front_start = offset;
    for (n, line) in text
        .get(offset..)
        .unwrap_or("")
        .split_inclusive('\n')
        .enumerate()
    {
        let end = offset + line.len();
        if line.trim_end() == first {
            return Ok(Some(Split {
                front: text.get(front_start..offset).unwrap_or(""),
                toml,
                front_line: 2,
                body: text.get(end..).unwrap_or(""),
                body_line: n + 3,
            }));
        }
        offset = end;
    }
    Err(Diagnostic::error(
        path,
        Some(1),
        format!("the front matter opened with `{first}` is never closed"),
    )
    .hint(format!(
        "end the front matter with a line holding only `{first}`"
    )))
}

/// Reads the front matter of `path`.
pub fn parse(path: &Path, split: &Split) -> Result<FrontMatter, Diagnostic> {
    let fields = if split.toml {
        toml_fields(path, split)?
    } else {
        yaml_fields(path, split)?
    };
    let mut front = FrontMatter::default();
    for (key, value) in fields {
        let line = split.front_line + line_of_key(split.front, &key);
        let text = || value.first().cloned();
        match key.as_str() {
            "title" => front.title = text(),
            "source" | "publication" | "publisher" => front.source = text(),
            "author" | "authors" => front.author = text(),
            "url" | "link" => front.url = text(),
            "tags" => front.tags = value,
            "lang" | "language" => front.lang = text(),
            "summary" | "description" => front.summary = text(),
            "draft" => front.draft = text().as_deref() == Some("true"),
            "date" => {
                let raw = text().unwrap_or_default();
                front.date = Some(parse_date(&raw).ok_or_else(|| {
                    Diagnostic::error(path, Some(line), format!("`{raw}` is not a date"))
                        .hint("write dates as YYYY-MM-DD (or YYYY-MM, or YYYY), e.g. 2023-04-17")
                })?);
            }
            _ => {}
        }
    }
    Ok(front)
}

/// The 0-based line of the front matter where `key` is set, or 0.
fn line_of_key(front: &str, key: &str) -> usize {
    front
        .lines()
        .position(|line| {
            let line = line.trim_start();
            line.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(['=', ':']))
        })
        .unwrap_or(0)
}

/// A key and its values as strings (one for a scalar, several for a list).
type Fields = Vec<(String, Vec<String>)>;

fn toml_fields(path: &Path, split: &Split) -> Result<Fields, Diagnostic> {
    let table: toml::Table = split.front.parse().map_err(|err: toml::de::Error| {
        let line = err.span().map_or(0, |span| {
            split.front[..span.start.min(split.front.len())]
                .matches('\n')
                .count()
        });
        Diagnostic::error(
            path,
            Some(split.front_line + line),
            format!("the TOML front matter cannot be read: {}", err.message()),
        )
        .hint("check the quoting: text values need quotes, e.g. title = \"A headline\"")
    })?;
    let mut fields = Fields::new();
    let mut add = |key: &str, value: &toml::Value| {
        let values = match value {
            toml::Value::Array(items) => items.iter().filter_map(toml_scalar).collect(),
            other => toml_scalar(other).into_iter().collect(),
        };
        fields.push((key.to_owned(), values));
    };
    for (key, value) in &table {
        add(key, value);
    }
    if let Some(toml::Value::Table(taxonomies)) = table.get("taxonomies") {
        if let Some(tags) = taxonomies.get("tags") {
            add("tags", tags);
        }
    }
    Ok(fields)
}

fn toml_scalar(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

/// Refuses YAML aliases (`*name`): the loader copies what an alias names, so a few hundred
/// bytes of anchors that alias each other expand into gigabytes. Front matter never needs them.
/// Errors of the YAML itself are left to the loader, which words them.
fn refuse_aliases(path: &Path, split: &Split) -> Result<(), Diagnostic> {
    use yaml_rust2::parser::Parser;
    use yaml_rust2::Event;
    let mut parser = Parser::new_from_str(split.front);
    loop {
        match parser.next_token() {
            Ok((Event::StreamEnd, _)) | Err(_) => return Ok(()),
            Ok((Event::Alias(_), mark)) => {
                return Err(Diagnostic::error(
                    path,
                    Some(split.front_line + mark.line().saturating_sub(1)),
                    "the YAML front matter uses an alias (`*name`), which is not read here",
                )
                .hint("write the value out in full instead of referring to an anchor (`&name`)"));
            }
            Ok(_) => {}
        }
    }
}

fn yaml_fields(path: &Path, split: &Split) -> Result<Fields, Diagnostic> {
    use yaml_rust2::{Yaml, YamlLoader};
    refuse_aliases(path, split)?;
    let docs = YamlLoader::load_from_str(split.front).map_err(|err| {
        Diagnostic::error(
            path,
            Some(split.front_line + err.marker().line().saturating_sub(1)),
            format!("the YAML front matter cannot be read: {}", err.info()),
        )
        .hint("write one `key: value` a line; quote values that hold ': ' or start with a symbol")
    })?;
    let scalar = |value: &Yaml| match value {
        Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
        Yaml::Integer(i) => Some(i.to_string()),
        Yaml::Boolean(b) => Some(b.to_string()),
        _ => None,
    };
    let mut fields = Fields::new();
    match docs.first() {
        None | Some(Yaml::Null) => {}
        Some(Yaml::Hash(hash)) => {
            for (key, value) in hash {
                let Some(key) = key.as_str() else { continue };
                let values = match value {
                    Yaml::Array(items) => items.iter().filter_map(scalar).collect(),
                    other => scalar(other).into_iter().collect(),
                };
                fields.push((key.to_owned(), values));
            }
        }
        Some(_) => {
            return Err(Diagnostic::error(
                path,
                Some(split.front_line),
                "the YAML front matter is not a set of `key: value` lines",
            )
            .hint("write e.g. `title: A headline` on its own line"));
        }
    }
    Ok(fields)
}

/// Reads `2023-04-17`, `2023-04-17T10:00:00Z`, `2023-04-17 10:00`, `2023-04` or `2023`
/// ([`Dated::parse`], the one date reader).
pub fn parse_date(text: &str) -> Option<Dated> {
    Dated::parse(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use broadsheet_format::model::{Date, Precision};

    fn front(text: &str) -> Result<FrontMatter, Diagnostic> {
        let path = Path::new("a.md");
        let split = split(path, text)?.expect("front matter");
        parse(path, &split)
    }

    #[test]
    fn toml_with_zola_taxonomies() {
        let f = front(
            "+++\ntitle = \"T\"\ndate = 2023-04-17\n[taxonomies]\ntags = [\"a\", \"b\"]\n+++\nBody",
        )
        .unwrap();
        assert_eq!(f.title.as_deref(), Some("T"));
        assert_eq!(f.date, parse_date("2023-04-17"));
        assert_eq!(f.tags, ["a", "b"]);
    }

    #[test]
    fn yaml_lists_and_quoted_values() {
        let f = front("---\ntitle: \"A: B\"\ntags:\n  - x\n  - y\nauthor: Jo\ndraft: true\n---\n")
            .unwrap();
        assert_eq!(f.title.as_deref(), Some("A: B"));
        assert_eq!(f.tags, ["x", "y"]);
        assert_eq!(f.author.as_deref(), Some("Jo"));
        assert!(f.draft);
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(parse_date("2023").unwrap().precision, Precision::Year);
        assert_eq!(parse_date("2023-04").unwrap().precision, Precision::Month);
        let d = parse_date("2023-04-17T10:00:00+02:00").unwrap();
        assert_eq!(
            (d.date, d.precision),
            (Date::new(2023, 4, 17).unwrap(), Precision::Day)
        );
        assert_eq!(parse_date("2023-02-30"), None);
        assert_eq!(parse_date("17/04/2023"), None);
    }

    #[test]
    fn aliases_are_refused_with_their_line() {
        // Anchors of nine aliases each, five deep: 9^5 strings once expanded. (Nine deep, the
        // 350-byte version, took every byte of memory before aliases were refused; any alias
        // is refused now, so a shallow one shows it without the risk.)
        let mut text = String::from("---\ntitle: T\na0: &a0 [\"lol\"]\n");
        for level in 1..6 {
            let prev = level - 1;
            let aliases = vec![format!("*a{prev}"); 9].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{aliases}]\n"));
        }
        text.push_str("---\nBody\n");
        let err = front(&text).unwrap_err();
        assert_eq!(err.line, Some(4), "{err}");
        assert!(err.message.contains("alias"), "{err}");
        // An anchor alone is harmless and still read.
        let f = front("---\ntitle: &t T\n---\n").unwrap();
        assert_eq!(f.title.as_deref(), Some("T"));
    }

    #[test]
    fn errors_name_the_line() {
        let err = front("---\ntitle: T\ndate: someday\n---\n").unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.message.contains("`someday` is not a date"));
        let err = front("+++\ntitle = \"T\"\nbroken = \n+++\n").unwrap_err();
        assert_eq!(err.line, Some(3), "{err}");
        let err = split(Path::new("a.md"), "---\ntitle: T\n").err().unwrap();
        assert_eq!(err.line, Some(1));
    }
}
