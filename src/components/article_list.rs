//! The list of articles matching the query.

use yew::prelude::*;

use super::ArticleCard;
use crate::state::{Corpus, Found};

/// Article cards for what `found` holds, or a message saying that nothing matches `query`.
/// `focus` is the article whose card takes the focus (coming back from the reader).
pub fn article_list(
    corpus: Corpus,
    found: &Found,
    query: &str,
    focus: Option<usize>,
    on_open: &Callback<usize>,
) -> Html {
    if found.0.hits.is_empty() {
        return html! {
            <p class="bs-empty">
                {format!("No article matches “{}”. ", query.trim())}
                {"Try fewer words, or the start of a word."}
            </p>
        };
    }
    html! {
        <ul class="bs-list" aria-label="Articles">
            for index in found.articles() {
                <ArticleCard
                    key={index}
                    {corpus}
                    {index}
                    found={found.clone()}
                    focus={focus == Some(index)}
                    on_open={on_open.clone()}
                />
            }
        </ul>
    }
}
