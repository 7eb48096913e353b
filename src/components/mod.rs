//! The widget's components, one a file: [`App`], the root; the components the two views
//! ([`crate::views`]) are made of, each a `#[component]` with its `Properties` where it keeps
//! state of its own or is worth skipping when its props are unchanged ([`SummaryCard`],
//! [`ArticleCard`], [`ArticleBody`]); and the render helpers they use, plain functions that
//! only lay out what they are given inside their parent's render (`article_list`,
//! `article_meta`, `filter_bar`, `glance`, `keys_help`, `marked`, `media_caption`,
//! `search_box`, `search_notice`). The reducer's state lives in [`App`]; the articles and
//! the dispatcher reach the components in one [`Shared`] prop.

mod app;
mod article_body;
mod article_card;
mod article_list;
mod article_meta;
mod filter_bar;
mod glance;
mod marked;
mod media;
mod search_box;
mod search_notice;
mod summary_card;

pub(crate) use app::sum_up_after_paint;
pub use app::{App, AppProps};
pub use article_body::{ArticleBody, ArticleBodyProps};
pub use article_card::{ArticleCard, ArticleCardProps};
pub use article_list::{article_list, List};
pub use article_meta::article_meta;
pub use filter_bar::filter_bar;
pub use glance::glance;
pub use marked::marked;
pub use media::media_caption;
pub use search_box::search_box;
pub use search_notice::search_notice;
pub use summary_card::{Fold, SummaryCard, SummaryCardProps};

use std::rc::Rc;

use broadsheet_format::model::Article;
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::state::{address, Action, Corpus, State};

/// What every part of one widget shares, made by [`App`] and handed to the views and the
/// components that open, save or filter: the articles, and the way to act on the widget's
/// state (the reducer's dispatcher), so that no component needs a callback for each action.
/// A prop, not a Yew context: the context's code cost 2.2 KB of wasm (brotli), measured,
/// for the same two words passed to four components.
#[derive(Clone, PartialEq)]
pub struct Shared {
    /// The articles.
    pub corpus: Corpus,
    /// Sends the reducer an action.
    pub dispatch: UseReducerDispatcher<State>,
    /// What a link to an article starts with: the `article-pages` folder (`pages`), or this
    /// page's address for the widget (`#<name>.a=`).
    pub links: AttrValue,
    /// Whether `links` is the folder of the articles' own pages.
    pub pages: bool,
}

impl Shared {
    /// The address of article `index`: its own page (`<article-pages><id>/`), or this page
    /// with the article open in the widget.
    pub fn href(&self, index: usize) -> String {
        let path = address::path(self.corpus.id(index).unwrap_or_default());
        [&*self.links, &*path, if self.pages { "/" } else { "" }].concat()
    }
}

/// `node`, an element written without attributes, with the attributes `keys`, valued
/// `values` (left out where a value is `None`): the way to give an element a class list that
/// is not written out in `html!`, where `class={..}` makes a set of the classes and the set
/// brings a hash set into the wasm (1.2 KB brotli).
pub fn with_attributes<const N: usize>(
    mut node: Html,
    keys: &'static [&'static str; N],
    values: [Option<AttrValue>; N],
) -> Html {
    // Just made: the element is this node's alone.
    if let Some(tag) = match &mut node {
        Html::VTag(tag) => Rc::get_mut(tag),
        _ => None,
    } {
        tag.set_attributes(Attributes::Dynamic {
            keys,
            values: Box::new(values.map(|v| v.map(AttributeOrProperty::Attribute))),
        });
    }
    node
}

/// A link to article `index` around `content`: it works as a link (a new tab, a copied
/// address, a crawler, a page without JavaScript), and a plain click opens the article here.
pub fn article_link(
    shared: &Shared,
    index: usize,
    class: &'static str,
    title: Option<String>,
    node: NodeRef,
    content: Html,
) -> Html {
    let href = shared.href(index);
    link(
        shared,
        href,
        class,
        title,
        node,
        content,
        Action::Open(index),
    )
}

/// A link to `href` around `content` whose plain click does `action` in the widget instead.
/// A click with a modifier key (a new tab or window, a download) stays the browser's: the
/// loader keeps it from the widget (`static/broadsheet.js`), which costs less there.
pub fn link(
    shared: &Shared,
    href: String,
    class: &'static str,
    title: Option<String>,
    node: NodeRef,
    content: Html,
    action: Action,
) -> Html {
    let dispatch = shared.dispatch.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        event.prevent_default();
        dispatch.dispatch(action.clone());
    });
    with_attributes(
        html! { <a ref={node} {onclick}>{content}</a> },
        &["class", "href", "title"],
        [
            Some(class.into()),
            Some(href.into()),
            title.map(AttrValue::from),
        ],
    )
}

/// Article number `index`, decoded once while the component that asks for it stays mounted.
#[hook]
pub fn use_article(corpus: Option<Corpus>, index: usize) -> Option<Rc<Article>> {
    let article = use_memo((corpus, index), |(corpus, index)| {
        corpus.and_then(|c| c.get(*index))
    });
    (*article).clone()
}

/// Moves the focus to the first card's headline in the widget `from` is in.
pub fn focus_first_card(from: &web_sys::Element) {
    if let Some(button) = from
        .closest(".broadsheet")
        .ok()
        .flatten()
        .and_then(|w| w.query_selector(".bs-card-open").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// The keyboard shortcuts, with a button that hides them (`on_show` hears `false`).
pub fn keys_help(on_show: &Callback<bool>) -> Html {
    let keys = [
        ("/ or Ctrl+K", "search"),
        ("j k or ↓ ↑", "next or previous result"),
        ("Enter", "open it"),
        ("Esc", "clear the search; back to the list"),
        ("[ ] or p n", "previous or next article"),
        ("?", "show or hide these keys"),
    ];
    html! {
        <section class="bs-help" aria-label="Keyboard shortcuts">
            <h2 class="bs-help-title">{"Keyboard shortcuts"}</h2>
            <dl>
                for (key, what) in keys {
                    <div><dt><kbd>{key}</kbd></dt><dd>{what}</dd></div>
                }
            </dl>
            <button type="button" class="bs-link" onclick={on_show.reform(|_: MouseEvent| false)}>{"Hide"}</button>
        </section>
    }
}

/// The toggle that saves an article (pressed while it is saved), named `label`.
pub fn save_toggle(marks: u8, label: String, onclick: Callback<MouseEvent>) -> Html {
    let saved = marks & broadsheet_engine::search::query::SAVED != 0;
    html! {
        <button type="button" class="bs-save" aria-pressed={if saved { "true" } else { "false" }} aria-label={label} {onclick}>
            {"Save"}
        </button>
    }
}
