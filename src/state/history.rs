//! The widget's state in the real page address and history, so that links are shareable and
//! Back and Forward work (the address's text is [`address`](super::address)'s): in the
//! fragment while it is the widgets'; when the host page uses the fragment (a hash router, an
//! anchor), the fragment is left byte for byte and the state goes into the history entry's
//! state instead, so Back and Forward still work. Each widget on a page has its own name and
//! leaves the others' entries alone.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use broadsheet_engine::facets::Sort;

use super::address::{fragment as fragment_of, is_widgets, parse, Address};
use super::{Action, Corpus, Entry, State};

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
    crate::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The key under which widgets keep their state in `history.state` when the fragment is the
/// host's.
const STATE_KEY: &str = "broadsheet";

/// The widget `name`'s entry in the history entry's state, if it has one.
fn history_entry(name: &str) -> Option<JsValue> {
    let state = crate::window()?.history().ok()?.state().ok()?;
    let ours = Reflect::get(&state, &STATE_KEY.into()).ok()?;
    Reflect::get(&ours, &name.into())
        .ok()
        .filter(JsValue::is_object)
}

/// What the address says about the widget called `name`: its entries in the fragment or, when
/// the fragment is the host's, in the history entry's state (nothing there: the defaults).
pub fn read(name: &str) -> Address {
    read_entry(name).unwrap_or_default()
}

/// What the address says about the widget called `name`, or `None` when the fragment is the
/// host's and the history entry holds nothing of the widget's: an entry the host made (a
/// route, an anchor), which leaves the widget as it is.
fn read_entry(name: &str) -> Option<Address> {
    let fragment = fragment();
    if is_widgets(&fragment) {
        return Some(parse(&fragment, name, decode));
    }
    let entry = history_entry(name)?;
    let field = |key: &str| {
        Reflect::get(&entry, &key.into())
            .ok()
            .and_then(|v| v.as_string())
    };
    Some(Address {
        query: field("q").unwrap_or_default(),
        article: field("a").filter(|a| !a.is_empty()),
        sort: field("s").and_then(|s| Sort::parse(&s)).unwrap_or_default(),
    })
}

/// Puts `address` into the page address for the widget called `name`: as a new history entry
/// when `new_entry` (a step Back should undo), else in place (typing). In the fragment while
/// the fragment is the widgets'; otherwise in the history entry's state, beside whatever the
/// host keeps there, with the URL unchanged.
pub fn write(name: &str, address: &Address, new_entry: bool) {
    let Some(window) = crate::window() else {
        return;
    };
    // Browsers refuse addresses past a few megabytes (about 233,000 CJK characters of query,
    // encoded), and such an entry is lost: a query that long is left out of the address.
    let kept;
    let address = if address.query.chars().count() > MAX_QUERY {
        web_sys::console::warn_1(&TOO_LONG.into());
        kept = Address {
            query: String::new(),
            ..address.clone()
        };
        &kept
    } else {
        address
    };
    let Ok(history) = window.history() else {
        return;
    };
    let current = fragment();
    let host_state = history.state().unwrap_or(JsValue::NULL);
    let put = |state: &JsValue, url: Option<&str>| {
        let _ = if new_entry {
            history.push_state_with_url(state, "", url)
        } else {
            history.replace_state_with_url(state, "", url)
        };
    };
    if !is_widgets(&current) {
        if read_entry(name).as_ref() == Some(address) {
            return;
        }
        let state = Object::assign(&Object::new(), &Object::from(host_state.clone()));
        let ours = Object::new();
        if let Ok(before) = Reflect::get(&host_state, &STATE_KEY.into()) {
            if before.is_object() {
                Object::assign(&ours, &Object::from(before));
            }
        }
        let entry = Object::new();
        let _ = Reflect::set(&entry, &"q".into(), &address.query.as_str().into());
        let _ = Reflect::set(&entry, &"s".into(), &address.sort.name().into());
        if let Some(article) = &address.article {
            let _ = Reflect::set(&entry, &"a".into(), &article.as_str().into());
        }
        let _ = Reflect::set(&ours, &name.into(), &entry);
        let _ = Reflect::set(&state, &STATE_KEY.into(), &ours);
        return put(&state, None);
    }
    let hash = fragment_of(&current, name, address, encode);
    if hash.trim_start_matches('#') == current {
        return;
    }
    // An empty fragment still needs a URL that drops the old one.
    let url = if hash.is_empty() {
        window.location().pathname().unwrap_or_default()
            + &window.location().search().unwrap_or_default()
    } else {
        hash
    };
    put(&host_state, Some(&url));
}

