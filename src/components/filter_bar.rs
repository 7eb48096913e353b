//! The filters in the query, as chips that take them out again.

use broadsheet_engine::search::query::{without, Written};
use yew::prelude::*;

use crate::format;

/// A chip for each field filter `written` in `query` (`source:…`, `-topic:…`) and, with two
/// or more, a button that clears them all; `on_filter` gets the query without them. Nothing
/// when the query has no filters.
pub fn filter_bar(query: &str, written: &[Written], on_filter: &Callback<String>) -> Html {
    if written.is_empty() {
        return Html::default();
    }
    let all_out = written
        .iter()
        .rev()
        .fold(query.to_owned(), |q, w| without(&q, w.range.clone()));
    html! {
        <ul class="bs-filters bs-chips" aria-label="Filters">
            for (w, label) in written.iter().map(|w| (w, format::filter(w))) {
                <li>
                    <button
                        type="button"
                        class="bs-chip bs-chip-on"
                        aria-label={["Remove filter ", &label].concat()}
                        onclick={
                            let next = without(query, w.range.clone());
                            on_filter.reform(move |_: MouseEvent| next.clone())
                        }
                    >
                        {label}<span class="bs-chip-x" aria-hidden="true">{"×"}</span>
                    </button>
                </li>
            }
            if written.len() > 1 {
                <li>
                    <button type="button" class="bs-link" onclick={on_filter.reform(move |_: MouseEvent| all_out.clone())}>
                        {"Clear all filters"}
                    </button>
                </li>
            }
        </ul>
    }
}
