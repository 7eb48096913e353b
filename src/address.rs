//! The widget's state in the page address, so that links are shareable and Back and Forward
//! work: `#<name>.q=<query>&<name>.s=<order>&<name>.a=<article id>`. Each widget on a page has its own name and
//! leaves the others' entries alone.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use broadsheet_core::search::facets::Sort;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::state::{Action, Corpus, State};

/// What the address says about one widget.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    /// The query.
    pub query: String,
    /// The id of the open article.
    pub article: Option<String>,
    /// The order of the results (relevance when the address does not say).
    pub sort: Sort,
}

fn decode(text: &str) -> String {
    js_sys::decode_uri_component(text)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| text.to_owned())
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).into()
}

/// The current fragment, without its `#`.
fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// What the address says about the widget called `name`.
pub fn read(name: &str) -> Address {
    let mut address = Address::default();
    for pair in fragment().split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        match key.strip_prefix(name).and_then(|k| k.strip_prefix('.')) {
            Some("q") => address.query = decode(value),
            Some("a") => address.article = Some(decode(value)).filter(|a| !a.is_empty()),
            Some("s") => address.sort = Sort::parse(value).unwrap_or_default(),
            _ => {}
        }
    }
    address
}

/// Puts `address` into the page address for the widget called `name`: as a new history entry
/// when `new_entry` (a step Back should undo), else in place (typing).
pub fn write(name: &str, address: &Address, new_entry: bool) {
    let own = |key: &str| key.strip_prefix(name).is_some_and(|k| k.starts_with('.'));
    let mut hash = String::new();
    let mut add = |parts: &[&str]| {
        hash.push(if hash.is_empty() { '#' } else { '&' });
        parts.iter().for_each(|p| hash.push_str(p));
    };
    for pair in fragment().split('&') {
        if !pair.is_empty() && !own(pair.split('=').next().unwrap_or("")) {
            add(&[pair]);
        }
    }
    if !address.query.is_empty() {
        add(&[name, ".q=", &encode(&address.query)]);
    }
    if address.sort != Sort::Relevance {
        add(&[name, ".s=", address.sort.name()]);
    }
    if let Some(article) = &address.article {
        add(&[name, ".a=", &encode(article)]);
    }
    if hash.trim_start_matches('#') == fragment() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    // An empty fragment still needs a URL that drops the old one.
    let url = if hash.is_empty() {
        window.location().pathname().unwrap_or_default()
            + &window.location().search().unwrap_or_default()
    } else {
        hash
    };
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// How long typing must pause before the address follows it. Writing the address costs the
/// page a few milliseconds (browsers also fetch the page's icon again), too much for every
/// keystroke.
const PAUSE_MS: i32 = 300;

/// An in-place write of the address that waits for typing to pause.
struct Deferred {
    name: AttrValue,
    address: RefCell<Option<Address>>,
    timer: Cell<Option<i32>>,
}

impl Deferred {
    /// Forgets the waiting write.
    fn cancel(&self) {
        if let (Some(timer), Some(window)) = (self.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(timer);
        }
        self.address.take();
    }

    /// Makes the waiting write now.
    fn flush(&self) {
        let address = self.address.take();
        self.cancel();
        if let Some(address) = address {
            write(&self.name, &address, false);
        }
    }
}

/// Keeps the address and the state of the widget called `name` in step: the state goes into
/// the address as it changes (typing once it pauses), and Back and Forward bring earlier
/// states back.
#[hook]
pub fn use_address(name: AttrValue, corpus: Option<Corpus>, state: UseReducerHandle<State>) {
    let article = state.open.and_then(|i| corpus.and_then(|c| c.id(i)));
    let deferred = use_memo(name.clone(), |name| {
        let deferred = Rc::new(Deferred {
            name: name.clone(),
            address: RefCell::new(None),
            timer: Cell::new(None),
        });
        let due = Rc::clone(&deferred);
        let due = Closure::<dyn Fn()>::new(move || {
            due.timer.take();
            due.flush();
        });
        (deferred, due)
    });
    {
        let deferred = Rc::clone(&deferred);
        let steps_written = use_mut_ref(|| state.steps);
        use_effect_with(
            (state.query.clone(), article, state.sort, state.steps),
            move |(query, article, sort, steps)| {
                let address = Address {
                    query: query.clone(),
                    article: article.map(str::to_owned),
                    sort: *sort,
                };
                let (pending, due) = &*deferred;
                // Opening or closing an article, choosing an order or a filter: a step Back
                // can undo, written at once (after the typing before it). Typing changes the
                // entry in place once it pauses.
                let stepped = *steps_written.borrow() != *steps;
                *steps_written.borrow_mut() = *steps;
                if stepped || read(&pending.name).article != address.article {
                    pending.flush();
                    write(&pending.name, &address, true);
                } else if let Some(window) = web_sys::window() {
                    pending.cancel();
                    pending.timer.set(
                        window
                            .set_timeout_with_callback_and_timeout_and_arguments_0(
                                due.as_ref().unchecked_ref(),
                                PAUSE_MS,
                            )
                            .ok(),
                    );
                    pending.address.replace(Some(address));
                }
            },
        );
    }
    use_effect_with(name, move |name| {
        let name = name.clone();
        let pending = Rc::clone(&deferred.0);
        // Back or Forward: the address is the truth, and a waiting write would undo it.
        let listener = Closure::<dyn Fn()>::new(move || {
            pending.cancel();
            let address = read(&name);
            let open = address
                .article
                .as_deref()
                .and_then(|id| corpus.and_then(|c| c.find(id)));
            state.dispatch(Action::Restore {
                query: address.query,
                open,
                sort: address.sort,
            });
        });
        // Leaving the page: what was typed stays in its entry.
        let (window, due) = (web_sys::window(), &deferred.1);
        let listeners = [("popstate", &listener), ("pagehide", due)];
        if let Some(window) = &window {
            for (event, listener) in listeners {
                let _ = window
                    .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
            }
        }
        move || {
            if let Some(window) = &window {
                for (event, listener) in [("popstate", &listener), ("pagehide", &deferred.1)] {
                    let _ = window.remove_event_listener_with_callback(
                        event,
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
            deferred.0.flush();
        }
    });
}
