//! Facts derived from the parsed articles: per article (reading time, teaser, entities,
//! quotes, key sentences) and across the corpus (keywords, related articles).

mod entities;
mod gazetteer;
mod key_sentences;
mod keywords;
mod quotes;
mod reading;
mod stopwords;

use crate::model::{Article, Block, Text};
use crate::sentences;

pub use entities::{extract as entities, Entities, Kind, Mention};
pub use reading::{reading_minutes, words_per_minute};

/// Fills in every derived field of every article. Deterministic: the same articles in the
/// same order give the same results.
pub fn analyse_corpus(articles: &mut [Article]) {
    for article in articles.iter_mut() {
        analyse_article(article);
    }
    let documents: Vec<Vec<String>> = articles
        .iter()
        .map(|a| {
            let text = std::iter::once(a.title.to_string()).chain(a.body_text());
            text.flat_map(|t| crate::text::words(&t).collect::<Vec<_>>())
                .collect()
        })
        .collect();
    let vectors = keywords::vectors(&documents);
    let related = keywords::related(&vectors);
    let ids: Vec<Text> = articles.iter().map(|a| a.id.clone()).collect();
    for ((article, vector), related) in articles.iter_mut().zip(&vectors).zip(related) {
        article.keywords = vector
            .iter()
            .take(keywords::KEYWORDS)
            .map(|(term, _)| Text::from(term.clone()))
            .collect();
        article.related = related
            .into_iter()
            .filter_map(|i| ids.get(i).cloned())
            .collect();
    }
}

/// The running text of an article a paragraph at a time: what entities, quotes and key
/// sentences are read from (not the headline, headings or captions).
fn running_text(article: &Article) -> Vec<String> {
    article
        .blocks
        .iter()
        .filter(|b| {
            matches!(
                b,
                Block::Paragraph { .. }
                    | Block::Quote { .. }
                    | Block::List { .. }
                    | Block::LeadIn { .. }
            )
        })
        .map(Block::plain_text)
        .collect()
}

fn analyse_article(article: &mut Article) {
    reading::analyse(article);
    let paragraphs = running_text(article);
    let sentences: Vec<&str> = paragraphs
        .iter()
        .flat_map(|p| sentences::split(p))
        .collect();
    let found = entities::extract(&sentences);
    article.quotes = quotes::find(&paragraphs, &found.people, &found.organizations).into();
    let to_texts = |names: Vec<String>| names.into_iter().map(Text::from).collect();
    article.people = to_texts(found.people);
    article.places = to_texts(found.places);
    article.organizations = to_texts(found.organizations);
    article.key_sentences = match &article.summary {
        Some(summary) => sentences::split(summary)
            .into_iter()
            .map(|s| Text::from(s.to_owned()))
            .collect(),
        None => {
            let prose = article.prose_sentences();
            let prose: Vec<&str> = prose.iter().map(String::as_str).collect();
            key_sentences::select(&prose)
                .into_iter()
                .map(Text::from)
                .collect()
        }
    };
}
