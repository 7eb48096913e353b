//! The list of articles matching the query.

use std::rc::Rc;

use yew::prelude::*;

use super::ArticleCard;
use crate::state::Corpus;

/// Props of [`ArticleList`].
#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// All articles.
    pub corpus: Corpus,
    /// The indices of the articles to list.
    pub shown: Rc<[usize]>,
    /// The query that selected them, to explain an empty list.
    pub query: AttrValue,
    /// The article whose card takes the focus, when coming back from the reader.
    pub focus: Option<usize>,
    /// Called with an article's index when the reader opens it.
    pub on_open: Callback<usize>,
}

/// Article cards, or a message saying that nothing matches.
#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    if props.shown.is_empty() {
        return html! {
            <p class="bs-empty">
                {format!("No article matches “{}”. ", props.query.trim())}
                {"Try fewer words, or the start of a word."}
            </p>
        };
    }
    html! {
        <ul class="bs-list" aria-label="Articles">
            for &index in props.shown.iter() {
                <ArticleCard
                    key={index}
                    corpus={props.corpus}
                    {index}
                    focus={props.focus == Some(index)}
                    on_open={props.on_open.clone()}
                />
            }
        </ul>
    }
}
