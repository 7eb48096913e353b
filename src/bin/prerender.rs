//! `broadsheet-prerender DIR`: writes what a reader sees before the WebAssembly runs (and
//! without JavaScript), rendered natively by the widget's own components.
//!
//! - `DIR/index.html`: its `<broadsheet-news>` element gets the first screen (the summary
//!   card and the first page of the list, as a reader who has never been here sees them) as a
//!   declarative shadow root, built the way `static/broadsheet.js` builds the element's own.
//! - `DIR/broadsheet-first.html`: the first screen of an element with no options, as a host
//!   page embeds it, which the loader shows there until the live widget is ready.
//! - When that element has `article-pages` (a folder next to the page, such as `a/`): a page
//!   for every article, `DIR/<article-pages><id>/index.html`, the same page with that article
//!   open, its own title, description (the key sentences), canonical address, Open Graph tags
//!   and schema.org `NewsArticle` data. With `BROADSHEET_SITE_URL` (the address `DIR` is
//!   published at) the canonical and Open Graph addresses are absolute, and `DIR/sitemap.xml`
//!   lists the front page and every article page.
//!
//! Both are rendered from `DIR/broadsheet-articles.bin` and its text,
//! `DIR/broadsheet-articles-text.bin`, the compiled articles the page ships.
//! The loader puts the live widget in the first screen's place once the WebAssembly runs (the
//! release build runs this: `scripts/build-articles`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

use broadsheet_format::model::{Article, Precision};
use broadsheet_widget::components::{App, AppProps};
use broadsheet_widget::options::Options;
use broadsheet_widget::state::{address, Corpus};
use yew::LocalServerRenderer;

/// The element the first screen goes into.
const ELEMENT: &str = "<broadsheet-news";

/// The first screen for host pages, beside the page.
const FIRST: &str = "broadsheet-first.html";

/// The longest description, in characters (search results show about 160).
const DESCRIPTION: usize = 300;

fn main() -> ExitCode {
    let Some(dir) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: broadsheet-prerender DIR (the folder holding the built index.html)");
        return ExitCode::from(2);
    };
    match prerender(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The page's `<broadsheet-news …>` tag: where it starts and ends, and its attributes.
struct Tag {
    start: usize,
    end: usize,
    attributes: Vec<(String, String)>,
}

impl Tag {
    /// The one `<broadsheet-news>` tag of `html` (the page at `page`).
    fn find(html: &str, page: &Path) -> Result<Tag, String> {
        let starts: Vec<usize> = html
            .match_indices(ELEMENT)
            .map(|(at, _)| at)
            .filter(|&at| {
                html.get(at + ELEMENT.len()..)
                    .is_some_and(|after| after.starts_with(|c: char| c == '>' || c.is_whitespace()))
            })
            .collect();
        let start = match starts[..] {
            [start] => start,
            [] => {
                return Err(format!(
                    "{}: no {ELEMENT}> element to render the first screen into",
                    page.display()
                ))
            }
            _ => {
                return Err(format!(
                    "{}: more than one {ELEMENT}> element; the first screen is rendered into one",
                    page.display()
                ))
            }
        };
        let inside = html.get(start + ELEMENT.len()..).unwrap_or_default();
        let (written, _) = inside
            .split_once('>')
            .ok_or_else(|| format!("{}: the {ELEMENT} tag is not closed", page.display()))?;
        let attributes = attributes(written).map_err(|what| {
            let line = html.get(..start).unwrap_or_default().matches('\n').count() + 1;
            format!("{}:{line}: the {ELEMENT}> tag: {what}", page.display())
        })?;
        Ok(Tag {
            start,
            end: start + ELEMENT.len() + written.len() + 1,
            attributes,
        })
    }

    fn get(&self, name: &str) -> Option<String> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    /// The tag with `changes` made to its attributes (each replaced, or added).
    fn with(&self, changes: &[(&str, &str)]) -> String {
        let mut attributes = self.attributes.clone();
        for (name, value) in changes {
            match attributes.iter_mut().find(|(n, _)| n == name) {
                Some(attribute) => attribute.1 = (*value).to_owned(),
                None => attributes.push(((*name).to_owned(), (*value).to_owned())),
            }
        }
        let mut tag = ELEMENT.to_owned();
        for (name, value) in attributes {
            tag += &[" ", &name, "=\"", &escape(&value), "\""].concat();
        }
        tag + ">"
    }
}

/// The `name="value"` attributes written in `text` (a tag without its name and `>`); values
/// may hold no character reference (`&…;`), which this does not decode.
fn attributes(text: &str) -> Result<Vec<(String, String)>, String> {
    let mut found = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let Some((name, after)) = rest.split_once("=\"") else {
            return Err(format!(
                "write each attribute as name=\"value\" (at `{}`)",
                rest.trim()
            ));
        };
        let Some((value, after)) = after.split_once('"') else {
            return Err(format!("the value of {name} is not closed"));
        };
        if value.contains('&') {
            return Err(format!(
                "the value of {name} holds a character reference, which the build does not read"
            ));
        }
        found.push((name.trim().to_ascii_lowercase(), value.to_owned()));
        rest = after.trim_start();
    }
    Ok(found)
}

