//! Reading an articles folder: which files are articles, how their bytes become text, and how
//! that text becomes an [`Article`].

mod decode;
mod front;
mod markdown;
mod raw;
mod url;

use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use broadsheet_format::model::{Article, Block, Dated, Precision, Text};

pub use decode::decode;
pub use front::{parse_date, FrontMatter};

pub use markdown::parse_markdown;
pub use raw::parse_raw;
pub use url::web_address;

/// File extensions read as articles: plain text, then Markdown.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

/// An article as read from its file, before analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The headline.
    pub title: String,
    /// The publication line, if the text has one.
    pub source: Option<String>,
    /// The body.
    pub blocks: Vec<Block>,
}

/// Everything read from one folder: the articles that could be used and every problem found,
/// at a stage of the build ([`stage::Parsed`], then [`stage::Analysed`]): each stage takes
/// the one before and gives the next, so an unanalysed corpus cannot be indexed by mistake.
#[derive(Debug)]
pub struct Corpus<Stage = stage::Analysed> {
    /// The usable articles: in id order when parsed; when analysed, newest first (undated
    /// last), then by id.
    pub articles: Vec<Article>,
    /// Every warning and error, in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many files were looked at as candidate articles.
    pub files: usize,
    stage: std::marker::PhantomData<Stage>,
}

/// The stages a [`Corpus`] passes through.
pub mod stage {
    /// Read and parsed: the articles' own fields only.
    #[derive(Debug)]
    pub struct Parsed;
    /// Analysed: every derived field filled in, in the widget's order.
    #[derive(Debug)]
    pub struct Analysed;
}

impl<Stage> Default for Corpus<Stage> {
    fn default() -> Self {
        Corpus {
            articles: Vec::new(),
            diagnostics: Vec::new(),
            files: 0,
            stage: std::marker::PhantomData,
        }
    }
}

impl Corpus<stage::Parsed> {
    /// The same articles and problems, at the next stage (see [`crate::analyse::analyse`]).
    pub(crate) fn into_stage<Next>(self) -> Corpus<Next> {
        Corpus {
            articles: self.articles,
            diagnostics: self.diagnostics,
            files: self.files,
            stage: std::marker::PhantomData,
        }
    }
}

impl<Stage> Corpus<Stage> {
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

/// Stage 1: reads and parses every article under `dir`. Never fails as a whole: problems
/// become diagnostics, and every file is accounted for, either as an article or as a
/// diagnostic.
pub fn read_dir(dir: &Path) -> Corpus<stage::Parsed> {
    let mut corpus = Corpus::default();
    let mut files = Vec::new();
    if let Err(err) = fs::read_dir(dir) {
        corpus.diagnostics.push(
            Diagnostic::error(dir, None, format!("cannot read the articles folder: {err}")).hint(
                "create it, or point BROADSHEET_ARTICLES at the folder that holds your articles",
            ),
        );
        return corpus;
    }
    list_files(dir, &mut files, &mut corpus.diagnostics);
    files.sort();
    let candidates = files
        .iter()
        .filter(|path| {
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            ARTICLE_EXTENSIONS.contains(&extension)
        })
        .count();
    if candidates > MAX_ARTICLES {
        corpus.diagnostics.push(
            Diagnostic::error(
                dir,
                None,
                format!("the folder holds {candidates} articles; one widget holds at most {MAX_ARTICLES}"),
            )
            .hint("build a widget for each section (BROADSHEET_ARTICLES=articles/world …), or archive older articles elsewhere"),
        );
        return corpus;
    }
    let mut loaded: Vec<(PathBuf, Article)> = Vec::new();
    // Each file read and parsed on its own (on every core), then what each gave taken in file
    // order: the same report, whatever the number of cores.
    let mut files: Vec<(PathBuf, Corpus<stage::Parsed>)> =
        files.into_iter().map(|p| (p, Corpus::default())).collect();
    let articles = crate::parallel::map_mut(&mut files, |(path, own)| load_file(dir, path, own));
    for ((path, own), article) in files.into_iter().zip(articles) {
        corpus.files += own.files;
        corpus.diagnostics.extend(own.diagnostics);
        if let Some(article) = article {
            loaded.push((path, article));
        }
    }
    loaded.sort_by(|(_, a), (_, b)| a.id.cmp(&b.id));
    for pair in loaded.windows(2) {
        if let [(first, a), (second, b)] = pair {
            if a.id == b.id {
                corpus.diagnostics.push(
                    Diagnostic::error(
                        second,
                        None,
                        format!("`{}` has the same id as {}", a.id, first.display()),
                    )
                    .hint(
                        "ids come from file names without their extension: rename one of the two",
                    ),
                );
            }
        }
    }
    corpus.articles = loaded.into_iter().map(|(_, article)| article).collect();
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

/// Collects the paths of the files under `dir`, skipping hidden files and editor backups. A
/// folder or entry that cannot be read is reported with its own path, and the rest is still
/// collected.
fn list_files(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<Diagnostic>) {
    let unreadable = |path: &Path, err: std::io::Error| {
        Diagnostic::error(path, None, format!("cannot read this folder: {err}"))
            .hint("give the build permission to read it, or move it out of the articles folder")
    };
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => return problems.push(unreadable(dir, err)),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                problems.push(unreadable(dir, err));
                continue;
            }
        };
        let name = entry.file_name();
        if is_ignored_name(&name.to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => list_files(&path, out, problems),
            _ => out.push(path),
        }
    }
}

