//! The list: the search, the summary of what it found and the articles found.

use std::rc::Rc;

use broadsheet_engine::search::query::without;
use broadsheet_engine::summary::Summary;
use yew::prelude::*;

use crate::components::{
    article_list, filter_bar, focus_first_card, search_box, search_notice, Fold, List, Shared,
    SummaryCard,
};
use crate::format;
use crate::options::{Options, SummaryMode};
use crate::state::{Action, Found, State};

/// The cards a new search shows in the frame after the keystroke: more than fill a tall
/// window (cards are about 140 px high; the list starts 250 px down with the summary card
/// folded, 700 px with it open). The rest of the page follows a frame later, with the
/// summary card.
pub const AT_ONCE: usize = 10;

/// What the list shows and acts on.
pub struct ListView<'a> {
    /// What the widget shares.
    pub shared: &'a Shared,
    /// The widget's state.
    pub state: &'a UseReducerHandle<State>,
    /// What the query found.
    pub found: &'a Found,
    /// What the summary card sums up: `found` a frame after it is painted.
    pub summed: &'a Found,
    /// What that adds up to.
    pub summary: &'a Rc<Summary>,
    /// What the host page asks of the widget.
    pub options: &'a Options,
    /// Whether the reader's marks are stored (a note says so when they cannot be).
    pub kept: bool,
    /// Whether the query filters by the reader's marks (`is:`).
    pub by_marks: bool,
    /// Where the reader's choices are stored.
    pub store: &'a AttrValue,
    /// The host element.
    pub host: &'a Option<web_sys::Element>,
    /// The summary card's fold and its facets' disclosure, held by the widget.
    pub fold: &'a UseStateHandle<Fold>,
    /// See [`SummaryCardProps::facets`](crate::components::SummaryCardProps::facets).
    pub facets: &'a UseStateHandle<bool>,
    /// The search field, which `/` and Ctrl+K focus.
    pub input: &'a NodeRef,
    /// The order menu, which follows the state.
    pub menu: &'a NodeRef,
    /// Shows the keyboard shortcuts.
    pub on_help: &'a Callback<bool>,
}

/// The search form, a skip link to the results, the filters written in the query, how the
/// query was read, the summary card, and the articles a page at a time; when nothing is
/// found, which filters to take out. A plain function rendered inside the render of
/// [`App`](crate::components::App): as a component of its own it cost 0.6 KB of wasm
/// (brotli) and would render again on every change of the state all the same.
pub fn list_view(props: &ListView<'_>) -> Html {
    let shared = props.shared;
    let (state, found, options) = (props.state, props.found, props.options);
    let act = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |query| state.dispatch(make(query)))
    };
    let (on_search, on_filter) = (act(Action::Search), act(Action::Filter));
    let on_sort = {
        let state = state.clone();
        Callback::from(move |sort| state.dispatch(Action::Sort(sort)))
    };
    let on_more = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ShowMore))
    };
    // Nothing found although filters are written: which of them to take out.
    let hint = if found.0.hits.is_empty() {
        let marks = if props.by_marks {
            state.seen.clone()
        } else {
            Rc::default()
        };
        found
            .0
            .written
            .iter()
            .filter(|w| {
                let without = without(&state.query, w.range.clone());
                !shared
                    .corpus
                    .search(&without, &options.filter, state.sort, &marks)
                    .0
                    .hits
                    .is_empty()
            })
            .map(|w| ["“", &format::filter(w), "”"].concat())
            .collect::<Vec<_>>()
            .join(" or ")
    } else {
        String::new()
    };
    // Until something has been summed up a frame after it was shown (the first screen, and
    // for a frame when the articles change), what is found is summed up at once, and its
    // whole page comes with it; so does a page no longer than what comes at once, with its
    // button for more.
    let whole = props.summed == found || options.page_size <= AT_ONCE;
    let onclick = Callback::from(|event: MouseEvent| {
        if let Some(from) = event.target_dyn_into::<web_sys::Element>() {
            focus_first_card(&from);
        }
    });
    html! {
        <>
            {search_box(&state.query, state.sort, props.menu, props.input, &on_search, &on_sort)}
            <button type="button" class="bs-skip" {onclick}>{"Skip to results"}</button>
            {filter_bar(&state.query, &found.0.written, &on_filter)}
            {search_notice(&state.query, found, &on_search)}
            if options.summary != SummaryMode::None {
                <SummaryCard
                    shared={shared.clone()}
                    summary={props.summary.clone()}
                    found={props.summed.clone()}
                    query={AttrValue::from(state.query.clone())}
                    marks={state.marks.clone()}
                    mode={options.summary}
                    store={props.store.clone()}
                    host={props.host.clone()}
                    fold={props.fold.clone()}
                    facets={props.facets.clone()}
                />
            }
            {article_list(&List {
                shared,
                found,
                query: &state.query,
                hint: &hint,
                // A new search's first cards are painted in its keystroke's frame, the rest
                // with its summary in the task after it (`Action::Summed`).
                limit: if whole {
                    state.pages * options.page_size
                } else {
                    AT_ONCE
                },
                whole,
                focus: state.return_to,
                marks: &state.marks,
                on_more: &on_more,
            })}
            if !props.kept && state.marks.iter().any(|&m| m != 0) {
                <p class="bs-note">{"Read and saved marks are kept only until this page closes: the browser does not let this page store them."}</p>
            }
            <button type="button" class="bs-link bs-keys" onclick={props.on_help.reform(|_: MouseEvent| true)}>
                {"Keyboard shortcuts (?)"}
            </button>
        </>
    }
}
