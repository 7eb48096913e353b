//! The widget's components, one a file. Only [`App`] holds state; the rest take data and
//! callbacks.

mod app;
mod article_body;
mod article_card;
mod article_list;
mod article_meta;
mod media;
mod reader;
mod search_box;
mod summary_card;

pub use app::App;
pub use article_body::{ArticleBody, ArticleBodyProps};
pub use article_card::{ArticleCard, ArticleCardProps};
pub use article_list::{ArticleList, ArticleListProps};
pub use article_meta::{ArticleMeta, ArticleMetaProps};
pub use media::{MediaCaption, MediaCaptionProps};
pub use reader::{Reader, ReaderProps};
pub use search_box::{SearchBox, SearchBoxProps};
pub use summary_card::{SummaryCard, SummaryCardProps};

use std::rc::Rc;

use broadsheet_core::model::Article;
use yew::prelude::*;

use crate::state::Corpus;

/// Article number `index`, decoded once while the component that asks for it stays mounted.
#[hook]
pub fn use_article(corpus: Corpus, index: usize) -> Option<Rc<Article>> {
    let article = use_memo((corpus, index), |(corpus, index)| {
        corpus.get(*index).map(Rc::new)
    });
    (*article).clone()
}