/// The most articles one widget is built with: past it the folder is refused before any file
/// is read. (Measured with generated articles: see the README's "At 100, 2,000 and 10,000
/// articles" and its note on 100,000.)
pub const MAX_ARTICLES: usize = 100_000;

/// Past this size an article file is read with a warning, in bytes.
pub const LARGE_FILE_BYTES: u64 = 1 << 20;

/// Past this length a headline is read with a warning, in characters.
pub const MAX_HEADLINE_CHARS: usize = 300;

/// The largest article file read, in bytes. A long feature is a few hundred kilobytes; past
/// this a file is refused rather than built into every reader's download.
pub const MAX_FILE_BYTES: u64 = 4 << 20;

/// Reads an article file: only a regular file (a symlink is followed to one), and at most
/// [`MAX_FILE_BYTES`], so that a named pipe, a device or an endless file cannot hang or
/// exhaust the build.
fn read_article_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    use std::io::Read;
    let not_regular = || {
        Diagnostic::error(path, None, "not a regular file (a pipe, device or socket)")
            .hint("articles are ordinary files: replace it with one, or move it out of the folder")
    };
    let error =
        |err: std::io::Error| Diagnostic::error(path, None, format!("cannot read the file: {err}"));
    // Checked before opening: opening a named pipe waits for a writer.
    if !fs::metadata(path).map_err(error)?.is_file() {
        return Err(not_regular());
    }
    let file = fs::File::open(path).map_err(error)?;
    if !file.metadata().map_err(error)?.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            path,
            None,
            format!(
                "the file is larger than the {} MiB an article may be",
                MAX_FILE_BYTES >> 20
            ),
        )
        .hint("split it into several articles, or leave it out of the articles folder"));
    }
    Ok(bytes)
}

/// Reads, decodes and parses one file; its problems go to `corpus`.
fn load_file(dir: &Path, path: &Path, corpus: &mut Corpus<stage::Parsed>) -> Option<Article> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !ARTICLE_EXTENSIONS.contains(&extension) {
        corpus.diagnostics.push(
            Diagnostic::warning(path, None, "skipped: not an article file").hint(format!(
                "articles end in .{}; move other files out of the articles folder",
                ARTICLE_EXTENSIONS.join(" or .")
            )),
        );
        return None;
    }
    corpus.files += 1;
    let Some((id, section)) = id_and_section(dir, path) else {
        corpus.diagnostics.push(
            Diagnostic::error(path, None, "the file name is not valid UTF-8")
                .hint("rename the file using letters, digits, '-' and '_'"),
        );
        return None;
    };
    let bytes = match read_article_file(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            corpus.diagnostics.push(err);
            return None;
        }
    };
    if bytes.len() as u64 > LARGE_FILE_BYTES {
        corpus.diagnostics.push(
            Diagnostic::warning(
                path,
                None,
                format!(
                    "the file is {} KiB, longer than the longest feature; every reader downloads it with the widget",
                    bytes.len() >> 10
                ),
            )
            .hint("split it into several articles, or leave it out"),
        );
    }
    from_bytes(
        path,
        extension,
        id,
        section,
        &bytes,
        &mut corpus.diagnostics,
    )
}

