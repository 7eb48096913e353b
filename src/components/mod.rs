//! The widget's components, one a file, and the render helpers they use (`article_list`, `article_meta`, `filter_bar`, `glance`, `marked`, `media_caption`, `search_box`, `search_notice`, `summary_card`). Only [`App`] holds state; the rest take data and callbacks.

mod app;
mod article_body;
mod article_card;
mod article_list;
mod article_meta;
mod filter_bar;
mod glance;
mod marked;
mod media;
mod reader;
mod search_box;
mod search_notice;
mod summary_card;

pub use app::{App, AppProps};
pub use article_body::{ArticleBody, ArticleBodyProps};
pub use article_card::{ArticleCard, ArticleCardProps};
pub use article_list::article_list;
pub use article_meta::article_meta;
pub use filter_bar::filter_bar;
pub use glance::glance;
pub use marked::marked;
pub use media::media_caption;
pub use reader::{Reader, ReaderProps};
pub use search_box::search_box;
pub use search_notice::search_notice;
pub use summary_card::summary_card;

use std::rc::Rc;

use broadsheet_core::model::Article;
use yew::prelude::*;

use crate::state::Corpus;

/// Article number `index`, decoded once while the component that asks for it stays mounted.
#[hook]
pub fn use_article(corpus: Corpus, index: usize) -> Option<Rc<Article>> {
    let article = use_memo((corpus, index), |(corpus, index)| corpus.get(*index));
    (*article).clone()
}
