//! The whole widget: holds the state, searches and sums up, shares the articles and the
//! reducer's dispatcher with every component below it, and shows one of the two views.

use std::rc::Rc;

use broadsheet_engine::facets::Sort;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{keys_help, with_attributes, Fold, Shared};
use crate::element::{Control, Snapshot};
use crate::marks::{self, use_marks};
use crate::options::{Layout, Options, Theme};
use crate::state::address::Address;
use crate::state::history::{self, use_address};
use crate::state::{remark, Action, Corpus, Entry, Found, State};
use crate::timing::timed;
use crate::views::{list_view, ListView, Reader};
use broadsheet_engine::search::query::{READ, SAVED};

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The widget's name in the page address (`#<name>.q=…`); unique on the page.
    #[prop_or(AttrValue::Static("bs"))]
    pub name: AttrValue,
    /// What the host page asks of the widget.
    #[prop_or_default]
    pub options: Rc<Options>,
    /// Between the widget and the host: events, the API's calls, the state it reads.
    #[prop_or_default]
    pub control: Rc<Control>,
}

/// The widget over the compiled-in articles.
#[component]
pub fn App(props: &AppProps) -> Html {
    let opened = Corpus::compiled();
    let options = &props.options;
    // Where the reader's marks and choices are stored (`broadsheet:1:<path>:<name>:`).
    let key = AttrValue::from(marks::key(&props.name, props.control.store.as_deref()));
    let state = {
        let corpus = opened;
        let name = props.name.clone();
        let options = options.clone();
        let key = key.clone();
        let typed = props.control.typed.clone();
        use_reducer(move || {
            let marks = marks::read(&key, corpus);
            let address = if options.address {
                history::read(&name)
            } else {
                Address::default()
            };
            // The host's first query, order and article, unless the address holds the
            // widget's own; what the reader typed into the first screen before all.
            let (query, sort, article) = if address == Address::default() {
                (options.query.clone(), options.sort, options.article.clone())
            } else {
                (address.query, address.sort, address.article)
            };
            // Written to the address as a search would be.
            let entry = if typed.is_some() {
                Entry::Push
            } else {
                Entry::Kept
            };
            let query = typed.unwrap_or(query);
            let open = article.and_then(|id| corpus.and_then(|c| c.find(&id)));
            State {
                open,
                query,
                return_to: None,
                pages: 1,
                sort,
                entry,
                // An article open from the start (an article page, a shared link) is read.
                marks: remark(&marks, open, |m| m | READ),
                seen: marks,
                summed: None,
            }
        })
    };
    let kept = use_marks(key.clone(), opened, &state);
    props.control.dispatch.replace(Some(state.dispatcher()));
    use_options(options, &state);
    use_address(props.name.clone(), opened, state.clone(), options.address);
    // `is:` filters make the marks part of the search.
    let by_marks = [&state.query, &options.filter].iter().any(|q| {
        q.as_bytes()
            .windows(3)
            .any(|w| w.eq_ignore_ascii_case(b"is:"))
    });
    // One search a query and order, for the notice, the summary and the list alike.
    // Keyed by the articles alone, not by whether their text has arrived: the results shown
    // stay as they are when it comes (the next search ranks with it).
    let found = use_memo(
        (
            opened.map(|c| c.0 as *const _),
            state.query.clone(),
            options.filter.clone(),
            state.sort,
            by_marks.then(|| state.seen.clone()),
        ),
        move |(_, query, fixed, sort, marks)| {
            timed("broadsheet:search", || {
                opened
                    .map(|c| c.search(query, fixed, *sort, marks.as_deref().map_or(&[], |m| m)))
                    .unwrap_or_default()
            })
        },
    );
    let found: Found = (*found).clone();
    use_events(&props.control, opened, &state, &found);
    let summed = state.summed.clone().unwrap_or_else(|| found.clone());
    let summary = use_memo((opened, summed.clone()), |(corpus, found)| {
        timed("broadsheet:summary", || {
            corpus.map(|c| c.summary(found)).unwrap_or_default()
        })
    });
    // The summary card's fold and its facets' disclosure: here, so that they outlast the
    // card while an article is open.
    let fold = {
        let (mode, host, key) = (options.summary, props.control.host.clone(), key.clone());
        use_state(move || Fold::new(mode, &host, &key))
    };
    let facets = use_state(|| false);
    // Whether the keyboard shortcuts are shown (`?`).
    let help = use_state(|| false);
    let input = use_node_ref();
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

    let on_help = {
        let help = help.clone();
        Callback::from(move |show| help.set(show))
    };
    // The loader mounts a widget only once the articles are open (`load`), and says what went
    // wrong when they could not be: there is nothing to show without them.
    let Some(corpus) = opened else {
        return html! { <div class="broadsheet" /> };
    };
    // Keys anywhere in the widget (never the host page's): `/` or Ctrl+K (Cmd+K) to the
    // search box, `?` shows or hides the shortcuts, Escape hides them.
    let onkeydown = {
        let (help, input) = (help.clone(), input.clone());
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            let in_field = event
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some();
            let command = event.ctrl_key() || event.meta_key();
            if (command && key.eq_ignore_ascii_case("k"))
                || (key == "/" && !in_field && !command && !event.alt_key())
            {
                if let Some(input) = input.cast::<web_sys::HtmlElement>() {
                    event.prevent_default();
                    let _ = input.focus();
                }
            } else if key == "?" && !in_field {
                help.set(!*help);
            } else if key == "Escape" && *help {
                help.set(false);
            }
        })
    };

    let reading = state.open.filter(|&index| index < corpus.len());
    // One of six fixed class lists (see `with_attributes`).
    let class = match (options.layout, options.theme) {
        (Layout::Full, Theme::Auto) => "broadsheet",
        (Layout::Full, Theme::Light) => "broadsheet bs-light",
        (Layout::Full, Theme::Dark) => "broadsheet bs-dark",
        (Layout::Compact, Theme::Auto) => "broadsheet bs-compact",
        (Layout::Compact, Theme::Light) => "broadsheet bs-compact bs-light",
        (Layout::Compact, Theme::Dark) => "broadsheet bs-compact bs-dark",
    };
    let shared = Shared {
        corpus,
        dispatch: state.dispatcher(),
        links: match &options.article_pages {
            Some(pages) => pages.clone().into(),
            None => ["#", &props.name, ".a="].concat().into(),
        },
        pages: options.article_pages.is_some(),
    };
    let menu = menu.clone();
    let widget = html! {
            <div {onkeydown}>
                if *help {
                    {keys_help(&on_help)}
                }
                if let Some(index) = reading {
                    <Reader
                        shared={shared.clone()}
                        {index}
                        neighbours={neighbours(&found, index)}
                        saved={state.marks.get(index).is_some_and(|m| m & SAVED != 0)}
                    />
                } else {
                    {list_view(&ListView {
                        shared: &shared,
                        state: &state,
                        found: &found,
                        summed: &summed,
                        summary: &summary,
                        options,
                        kept,
                        by_marks,
                        store: &key,
                        host: &props.control.host,
                        fold: &fold,
                        facets: &facets,
                        input: &input,
                        menu: &menu,
                        on_help: &on_help,
                    })}
                }
            </div>
    };
    with_attributes(widget, &["class"], [Some(class.into())])
}

