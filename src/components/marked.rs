//! Text with the words a search matched marked.

use broadsheet_engine::search::highlight::segments;
use broadsheet_engine::search::Terms;
use yew::prelude::*;

/// `text` as text nodes, the words in `terms` inside `<mark>`.
pub fn marked(text: &str, terms: &Terms) -> Html {
    segments(text, terms)
        .into_iter()
        .map(|(piece, marked)| {
            let piece = piece.to_owned();
            if marked {
                html! { <mark>{piece}</mark> }
            } else {
                html! { {piece} }
            }
        })
        .collect()
}
