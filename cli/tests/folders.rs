//! Reading whole folders: ids, sections, ignored files and errors that name the file.

use std::fs;
use std::path::{Path, PathBuf};

use broadsheet_compiler::compile::compile_dir;
use broadsheet_compiler::compile::load_dir;
use broadsheet_engine::Engine;

/// A fresh, empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("broadsheet-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, path: &str, bytes: &[u8]) {
    let path = dir.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

#[test]
fn ids_and_sections_come_from_paths_and_backups_are_ignored() {
    let dir = folder("ids");
    write(&dir, "top.txt", b"Top\n\nBody.");
    write(&dir, "world/asia/story.txt", b"Story\n\nBody.");
    write(&dir, "world/asia/story.txt~", b"backup");
    write(&dir, ".hidden.txt", b"hidden");
    write(&dir, "notes.pdf", b"%PDF");
    let corpus = load_dir(&dir);
    let ids: Vec<_> = corpus
        .articles
        .iter()
        .map(|a| (a.id.as_ref(), a.section.as_ref()))
        .collect();
    assert_eq!(ids, [("top", ""), ("world/asia/story", "world/asia")]);
    assert_eq!(corpus.files, 2);
    assert_eq!(corpus.diagnostics.len(), 1, "{:?}", corpus.diagnostics);
    assert!(corpus.diagnostics[0].path.ends_with("notes.pdf"));
    assert!(!corpus.has_errors());
    assert_eq!(
        corpus.outcome(),
        "compiled 2 articles from 2 files, 1 warning"
    );
}

#[test]
fn every_bad_file_is_reported_together_with_file_and_line() {
    let dir = folder("bad");
    write(&dir, "good.txt", b"Good\n\nBody.");
    write(&dir, "empty.txt", b"");
    write(&dir, "headline-only.txt", b"\n\nOnly a headline\n");
    write(&dir, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00");
    let report = compile_dir(&dir).unwrap_err();
    let lines: Vec<&str> = report
        .lines()
        .filter(|l| !l.starts_with("  hint:"))
        .collect();
    assert_eq!(lines.len(), 4, "{report}");
    assert!(
        lines[0].ends_with(
            "binary.txt:3: error: this looks like a binary file, not text (it holds a NUL byte)"
        ),
        "{report}"
    );
    assert!(
        lines[1].contains("empty.txt:1: error: the file is empty"),
        "{report}"
    );
    assert!(
        lines[2].contains("headline-only.txt:3: error: the article has a headline"),
        "{report}"
    );
    assert_eq!(lines[3], "compiled 1 article from 4 files, 3 errors");
    assert_eq!(report.matches("  hint: ").count(), 3);
}

#[test]
fn a_missing_folder_says_how_to_point_at_the_right_one() {
    let dir = folder("missing").join("nope");
    let report = compile_dir(&dir).unwrap_err();
    assert!(
        report.contains("nope: error: cannot read the articles folder"),
        "{report}"
    );
    assert!(report.contains("BROADSHEET_ARTICLES"), "{report}");
}

#[test]
fn compiled_bytes_are_deterministic_and_read_back_whole() {
    let dir = folder("packed");
    write(
        &dir,
        "b.txt",
        b"Quote \"this\" \\ here\n\nBody with \xe2\x80\x9cquotes\xe2\x80\x9d.",
    );
    write(&dir, "a.txt", b"A\n\nBody.");
    let first = compile_dir(&dir).unwrap().bytes;
    let second = compile_dir(&dir).unwrap().bytes;
    assert_eq!(first, second);
    let packed = Engine::open(Box::leak(first.into_boxed_slice())).unwrap();
    let articles = load_dir(&dir).articles;
    assert_eq!(packed.len(), 2);
    for (i, article) in articles.iter().enumerate() {
        assert_eq!(
            packed.article(i),
            Some(broadsheet_format::packed::stored(article))
        );
    }
    assert_eq!(packed.article(0).unwrap().title, "A");
    assert_eq!(packed.article(1).unwrap().title, "Quote \"this\" \\ here");
    assert_eq!(packed.article(2), None);
    assert_eq!(packed.facts(1).unwrap().reading_minutes, 1);
}

#[test]
fn duplicates_drafts_urls_legacy_encodings_and_unreadable_files_are_all_reported() {
    let dir = folder("mixed");
    write(&dir, "story.txt", b"Story\n\nBody.");
    write(&dir, "story.md", b"# Story again\n\nBody.");
    write(
        &dir,
        "draft.md",
        b"---\ntitle: Later\ndraft: true\n---\nNot yet.",
    );
    write(
        &dir,
        "link.md",
        b"---\ntitle: Link\nurl: javascript:alert(1)\n---\nBody.",
    );
    write(
        &dir,
        "legacy.txt",
        b"Caf\xe9 news\n\nThe \x93best\x94 caf\xe9.",
    );
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), dir.join("gone.txt")).unwrap();
    let corpus = load_dir(&dir);
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    let report = report.join("\n");
    assert!(
        report.contains("story.txt: error: `story` has the same id as"),
        "{report}"
    );
    assert!(
        report.contains("draft.md:1: warning: left out: the front matter marks it as a draft"),
        "{report}"
    );
    assert!(
        report.contains("link.md: warning: left out the url `javascript:alert(1)`"),
        "{report}"
    );
    assert!(
        report.contains("legacy.txt:1: warning: the file is not UTF-8; read it as Windows-1252"),
        "{report}"
    );
    assert!(
        report.contains("gone.txt: error: cannot read the file"),
        "{report}"
    );
    let legacy = corpus.articles.iter().find(|a| a.id == "legacy").unwrap();
    assert_eq!(legacy.title, "Café news");
    assert_eq!(legacy.teaser, "The “best” café.");
    let link = corpus.articles.iter().find(|a| a.id == "link").unwrap();
    assert_eq!(link.url, None);
    assert!(!corpus.articles.iter().any(|a| a.id == "draft"));
    assert_eq!(corpus.files, 6);
    assert_eq!(
        corpus.outcome(),
        "compiled 4 articles from 6 files, 2 errors, 3 warnings"
    );
}