/// Follows the host's options as they change: a new `query` or `sort` attribute replaces what
/// the widget shows (its first values are read when the widget starts).
#[hook]
fn use_options(options: &Options, state: &UseReducerHandle<State>) {
    let started = use_mut_ref(|| (false, false));
    {
        let dispatch = state.dispatcher();
        let started = started.clone();
        use_effect_with(options.query.clone(), move |query| {
            if std::mem::replace(&mut started.borrow_mut().0, true) {
                dispatch.dispatch(Action::Filter(query.clone()));
            }
        });
    }
    let dispatch = state.dispatcher();
    use_effect_with(options.sort, move |sort| {
        if std::mem::replace(&mut started.borrow_mut().1, true) {
            dispatch.dispatch(Action::Sort(*sort));
        }
    });
}

/// Keeps what the host can read up to date, and tells the host what happens:
/// `broadsheet-ready` once the widget is on the page, `broadsheet-search` when the query or
/// the order changes what is found, `broadsheet-open` and `broadsheet-close` as an article
/// opens and closes (not for the state the widget starts in, which `broadsheet-ready` tells).
#[hook]
fn use_events(
    control: &Rc<Control>,
    corpus: Option<Corpus>,
    state: &UseReducerHandle<State>,
    found: &Found,
) {
    let open = state.open.and_then(|i| corpus.and_then(|c| c.id(i)));
    control.shown.replace(found.clone());
    control.snapshot.replace(Snapshot {
        query: state.query.clone(),
        sort: state.sort.name(),
        open: open.map(str::to_owned),
        count: found.0.hits.len(),
    });
    let first = use_mut_ref(|| (true, true));
    {
        let control = control.clone();
        let first = first.clone();
        use_effect_with(found.clone(), move |found| {
            let ready = std::mem::replace(&mut first.borrow_mut().0, false);
            let event = if ready {
                "broadsheet-ready"
            } else {
                "broadsheet-search"
            };
            control.emit(event, &*control.snapshot.borrow());
            // The first screen painted, the warm-up follows.
            sum_up_after_paint(control, (!ready).then(|| found.clone()));
        });
    }
    let control = control.clone();
    use_effect_with(open, move |open| {
        if std::mem::replace(&mut first.borrow_mut().1, false) {
            return;
        }
        match open.zip(corpus) {
            Some((id, corpus)) => {
                let article = corpus.find(id).and_then(|i| corpus.get(i));
                control.emit(
                    "broadsheet-open",
                    &Opened {
                        id,
                        headline: article.as_ref().map(|a| a.title.to_string()),
                        url: article
                            .as_ref()
                            .and_then(|a| a.url.as_ref().map(|u| u.to_string())),
                    },
                );
            }
            None => control.emit("broadsheet-close", &()),
        }
    });
}

