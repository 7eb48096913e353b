//! The whole widget: holds the state and lays out the other components.

use yew::prelude::*;

use super::{article_list, search_notice, summary_card, Reader, SearchBox};
use crate::state::{Action, Corpus, Found, State};

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
                <SearchBox value={state.query.clone()} on_search={on_search.clone()} />
                <ArticleListView {corpus} query={state.query.clone()} focus={state.return_to} {on_open} {on_search} />
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
    on_search: Callback<String>,
}

/// The summary and the list for one query: searches once for both.
#[component]
fn ArticleListView(props: &ArticleListViewProps) -> Html {
    let found = {
        let query = props.query.clone();
        use_memo((props.corpus, query), |(corpus, query)| {
            corpus.search(query)
        })
    };
    let found: Found = (*found).clone();
    html! {
        <>
            {search_notice(&props.query, &found, &props.on_search)}
            {summary_card(props.corpus, &found)}
            {article_list(props.corpus, &found, &props.query, props.focus, &props.on_open)}
        </>
    }
}
