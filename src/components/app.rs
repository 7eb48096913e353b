//! The whole widget: holds the state and lays out the other components.

use yew::prelude::*;

use super::{ArticleList, Reader, SearchBox, SummaryCard};
use crate::state::{Action, Corpus, State};

/// The widget over the compiled-in articles.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let corpus = match Corpus::compiled() {
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

    let reading = state.open.filter(|&index| index < corpus.len());
    html! {
        <div class="broadsheet">
            if let Some(index) = reading {
                <Reader {corpus} {index} {on_close} />
            } else {
                <SearchBox value={state.query.clone()} {on_search} />
                <ArticleListView {corpus} query={state.query.clone()} focus={state.return_to} {on_open} />
            }
        </div>
    }
}

/// Props of [`ArticleListView`].
#[derive(Properties, PartialEq)]
struct ArticleListViewProps {
    corpus: Corpus,
    query: AttrValue,
    focus: Option<usize>,
    on_open: Callback<usize>,
}

/// The summary and the list for one query: selects the matching articles once for both.
#[component]
fn ArticleListView(props: &ArticleListViewProps) -> Html {
    let shown = props.corpus.select(&props.query);
    html! {
        <>
            <SummaryCard corpus={props.corpus} shown={shown.clone()} />
            <ArticleList
                corpus={props.corpus}
                {shown}
                query={props.query.clone()}
                focus={props.focus}
                on_open={props.on_open.clone()}
            />
        </>
    }
}
