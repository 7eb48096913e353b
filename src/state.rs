//! The widget's state: one reducer, and the selection derived from it during render.

use std::rc::Rc;
use std::sync::OnceLock;

use broadsheet_core::model::Article;
use broadsheet_core::pack::{Facts, NotACorpus, Packed};
use broadsheet_core::search::Query;
use yew::Reducible;

/// The articles a widget shows, compared by identity so that props stay cheap to compare.
#[derive(Clone, Copy, Debug)]
pub struct Corpus(pub &'static Packed);

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Corpus {
    /// The articles compiled into the widget, or why they cannot be read.
    pub fn compiled() -> Result<Corpus, NotACorpus> {
        static OPENED: OnceLock<Result<Packed, NotACorpus>> = OnceLock::new();
        match OPENED.get_or_init(|| Packed::open(crate::corpus::BYTES)) {
            Ok(packed) => Ok(Corpus(packed)),
            Err(err) => Err(*err),
        }
    }

    /// How many articles there are.
    pub fn len(self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// Article number `index`, decoded.
    pub fn get(self, index: usize) -> Option<Article> {
        self.0.article(index)
    }

    /// The facts of article number `index`.
    pub fn facts(self, index: usize) -> Option<Facts<'static>> {
        self.0.facts(index)
    }

    /// The indices of the articles that match `query`, best first.
    pub fn select(self, query: &str) -> Rc<[usize]> {
        Query::parse(query)
            .rank(&self.0.index(), self.0.len())
            .into_iter()
            .map(|(i, _)| i)
            .collect()
    }
}

/// What a reader has done so far.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The text in the search box.
    pub query: String,
    /// The article open in the reader, by index.
    pub open: Option<usize>,
    /// The article whose card should take the focus when the list comes back.
    pub return_to: Option<usize>,
}

/// Everything a reader can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Typed into the search box.
    Search(String),
    /// Opened an article.
    Open(usize),
    /// Went back from the reader to the list.
    Close,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Search(query) if query == self.query => return self,
            Action::Search(query) => State {
                query,
                return_to: None,
                ..(*self).clone()
            },
            Action::Open(index) => State {
                open: Some(index),
                ..(*self).clone()
            },
            Action::Close if self.open.is_none() => return self,
            Action::Close => State {
                open: None,
                return_to: self.open,
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}
