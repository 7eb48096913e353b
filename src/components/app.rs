//! The whole widget: holds the state and lays out the other components.

use broadsheet_core::search::facets::Sort;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{article_list, filter_bar, search_box, search_notice, summary_card, Reader};
use crate::address::{self, use_address};
use crate::state::{Action, Corpus, Found, State, PAGE};
use crate::timing::timed;

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The widget's name in the page address (`#<name>.q=…`); unique on the page.
    #[prop_or(AttrValue::Static("bs"))]
    pub name: AttrValue,
}

/// The widget over the compiled-in articles.
#[component]
pub fn App(props: &AppProps) -> Html {
    let opened = Corpus::compiled();
    let state = {
        let corpus = opened.ok();
        let name = props.name.clone();
        use_reducer(move || {
            let address = address::read(&name);
            State {
                open: address
                    .article
                    .as_deref()
                    .and_then(|id| corpus.and_then(|c| c.find(id))),
                query: address.query,
                return_to: None,
                pages: 1,
                sort: address.sort,
                steps: 0,
            }
        })
    };
    use_address(props.name.clone(), opened.ok(), state.clone());
    // One search a query and order, for the notice, the summary and the list alike.
    let found = use_memo(
        (opened.ok(), state.query.clone(), state.sort),
        |(corpus, query, sort)| {
            timed("broadsheet:search", || {
                corpus.map(|c| c.search(query, *sort)).unwrap_or_default()
            })
        },
    );
    let found: Found = (*found).clone();
    let summary = use_memo((opened.ok(), found.clone()), |(corpus, found)| {
        timed("broadsheet:summary", || {
            corpus.map(|c| c.summary(found)).unwrap_or_default()
        })
    });
    // A quarter of a second after the first widget appears (painted by then), one search
    // nobody sees: the index's lookup tables are derived and the engine's code has run before
    // the reader's first keystroke.
    use_effect_with((), move |_| {
        thread_local! {
            static WARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        }
        if let (Ok(corpus), Some(window), false) =
            (opened, web_sys::window(), WARMED.with(|w| w.replace(true)))
        {
            let warm = Closure::once_into_js(move || {
                corpus.search("the ", Sort::Relevance);
            });
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(warm.unchecked_ref(), 250);
        }
    });
    // Whether the reader has opened the facet chips.
    let facets_open = use_state(|| false);
    // An option's `selected` does not move a menu the reader has used (Firefox): the menu
    // follows the state (Back, Forward, a link) by its value.
    let menu = use_node_ref();
    {
        let menu = menu.clone();
        use_effect_with(state.sort, move |sort| {
            if let Some(select) = menu.cast::<web_sys::HtmlSelectElement>() {
                if select.value() != sort.name() {
                    select.set_value(sort.name());
                }
            }
        });
    }
    let corpus = match opened {
        Ok(corpus) => corpus,
        Err(err) => {
            return html! {
                <div class="broadsheet"><p class="bs-empty" role="alert">{err.to_string()}</p></div>
            };
        }
    };
    let dispatch = |make: fn(usize) -> Action| {
        let state = state.clone();
        Callback::from(move |index| state.dispatch(make(index)))
    };
    let on_open = dispatch(Action::Open);
    let on_close = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Close))
    };
    let on_search = {
        let state = state.clone();
        Callback::from(move |query| state.dispatch(Action::Search(query)))
    };
    let on_filter = {
        let state = state.clone();
        Callback::from(move |query| state.dispatch(Action::Filter(query)))
    };
    let on_sort = {
        let state = state.clone();
        Callback::from(move |sort| state.dispatch(Action::Sort(sort)))
    };
    let on_toggle = {
        let facets_open = facets_open.clone();
        Callback::from(move |open| facets_open.set(open))
    };
    let on_more = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::ShowMore))
    };

    let reading = state.open.filter(|&index| index < corpus.len());
    html! {
        <div class="broadsheet">
            if let Some(index) = reading {
                <Reader {corpus} {index} {on_close} />
            } else {
                {search_box(&state.query, state.sort, &menu, &on_search, &on_sort)}
                {filter_bar(&state.query, &on_filter)}
                {search_notice(&state.query, &found, &on_search)}
                {summary_card(corpus, &summary, &state.query, *facets_open, &on_toggle, &on_filter, &on_open)}
                {article_list(corpus, &found, &state.query, state.pages * PAGE, state.return_to, &on_open, &on_more)}
            }
        </div>
    }
}