/// The longest query the page address keeps, in characters.
pub const MAX_QUERY: usize = 2000;

/// What the console says of a longer one (a text of its own rather than one formatted with
/// [`MAX_QUERY`]: the wasm is smaller without the formatting; a test checks they agree).
const TOO_LONG: &str = "Broadsheet: a query over 2000 characters is left out of the page address";

/// How long typing must pause before the address follows it. Writing the address costs the
/// page a few milliseconds (browsers also fetch the page's icon again), too much for every
/// keystroke.
const PAUSE_MS: i32 = 300;

/// Typing not yet in the address, for every widget on the page, and the timer that writes it
/// once typing pauses.
#[derive(Default)]
struct Waiting {
    writes: Vec<(AttrValue, Address)>,
    timer: Option<i32>,
}

thread_local! {
    static WAITING: RefCell<Waiting> = RefCell::default();
    /// Writes what waits: when typing pauses, and when the page is left.
    static DUE: Closure<dyn Fn()> = Closure::new(flush);
}

/// Forgets the typing that waits, and returns it.
fn cancel() -> Vec<(AttrValue, Address)> {
    let waiting = WAITING.with(|w| w.take());
    if let (Some(timer), Some(window)) = (waiting.timer, crate::window()) {
        window.clear_timeout_with_handle(timer);
    }
    waiting.writes
}

/// Writes the typing that waits, every widget's, in place.
fn flush() {
    for (name, address) in cancel() {
        write(&name, &address, false);
    }
}

/// Writes `address` for the widget `name` in place once typing pauses.
fn write_later(name: &AttrValue, address: Address) {
    let Some(window) = crate::window() else {
        return;
    };
    let mut writes = cancel();
    writes.retain(|(n, _)| n != name);
    writes.push((name.clone(), address));
    let timer = DUE
        .with(|due| {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(
                due.as_ref().unchecked_ref(),
                PAUSE_MS,
            )
        })
        .ok();
    WAITING.with(|w| *w.borrow_mut() = Waiting { writes, timer });
}

/// Keeps the address and the state of the widget called `name` in step: the state goes into
/// the address as it changes (typing once it pauses), and Back and Forward bring earlier
/// states back.
#[hook]
pub fn use_address(
    name: AttrValue,
    corpus: Option<Corpus>,
    state: UseReducerHandle<State>,
    enabled: bool,
) {
    let article = state.open.and_then(|i| corpus.and_then(|c| c.id(i)));
    {
        let name = name.clone();
        let entry = state.entry;
        use_effect_with(
            (state.query.clone(), article, state.sort),
            move |(query, article, sort)| {
                if !enabled {
                    return;
                }
                let address = Address {
                    query: query.clone(),
                    article: article.map(str::to_owned),
                    sort: *sort,
                };
                match entry {
                    // The state came from the address: nothing to write.
                    Entry::Kept => {}
                    // Typing changes the entry in place once it pauses.
                    Entry::Replace => write_later(&name, address),
                    // A step Back can undo, written at once, after any typing that waits
                    // (this widget's or another's), so that the entry before the step
                    // holds it.
                    Entry::Push => {
                        flush();
                        write(&name, &address, true);
                    }
                }
            },
        );
    }
    use_effect_with((name, enabled), move |(name, enabled)| {
        let name = name.clone();
        let enabled = *enabled;
        // Back or Forward: the address is the truth, and typing that waits would undo it.
        let listener = Closure::<dyn Fn()>::new(move || {
            // An entry the host made (a route, an anchor): the widget stays as it is, and what
            // waits to be written goes into that entry.
            let Some(address) = read_entry(&name) else {
                return;
            };
            cancel();
            let open = address
                .article
                .as_deref()
                .and_then(|id| Corpus::compiled()?.find(id));
            state.dispatch(Action::Restore {
                query: address.query,
                open,
                sort: address.sort,
            });
        });
        let window = crate::window().filter(|_| enabled);
        if let Some(window) = &window {
            let _ = window
                .add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
            // Leaving the page: what was typed stays in its entry. (The same listener for
            // every widget: the page keeps it once.)
            DUE.with(|due| {
                let _ = window
                    .add_event_listener_with_callback("pagehide", due.as_ref().unchecked_ref());
            });
        }
        move || {
            if let Some(window) = &window {
                let _ = window.remove_event_listener_with_callback(
                    "popstate",
                    listener.as_ref().unchecked_ref(),
                );
            }
            flush();
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_warning_names_the_limit() {
        assert!(super::TOO_LONG.contains(&format!(" {} ", super::MAX_QUERY)));
    }
}
