//! An article's text as the search reads it: its passages, each with its field and its words
//! folded, kept for the articles read recently. The second stage of a search and the summary
//! both read them.

use std::rc::Rc;

use broadsheet_format::model::{Article, HEADLINE, LEAD};
use broadsheet_format::text::each_word;

use crate::cache::recall;
use crate::Engine;

/// Articles whose folded passages are kept between searches: typing one more letter ranks
/// mostly the same articles again.
pub const RECENT: usize = 64;

/// An article's passages (headline, blocks, its publication, author, section and tags, key
/// sentences), each with its field (0 headline, 1 lead, 2 body, 3 publication, 4 author, 5
/// section or tag) and its words folded, separated by single spaces; and, as written, the
/// headline and the key sentences, for what the summary shows. The second stage does not
/// score fields 3 to 5 (the first did), but they say why an article matched when nothing
/// else does.
pub struct Passages {
    pub(crate) fields: Vec<(usize, String)>,
    /// For each passage after the headline that is a block's text, the block's number among
    /// all the article's blocks (what [`Span::block`](broadsheet_format::model::Span) counts).
    pub(crate) blocks: Vec<usize>,
    /// The headline.
    pub title: String,
    /// The key sentences; their folded words are the last passages.
    pub key_sentences: Vec<String>,
}

impl Passages {
    /// The passages of `article`.
    pub fn of(article: &Article) -> Passages {
        let mut texts = Vec::new();
        let mut blocks = Vec::new();
        let mut key_sentences = Vec::new();
        for (field, block, text) in article.scored_texts() {
            match block {
                Some(at) => blocks.push(at),
                None if field != HEADLINE => {
                    key_sentences.push(text);
                    continue;
                }
                None => {}
            }
            texts.push((field, text));
        }
        let named = [
            (3, article.source.as_deref()),
            (4, article.author.as_deref()),
            (5, Some(article.section.as_ref())),
        ];
        for (field, name) in named {
            if let Some(name) = name {
                texts.push((field, name.to_owned()));
            }
        }
        for tag in article.tags.iter() {
            texts.push((5, tag.as_ref().to_owned()));
        }
        texts.extend(key_sentences.iter().map(|s| (LEAD, s.clone())));
        let fields = texts
            .into_iter()
            .map(|(field, text)| {
                let mut folded = String::with_capacity(text.len());
                each_word(&text, |word| {
                    if !folded.is_empty() {
                        folded.push(' ');
                    }
                    folded.push_str(word);
                });
                (field, folded)
            })
            .collect();
        Passages {
            fields,
            blocks,
            title: article.title.to_string(),
            key_sentences,
        }
    }

    /// The folded words of key sentence `k`.
    pub fn key_sentence_words(&self, k: usize) -> impl Iterator<Item = &str> {
        let first = self.fields.len().saturating_sub(self.key_sentences.len());
        self.fields
            .get(first + k)
            .map_or("", |(_, text)| text.as_str())
            .split(' ')
            .filter(|w| !w.is_empty())
    }
}

impl std::fmt::Debug for Passages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Passages({})", self.fields.len())
    }
}

/// The passages of article `i`, from the recent ones when it is there.
pub(crate) fn passages_of(packed: &Engine, i: usize) -> Rc<Passages> {
    recall(&packed.recent, i, RECENT, || {
        Some(
            packed
                .shared_article(i)
                .map_or_else(|| Passages::of(&Article::default()), |a| Passages::of(&a)),
        )
    })
    .unwrap_or_else(|| Rc::new(Passages::of(&Article::default())))
}
