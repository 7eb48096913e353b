//! Key sentences on the sample articles: for each, the article's central fact must be among
//! its key sentences. Lead-3 (the first three sentences) is measured beside them and reported,
//! as the baseline every summariser of news is compared with
//! (`cargo test --test key_sentences -- --nocapture` prints both).

use std::path::PathBuf;

use broadsheet_compiler::compile::load_dir;

/// Each sample article and words that state its central fact (all must stand in one sentence).
const CENTRAL: &[(&str, &[&str])] = &[
    (
        "world/china-rejects-defense-ministers-meeting",
        &["rejected", "meeting", "defense ministers"],
    ),
    (
        "local/lowmoor-harbour-wall-collapses",
        &["harbour wall", "collapsed"],
    ),
    (
        "local/harbour-wall-repairs-funded",
        &["council", "2.4 million", "harbour wall"],
    ),
    ("local/harbour-reopens", &["harbour reopened"]),
    (
        "local/saltcombe-ferry-timetable",
        &["ferry", "evening crossing"],
    ),
    (
        "business/fenwick-bakers-cooperative",
        &["bakeries", "cooperative", "ovens"],
    ),
    (
        "business/goods-shed-loaf-wins-prize",
        &["loaf", "first prize"],
    ),
    (
        "business/dunmere-mill-new-owners",
        &["mill", "sold", "workers"],
    ),
    ("science/northreach-comet-discovery", &["found a comet"]),
    (
        "science/comet-named-after-observatory",
        &["confirmed", "observatory's name"],
    ),
    (
        "science/valley-river-otters-return",
        &["otters", "breeding"],
    ),
    (
        "culture/saltcombe-museum-shipwreck-exhibition",
        &["exhibition", "marigold"],
    ),
    (
        "culture/marigold-descendants-gather",
        &["descendants", "met"],
    ),
    (
        "culture/northreach-orchestra-summer-festival",
        &["twelve concerts", "villages"],
    ),
    (
        "culture/fenwick-library-night-opening",
        &["library", "open until ten"],
    ),
    ("sport/lowmoor-regatta", &["won five", "regatta"]),
    (
        "sport/fenwick-athletic-promotion",
        &["first division", "last minute"],
    ),
    ("sport/valley-fell-race", &["record", "fell race"]),
    (
        "environment/lowmoor-sea-defences-study",
        &["will not protect", "study"],
    ),
    (
        "environment/dunmere-hedges-planted",
        &["planted ten miles of hedges"],
    ),
    (
        "environment/northreach-dark-sky-reserve",
        &["dark sky reserve"],
    ),
];

fn states(sentence: &str, fact: &[&str]) -> bool {
    let lower = sentence.to_lowercase();
    fact.iter().all(|w| lower.contains(w))
}

#[test]
fn key_sentences_hold_the_central_fact_and_are_compared_with_lead_3() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../articles");
    let articles = load_dir(&dir).articles;
    let (mut ours, mut lead3) = (0, 0);
    let mut missed = Vec::new();
    for (id, fact) in CENTRAL {
        let article = articles.iter().find(|a| a.id == *id).expect(id);
        let prose = broadsheet_compiler::analyse::prose_sentences(article);
        assert!(
            (3..=5).contains(&article.key_sentences.len()) || prose.len() < 3,
            "{id}"
        );
        if article.key_sentences.iter().any(|s| states(s, fact)) {
            ours += 1;
        } else {
            missed.push(*id);
        }
        if prose.iter().take(3).any(|s| states(s, fact)) {
            lead3 += 1;
        }
        // Shown in reading order, each a whole sentence of the article.
        let positions: Vec<usize> = article
            .key_sentences
            .iter()
            .map(|k| {
                prose
                    .iter()
                    .position(|s| s == k.as_ref())
                    .expect("a sentence of the article")
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{id}: {positions:?}"
        );
    }
    println!(
        "key sentences: central fact in {ours} of {n} articles; lead-3: {lead3} of {n}",
        n = CENTRAL.len()
    );
    assert_eq!(missed, Vec::<&str>::new(), "central fact missing");
    assert_eq!(
        articles.len(),
        CENTRAL.len(),
        "every sample article has its central fact here"
    );
}
