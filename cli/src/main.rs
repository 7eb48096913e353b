//! `broadsheet`: the command-line tool for the people who write the articles.
//!
//! ```text
//! broadsheet check DIR            compile DIR, print every problem, exit 1 on errors
//! broadsheet show DIR ID          one article as JSON
//! broadsheet search DIR [--limit N] [--sort relevance|newest|oldest] [--facets]
//!                                 one query a line on stdin, one JSON line of results each
//! broadsheet export DIR           the articles as a JSON Feed 1.1 document
//! broadsheet pack DIR FILE [--feed FEED] [--newest N]
//!                                 the compiled corpus the widget loads (FILE and its text,
//!                                  FILE-text.bin for FILE.bin), and timings; with --feed,
//!                                  the export's JSON Feed too, from the same reading; FILE
//!                                  starts with the newest N articles (5,000) as a part of
//!                                  their own when there are more than 2N
//! broadsheet generate DIR N [--seed S]
//!                                 write N invented but realistic articles (benchmarks)
//! ```

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use broadsheet_compiler::compile::{load_dir, pack, pack_files, NEWEST};
use broadsheet_compiler::content::Corpus;
use broadsheet_engine::facets::{self, Sort};
use broadsheet_engine::search::Query;
use broadsheet_engine::Engine;
use broadsheet_format::model::{Article, Block, Media};
use serde_json::{json, Value};

const USAGE: &str = "usage:
  broadsheet --help                 print this
  broadsheet check DIR              compile DIR and report every problem
  broadsheet show DIR ID            print one article as JSON
  broadsheet search DIR [--limit N] [--sort relevance|newest|oldest] [--facets]
                                    read queries from stdin, print results as JSON lines
  broadsheet export DIR             print the articles as a JSON Feed 1.1 document
  broadsheet pack DIR FILE [--feed FEED] [--newest N]
                                    write the compiled corpus to FILE and its articles' text beside
                                    it (NAME-text.bin for NAME.bin); print sizes and timings;
                                    with --feed, write what `export` prints to FEED as well;
                                    with more than 2N articles (N: 5000), FILE starts with the
                                    newest N as a part of their own, which the widget goes
                                    live on while the rest comes (0: never)
  broadsheet generate DIR N [--seed S]
                                    write N invented articles into DIR (for benchmarks)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("broadsheet: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command; `Err` is a usage problem.
fn run(args: &[String]) -> Result<ExitCode, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", dir] => Ok(check(Path::new(dir))),
        ["show", dir, id] => Ok(show(Path::new(dir), id)),
        ["search", dir, rest @ ..] => {
            let mut options = SearchOptions {
                limit: 10,
                sort: Sort::Relevance,
                facets: false,
            };
            let mut rest = rest.iter();
            while let Some(&flag) = rest.next() {
                if flag == "--facets" {
                    options.facets = true;
                    continue;
                }
                match (flag, rest.next()) {
                    ("--limit", Some(n)) => {
                        options.limit = n
                            .parse()
                            .map_err(|_| format!("--limit takes a whole number, not `{n}`"))?;
                    }
                    ("--sort", Some(s)) => {
                        options.sort = Sort::parse(s).ok_or_else(|| {
                            format!("--sort takes relevance, newest or oldest, not `{s}`")
                        })?;
                    }
                    (other, _) => {
                        return Err(format!(
                            "search takes --limit N, --sort ORDER and --facets, not `{other}`"
                        ))
                    }
                }
            }
            Ok(search(Path::new(dir), &options))
        }
        ["export", dir] => Ok(export(Path::new(dir))),
        ["pack", dir, file, rest @ ..] => {
            let (mut feed, mut newest) = (None, NEWEST);
            let mut rest = rest;
            loop {
                match rest {
                    [] => break,
                    ["--feed", path, more @ ..] => (feed, rest) = (Some(Path::new(*path)), more),
                    ["--newest", n, more @ ..] => {
                        newest = n.parse().map_err(|_| {
                            format!("--newest takes a number of articles, not `{n}`")
                        })?;
                        rest = more;
                    }
                    [other, ..] => {
                        return Err(format!(
                            "pack takes --feed FEED and --newest N, not `{other}`"
                        ))
                    }
                }
            }
            Ok(write_pack(Path::new(dir), Path::new(file), feed, newest))
        }
        ["generate", dir, n, rest @ ..] => {
            let n: usize = n
                .parse()
                .map_err(|_| format!("generate takes a number of articles, not `{n}`"))?;
            let seed = match rest {
                [] => 1,
                ["--seed", s] => s
                    .parse()
                    .map_err(|_| format!("--seed takes a whole number, not `{s}`"))?,
                [other, ..] => return Err(format!("generate takes --seed S, not `{other}`")),
            };
            Ok(generate(Path::new(dir), n, seed))
        }
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        [] => Err("no command given".to_owned()),
        [command, ..]
            if ["check", "show", "search", "export", "pack", "generate"].contains(command) =>
        {
            Err(format!("wrong arguments for `{command}`"))
        }
        [command, ..] => Err(format!("unknown command `{command}`")),
    }
}

