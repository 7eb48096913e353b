//! The search form: the query, filtered as the reader types, and the order of the results.

use broadsheet_engine::facets::Sort;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A labelled search field and order menu inside a search landmark, showing `value` and
/// `sort`; `on_search` gets the new query on every change, `on_sort` the order chosen.
/// `menu` refers to the order menu, whose value the widget keeps in step with `sort`, `input`
/// to the field. In the field, Escape clears it and ArrowDown goes to the first result.
pub fn search_box(
    value: &str,
    sort: Sort,
    menu: &NodeRef,
    input: &NodeRef,
    on_search: &Callback<String>,
    on_sort: &Callback<Sort>,
) -> Html {
    let onkeydown = {
        let (on_search, empty) = (on_search.clone(), value.is_empty());
        Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
            "Escape" if !empty => {
                event.prevent_default();
                on_search.emit(String::new());
            }
            "ArrowDown" => {
                if let Some(input) = event.target_dyn_into::<web_sys::Element>() {
                    event.prevent_default();
                    super::focus_first_card(&input);
                }
            }
            _ => {}
        })
    };
    let oninput = on_search.reform(|event: InputEvent| {
        event
            .target_dyn_into::<HtmlInputElement>()
            .map(|input| input.value())
            .unwrap_or_default()
    });
    let onchange = {
        let on_sort = on_sort.clone();
        Callback::from(move |event: Event| {
            if let Some(sort) = event
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| Sort::parse(&select.value()))
            {
                on_sort.emit(sort);
            }
        })
    };
    html! {
        <form class="bs-search" role="search" onsubmit={|event: SubmitEvent| event.prevent_default()}>
            <label class="bs-search-query">
                <span class="bs-search-label">{"Search articles"}</span>
                <input
                    type="search"
                    class="bs-search-input"
                    value={value.to_owned()}
                    ref={input.clone()}
                    {oninput}
                    {onkeydown}
                    placeholder="Words from a headline or story"
                    autocomplete="off"
                    spellcheck="false"
                />
            </label>
            <label class="bs-search-sort">
                <span class="bs-search-label">{"Sort by"}</span>
                <select class="bs-sort" ref={menu.clone()} {onchange}>
                    for (order, label) in [(Sort::Relevance, "Best match"), (Sort::Newest, "Newest"), (Sort::Oldest, "Oldest")] {
                        <option value={order.name()} selected={order == sort}>{label}</option>
                    }
                </select>
            </label>
        </form>
    }
}
