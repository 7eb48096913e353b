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
