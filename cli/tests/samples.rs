//! The bundled sample articles: varied enough to exercise the widget, and read as a person
//! would read them.

use std::collections::BTreeSet;
use std::path::Path;

use broadsheet_compiler::compile::load_dir;
use broadsheet_format::model::{Article, Block};

fn corpus() -> Vec<Article> {
    let corpus = load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../articles"));
    assert!(corpus.diagnostics.is_empty(), "{:#?}", corpus.diagnostics);
    corpus.articles
}

fn article<'a>(articles: &'a [Article], id: &str) -> &'a Article {
    articles.iter().find(|a| a.id == id).expect(id)
}

#[test]
fn the_samples_cover_publications_sections_months_and_formats() {
    let articles = corpus();
    assert!(articles.len() >= 21, "20 samples and the seed");
    let publications: BTreeSet<_> = articles
        .iter()
        .filter_map(|a| a.source.as_deref())
        .collect();
    assert!(publications.len() >= 4, "{publications:?}");
    let sections: BTreeSet<_> = articles.iter().map(|a| a.section.as_ref()).collect();
    assert!(sections.len() >= 5, "{sections:?}");
    let months: BTreeSet<_> = articles
        .iter()
        .filter_map(|a| a.date)
        .map(|d| (d.date.year, d.date.month))
        .collect();
    assert!(months.len() >= 6, "{months:?}");
    let with_media = articles
        .iter()
        .filter(|a| a.blocks.iter().any(|b| matches!(b, Block::Media { .. })))
        .count();
    assert!(with_media >= 4);
    let named_quotes = articles
        .iter()
        .flat_map(|a| a.quotes.iter())
        .filter(|q| q.speaker.is_some())
        .count();
    assert!(named_quotes >= 15, "{named_quotes}");
    assert!(articles
        .iter()
        .any(|a| matches!(a.blocks.first(), Some(Block::Paragraph { .. }))));
    assert!(articles
        .iter()
        .any(|a| a.blocks.iter().any(|b| matches!(b, Block::List { .. }))));
    assert!(articles
        .iter()
        .any(|a| a.blocks.iter().any(|b| matches!(b, Block::Heading { .. }))));
}

#[test]
fn newest_first() {
    let articles = corpus();
    let dates: Vec<_> = articles.iter().map(|a| a.date.map(|d| d.date)).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
}

#[test]
fn one_story_is_related_across_sections() {
    let articles = corpus();
    let reopening = article(&articles, "local/harbour-reopens");
    for id in [
        "local/lowmoor-harbour-wall-collapses",
        "local/harbour-wall-repairs-funded",
    ] {
        assert!(
            reopening.related.iter().any(|r| r == id),
            "{:?}",
            reopening.related
        );
    }
    let comet = article(&articles, "science/northreach-comet-discovery");
    assert_eq!(
        comet.related.first().map(|r| r.as_ref()),
        Some("science/comet-named-after-observatory")
    );
}

#[test]
fn markdown_with_front_matter_reads_fully() {
    let articles = corpus();
    let a = article(&articles, "local/harbour-wall-repairs-funded");
    assert_eq!(
        a.title,
        "Lowmoor council funds the rebuilding of the harbour wall"
    );
    assert_eq!(a.author.as_deref(), Some("Hester Quayle"));
    assert_eq!(
        a.date.map(|d| d.date.to_string()).as_deref(),
        Some("2025-02-20")
    );
    assert_eq!(a.tags.as_ref(), ["local", "harbour"]);
    assert_eq!(
        a.url.as_deref(),
        Some("https://courier.example/lowmoor/harbour-wall-funded")
    );
    let quote = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("The sea is not"))
        .expect("quote");
    assert_eq!(quote.speaker.as_deref(), Some("Mira Castellane"));
    assert!(
        a.people.iter().any(|p| p == "Bram Ashdown"),
        "{:?}",
        a.people
    );
    assert!(a
        .organizations
        .iter()
        .any(|o| o == "Lowmoor Harbour Authority"));
    // Sections without tags are the article's topic.
    let seed = article(&articles, "world/china-rejects-defense-ministers-meeting");
    assert_eq!(seed.tags.as_ref(), ["world"]);
}

#[test]
fn the_packed_corpus_reads_back_every_article_and_fact() {
    let articles = corpus();
    let bytes = broadsheet_compiler::compile::pack(&articles);
    let packed = broadsheet_engine::Engine::open(Box::leak(bytes.into_boxed_slice())).unwrap();
    assert_eq!(packed.len(), articles.len());
    for (i, article) in articles.iter().enumerate() {
        assert_eq!(
            packed.article(i),
            Some(broadsheet_format::packed::stored(article))
        );
        let facts = packed.facts(i).unwrap();
        assert_eq!(facts.date, article.date);
        assert_eq!(facts.reading_minutes, article.reading_minutes);
        assert_eq!(facts.source, article.source.as_deref());
    }
}
