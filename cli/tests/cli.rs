//! The `broadsheet` command-line tool, run as a user runs it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn articles() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../articles")
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_broadsheet"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn check_ends_with_a_count() {
    let dir = articles();
    let out = run(&["check", dir.to_str().unwrap()], "");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.trim_end().ends_with("articles from 21 files"),
        "{stdout}"
    );
}

#[test]
fn check_reports_every_error_and_fails() {
    let dir = std::env::temp_dir().join(format!("broadsheet-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bad-date.md"),
        "---\ntitle: T\ndate: 2025-13-01\n---\nBody.\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("fine.txt"), "Fine\n\nBody.").unwrap();
    let out = run(&["check", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("bad-date.md:3: error: `2025-13-01` is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("empty.txt:1: error: the file is empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains("compiled 1 article from 3 files, 2 errors"),
        "{stderr}"
    );
}

#[test]
fn show_prints_the_article_with_its_facts() {
    let dir = articles();
    let out = run(
        &[
            "show",
            dir.to_str().unwrap(),
            "world/china-rejects-defense-ministers-meeting",
        ],
        "",
    );
    assert!(out.status.success());
    let a = json(&out);
    for key in [
        "id",
        "title",
        "source",
        "date",
        "section",
        "tags",
        "word_count",
        "reading_minutes",
        "people",
        "places",
        "organizations",
        "quotes",
        "media",
        "key_sentences",
        "keywords",
        "related",
        "blocks",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    assert_eq!(a["source"], "Complete News World");
    assert_eq!(a["media"][0]["date"], "2023-04-17");
    assert_eq!(a["media"][0]["duration_secs"], 20);
    let missing = run(&["show", dir.to_str().unwrap(), "world/nope"], "");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8(missing.stderr)
        .unwrap()
        .contains("no article has the id `world/nope`"));
}

#[test]
fn search_answers_each_line_best_first() {
    let dir = articles();
    let out = run(
        &["search", dir.to_str().unwrap(), "--limit", "2"],
        "harbour wall\n\nzzzz qqqq\n",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["query"], "harbour wall");
    let results = lines[0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert!(results[0]["score"].as_f64() >= results[1]["score"].as_f64());
    assert!(
        results[0]["id"].as_str().unwrap().contains("harbour"),
        "{results:?}"
    );
    assert_eq!(
        lines[1]["results"].as_array().unwrap().len(),
        2,
        "an empty query lists everything"
    );
    assert!(lines[2]["results"].as_array().unwrap().is_empty());
}

#[test]
fn search_sorts_and_counts_facets_on_request() {
    let dir = articles();
    let out = run(
        &[
            "search",
            dir.to_str().unwrap(),
            "--sort",
            "oldest",
            "--facets",
            "--limit",
            "2",
        ],
        "topic:sport\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(line["results"][0]["id"], "sport/valley-fell-race");
    assert_eq!(line["facets"]["topic"][0], serde_json::json!(["sport", 3]));
    let bad = run(&["search", dir.to_str().unwrap(), "--sort", "random"], "");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8(bad.stderr)
        .unwrap()
        .contains("--sort takes relevance, newest or oldest, not `random`"));
}

#[test]
fn export_is_a_json_feed() {
    let dir = articles();
    let out = run(&["export", dir.to_str().unwrap()], "");
    assert!(out.status.success());
    let feed = json(&out);
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    let items = feed["items"].as_array().unwrap();
    assert_eq!(items.len(), 21);
    let seed = items
        .iter()
        .find(|i| i["id"] == "world/china-rejects-defense-ministers-meeting")
        .unwrap();
    assert_eq!(seed["date_published"], "2023-04-17T00:00:00Z");
    assert!(seed["content_text"]
        .as_str()
        .unwrap()
        .starts_with("China has rejected"));
    let ext = &seed["_broadsheet"];
    for key in [
        "key_sentences",
        "people",
        "places",
        "organizations",
        "reading_minutes",
    ] {
        assert!(ext.get(key).is_some(), "missing _broadsheet.{key}");
    }
}

#[test]
fn usage_errors_name_the_problem() {
    let out = run(&["search", "articles", "--limit", "many"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("--limit takes a whole number, not `many`"));
    let out = run(&["frobnicate"], "");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("unknown command `frobnicate`"));
}

#[test]
fn help_prints_the_usage_and_succeeds() {
    for flag in ["--help", "-h", "help"] {
        let out = run(&[flag], "");
        assert_eq!(out.status.code(), Some(0), "{flag}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.starts_with("usage:\n"), "{flag}: {stdout}");
        assert!(stdout.contains("broadsheet search DIR"), "{flag}: {stdout}");
        assert!(out.stderr.is_empty(), "{flag}");
    }
}

#[test]
fn pack_with_feed_writes_the_export_s_feed_from_the_same_reading() {
    let dir = std::env::temp_dir().join(format!("broadsheet-feed-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let (file, feed) = (dir.join("a.bin"), dir.join("feed.json"));
    let out = run(
        &[
            "pack",
            articles().to_str().unwrap(),
            file.to_str().unwrap(),
            "--feed",
            feed.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&feed).unwrap()).unwrap();
    let exported = json(&run(&["export", articles().to_str().unwrap()], ""));
    assert_eq!(written["items"].as_array().unwrap().len(), 21);
    assert_eq!(written, exported);
    // A feed that cannot be written is an error that names it.
    let out = run(
        &[
            "pack",
            articles().to_str().unwrap(),
            file.to_str().unwrap(),
            "--feed",
            dir.join("no/such/folder/feed.json").to_str().unwrap(),
        ],
        "",
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/folder/feed.json"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn pack_writes_the_articles_and_their_text_beside_them() {
    let dir = std::env::temp_dir().join(format!("broadsheet-pack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broadsheet-articles.bin");
    let out = run(
        &["pack", articles().to_str().unwrap(), file.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first = std::fs::read(&file).unwrap();
    let text = std::fs::read(dir.join("broadsheet-articles-text.bin")).unwrap();
    let report = json(&out);
    assert_eq!(report["bytes"], first.len());
    assert_eq!(report["text_bytes"], text.len());
    assert_eq!((&first[..4], &text[..4]), (&b"BSC6"[..], &b"BST6"[..]));
    // The first file alone: every article's headline and facts, none of its text.
    let alone = broadsheet_format::packed::Packed::open(Vec::leak(first.clone())).unwrap();
    assert_eq!(alone.len(), 21);
    assert!(!alone.has_text());
    assert!(alone.article(0).unwrap().blocks.is_empty());
    alone.attach(Vec::leak(text.clone())).unwrap();
    assert!(!alone.article(0).unwrap().blocks.is_empty());
    // The two together are the corpus the compiler gives.
    let dir_bytes = broadsheet_compiler::compile::compile_dir(&articles())
        .unwrap()
        .bytes;
    assert_eq!([first, text].concat(), dir_bytes);
    // The key sentences the first file holds for the summary of everything, shown until the
    // text arrives, are those the summary finds once it is there: nothing moves.
    let engine = broadsheet_engine::Engine::open(Vec::leak(dir_bytes)).unwrap();
    let all: Vec<usize> = (0..engine.len()).collect();
    let found = broadsheet_engine::summary::Summary::of(&engine, &all).sentences;
    assert_eq!(found.len(), broadsheet_engine::summary::KEY_SENTENCES);
    let found: Vec<(usize, &str)> = found.iter().map(|k| (k.article, k.text.as_str())).collect();
    assert_eq!(alone.lead(), found);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn pack_puts_a_large_archive_s_newest_articles_first_as_a_corpus_of_their_own() {
    use broadsheet_format::packed::{self, Packed};
    let dir = std::env::temp_dir().join(format!("broadsheet-newest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broadsheet-articles.bin");
    let folder = articles();
    let pack = |newest: &str| {
        let args = ["pack", folder.to_str().unwrap(), file.to_str().unwrap()];
        let out = run(&[&args[..], &["--newest", newest]].concat(), "");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (json(&out), std::fs::read(&file).unwrap())
    };
    let (_, alone) = pack("0");
    // 21 articles: more than twice 5, so the newest 5 come first; not more than twice 11.
    let (report, first) = pack("5");
    assert_eq!(report["parts"], 2);
    let parts: Vec<&[u8]> = packed::parts(&first).collect();
    assert_eq!(parts.len(), 2);
    assert_eq!(
        (&parts[0][..4], &parts[1][..4]),
        (&b"BSN6"[..], &b"BSC6"[..])
    );
    // The whole archive's part is the file without one, byte for byte, and the text is
    // the same file either way.
    assert_eq!(parts[1], &alone[..]);
    let newest = Packed::open(Vec::leak(parts[0].to_vec())).unwrap();
    let all = Packed::open(Vec::leak(alone.clone())).unwrap();
    assert_eq!((newest.len(), all.len()), (5, 21));
    // Newest first, each the same number in both.
    for i in 0..5 {
        assert_eq!(newest.id(i), all.id(i));
        assert_eq!(newest.facts(i), all.facts(i));
    }
    let dated = |p: &Packed, i| p.facts(i).unwrap().date.unwrap().date;
    assert!(dated(&all, 4) >= dated(&all, 5));
    // Not the text's: the newest articles have none of their own.
    let text = std::fs::read(dir.join("broadsheet-articles-text.bin")).unwrap();
    assert!(newest.attach(Vec::leak(text.clone())).is_err());
    all.attach(Vec::leak(text)).unwrap();
    let (report, first) = pack("11");
    assert_eq!((report["parts"].as_u64(), first), (Some(1), alone));
    let out = run(&["pack", "x", "y", "--newest", "some"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("--newest takes a number of articles, not `some`"));
    let _ = std::fs::remove_dir_all(&dir);
}
