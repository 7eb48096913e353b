// What each fuzz target does with one input, shared by the targets (fuzz_targets/*.rs) and
// the replay of their corpus in `scripts/test` (cli/tests/fuzz_corpus.rs). Each must return
// without panicking, whatever the input.

use std::path::Path;

use broadsheet_compiler::compile::compile_dir;
use broadsheet_compiler::content::article_from_bytes;
use broadsheet_engine::Engine;
use broadsheet_engine::facets::{sort, Sort};
use broadsheet_engine::search::{search, Query};
use broadsheet_engine::summary::Summary;
use broadsheet_format::packed::{checksum, split, HEADER};

/// The repository's articles, compiled once.
pub fn articles() -> &'static [u8] {
    thread_local! {
        static BYTES: &'static [u8] = {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../articles");
            let compiled = compile_dir(&dir).map(|c| c.bytes).unwrap_or_default();
            Box::leak(compiled.into_boxed_slice())
        };
    }
    BYTES.with(|bytes| *bytes)
}

/// The compiled articles, opened once.
fn corpus() -> &'static Engine {
    thread_local! {
        static PACKED: &'static Engine = Box::leak(Box::new(
            Engine::open(articles()).expect("the repository's articles compile"),
        ));
    }
    PACKED.with(|packed| *packed)
}

/// File bytes to an article: the first byte chooses plain text or Markdown.
pub fn article(data: &[u8]) {
    let (kind, bytes) = data.split_first().map_or((0, data), |(k, rest)| (*k, rest));
    let name = if kind % 2 == 0 { "fuzz.txt" } else { "fuzz.md" };
    let _ = article_from_bytes(Path::new(name), bytes);
}

/// A query through the parser, both stages of the engine, every order and the summary of
/// what it found.
pub fn query(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let corpus = corpus();
    let mut results = search(corpus, &Query::parse(&text));
    for order in [Sort::Newest, Sort::Oldest, Sort::Relevance] {
        sort(corpus, &mut results.hits, order);
    }
    let found: Vec<usize> = results.hits.iter().map(|hit| hit.article).collect();
    let _ = Summary::of(corpus, &found);
}

/// Any selection of articles summed up: each byte names one (repeats dropped).
pub fn summary(data: &[u8]) {
    let corpus = corpus();
    let mut selection: Vec<usize> = Vec::new();
    for &byte in data {
        let index = usize::from(byte) % corpus.len().max(1);
        if !selection.contains(&index) {
            selection.push(index);
        }
    }
    let _ = Summary::of(corpus, &selection);
}

/// The compiled articles with the input's damage: each three bytes are an offset (two bytes)
/// and the byte written there.
pub fn damaged(data: &[u8]) -> Vec<u8> {
    let mut bytes = articles().to_vec();
    let len = bytes.len().max(1);
    for edit in data.chunks_exact(3) {
        let at = usize::from(u16::from_le_bytes([edit[0], edit[1]])) * 7 % len;
        if let Some(byte) = bytes.get_mut(at) {
            *byte = edit[2];
        }
    }
    // The checksums are made to match (the text file's, the first file's copy of it, the
    // first file's), so that the damage reaches what reads the bytes behind them (the
    // format's own tests cover the checksums refusing them).
    let first_len = split(&bytes).0.len();
    let (first, text) = bytes.split_at_mut(first_len);
    if let Some(sum) = text.get(HEADER..).map(checksum) {
        let fields = [text.get_mut(8..HEADER), first.get_mut(HEADER + 4..HEADER + 8)];
        for field in fields.into_iter().flatten() {
            field.copy_from_slice(&sum.to_le_bytes());
        }
    }
    let sum = first.get(HEADER..).map(checksum);
    if let (Some(sum), Some(field)) = (sum, first.get_mut(8..HEADER)) {
        field.copy_from_slice(&sum.to_le_bytes());
    }
    bytes
}

/// Opens damaged bytes and reads everything they hold, if they open.
pub fn read_all(bytes: &'static [u8]) {
    let Ok(packed) = Engine::open(bytes) else {
        return;
    };
    for i in 0..packed.len() {
        let _ = (packed.article(i), packed.facts(i), packed.id(i));
    }
    let _ = search(&packed, &Query::parse("harbour comet"));
    let _ = search(&packed, &Query::parse("place:lowmoor topic:local -person:ann"));
}
