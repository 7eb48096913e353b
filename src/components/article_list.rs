//! The list of articles matching the query.

use yew::prelude::*;

use super::ArticleCard;
use crate::state::{Corpus, Found};

/// Article cards for the first `limit` of what `found` holds, with a button for more, or a
/// message saying that nothing matches `query`. `focus` is the article whose card takes the
/// focus (coming back from the reader).
pub fn article_list(
    corpus: Corpus,
    found: &Found,
    query: &str,
    limit: usize,
    focus: Option<usize>,
    on_open: &Callback<usize>,
    on_more: &Callback<()>,
) -> Html {
    if found.0.hits.is_empty() {
        return html! {
            <p class="bs-empty">
                {"No article matches “"}{query.trim().to_owned()}{"”. "}
                {"Try fewer words, or the start of a word."}
            </p>
        };
    }
    let total = found.0.hits.len();
    // The card to return to must be on the page.
    let limit = focus
        .and_then(|f| found.articles().position(|i| i == f))
        .map_or(limit, |at| limit.max(at + 1));
    let more = total.saturating_sub(limit);
    html! {
        <>
        <ul class="bs-list" aria-label="Articles">
            for index in found.articles().take(limit) {
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
        if more > 0 {
            <button type="button" class="bs-more" onclick={on_more.reform(|_: MouseEvent| ())}>
                {"Show more ("}{more}{" left)"}
            </button>
        }
        </>
    }
}