#[test]
fn pipes_devices_and_oversized_files_are_refused_without_waiting() {
    let dir = folder("special");
    write(&dir, "story.txt", b"Story\n\nBody.");
    let fifo = dir.join("x.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.txt")).unwrap();
    let limit = usize::try_from(broadsheet_compiler::content::MAX_FILE_BYTES).unwrap();
    let mut huge = b"Huge\n\n".to_vec();
    huge.resize(limit + 1, b'a');
    write(&dir, "huge.txt", &huge);
    // Reading in a thread, so that a hang fails the test instead of stalling it.
    let (done, wait) = std::sync::mpsc::channel();
    let read = dir.clone();
    std::thread::spawn(move || done.send(load_dir(&read)).unwrap());
    let corpus = wait
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("reading the folder hung");
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    let report = report.join("\n");
    for name in ["x.txt", "zero.txt"] {
        assert!(
            report.contains(&format!("{name}: error: not a regular file")),
            "{report}"
        );
    }
    assert!(
        report.contains("huge.txt: error: the file is larger than the 4 MiB an article may be"),
        "{report}"
    );
    assert_eq!(corpus.articles.len(), 1, "{report}");
}

#[test]
fn an_unreadable_folder_is_named_and_the_rest_is_still_read() {
    let dir = folder("deep");
    write(&dir, "story.txt", b"Story\n\nBody.");
    write(&dir, "bad.txt", b"");
    // A folder whose path is longer than the system allows (PATH_MAX, 4,096 bytes), made one
    // step at a time (perl's chdir is relative; a shell's cd is not): even root cannot list it by its path.
    let step = "d".repeat(200);
    let made = std::process::Command::new("perl")
        .current_dir(&dir)
        .args([
            "-e",
            &format!("for (1..25) {{ mkdir '{step}' or die; chdir '{step}' or die }}"),
        ])
        .status()
        .unwrap();
    assert!(made.success());
    let corpus = load_dir(&dir);
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    let report = report.join("\n");
    assert!(
        report.contains("error: cannot read this folder"),
        "{report}"
    );
    assert!(report.contains(&format!("{step}/{step}")), "{report}");
    assert!(
        report.contains("bad.txt:1: error: the file is empty"),
        "{report}"
    );
    assert!(
        !report.contains("cannot read the articles folder"),
        "{report}"
    );
    assert_eq!(corpus.articles.len(), 1, "{report}");
    let _ = std::process::Command::new("rm")
        .args(["-rf"])
        .arg(&dir)
        .status();
}