/// Reads one article from the bytes of a file at `path` (its name gives the kind and the id,
/// as in a folder's top level): the article, unless it is a draft or has errors, and every
/// problem found. What the build does for each file once it has been read.
pub fn article_from_bytes(path: &Path, bytes: &[u8]) -> (Option<Article>, Vec<Diagnostic>) {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let id = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut diagnostics = Vec::new();
    let article = from_bytes(path, extension, id, String::new(), bytes, &mut diagnostics);
    (article, diagnostics)
}

/// Decodes and parses a file's bytes; its problems go to `diagnostics`.
fn from_bytes(
    path: &Path,
    extension: &str,
    id: String,
    section: String,
    bytes: &[u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Article> {
    let text = match decode(path, bytes) {
        Ok((text, warning)) => {
            diagnostics.extend(warning);
            text
        }
        Err(err) => {
            diagnostics.push(err);
            return None;
        }
    };
    match parse_text(path, extension, &text) {
        Ok(Some((front, parsed))) => {
            let (article, warnings) = assemble(path, id, section, front, parsed);
            diagnostics.extend(warnings);
            Some(article)
        }
        Ok(None) => {
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    Some(1),
                    "left out: the front matter marks it as a draft",
                )
                .hint("remove `draft: true` to publish it"),
            );
            None
        }
        Err(errors) => {
            diagnostics.extend(errors);
            None
        }
    }
}

/// Reads front matter and body; `None` for a draft.
fn parse_text(
    path: &Path,
    extension: &str,
    text: &str,
) -> Result<Option<(FrontMatter, Parsed)>, Vec<Diagnostic>> {
    let (front, body, body_line) = match front::split(path, text).map_err(|e| vec![e])? {
        Some(split) => (
            front::parse(path, &split).map_err(|e| vec![e])?,
            split.body,
            split.body_line,
        ),
        None => (FrontMatter::default(), text, 1),
    };
    if front.draft {
        return Ok(None);
    }
    let title = front.title.as_deref();
    let parsed = if matches!(extension, "md" | "markdown") {
        parse_markdown(path, body, body_line, title)?
    } else {
        parse_raw(path, body, body_line, title)?
    };
    Ok(Some((front, parsed)))
}

/// Puts together an article from what its file says, before analysis.
fn assemble(
    path: &Path,
    id: String,
    section: String,
    front: FrontMatter,
    parsed: Parsed,
) -> (Article, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    let headline = parsed.title.chars().count();
    if headline > MAX_HEADLINE_CHARS {
        warnings.push(
            Diagnostic::warning(
                path,
                None,
                format!("the headline is {headline} characters long; more than {MAX_HEADLINE_CHARS} will not read as one"),
            )
            .hint("shorten the headline (the first line, or `title`), and move the rest into the body"),
        );
    }
    let url = front.url.and_then(|url| {
        let address = web_address(&url);
        if address.is_none() {
            warnings.push(
                Diagnostic::warning(
                    path,
                    None,
                    format!("left out the url `{url}`: not http or https"),
                )
                .hint("give the original's address starting with https://"),
            );
        }
        address
    });
    let media_date = parsed.blocks.iter().find_map(|block| match block {
        Block::Media { media } => Some(Dated {
            date: media.date,
            precision: Precision::Day,
        }),
        _ => None,
    });
    let tags: Vec<Text> = if front.tags.is_empty() {
        section
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| Text::from(s.to_owned()))
            .collect()
    } else {
        front.tags.into_iter().map(Text::from).collect()
    };
    let article = Article {
        id: id.into(),
        title: parsed.title.into(),
        source: front.source.or(parsed.source).map(Into::into),
        section: section.into(),
        date: front.date.or(media_date),
        author: front.author.map(Into::into),
        url: url.map(Into::into),
        lang: front.lang.unwrap_or_else(|| "en".to_owned()).into(),
        tags: tags.into(),
        summary: front.summary.map(Into::into),
        blocks: parsed.blocks.into(),
        ..Article::default()
    };
    (article, warnings)
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
