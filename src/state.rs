//! The widget's state: one reducer, and the selection derived from it during render.

use std::cell::RefCell;
use std::rc::Rc;

use broadsheet_core::model::Article;
use broadsheet_core::pack::{Facts, NotACorpus, Packed};
use broadsheet_core::search::facets::{sort, Sort};
use broadsheet_core::search::{search, Query, Results};
use broadsheet_core::summary::Summary;
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
        thread_local! {
            // Opened once and kept for the life of the page.
            static OPENED: Result<&'static Packed, NotACorpus> =
                Packed::open(crate::corpus::BYTES).map(|packed| &*Box::leak(Box::new(packed)));
        }
        OPENED.with(|opened| opened.map(Corpus))
    }

    /// How many articles there are.
    pub fn len(self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    /// The id of article number `index`.
    pub fn id(self, index: usize) -> Option<&'static str> {
        self.0.id(index)
    }

    /// The number of the article with this id.
    pub fn find(self, id: &str) -> Option<usize> {
        (0..self.len()).find(|&i| self.id(i) == Some(id))
    }

    /// Article number `index`, decoded (shared with the search, which decodes the first page
    /// of results too).
    pub fn get(self, index: usize) -> Option<Rc<Article>> {
        self.0.shared_article(index)
    }

    /// The facts of article number `index`.
    pub fn facts(self, index: usize) -> Option<Facts<'static>> {
        self.0.facts(index)
    }

    /// What `query` finds among the articles that `fixed` (a host's fixed filter, often
    /// empty) finds, in `order`.
    pub fn search(self, query: &str, fixed: &str, order: Sort) -> Found {
        // The end-to-end test of the panic hook types this; only builds with the `test-panic`
        // feature have it, never a release.
        #[cfg(feature = "test-panic")]
        if query == "test:panic" {
            panic!("a panic forced by the test build");
        }
        let mut query = Query::parse(query);
        if !fixed.trim().is_empty() {
            query = query.within(Query::parse(fixed));
        }
        let mut results = search(self.0, &query);
        sort(self.0, &mut results.hits, order);
        Found(Rc::new(results))
    }

    /// The summary of what a search found. The summary of every article in the corpus's
    /// order (what an empty box shows) is computed once: clearing the box brings it back at no
    /// cost.
    pub fn summary(self, found: &Found) -> Rc<Summary> {
        thread_local! {
            static EVERYTHING: RefCell<Option<Rc<Summary>>> = const { RefCell::new(None) };
        }
        let selection = found.0.articles();
        let everything =
            selection.len() == self.len() && selection.iter().enumerate().all(|(i, &a)| i == a);
        if !everything {
            return Rc::new(Summary::of(self.0, &selection));
        }
        EVERYTHING.with(|kept| {
            Rc::clone(
                kept.borrow_mut()
                    .get_or_insert_with(|| Rc::new(Summary::of(self.0, &selection))),
            )
        })
    }
}

/// What a search found, compared by identity so that props stay cheap to compare.
#[derive(Clone, Debug, Default)]
pub struct Found(pub Rc<Results>);

impl PartialEq for Found {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Found {
    /// The numbers of the articles found, best first.
    pub fn articles(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.hits.iter().map(|hit| hit.article)
    }
}

/// What a reader has done so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    /// The text in the search box.
    pub query: String,
    /// The article open in the reader, by index.
    pub open: Option<usize>,
    /// The article whose card should take the focus when the list comes back.
    pub return_to: Option<usize>,
    /// How many results the list shows: a page more each time the reader asks.
    pub pages: usize,
    /// The order of the results.
    pub sort: Sort,
    /// Changes that Back undoes one by one (orders and filters chosen), counted.
    pub steps: u32,
}

/// Results a list page shows.
pub const PAGE: usize = 20;

/// Everything a reader can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Typed into the search box.
    Search(String),
    /// Chose or took out a filter: the query that results, as a step Back undoes.
    Filter(String),
    /// Opened an article.
    Open(usize),
    /// Went back from the reader to the list.
    Close,
    /// Asked for more results.
    ShowMore,
    /// Chose an order for the results.
    Sort(Sort),
    /// Came back to an earlier state (Back, Forward, or a link).
    Restore {
        /// The query then.
        query: String,
        /// The article open then.
        open: Option<usize>,
        /// The order then.
        sort: Sort,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Search(query) if query == self.query => return self,
            Action::Search(query) => State {
                query,
                return_to: None,
                pages: 1,
                ..(*self).clone()
            },
            Action::ShowMore => State {
                pages: self.pages + 1,
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
            Action::Filter(query) => State {
                query,
                return_to: None,
                pages: 1,
                steps: self.steps.wrapping_add(1),
                ..(*self).clone()
            },
            Action::Sort(sort) if sort == self.sort => return self,
            Action::Sort(sort) => State {
                sort,
                pages: 1,
                steps: self.steps.wrapping_add(1),
                ..(*self).clone()
            },
            Action::Restore { query, open, sort }
                if query == self.query && open == self.open && sort == self.sort =>
            {
                return self
            }
            Action::Restore { query, open, sort } => State {
                pages: if query == self.query && sort == self.sort {
                    self.pages
                } else {
                    1
                },
                query,
                return_to: if open.is_none() { self.open } else { None },
                open,
                sort,
                steps: self.steps,
            },
        };
        Rc::new(next)
    }
}