fn prerender(dir: &Path) -> Result<(), String> {
    open(dir)?;
    let page = dir.join("index.html");
    let html =
        fs::read_to_string(&page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
    let tag = Tag::find(&html, &page)?;
    let options = Options::from_attributes(
        |name| tag.get(name),
        |warning| eprintln!("{}: {warning}", page.display()),
    );
    let part = |range: std::ops::Range<usize>| html.get(range).unwrap_or_default();
    let (head, tail) = (part(0..tag.start), part(tag.end..html.len()));
    let front = [head, part(tag.start..tag.end), &shadow("", &options), tail].concat();
    write(&page, &front)?;
    // The first screen of an element with no options on a host page (its links are the
    // article in that page's address), which the loader shows while the wasm is on its way.
    let plain = Options::from_attributes(|_| None, |_| {});
    write(&dir.join(FIRST), &screen(&plain))?;

    let Some(pages) = options.article_pages.clone() else {
        return Ok(());
    };
    let folder = folder(&pages).ok_or_else(|| {
        format!(
            "{}: article-pages=\"{pages}\" is not a folder beside the page (such as a/), so the article pages cannot be written",
            page.display()
        )
    })?;
    let site = env::var("BROADSHEET_SITE_URL")
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .map(|s| if s.ends_with('/') { s } else { s + "/" });
    let the_page = Page {
        dir,
        head,
        tail,
        tag: &tag,
        options: &options,
        pages: &pages,
        folder: &folder,
        site: site.as_deref(),
        name: between(&html, "<title>", "</title>").unwrap_or("Broadsheet"),
    };
    // The pages a run of articles at a time, a run on each core (each thread with the
    // articles open for itself: the widget keeps them in a thread's own storage).
    let count = Corpus::compiled()
        .ok_or("the compiled articles are not open")?
        .len();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let run = count.div_ceil(cores).max(1);
    let runs: Vec<Result<Vec<Listed>, String>> = std::thread::scope(|scope| {
        let threads: Vec<_> = (0..count)
            .step_by(run)
            .map(|from| {
                let the_page = &the_page;
                scope.spawn(move || {
                    open(dir)?;
                    the_page.write(from..(from + run).min(count))
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| {
                t.join()
                    .unwrap_or_else(|_| Err("a page failed to render".to_owned()))
            })
            .collect()
    });
    let mut listed: Vec<Listed> = site.iter().map(|s| (s.clone(), None)).collect();
    for run in runs {
        listed.extend(run?);
    }
    // With the site's address known, a sitemap of the front page and every article page.
    match listed.len() {
        0 => {}
        n if n > SITEMAP => eprintln!(
            "warning: {n} pages are more than one sitemap lists ({SITEMAP}); no sitemap.xml written"
        ),
        _ => write(&dir.join("sitemap.xml"), &sitemap(&listed))?,
    }
    Ok(())
}

/// Opens the compiled articles the page ships, which the build wrote beside it, for this
/// thread.
fn open(dir: &Path) -> Result<(), String> {
    for name in [
        broadsheet_widget::corpus::FILE,
        broadsheet_widget::corpus::TEXT,
    ] {
        let file = dir.join(name);
        let bytes = fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        // A large archive's first file starts with its newest articles': the pages are the
        // whole archive's, the last part.
        let last = broadsheet_format::packed::parts(&bytes)
            .last()
            .unwrap_or(&[]);
        Corpus::load(last.to_vec()).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

/// A page's address for the sitemap, and its article's date.
type Listed = (String, Option<String>);

/// The front page, as every article's page is made from it.
struct Page<'a> {
    dir: &'a Path,
    /// The page up to its `<broadsheet-news>` element, and after it.
    head: &'a str,
    tail: &'a str,
    tag: &'a Tag,
    options: &'a Options,
    /// `article-pages` as written, and its folders.
    pages: &'a str,
    folder: &'a [&'a str],
    /// The address the page is published at (`BROADSHEET_SITE_URL`).
    site: Option<&'a str>,
    /// The page's `<title>`.
    name: &'a str,
}

impl Page<'_> {
    /// Writes the pages of `articles` (by number), and gives their addresses for the sitemap
    /// (none without the site's address).
    fn write(&self, articles: std::ops::Range<usize>) -> Result<Vec<Listed>, String> {
        let corpus = Corpus::compiled().ok_or("the compiled articles are not open")?;
        let mut listed = Vec::new();
        for index in articles {
            let Some(article) = corpus.get(index) else {
                continue;
            };
            let up = "../".repeat(self.folder.len() + article.id.split('/').count());
            let path = [
                self.folder.join("/").as_str(),
                "/",
                &address::path(&article.id),
                "/",
            ]
            .concat();
            let canonical = self.site.map(|site| [site, path.as_str()].concat());
            let options = Options {
                article: Some(article.id.to_string()),
                article_pages: Some([up.as_str(), self.pages].concat()),
                ..self.options.clone()
            };
            let head = about(
                &rebase(self.head, &up),
                &article,
                self.name,
                canonical.as_deref(),
            );
            let tag = self.tag.with(&[
                (
                    "article-pages",
                    options.article_pages.as_deref().unwrap_or_default(),
                ),
                ("article", &article.id),
            ]);
            let html = [head, tag, shadow(&up, &options), rebase(self.tail, &up)].concat();
            let file = (self.dir.join(self.folder.join("/")))
                .join(&*article.id)
                .join("index.html");
            if let Some(parent) = file.parent() {
                fs::create_dir_all(parent)
                    .map_err(|e| format!("cannot make {}: {e}", parent.display()))?;
            }
            write(&file, &html)?;
            if let Some(url) = canonical {
                listed.push((url, published(&article)));
            }
        }
        Ok(listed)
    }
}

fn write(file: &Path, text: &str) -> Result<(), String> {
    fs::write(file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// The widget rendered with `options`, as the element's declarative shadow root: the
/// stylesheet (`up` leads from the page to it), then the mount the widget renders into,
/// marked as prerendered, so that the loader knows to replace it.
fn shadow(up: &str, options: &Options) -> String {
    [
        r#"<template shadowrootmode="open"><link rel="stylesheet" href=""#,
        up,
        r#"broadsheet.css" />"#,
        &screen(options),
        "</template>",
    ]
    .concat()
}

/// The first screen a widget with these options shows, as the loader marks it.
fn screen(options: &Options) -> String {
    let screen = futures_executor::block_on(
        LocalServerRenderer::<App>::with_props(yew::props!(AppProps {
            options: std::rc::Rc::new(options.clone()),
        }))
        .hydratable(false)
        .render(),
    );
    [
        r#"<div class="bs-mount" data-prerendered="">"#,
        &screen,
        "</div>",
    ]
    .concat()
}

/// The folders of `pages` (relative, inside the page's folder, ending in `/`): `["a"]` for
/// `a/` or `./a/`; `None` for anything else.
fn folder(pages: &str) -> Option<Vec<&str>> {
    let folders: Vec<&str> = pages
        .strip_suffix('/')?
        .split('/')
        .filter(|f| *f != ".")
        .collect();
    let plain = |f: &&str| !f.is_empty() && *f != ".." && !f.contains([':', '?', '#', '\\', '%']);
    (!folders.is_empty() && folders.iter().all(plain)).then_some(folders)
}

/// The text of `html` between `open` and `close`.
fn between<'h>(html: &'h str, open: &str, close: &str) -> Option<&'h str> {
    let (_, after) = html.split_once(open)?;
    Some(after.split_once(close)?.0)
}

/// `html` (the page's head, up to the element) for `article`'s own page: its language, its
/// headline in the title, its description, and what search engines and link previews read.
fn about(html: &str, article: &Article, name: &str, canonical: Option<&str>) -> String {
    let mut html = html.to_owned();
    if let Some(old) = between(&html, "<html lang=\"", "\"") {
        let old = ["<html lang=\"", old, "\""].concat();
        let lang = ["<html lang=\"", &escape(&article.lang), "\""].concat();
        html = html.replacen(&old, &lang, 1);
    }
    let description = describe(article);
    if let Some(old) = between(&html, "<title>", "</title>") {
        let title = [&escape(&plain(&article.title)), " · ", old].concat();
        html = html.replacen(&["<title>", old].concat(), &["<title>", &title].concat(), 1);
    }
    if let Some(old) = between(&html, "<meta name=\"description\" content=\"", "\"") {
        let old = ["content=\"", old, "\""].concat();
        html = html.replacen(
            &old,
            &["content=\"", &escape(&plain(&description)), "\""].concat(),
            1,
        );
    }
    let mut tags = String::new();
    let mut meta = |property: &str, content: &str| {
        tags += &[
            "\n    <meta property=\"",
            property,
            "\" content=\"",
            &escape(&plain(content)),
            "\" />",
        ]
        .concat();
    };
    meta("og:type", "article");
    meta("og:site_name", name);
    meta("og:title", &article.title);
    meta("og:description", &description);
    if let Some(url) = canonical {
        meta("og:url", url);
    }
    let published = published(article);
    if let Some(date) = &published {
        meta("article:published_time", date);
    }
    meta("article:section", &article.section);
    for tag in article.tags.iter() {
        meta("article:tag", tag);
    }
    use serde_json::{json, Value};
    let mut data = serde_json::Map::new();
    let mut put = |key: &str, value: Value| {
        data.insert(key.to_owned(), value);
    };
    put("@context", "https://schema.org".into());
    put("@type", "NewsArticle".into());
    put("headline", article.title.as_ref().into());
    put("description", description.as_str().into());
    put(
        "articleBody",
        article.body_text().collect::<Vec<_>>().join("\n\n").into(),
    );
    put("articleSection", article.section.as_ref().into());
    put("keywords", json!(article.tags));
    put("inLanguage", article.lang.as_ref().into());
    put("wordCount", article.word_count.into());
    if let Some(date) = published {
        put("datePublished", date.into());
    }
    if let Some(author) = &article.author {
        put("author", json!({ "@type": "Person", "name": author }));
    }
    if let Some(source) = &article.source {
        put(
            "publisher",
            json!({ "@type": "Organization", "name": source }),
        );
    }
    if let Some(url) = &article.url {
        put("isBasedOn", url.as_ref().into());
    }
    if let Some(url) = canonical {
        put("url", url.into());
        put("mainEntityOfPage", url.into());
    }
    let data = Value::Object(data);
    // Inside <script>, no `<` may start a tag (`</script>` in a headline).
    let data = data.to_string().replace('<', "\\u003c");
    let canonical = canonical.unwrap_or("./");
    tags += &[
        "\n    <link rel=\"canonical\" href=\"",
        &escape(canonical),
        "\" />\n    <script type=\"application/ld+json\">",
        &data,
        "</script>\n  ",
    ]
    .concat();
    html.replacen("</head>", &[&tags, "</head>"].concat(), 1)
}

/// When `article` was published, as precisely as it says (`2025-01-29`, `2025-01`, `2025`).
fn published(article: &Article) -> Option<String> {
    article.date.map(|dated| {
        let day = dated.date.to_string();
        let length = match dated.precision {
            Precision::Year => 4,
            Precision::Month => 7,
            Precision::Day => day.len(),
        };
        day.get(..length).unwrap_or(&day).to_owned()
    })
}

/// The most addresses one sitemap may list (sitemaps.org).
const SITEMAP: usize = 50_000;

/// A sitemap (sitemaps.org) of `pages`: each address with its date, when it has one.
fn sitemap(pages: &[(String, Option<String>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (url, date) in pages {
        xml += &["  <url><loc>", &escape(url), "</loc>"].concat();
        if let Some(date) = date {
            xml += &["<lastmod>", date, "</lastmod>"].concat();
        }
        xml += "</url>\n";
    }
    xml + "</urlset>\n"
}

/// The article's description: its writer's summary, or else its key sentences, cut at a
/// word to at most [`DESCRIPTION`] characters.
fn describe(article: &Article) -> String {
    let text = match &article.summary {
        Some(summary) => summary.to_string(),
        None if !article.key_sentences.is_empty() => article.key_sentences.join(" "),
        None => article.teaser.to_string(),
    };
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= DESCRIPTION {
        return text;
    }
    let cut: String = text.chars().take(DESCRIPTION).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(words, _)| words);
    [cut.trim_end_matches([',', ';', ':', ' ']), "…"].concat()
}

/// `html` with `up` before each relative `href` and `src`, for a page `up` below it.
fn rebase(html: &str, up: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        let next = [" href=\"", " src=\""]
            .iter()
            .filter_map(|needle| rest.find(needle).map(|at| at + needle.len()))
            .min();
        let Some(at) = next else { break };
        let (before, after) = rest.split_at(at);
        out.push_str(before);
        let url = after.split('"').next().unwrap_or_default();
        let scheme = url
            .split('/')
            .next()
            .is_some_and(|first| first.contains(':'));
        if !(url.starts_with(['/', '#', '?']) || scheme) {
            out.push_str(up);
        }
        rest = after;
    }
    out + rest
}

/// `text` without control characters (a terminal's escapes, a bell): what the head shows of
/// an article, where they mean nothing (its data keep them, escaped).
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect()
}

/// `text` safe in HTML text and in a quoted attribute.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_are_moved_up_and_others_left() {
        let head = r##"<link rel="icon" href="./icon.svg"/><script src="broadsheet.js"></script><a href="https://x.org/a"><a href="/top"><a href="#here"><img src="data:image/png;base64,AA">"##;
        assert_eq!(
            rebase(head, "../../"),
            r##"<link rel="icon" href="../.././icon.svg"/><script src="../../broadsheet.js"></script><a href="https://x.org/a"><a href="/top"><a href="#here"><img src="data:image/png;base64,AA">"##
        );
    }

    #[test]
    fn the_tag_s_attributes_are_read_and_rewritten() {
        let page = Path::new("index.html");
        let html = "<p>\n<broadsheet-news-card></broadsheet-news-card><broadsheet-news article-pages=\"a/\" theme='dark'></broadsheet-news>";
        let error = Tag::find(html, page).err().unwrap_or_default();
        assert!(
            error.starts_with("index.html:2: the <broadsheet-news> tag: write each attribute"),
            "{error}"
        );
        let html = "<broadsheet-news-card></broadsheet-news-card><broadsheet-news article-pages=\"a/\" layout=\"compact\"></broadsheet-news>";
        let tag = Tag::find(html, page).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(tag.get("article-pages").as_deref(), Some("a/"));
        assert_eq!(html.get(tag.end..), Some("</broadsheet-news>"));
        assert_eq!(
            tag.with(&[("article-pages", "../../a/"), ("article", "x/\"y\"")]),
            r#"<broadsheet-news article-pages="../../a/" layout="compact" article="x/&quot;y&quot;">"#
        );
    }

    #[test]
    fn only_folders_beside_the_page_are_written() {
        assert_eq!(folder("a/"), Some(vec!["a"]));
        assert_eq!(folder("./news/a/"), Some(vec!["news", "a"]));
        for pages in ["a", "/a/", "../a/", "https://x.org/a/", "a//", "%2e%2e/"] {
            assert_eq!(folder(pages), None, "{pages}");
        }
    }

    #[test]
    fn a_hostile_headline_stays_text_in_the_head() {
        let article = Article {
            title: "</title><script>alert(1)</script> \"Quotes\" & more".into(),
            lang: "en".into(),
            section: "world".into(),
            teaser: "A teaser.".into(),
            ..Article::default()
        };
        let head = about(
            "<html lang=\"en-GB\"><head><title>Broadsheet</title><meta name=\"description\" content=\"Old\" /></head>",
            &article,
            "Broadsheet",
            Some("https://news.example/a/x/"),
        );
        assert!(!head.contains("<script>alert"), "{head}");
        assert!(head.starts_with("<html lang=\"en\">"), "{head}");
        assert!(head.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Quotes&quot; &amp; more · Broadsheet</title>"), "{head}");
        assert!(head.contains("content=\"A teaser.\""), "{head}");
        let data = between(&head, "<script type=\"application/ld+json\">", "</script>")
            .unwrap_or_default();
        let data: serde_json::Value = serde_json::from_str(data).unwrap_or_default();
        assert_eq!(data["headline"], article.title.as_ref());
        assert_eq!(data["url"], "https://news.example/a/x/");
        assert!(head.contains("<link rel=\"canonical\" href=\"https://news.example/a/x/\" />"));
    }

    #[test]
    fn the_sitemap_lists_each_page_with_its_date() {
        let xml = sitemap(&[
            ("https://x.org/news/".into(), None),
            ("https://x.org/news/a/w/a&b/".into(), Some("2025-01".into())),
        ]);
        assert_eq!(
            xml,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <url><loc>https://x.org/news/</loc></url>\n  <url><loc>https://x.org/news/a/w/a&amp;b/</loc><lastmod>2025-01</lastmod></url>\n</urlset>\n"
        );
    }

    #[test]
    fn descriptions_end_at_a_word() {
        let article = Article {
            summary: Some(["word, "; 80].concat().into()),
            ..Article::default()
        };
        let text = describe(&article);
        assert!(text.chars().count() <= DESCRIPTION + 1, "{text}");
        assert!(text.ends_with("word…"), "{text}");
    }
}