#[test]
fn a_damaged_article_count_or_name_table_is_refused_on_open() {
    let dir = folder("count");
    write(&dir, "a.txt", b"A\n\nBody.");
    write(&dir, "b.txt", b"B\n\nAnother body.");
    let bytes = compile_dir(&dir).unwrap().bytes;
    assert!(Engine::open(Box::leak(bytes.clone().into_boxed_slice())).is_ok());
    // The count is the u32 after the first file's twelve-byte header; the checksum is made to
    // match, so that the count is what is checked.
    let end = broadsheet_format::packed::split(&bytes).0.len();
    for count in [0u32, 1, 3, 16_777_215, u32::MAX] {
        let mut damaged = bytes.clone();
        damaged[12..16].copy_from_slice(&count.to_le_bytes());
        let sum = broadsheet_format::packed::checksum(&damaged[12..end]);
        damaged[8..12].copy_from_slice(&sum.to_le_bytes());
        let opened = Engine::open(Box::leak(damaged.into_boxed_slice()));
        assert!(
            opened.is_err(),
            "a count of {count} for 2 articles was accepted"
        );
    }
}

#[test]
fn a_front_matter_url_must_be_a_whole_web_address() {
    let dir = folder("urls");
    write(
        &dir,
        "tail.md",
        b"---\ntitle: Tail\nurl: https://ok.example/\"><script>\n---\nBody.",
    );
    write(
        &dir,
        "upper.md",
        b"---\ntitle: Upper\nurl: HTTPS://ok.example/a\n---\nBody.",
    );
    let corpus = load_dir(&dir);
    let url = |id: &str| {
        corpus
            .articles
            .iter()
            .find(|a| a.id == id)
            .and_then(|a| a.url.as_ref().map(|u| u.to_string()))
    };
    assert_eq!(url("tail"), None);
    assert_eq!(url("upper").as_deref(), Some("https://ok.example/a"));
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(
        report
            .iter()
            .any(|d| d.contains("tail.md: warning: left out the url")),
        "{report:?}"
    );
}

#[test]
fn limits_an_article_may_reach_and_what_is_said_past_them() {
    let dir = folder("limits");
    let limit = usize::try_from(broadsheet_compiler::content::MAX_FILE_BYTES).unwrap();
    // Exactly the largest file read: accepted, with a warning for its size.
    let mut largest = b"Largest\n\n".to_vec();
    while largest.len() < limit {
        largest.extend_from_slice(b"A sentence of an article that goes on and on. ");
    }
    largest.truncate(limit);
    write(&dir, "largest.txt", &largest);
    let long_headline = "Word ".repeat(70);
    write(
        &dir,
        "headline.txt",
        format!("{long_headline}\n\nBody.").as_bytes(),
    );
    write(&dir, "fine.txt", b"A fine headline\n\nBody.");
    let corpus = load_dir(&dir);
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    let report = report.join("\n");
    assert_eq!(corpus.articles.len(), 3, "{report}");
    assert!(
        report.contains("largest.txt: warning: the file is 4096 KiB"),
        "{report}"
    );
    assert!(
        report.contains("headline.txt: warning: the headline is 349 characters long"),
        "{report}"
    );
    assert_eq!(corpus.diagnostics.len(), 2, "{report}");
}

#[test]
fn a_folder_with_more_articles_than_one_widget_holds_is_refused_before_reading_them() {
    let dir = folder("many");
    let most = broadsheet_compiler::content::MAX_ARTICLES;
    // Empty files: had any been read, each would be an error of its own.
    for i in 0..=most {
        fs::File::create(dir.join(format!("a{i}.txt"))).unwrap();
    }
    let corpus = load_dir(&dir);
    let report: Vec<String> = corpus.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(report.len(), 1, "{:?}", report.first());
    assert!(
        report[0].contains(&format!(
            "error: the folder holds {} articles; one widget holds at most {most}",
            most + 1
        )),
        "{}",
        report[0]
    );
    let _ = fs::remove_dir_all(&dir);
}
