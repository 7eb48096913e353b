//! The search box: filters as the reader types.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A labelled search field inside a search landmark, showing `value` and calling `on_search`
/// with the new query on every change.
pub fn search_box(value: &str, on_search: &Callback<String>) -> Html {
    let oninput = on_search.reform(|event: InputEvent| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value())
            .unwrap_or_default()
    });
    html! {
        <form class="bs-search" role="search" onsubmit={|event: SubmitEvent| event.prevent_default()}>
            <label>
                <span class="bs-search-label">{"Search articles"}</span>
                <input
                    type="search"
                    class="bs-search-input"
                    value={value.to_owned()}
                    {oninput}
                    placeholder="Words from a headline or story"
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
        </form>
    }
}