/// Compiles `dir`, printing its errors (and, with `warnings`, its warnings) to stderr.
/// `None` when there are errors.
fn compile(dir: &Path, warnings: bool) -> Option<Corpus> {
    let corpus = load_dir(dir);
    for diagnostic in &corpus.diagnostics {
        if warnings || diagnostic.is_error() {
            eprintln!("{diagnostic}");
        }
    }
    if corpus.has_errors() {
        eprintln!("{}", corpus.outcome());
        return None;
    }
    Some(corpus)
}

fn check(dir: &Path) -> ExitCode {
    match compile(dir, true) {
        Some(corpus) => {
            println!("{}", corpus.outcome());
            ExitCode::SUCCESS
        }
        None => ExitCode::FAILURE,
    }
}

/// Prints `value` as JSON on stdout; a closed stdout (e.g. `| head`) is not an error.
fn print_json(value: &impl serde::Serialize, pretty: bool) -> ExitCode {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    match text {
        Ok(text) => {
            let _ = writeln!(io::stdout().lock(), "{text}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("broadsheet: cannot write JSON: {err}");
            ExitCode::FAILURE
        }
    }
}

fn show(dir: &Path, id: &str) -> ExitCode {
    let Some(corpus) = compile(dir, false) else {
        return ExitCode::FAILURE;
    };
    match corpus.articles.iter().find(|a| a.id == id) {
        Some(article) => {
            let mut value = json!(article);
            let media: Vec<&Media> = article
                .blocks
                .iter()
                .filter_map(|b| match b {
                    Block::Media { media } => Some(media),
                    _ => None,
                })
                .collect();
            value["media"] = json!(media);
            print_json(&value, true)
        }
        None => {
            let near: Vec<&str> = corpus
                .articles
                .iter()
                .map(|a| a.id.as_ref())
                .filter(|other| {
                    other.contains(id) || id.contains(other.rsplit('/').next().unwrap_or(other))
                })
                .take(5)
                .collect();
            eprintln!(
                "broadsheet: no article has the id `{id}` in {}",
                dir.display()
            );
            if !near.is_empty() {
                eprintln!("  did you mean: {}", near.join(", "));
            }
            ExitCode::FAILURE
        }
    }
}

/// How `search` answers.
struct SearchOptions {
    limit: usize,
    sort: Sort,
    facets: bool,
}

fn search(dir: &Path, options: &SearchOptions) -> ExitCode {
    let Some(corpus) = compile(dir, false) else {
        return ExitCode::FAILURE;
    };
    // The widget's own engine, over the widget's own compiled form of the articles.
    let engine = match Engine::open(Box::leak(pack(&corpus.articles).into_boxed_slice())) {
        Ok(engine) => engine,
        Err(err) => {
            eprintln!("broadsheet: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = io::stdout().lock();
    for line in io::stdin().lock().lines() {
        let Ok(query) = line else {
            eprintln!("broadsheet: stdin is not text");
            return ExitCode::FAILURE;
        };
        let found = engine.query(&Query::parse(&query), options.sort, &[]);
        let results: Vec<Value> = found
            .hits
            .iter()
            .take(options.limit)
            .filter_map(|hit| {
                let article = corpus.articles.get(hit.article)?;
                let score = (f64::from(hit.score) * 1000.0).round() / 1000.0;
                Some(json!({ "id": article.id, "score": score }))
            })
            .collect();
        let mut line = json!({ "query": query, "results": results });
        if !found.corrected.is_empty() {
            line["did_you_mean"] = json!(found.suggestion(&query));
        }
        if !found.dropped.is_empty() {
            line["dropped"] = json!(found.dropped);
        }
        if options.facets {
            let f = facets::facets(&engine, &found.articles());
            line["facets"] = json!({
                "source": f.sources,
                "topic": f.topics,
                "person": f.people,
                "place": f.places,
                "org": f.organizations,
                "month": f.months,
            });
        }
        if writeln!(out, "{line}").is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

/// One article as a JSON Feed item.
fn feed_item(article: &Article) -> Value {
    let content_text = article.body_text().collect::<Vec<_>>().join("\n\n");
    let summary = article
        .summary
        .as_ref()
        .map(|s| s.to_string())
        .unwrap_or_else(|| article.key_sentences.join(" "));
    let mut item = json!({
        "id": article.id,
        "title": article.title,
        "content_text": content_text,
        "summary": summary,
        "tags": article.tags,
        "language": article.lang,
        "_broadsheet": {
            "about": "https://jsonfeed.org/version/1.1#extensions",
            "source": article.source,
            "section": article.section,
            "key_sentences": article.key_sentences,
            "people": article.people,
            "places": article.places,
            "organizations": article.organizations,
            "reading_minutes": article.reading_minutes,
            "word_count": article.word_count,
        },
    });
    if let Some(dated) = article.date {
        item["date_published"] = json!(format!("{}T00:00:00Z", dated.date));
    }
    if let Some(url) = &article.url {
        item["url"] = json!(url);
    }
    if let Some(author) = &article.author {
        item["authors"] = json!([{ "name": author }]);
    }
    item
}

fn export(dir: &Path) -> ExitCode {
    let Some(corpus) = compile(dir, false) else {
        return ExitCode::FAILURE;
    };
    print_json(&feed(&corpus.articles), true)
}

/// The articles as a JSON Feed 1.1 document.
fn feed(articles: &[Article]) -> Value {
    json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Broadsheet",
        "items": articles.iter().map(feed_item).collect::<Vec<_>>(),
    })
}

fn write_pack(dir: &Path, file: &Path, feed_file: Option<&Path>, newest: usize) -> ExitCode {
    let started = std::time::Instant::now();
    // A writer sees the warnings here: this is how every build compiles the articles.
    let Some(corpus) = compile(dir, true) else {
        return ExitCode::FAILURE;
    };
    let compiled = started.elapsed();
    // The feed is written on a thread of its own while the articles are packed: at 100,000
    // articles each takes seconds, and most of the packing runs on one core.
    let (packed, fed) = std::thread::scope(|scope| {
        let fed = feed_file.map(|path| scope.spawn(|| write_feed(path, &corpus.articles)));
        let packed = write_files(file, pack_files(&corpus.articles, newest), started);
        (
            packed,
            fed.map(|f| f.join().unwrap_or_else(|p| std::panic::resume_unwind(p))),
        )
    });
    let (first, text, total) = match (packed, fed.unwrap_or(Ok(()))) {
        (Ok(packed), Ok(())) => packed,
        (Err(message), _) | (_, Err(message)) => {
            eprintln!("broadsheet: {message}");
            return ExitCode::FAILURE;
        }
    };
    print_json(
        &json!({
            "articles": corpus.articles.len(),
            "bytes": first.len(),
            "parts": broadsheet_format::packed::parts(&first).count(),
            "text_bytes": text,
            "read_and_analyse_ms": compiled.as_secs_f64() * 1000.0,
            "total_ms": total.as_secs_f64() * 1000.0,
        }),
        false,
    )
}

/// Writes the packed files (`first` to `file`, the text beside it); returns the first, the
/// text's size and how long the build had taken when they were packed.
fn write_files(
    file: &Path,
    (first, text): (Vec<u8>, Vec<u8>),
    started: std::time::Instant,
) -> Result<(Vec<u8>, usize, std::time::Duration), String> {
    let total = started.elapsed();
    for (path, bytes) in [(file, &first), (text_file(file).as_path(), &text)] {
        std::fs::write(path, bytes)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
    }
    Ok((first, text.len(), total))
}

/// Writes the articles' JSON Feed to `path`.
fn write_feed(path: &Path, articles: &[Article]) -> Result<(), String> {
    std::fs::File::create(path)
        .and_then(|f| {
            let mut out = io::BufWriter::new(f);
            serde_json::to_writer(&mut out, &feed(articles))?;
            out.flush()
        })
        .map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// Where `pack` writes the articles' text for the corpus file `file`: beside it, `NAME-text.bin`
/// for `NAME.bin` (`broadsheet-articles-text.bin`, the name the widget's loader fetches).
fn text_file(file: &Path) -> std::path::PathBuf {
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    file.with_file_name(format!("{stem}-text.bin"))
}

fn generate(dir: &Path, n: usize, seed: u64) -> ExitCode {
    match broadsheet_compiler::generate::generate(dir, n, seed) {
        Ok(()) => {
            println!("wrote {n} articles into {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("broadsheet: cannot write into {}: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}
