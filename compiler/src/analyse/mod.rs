//! Facts derived from the parsed articles: per article (reading time, teaser, entities,
//! quotes, key sentences) and across the corpus (keywords, related articles).

pub mod dates;
pub mod entities;
mod gazetteer;
pub mod key_sentences;
mod keywords;
mod quotes;
mod reading;
pub mod sentences;
pub mod stopwords;

use crate::content::{stage, Corpus};
use broadsheet_format::model::{Article, Block, Span, Text};

pub use entities::{extract as entities, Entities, Kind, Mention, Unexplained};
pub use reading::{reading_minutes, words_per_minute};

/// Stage 2: fills in every derived field of every article and puts them in the order the
/// widget lists them in: newest first, undated last, then by id. Deterministic: the same
/// articles give the same results.
pub fn analyse(corpus: Corpus<stage::Parsed>) -> Corpus<stage::Analysed> {
    let mut corpus = corpus.into_stage::<stage::Analysed>();
    analyse_corpus(&mut corpus.articles);
    corpus.articles.sort_by(|a, b| {
        b.date
            .map(|d| d.date)
            .cmp(&a.date.map(|d| d.date))
            .then_with(|| a.id.cmp(&b.id))
    });
    corpus
}

/// Fills in every derived field of every article. Deterministic: the same articles in the
/// same order give the same results.
fn analyse_corpus(articles: &mut [Article]) {
    let unresolved: Vec<Vec<Unexplained>> = crate::parallel::map_mut(articles, analyse_article);
    // A name one article leaves unexplained is what the others say it is ("the Lowmoor
    // lifeboat" where another article reports from Lowmoor), unless they disagree.
    let learned: Vec<Vec<Mention>> = {
        let known = entities::corpus_kinds(articles.iter().flat_map(|a| {
            named(Kind::Person, &a.people)
                .chain(named(Kind::Place, &a.places))
                .chain(named(Kind::Organization, &a.organizations))
        }));
        unresolved
            .iter()
            .map(|u| entities::learn(u, &known))
            .collect()
    };
    for (article, learned) in articles.iter_mut().zip(learned) {
        for (kind, list) in [
            (Kind::Person, &mut article.people),
            (Kind::Place, &mut article.places),
            (Kind::Organization, &mut article.organizations),
        ] {
            let mut names: Vec<Text> = list.to_vec();
            for m in learned.iter().filter(|m| m.kind == kind) {
                if !names.iter().any(|n| n.as_ref() == m.name) {
                    names.push(Text::from(m.name.clone()));
                }
            }
            if names.len() > list.len() {
                *list = names.into();
            }
        }
    }
    // Each article's words for its keywords, stop words left out here rather than kept for
    // all the articles at once (at 100,000 articles they are about half of 40 million words).
    let documents: Vec<Vec<String>> = crate::parallel::map_mut(articles, |a| {
        let text = std::iter::once(a.title.to_string()).chain(a.body_text());
        text.flat_map(|t| {
            broadsheet_format::text::words(&t)
                .filter(|w| !stopwords::is_stop_word(w))
                .collect::<Vec<_>>()
        })
        .collect()
    });
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

/// Every sentence of the blocks with text (all but media captions), in reading order.
fn sentence_spans(article: &Article) -> Vec<Span> {
    let mut spans = Vec::new();
    for (b, block) in article.blocks.iter().enumerate() {
        if matches!(block, Block::Media { .. }) {
            continue;
        }
        let (Ok(block), text) = (u32::try_from(b), block.plain_text()) else {
            continue;
        };
        for range in sentences::ranges(&text) {
            if let (Ok(start), Ok(end)) = (u32::try_from(range.start), u32::try_from(range.end)) {
                spans.push(Span { block, start, end });
            }
        }
    }
    spans
}

/// The sentences of the article's prose (paragraphs and block quotes), in reading order:
/// what key sentences are chosen from.
pub fn prose_sentences(article: &Article) -> Vec<String> {
    let body = article.body();
    article
        .sentences
        .iter()
        .filter(|s| {
            matches!(
                article.blocks.get(s.block as usize),
                Some(Block::Paragraph { .. } | Block::Quote { .. })
            )
        })
        .filter_map(|s| Article::sentence(&body, s).map(str::to_owned))
        .collect()
}

/// The names of `list`, each with `kind`.
fn named(kind: Kind, list: &[Text]) -> impl Iterator<Item = (Kind, &str)> {
    list.iter().map(move |n| (kind, n.as_ref()))
}

/// Fills in the article's derived fields; returns the mentions of names its entities left
/// unexplained.
fn analyse_article(article: &mut Article) -> Vec<Unexplained> {
    article.sentences = sentence_spans(article).into();
    reading::analyse(article);
    article.dates = dates::named(article).into();
    let paragraphs = running_text(article);
    let sentences: Vec<&str> = paragraphs
        .iter()
        .flat_map(|p| sentences::split(p))
        .collect();
    let found = entities::extract(&sentences);
    article.quotes = quotes::find(&paragraphs, &found.people, &found.organizations).into();
    let unresolved = found.unresolved;
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
            let prose = prose_sentences(article);
            let prose: Vec<&str> = prose.iter().map(String::as_str).collect();
            key_sentences::select(&prose)
                .into_iter()
                .map(Text::from)
                .collect()
        }
    };
    unresolved
}
