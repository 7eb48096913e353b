//! Reading an articles folder: which files are articles, how their bytes become text, and how
//! that text becomes an [`Article`].

mod decode;
mod raw;

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::model::Article;
use crate::{analyse, search};

pub use decode::decode;
pub use raw::{parse_raw, Parsed};

/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt"];

/// Everything read from one folder: the articles that could be used and every problem found.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The usable articles, sorted by id.
    pub articles: Vec<Article>,
    /// Every warning and error, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were looked at as candidate articles.
    pub files: usize,
}

impl Corpus {
    /// Whether any problem stops the build.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// One line for the end of a report: `compiled 21 articles from 21 files, 1 warning`.
    pub fn outcome(&self) -> String {
        let errors = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = self.diagnostics.len() - errors;
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        let mut line = format!(
            "compiled {} from {}",
            plural(self.articles.len(), "article"),
            plural(self.files, "file")
        );
        for (n, word) in [(errors, "error"), (warnings, "warning")] {
            if n > 0 {
                line.push_str(", ");
                line.push_str(&plural(n, word));
            }
        }
        line
    }
}

/// Reads every article under `dir`. Never fails as a whole: problems become diagnostics, and
/// every file is accounted for, either as an article or as a diagnostic.
pub fn load_dir(dir: &Path) -> Corpus {
    let mut corpus = Corpus::default();
    let mut files = Vec::new();
    if let Err(err) = list_files(dir, &mut files) {
        corpus.diagnostics.push(
            Diagnostic::error(dir, None, format!("cannot read the articles folder: {err}")).hint(
                "create it, or point BROADSHEET_ARTICLES at the folder that holds your articles",
            ),
        );
        return corpus;
    }
    files.sort();
    for path in files {
        load_file(dir, &path, &mut corpus);
    }
    corpus.articles.sort_by(|a, b| a.id.cmp(&b.id));
    for pair in corpus.articles.windows(2) {
        if let [a, b] = pair {
            if a.id == b.id {
                let path = dir.join(a.id.as_ref());
                corpus.diagnostics.push(
                    Diagnostic::error(&path, None, format!("two files have the id `{}`", a.id))
                        .hint("article ids come from file names without extension: rename one"),
                );
            }
        }
    }
    if corpus.files == 0 && corpus.diagnostics.is_empty() {
        corpus.diagnostics.push(
            Diagnostic::error(dir, None, "the articles folder holds no articles").hint(format!(
                "add a text file ending in .{} (headline on the first line, a blank line, then the body)",
                ARTICLE_EXTENSIONS.join(" or .")
            )),
        );
    }
    corpus
}

/// Whether a file name is one that editors and operating systems leave behind.
fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [".bak", ".swp", ".swo", ".tmp", ".orig"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// Collects the paths of the files under `dir`, skipping hidden files and editor backups.
fn list_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if is_ignored_name(&name.to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            list_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads, decodes and parses one file into `corpus`.
fn load_file(dir: &Path, path: &Path, corpus: &mut Corpus) {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !ARTICLE_EXTENSIONS.contains(&extension) {
        corpus.diagnostics.push(
            Diagnostic::warning(path, None, "skipped: not an article file").hint(format!(
                "articles end in .{}; move other files out of the articles folder",
                ARTICLE_EXTENSIONS.join(" or .")
            )),
        );
        return;
    }
    corpus.files += 1;
    let Some((id, section)) = id_and_section(dir, path) else {
        corpus.diagnostics.push(
            Diagnostic::error(path, None, "the file name is not valid UTF-8")
                .hint("rename the file using letters, digits, '-' and '_'"),
        );
        return;
    };
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            corpus.diagnostics.push(Diagnostic::error(
                path,
                None,
                format!("cannot read the file: {err}"),
            ));
            return;
        }
    };
    let text = match decode(path, &bytes) {
        Ok((text, warning)) => {
            corpus.diagnostics.extend(warning);
            text
        }
        Err(err) => {
            corpus.diagnostics.push(err);
            return;
        }
    };
    match parse_raw(path, &text) {
        Ok(parsed) => {
            let mut article = Article {
                id: id.into(),
                title: parsed.title.into(),
                source: parsed.source.map(Into::into),
                section: section.into(),
                blocks: parsed.blocks.into(),
                teaser: Default::default(),
                word_count: 0,
                reading_minutes: 0,
                terms: Default::default(),
            };
            analyse::analyse(&mut article);
            article.terms = search::article_terms(&article).into();
            corpus.articles.push(article);
        }
        Err(errors) => corpus.diagnostics.extend(errors),
    }
}

/// The article id (`world/china-defense`) and section (`world`) of `path` inside `dir`.
fn id_and_section(dir: &Path, path: &Path) -> Option<(String, String)> {
    let relative = path.strip_prefix(dir).ok()?.with_extension("");
    let parts = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect::<Option<Vec<_>>>()?;
    let (_, folders) = parts.split_last()?;
    Some((parts.join("/"), folders.join("/")))
}
