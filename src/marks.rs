//! What a reader has read and saved, kept in the browser's local storage so that it is there
//! next time and in every tab.
//!
//! One entry a widget and page, `broadsheet:1:<page path>:<widget name>:marks` (the `1` is
//! the version of what it holds; the page path of a widget with `article-pages` is that of the
//! folder those pages sit in, so that the front page and every article page share one
//! entry): a line an article, its marks as one digit (1 read, 2 saved, 3 both) then its id,
//! `1local/harbour-reopens`. Only articles the widget has are kept, so the entry never
//! outgrows the corpus; while a large archive's newest articles stand in for it, the lines of
//! the others are kept as they are. The reader's choice to fold the summary card away is kept
//! beside it (`…:summary`). When storage cannot be used (a sandboxed frame, storage
//! turned off or full, a getter that throws) the marks live for the visit only and the widget
//! says so.

use std::rc::Rc;

use broadsheet_engine::search::query::{READ, SAVED};
use broadsheet_format::order::sort_by;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, Corpus, State};

/// The start of this widget's entries: `broadsheet:1:<page path>:<name>:`, the page path
/// `store` when given (the loader gives a widget with article pages their front page's).
pub fn key(name: &str, store: Option<&str>) -> String {
    let path = crate::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    ["broadsheet:1:", store.unwrap_or(&path), ":", name, ":"].concat()
}

/// The page's local storage, or `None` when it cannot be used.
fn storage() -> Option<web_sys::Storage> {
    crate::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, `Err` when storage cannot be read.
pub fn load(key: &str) -> Result<Option<String>, ()> {
    storage().ok_or(())?.get_item(key).map_err(drop)
}

/// Stores `value` under `key`; whether it was kept.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// The marks `text` holds, by article number: ids `find` does not know are dropped, as are
/// lines that are not marks.
pub fn parse(text: &str, n: usize, find: impl Fn(&str) -> Option<usize>) -> Vec<u8> {
    let mut marks = vec![0u8; n];
    for line in text.split('\n') {
        let Some(bits) = line.bytes().next().map(|b| b.wrapping_sub(b'0')) else {
            continue;
        };
        let id = line.get(1..).unwrap_or("");
        if bits & !(READ | SAVED) != 0 {
            continue;
        }
        if let Some(mark) = find(id).and_then(|i| marks.get_mut(i)) {
            *mark |= bits;
        }
    }
    marks
}

/// `marks` written out, the articles' ids given by `id`.
pub fn write<'a>(marks: &[u8], id: impl Fn(usize) -> Option<&'a str>) -> String {
    let mut out = String::new();
    for (i, &bits) in marks.iter().enumerate() {
        if let (true, Some(id)) = (bits != 0, id(i)) {
            out.push(char::from(b'0' + bits));
            out.push_str(id);
            out.push('\n');
        }
    }
    out
}

/// The marks stored for the widget whose entries start with `key` (none where storage
/// cannot be read).
pub fn read(key: &str, corpus: Option<Corpus>) -> Rc<Vec<u8>> {
    let text = load(&[key, "marks"].concat()).ok().flatten();
    marks_of(&text.unwrap_or_default(), corpus)
}

/// The marks `text` holds for the articles of `corpus`. Ids are looked up in a sorted copy:
/// thousands of marks over thousands of articles, read at once.
fn marks_of(text: &str, corpus: Option<Corpus>) -> Rc<Vec<u8>> {
    let n = corpus.map_or(0, Corpus::len);
    if text.is_empty() {
        return Rc::new(vec![0; n]);
    }
    let mut ids: Vec<(&str, usize)> = corpus.map_or_else(Vec::new, |c| {
        (0..n).filter_map(|i| Some((c.id(i)?, i))).collect()
    });
    sort_by(&mut ids, |a, b| a.0 < b.0);
    Rc::new(parse(text, n, |id| {
        let at = ids.binary_search_by(|(k, _)| k.cmp(&id)).ok()?;
        ids.get(at).map(|(_, i)| *i)
    }))
}

/// Keeps the marks in storage as they change, and takes in what another tab stores. Returns
/// whether they are kept (false: for this visit only).
#[hook]
pub fn use_marks(key: AttrValue, corpus: Option<Corpus>, state: &UseReducerHandle<State>) -> bool {
    let kept = use_state(|| storage().is_some());
    {
        let (key, kept) = (key.clone(), kept.clone());
        use_effect_with(state.marks.clone(), move |marks| {
            let mut text = write(marks, |i| corpus.and_then(|c| c.id(i)));
            let key = [&key, "marks"].concat();
            let stored = load(&key).ok().flatten();
            // While a large archive's newest articles stand in for it, the marks of the others
            // are kept as they are.
            let stored_lines = stored.as_deref().unwrap_or_default().split('\n');
            for line in stored_lines.filter(|_| corpus.is_some_and(Corpus::is_newest)) {
                if !line.is_empty() && line.get(1..).and_then(|id| corpus?.find(id)).is_none() {
                    text.extend([line, "\n"]);
                }
            }
            // Unchanged (as after a change from another tab): nothing to write.
            if stored.as_deref() != Some(text.as_str()) && !save(&key, &text) {
                kept.set(false);
            }
        });
    }
    {
        let dispatch = state.dispatcher();
        // Again for the whole archive, in place of its newest articles: the marks stored for
        // them all (those made meanwhile among them too, written since).
        let engine = corpus.map(|c| c.0 as *const _);
        use_effect_with((key, engine), move |(key, _)| {
            let key = [key, "marks"].concat();
            if let Ok(Some(text)) = load(&key) {
                dispatch.dispatch(Action::Marks(marks_of(&text, Corpus::compiled())));
            }
            let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    if event.key().as_deref() == Some(key.as_str()) {
                        let text = event.new_value().unwrap_or_default();
                        dispatch.dispatch(Action::Marks(marks_of(&text, Corpus::compiled())));
                    }
                },
            );
            let window = crate::window();
            if let Some(window) = &window {
                let _ = window
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = &window {
                    let _ = window.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    *kept
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = ["local/harbour-reopens", "sport/lowmoor-regatta", "a b/ü"];

    fn find(id: &str) -> Option<usize> {
        IDS.iter().position(|&i| i == id)
    }

    #[test]
    fn marks_round_trip_by_id() {
        let marks = [READ, 0, READ | SAVED];
        let text = write(&marks, |i| IDS.get(i).copied());
        assert_eq!(text, "1local/harbour-reopens\n3a b/ü\n");
        assert_eq!(parse(&text, 3, find), marks);
    }

    #[test]
    fn unknown_ids_and_damaged_lines_are_dropped() {
        let text = "1local/gone\n2sport/lowmoor-regatta\n9local/harbour-reopens\n\n\
                    x\n1\n\u{e9}local/harbour-reopens\r\n3a b/ü\n";
        assert_eq!(parse(text, 3, find), [0, SAVED, READ | SAVED]);
        // Fewer articles than the stored numbers: nothing out of range.
        assert_eq!(parse("3a b/ü\n", 1, find), [0]);
        assert_eq!(parse("", 0, find), Vec::<u8>::new());
    }
}
