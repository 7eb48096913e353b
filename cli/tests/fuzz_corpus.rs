//! Replays the fuzz targets' kept corpus (fuzz/corpus/<target>/, written by scripts/fuzz):
//! every input that once found new code runs again here, on stable, in every `scripts/test`.

#![allow(dead_code)]

include!("../../fuzz/targets.rs");

fn replay(target: &str, run: impl Fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/corpus")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    inputs.sort();
    for input in &inputs {
        run(&std::fs::read(input).unwrap());
    }
    inputs.len()
}

#[test]
fn the_article_corpus_replays() {
    assert!(replay("article", article) > 0);
}

#[test]
fn the_query_corpus_replays() {
    assert!(replay("query", query) > 0);
}

#[test]
fn the_summary_corpus_replays() {
    assert!(replay("summary", summary) > 0);
}

#[test]
fn the_pack_corpus_replays() {
    // A few hundred inputs: a copy of the corpus leaked for each is affordable here.
    assert!(
        replay("pack", |data| read_all(Box::leak(
            damaged(data).into_boxed_slice()
        ))) > 0
    );
}

#[test]
fn the_pack_target_damages_past_the_checksums() {
    // Without edits the bytes open, text and all: the target's damage reaches the readers
    // behind the checksums rather than stopping at them.
    let whole = Engine::open(Box::leak(damaged(&[]).into_boxed_slice())).unwrap();
    assert!(whole.has_text());
    // An edit inside the text file's records gets past every checksum too.
    let len = articles().len();
    let inside = broadsheet_format::packed::split(articles()).0.len() + 2 * HEADER;
    let at = (0..=u16::MAX)
        .find(|&at| usize::from(at) * 7 % len >= inside)
        .unwrap();
    let [low, high] = at.to_le_bytes();
    let refused = Engine::open(Box::leak(damaged(&[low, high, 0xff]).into_boxed_slice())).err();
    assert_ne!(
        refused,
        Some(broadsheet_format::packed::NotACorpus::Damaged(
            "its checksum does not match its bytes"
        ))
    );
}
