//! The list of articles matching the query.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::ArticleCard;
use crate::state::Found;

/// What the list shows and what it calls.
pub struct List<'a> {
    /// What the widget shares.
    pub shared: &'a super::Shared,
    /// What the query found.
    pub found: &'a Found,
    /// The query, for the message when nothing matches.
    pub query: &'a str,
    /// When nothing matches: the filters to take out for something to show (`“Topic: sport”
    /// or “Publication: The Valley Signal”`), or empty.
    pub hint: &'a str,
    /// How many cards to show.
    pub limit: usize,
    /// Whether the page is whole: not in the frame that first paints a new search, which
    /// shows only its first cards (and no button for more, which would count them wrong).
    pub whole: bool,
    /// The article whose card takes the focus (coming back from the reader).
    pub focus: Option<usize>,
    /// The reader's marks, by article.
    pub marks: &'a [u8],
    /// Hears "Show more".
    pub on_more: &'a Callback<()>,
}

/// Article cards for the first `limit` of what was found, with a button for more, or a
/// message saying that nothing matches and what to change. `j` or ArrowDown and `k` or
/// ArrowUp move the focus from card to card (up from the first, to the search box).
pub fn article_list(list: &List<'_>) -> Html {
    let found = list.found;
    if found.0.hits.is_empty() {
        let advice = if list.hint.is_empty() {
            "Try fewer words, or the start of a word.".to_owned()
        } else {
            [
                "No article matches all of these filters: take out ",
                list.hint,
                ".",
            ]
            .concat()
        };
        return html! {
            <p class="bs-empty">
                {"No article matches “"}{list.query.trim().to_owned()}{"”. "}{advice}
            </p>
        };
    }
    let total = found.0.hits.len();
    // The card to return to must be on the page.
    let limit = list
        .focus
        .and_then(|f| found.articles().position(|i| i == f))
        .map_or(list.limit, |at| list.limit.max(at + 1));
    let more = total.saturating_sub(limit);
    html! {
        <>
        <h2 class="bs-hidden">{"Articles"}</h2>
        <ul class="bs-list" aria-label="Articles" onkeydown={Callback::from(step)}>
            // Not keyed: a new search patches the cards in place instead of building new
            // ones (the first letter typed changes every card). Keyed by article, the
            // keystroke's work to painted results at 2,000 articles was p95 19.5 ms; in place
            // 16.8 (`tests/bench/keystrokes.mjs`, medians of five runs).
            for index in found.articles().take(limit) {
                <ArticleCard
                    shared={list.shared.clone()}
                    {index}
                    found={found.clone()}
                    focus={list.focus == Some(index)}
                    marks={list.marks.get(index).copied().unwrap_or(0)}
                />
            }
        </ul>
        if more > 0 && list.whole {
            <button type="button" class="bs-more" onclick={list.on_more.reform(|_: MouseEvent| ())}>
                {"Show more ("}{more}{" left)"}
            </button>
        }
        </>
    }
}

/// Moves the focus to the next or the previous card's headline.
fn step(event: KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    let forward = match event.key().as_str() {
        "j" | "ArrowDown" => true,
        "k" | "ArrowUp" => false,
        _ => return,
    };
    let Some(card) = event
        .target_dyn_into::<Element>()
        .and_then(|e| e.closest(".bs-card").ok().flatten())
    else {
        return;
    };
    let to = if forward {
        card.next_element_sibling()
            .and_then(|c| c.query_selector(".bs-card-open").ok().flatten())
    } else {
        match card.previous_element_sibling() {
            Some(c) => c.query_selector(".bs-card-open").ok().flatten(),
            None => card
                .closest(".broadsheet")
                .ok()
                .flatten()
                .and_then(|w| w.query_selector(".bs-search-input").ok().flatten()),
        }
    };
    if let Some(to) = to.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        event.prevent_default();
        let _ = to.focus();
    }
}
