//! The search box: filters as the reader types.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`SearchBox`].
#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    /// The current query.
    pub value: AttrValue,
    /// Called with the new query on every change.
    pub on_search: Callback<String>,
}

/// A labelled search field inside a search landmark.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props.on_search.reform(|event: InputEvent| {
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
                    value={props.value.clone()}
                    {oninput}
                    placeholder="Words from a headline or story"
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
        </form>
    }
}
