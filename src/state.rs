//! The widget's state: one reducer, and the selection derived from it during render.

use std::rc::Rc;

use broadsheet_core::model::Article;
use broadsheet_core::search::Query;
use yew::Reducible;

/// The articles a widget shows, compared by identity so that props stay cheap to compare.
#[derive(Clone, Copy, Debug)]
pub struct Corpus(pub &'static [Article]);

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Corpus {
    /// The article at `index`, if there is one.
    pub fn get(self, index: usize) -> Option<&'static Article> {
        self.0.get(index)
    }

    /// The indices of the articles that match `query`, best first.
    pub fn select(self, query: &str) -> Rc<[usize]> {
        Query::parse(query)
            .rank(self.0)
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
