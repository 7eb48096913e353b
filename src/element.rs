//! The Rust side of the `<broadsheet-news>` element (`static/broadsheet.js` defines the element
//! and calls these): mounting into the element's shadow root, the JavaScript API a host drives
//! the widget with, and the events it listens to.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::ser::{Serialize, SerializeMap, Serializer};
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, AttrValue, UseReducerDispatcher};

use crate::components::{App, AppProps};
use crate::options::Options;
use crate::state::{Action, Corpus, Found, State};

/// What a host can read of a widget (`element.state`), and what its events carry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The query in the search box.
    pub query: String,
    /// The order of the results: `relevance`, `newest` or `oldest`.
    pub sort: &'static str,
    /// The id of the open article.
    pub open: Option<String>,
    /// How many articles the query and the fixed filter find.
    pub count: usize,
}

impl Serialize for Snapshot {
    fn serialize<S: Serializer>(&self, to: S) -> Result<S::Ok, S::Error> {
        let mut map = to.serialize_map(Some(4))?;
        map.serialize_entry("query", &self.query)?;
        map.serialize_entry("sort", self.sort)?;
        map.serialize_entry("open", &self.open)?;
        // As a number: the counts are far below 2^53.
        map.serialize_entry("count", &(self.count as f64))?;
        map.end()
    }
}

/// `value` as a plain JavaScript object (a map's keys become its properties; nothing is
/// `null`, as the README promises, not `undefined`). What the
/// widget tells is written as maps, not derived as structs: a struct's field names go through
/// a cache of JavaScript strings that brings a hash map into the wasm (0.3 KB brotli).
pub fn to_js(value: &impl Serialize) -> JsValue {
    let to = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value.serialize(&to).unwrap_or(JsValue::NULL)
}

/// Between a mounted widget and its host: the element events go to, the widget's dispatcher
/// for the API's calls, and the state the API reads. Compared by identity.
#[derive(Default)]
pub struct Control {
    /// The element the widget's events are dispatched on.
    pub host: Option<Element>,
    /// Set by the widget once it is mounted.
    pub dispatch: RefCell<Option<UseReducerDispatcher<State>>>,
    /// Kept up to date by the widget at every render.
    pub snapshot: RefCell<Snapshot>,
    /// What the list shows, kept up to date likewise: a summary made for anything else
    /// would be out of date.
    pub shown: RefCell<Found>,
    /// The page path the reader's marks are kept under, when not this page's: the loader's
    /// `data-store` on the mount, the front page's folder for a widget with `article-pages`.
    pub store: Option<String>,
    /// What the reader typed into the build's first screen before the widget was live (the
    /// loader's `data-bs-typed` on the mount): the query the widget starts with, so that its
    /// first render already shows what it finds.
    pub typed: Option<String>,
}

impl PartialEq for Control {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Control {
    /// Dispatches the event `name` on the host, bubbling out of the shadow root, with `detail`.
    pub fn emit(&self, name: &str, detail: &impl Serialize) {
        let Some(host) = &self.host else { return };
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&to_js(detail));
        if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = host.dispatch_event(&event);
        }
    }

    pub(crate) fn act(&self, action: Action) {
        if let Some(dispatch) = &*self.dispatch.borrow() {
            dispatch.dispatch(action);
        }
    }
}

/// The name a widget's entries in the page address start with: the host's id, or `bs` for
/// the first widget without one, `bs2`, `bs3`… for the next (in the order they mount, which
/// for elements written in the page is their order in it).
pub fn address_name(host: &Element) -> AttrValue {
    thread_local! {
        static UNNAMED: Cell<u32> = const { Cell::new(0) };
    }
    let id = host.id();
    if !id.is_empty() {
        return AttrValue::from(id);
    }
    match UNNAMED.with(|n| n.replace(n.get() + 1)) {
        0 => AttrValue::Static("bs"),
        n => AttrValue::from(format!("bs{}", n + 1)),
    }
}

/// The props of a widget called `name` in the page address, with the options `host`'s
/// attributes give, `host` as the element its events go to, and its marks kept under `store`.
pub fn props_for(name: AttrValue, host: Element, mount: Option<&Element>) -> AppProps {
    let data = |name| mount.and_then(|m| m.get_attribute(name));
    AppProps {
        name,
        options: Rc::new(Options::read(&host)),
        control: Rc::new(Control {
            host: Some(host),
            store: data("data-store"),
            typed: data("data-bs-typed"),
            ..Control::default()
        }),
    }
}

/// One widget mounted into an element, as the element's script holds it.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
    props: AppProps,
}

/// Opens the page's articles for every widget on it: first the bytes of
/// `broadsheet-articles.bin` that the loader fetched, then those of
/// `broadsheet-articles-text.bin`, their text (the loader then calls [`Widget::refresh`] on
/// the widgets mounted by then).
/// Returns what is wrong with the file, if anything (the loader names the file).
#[wasm_bindgen]
pub fn load(bytes: Vec<u8>) -> Option<String> {
    Corpus::load(bytes).err().map(|e| e.to_string())
}

/// Mounts a widget into `root` (inside `host`'s shadow root), with the options `host`'s
/// attributes give.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(host: Element, root: Element) -> Widget {
    crate::stopped::install();
    let props = props_for(address_name(&host), host, Some(&root));
    let handle = yew::Renderer::<App>::with_root_and_props(root, props.clone()).render();
    Widget {
        handle: Some(handle),
        props,
    }
}

#[wasm_bindgen]
impl Widget {
    /// Shows what `query` finds, as a step Back undoes.
    pub fn search(&self, query: String) {
        self.props.control.act(Action::Filter(query));
    }

    /// Opens the article with this id; `false` when no article has it (the loader's
    /// promise rejects, naming the id).
    pub fn open(&self, id: &str) -> bool {
        let index = Corpus::compiled().and_then(|corpus| corpus.find(id));
        if let Some(index) = index {
            self.props.control.act(Action::Open(index));
        }
        index.is_some()
    }

    /// Shows again what was shown without the articles' text, now that it is there, or
    /// over the whole archive, now that it has taken the place of its newest articles.
    pub fn refresh(&self) {
        self.props.control.act(Action::Refresh);
        // Shown again, it is summed up at once; a frame later it is what was summed up, so
        // that the next search paints its first cards at once and its summary after them.
        crate::components::sum_up_after_paint(Rc::clone(&self.props.control), None);
    }

    /// Goes back from the open article to the list.
    pub fn close(&self) {
        self.props.control.act(Action::Close);
    }

    /// The query, the order, the open article's id and how many articles are found.
    pub fn state(&self) -> JsValue {
        to_js(&*self.props.control.snapshot.borrow())
    }

    /// Reads the host's attributes again and applies what changed.
    pub fn update(&mut self) {
        let Some(host) = &self.props.control.host else {
            return;
        };
        let options = Options::read(host);
        if *self.props.options != options {
            self.props.options = Rc::new(options);
            if let Some(handle) = &mut self.handle {
                handle.update(self.props.clone());
            }
        }
    }

    /// Takes the widget down: its listeners and state go with it.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.props.control.dispatch.replace(None);
    }
}