/// One search nobody sees, once for the articles as they are (when the first widget has been
/// painted, then with their text, then the whole archive in place of its newest articles):
/// the index's lookup tables are derived and the engine's code has run before the reader's
/// next keystroke. At 100,000 articles the first search after the text arrived took 12–24 ms
/// without it, 5–13 with it.
fn warm_up() {
    thread_local! {
        static WARMED: std::cell::Cell<Option<Corpus>> = const { std::cell::Cell::new(None) };
    }
    if let Some(corpus) = Corpus::compiled() {
        if WARMED.replace(Some(corpus)) != Some(corpus) {
            corpus.search("the ", "", Sort::Relevance, &[]);
        }
    }
}

/// Sums up `found` (`None`: what is shown by then, on the first screen or when the articles
/// have changed; the warm-up follows) in the task after the next frame, unless a newer
/// search is shown by then: see [`Action::Summed`].
pub(crate) fn sum_up_after_paint(control: Rc<Control>, found: Option<Found>) {
    let Some(window) = crate::window() else {
        return;
    };
    let task = Closure::once_into_js(move || {
        let shown = control.shown.borrow().clone();
        let refreshed = found.is_none();
        if found.is_none_or(|found| found == shown) {
            control.act(Action::Summed(shown));
        }
        if refreshed {
            warm_up();
        }
    });
    let frame = Closure::once_into_js(move || {
        if let Some(window) = crate::window() {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// What `broadsheet-open` tells.
struct Opened<'a> {
    id: &'a str,
    headline: Option<String>,
    url: Option<String>,
}

impl serde::Serialize for Opened<'_> {
    fn serialize<S: serde::Serializer>(&self, to: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = to.serialize_map(Some(3))?;
        map.serialize_entry("id", self.id)?;
        map.serialize_entry("headline", &self.headline)?;
        map.serialize_entry("url", &self.url)?;
        map.end()
    }
}

/// The articles before and after `index` in what was found, in its order.
fn neighbours(found: &Found, index: usize) -> (Option<usize>, Option<usize>) {
    let hits = &found.0.hits;
    match hits.iter().position(|hit| hit.article == index) {
        Some(at) => (
            at.checked_sub(1)
                .and_then(|before| hits.get(before))
                .map(|hit| hit.article),
            hits.get(at + 1).map(|hit| hit.article),
        ),
        None => (None, None),
    }
}
