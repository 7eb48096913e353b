//! The widget's state: one reducer, and the selection derived from it during render; the
//! page address it is kept in ([`address`], pure text) and the browser's history that holds
//! it (`history`).

pub mod address;
pub(crate) mod history;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use broadsheet_engine::facets::Sort;
use broadsheet_engine::search::query::{READ, SAVED};
use broadsheet_engine::search::{Query, Results};
use broadsheet_engine::summary::central::KeySentence;
use broadsheet_engine::summary::Summary;
use broadsheet_engine::Engine;
use broadsheet_format::model::Article;
use broadsheet_format::packed::{Facts, NotACorpus};
use yew::Reducible;

/// The articles a widget shows, and whether their text had arrived (see [`Corpus::load`]):
/// compared by identity and that, so that props stay cheap to compare and what was derived
/// without the text is derived again with it.
#[derive(Clone, Copy, Debug)]
pub struct Corpus(pub &'static Engine, bool);

impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0) && self.1 == other.1
    }
}

thread_local! {
    // Opened once and kept for the life of the page; for a large archive, first its newest
    // articles alone, then the whole archive in their place (an article is the same number
    // in both).
    static OPENED: Cell<Option<&'static Engine>> = const { Cell::new(None) };
}

impl Corpus {
    /// The page's articles once they are open: those handed over by [`Corpus::load`], or
    /// (with the `embedded` feature) those compiled in.
    pub fn compiled() -> Option<Corpus> {
        #[cfg(feature = "embedded")]
        if let (None, Ok(engine)) = (Self::opened(), Engine::open(crate::corpus::BYTES)) {
            OPENED.set(Some(Box::leak(Box::new(engine))));
        }
        Self::opened().map(|engine| Corpus(engine, engine.has_text()))
    }

    fn opened() -> Option<&'static Engine> {
        OPENED.get()
    }

    /// Opens `bytes`, a part of the first file of the compiled articles, as the page's
    /// articles (a later part, the whole archive, takes the place of the newest articles'),
    /// or, once they are open, adds the second file, their text; or says why the bytes
    /// cannot be read. Once the text is there, later calls with it change nothing.
    pub fn load(bytes: Vec<u8>) -> Result<Corpus, NotACorpus> {
        let bytes = Box::leak(bytes.into_boxed_slice());
        match Self::compiled() {
            Some(corpus) if bytes.get(2) == Some(&b'T') => corpus.0.attach(bytes)?,
            _ => OPENED.set(Some(Box::leak(Box::new(Engine::open(bytes)?)))),
        }
        Self::compiled().ok_or(NotACorpus::Damaged("not opened"))
    }

    /// Whether the articles' text is there: without it, an article shows its headline and
    /// teaser, and the search its first stage.
    pub fn has_text(self) -> bool {
        self.1
    }

    /// Whether these are a large archive's newest articles, which stand in for it while the
    /// rest is on its way (see [`Corpus::load`]).
    pub fn is_newest(self) -> bool {
        self.0.packed().is_newest()
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
        self.0.find(id)
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
    /// empty) finds, in `order`; `marks` are the reader's, for `is:` filters.
    pub fn search(self, query: &str, fixed: &str, order: Sort, marks: &[u8]) -> Found {
        // The end-to-end test of the panic hook types this; only builds with the `test-panic`
        // feature have it, never a release.
        #[cfg(feature = "test-panic")]
        #[allow(clippy::panic)]
        if query == "test:panic" {
            panic!("a panic forced by the test build");
        }
        // The build renders a page for every article, each with the same list: it searches
        // once for them all (the search is O(n) in the articles, and there may be 100,000).
        #[cfg(feature = "ssr")]
        if marks.is_empty() {
            type Searched = Vec<((String, String, Sort, bool), Found)>;
            thread_local! {
                static SEARCHED: RefCell<Searched> = const { RefCell::new(Vec::new()) };
            }
            let key = (query.to_owned(), fixed.to_owned(), order, self.1);
            let kept = SEARCHED.with(|s| {
                (s.borrow().iter())
                    .find(|(k, _)| *k == key)
                    .map(|(_, found)| found.clone())
            });
            return kept.unwrap_or_else(|| {
                let found = self.searched(query, fixed, order, marks);
                SEARCHED.with(|s| s.borrow_mut().push((key, found.clone())));
                found
            });
        }
        self.searched(query, fixed, order, marks)
    }

    fn searched(self, query: &str, fixed: &str, order: Sort, marks: &[u8]) -> Found {
        thread_local! {
            static EVERY: RefCell<Option<(&'static Engine, Found)>> = const { RefCell::new(None) };
        }
        let mut query = Query::parse(query);
        if !fixed.trim().is_empty() {
            query = query.within(Query::parse(fixed));
        }
        let search = || Found(Rc::new(self.0.query(&query, order, marks)));
        if !query.is_empty() || order != Sort::Relevance {
            return search();
        }
        // Every article, as an empty box shows them, found once for the articles open: a
        // letter that waits (`Query::parse`) shows them too, and the same results leave every
        // card as it is. At 100,000 articles each first letter took 25–30 ms, most of it
        // patching the cards.
        EVERY.with(|every| {
            let mut every = every.borrow_mut();
            match &*every {
                Some((of, found)) if std::ptr::eq(*of, self.0) => found.clone(),
                _ => every.insert((self.0, search())).1.clone(),
            }
        })
    }

    /// The summary of what a search found. The summary of every article in the corpus's
    /// order (what an empty box shows) is computed once: clearing the box brings it back at no
    /// cost.
    pub fn summary(self, found: &Found) -> Rc<Summary> {
        thread_local! {
            static EVERYTHING: RefCell<Option<(Corpus, Found, Rc<Summary>)>> = const { RefCell::new(None) };
        }
        // The same every article as before (the empty box's, found once): no need to look.
        let same = EVERYTHING.with(|kept| match &*kept.borrow() {
            Some((of, every, summary)) if std::ptr::eq(of.0, self.0) && every == found => {
                Some(Rc::clone(summary))
            }
            _ => None,
        });
        if let Some(summary) = same {
            return summary;
        }
        let selection = found.0.articles();
        let everything =
            selection.len() == self.len() && selection.iter().enumerate().all(|(i, &a)| i == a);
        if !everything {
            return Rc::new(Summary::of(self.0, &selection));
        }
        EVERYTHING.with(|kept| {
            let mut kept = kept.borrow_mut();
            // Kept when the text arrives; the whole archive, in place of its newest articles,
            // has a summary of its own.
            if kept
                .as_ref()
                .is_some_and(|(of, _, _)| !std::ptr::eq(of.0, self.0))
            {
                *kept = None;
            }
            Rc::clone(
                &kept
                    .get_or_insert_with(|| {
                        let mut summary = Summary::of(self.0, &selection);
                        // Until the text arrives, the key sentences the build found for it: the same
                        // as those found with the text, so the summary is kept when it comes.
                        if !self.1 {
                            summary.sentences = (self.0.lead().into_iter())
                                .map(|(article, text)| KeySentence {
                                    article,
                                    title: (self.get(article))
                                        .map_or_else(String::new, |a| a.title.to_string()),
                                    text: text.to_owned(),
                                })
                                .collect();
                        }
                        (self, found.clone(), Rc::new(summary))
                    })
                    .2,
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

impl Eq for Found {}

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
    /// How the last change reaches the page address.
    pub entry: Entry,
    /// Each article's marks by number: [`READ`] once opened, [`SAVED`] while bookmarked.
    pub marks: Rc<Vec<u8>>,
    /// The marks `is:` filters see: those of when the query or the order last changed, so
    /// that an article does not leave `is:unread` while it is being read.
    pub seen: Rc<Vec<u8>>,
    /// What the summary card sums up: what a search found, a frame after its list is
    /// painted ([`Action::Summed`]); until the first, and for a frame when the articles
    /// change (`Widget::refresh` then sums up what is shown), what is found.
    pub summed: Option<Found>,
}

/// `marks` with `change` made to the marks of `articles`; the same `Rc` when nothing changes
/// (so that nothing is written again).
pub(crate) fn remark(
    marks: &Rc<Vec<u8>>,
    articles: impl IntoIterator<Item = usize>,
    change: impl Fn(u8) -> u8,
) -> Rc<Vec<u8>> {
    let mut next = (**marks).clone();
    for i in articles {
        if let Some(m) = next.get_mut(i) {
            *m = change(*m);
        }
    }
    if next == **marks {
        Rc::clone(marks)
    } else {
        Rc::new(next)
    }
}

/// How a change of state reaches the page address: what the reducer decides, with the
/// change, and the address only carries out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Entry {
    /// Nothing to write: the state came from the address (a link, Back or Forward), or the
    /// change is not in the address.
    #[default]
    Kept,
    /// In the current entry, once typing pauses.
    Replace,
    /// As a new entry, at once, so that Back undoes it: an article opened or closed, an
    /// order or a filter chosen.
    Push,
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
    /// Opened an article (which marks it read).
    Open(usize),
    /// Saved an article, or took it out of the saved ones.
    ToggleSaved(usize),
    /// Marked these articles read.
    MarkRead(Vec<usize>),
    /// The marks changed in another tab.
    Marks(Rc<Vec<u8>>),
    /// Went back from the reader to the list.
    Close,
    /// Asked for more results.
    ShowMore,
    /// Chose an order for the results.
    Sort(Sort),
    /// The articles' text arrived, or the whole archive in place of its newest articles:
    /// what was shown is shown again.
    Refresh,
    /// What was found has been painted: its summary follows. Summing up most of 100,000
    /// articles (a word's first letters) took 10 ms of the keystroke; the list no longer
    /// waits for it, and a search typed over within the frame is never summed up.
    Summed(Found),
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
                seen: Rc::clone(&self.marks),
                entry: Entry::Replace,
                ..(*self).clone()
            },
            Action::ShowMore => State {
                pages: self.pages + 1,
                ..(*self).clone()
            },
            Action::Open(index) => State {
                open: Some(index),
                marks: remark(&self.marks, [index], |m| m | READ),
                entry: Entry::Push,
                ..(*self).clone()
            },
            Action::ToggleSaved(index) => State {
                marks: remark(&self.marks, [index], |m| m ^ SAVED),
                ..(*self).clone()
            },
            Action::MarkRead(articles) => State {
                marks: remark(&self.marks, articles, |m| m | READ),
                ..(*self).clone()
            },
            Action::Marks(marks) if marks == self.marks => return self,
            Action::Marks(marks) => State {
                // For other articles (the whole archive in place of its newest): the marks
                // `is:` filters read are these.
                seen: if marks.len() == self.seen.len() {
                    Rc::clone(&self.seen)
                } else {
                    Rc::clone(&marks)
                },
                marks,
                ..(*self).clone()
            },
            Action::Summed(found) => State {
                summed: Some(found),
                ..(*self).clone()
            },
            // What was summed up is of the articles before: the next summary is made at
            // once, as the first is, rather than a frame later (for a frame, the summary of
            // the newest articles' selection counted in the whole archive, without its key
            // sentences, shifted the page by a third of its height).
            Action::Refresh => State {
                entry: Entry::Kept,
                summed: None,
                ..(*self).clone()
            },
            Action::Close if self.open.is_none() => return self,
            Action::Close => State {
                open: None,
                return_to: self.open,
                entry: Entry::Push,
                ..(*self).clone()
            },
            Action::Filter(query) if query == self.query => return self,
            Action::Filter(query) => State {
                query,
                return_to: None,
                pages: 1,
                entry: Entry::Push,
                seen: Rc::clone(&self.marks),
                ..(*self).clone()
            },
            Action::Sort(sort) if sort == self.sort => return self,
            Action::Sort(sort) => State {
                sort,
                pages: 1,
                entry: Entry::Push,
                seen: Rc::clone(&self.marks),
                ..(*self).clone()
            },
            Action::Restore { query, open, sort }
                if query == self.query && open == self.open && sort == self.sort =>
            {
                return self
            }
            Action::Restore { query, open, sort } => {
                let same = query == self.query && sort == self.sort;
                let marks = remark(&self.marks, open, |m| m | READ);
                State {
                    pages: if same { self.pages } else { 1 },
                    query,
                    return_to: if open.is_none() { self.open } else { None },
                    seen: if same {
                        Rc::clone(&self.seen)
                    } else {
                        Rc::clone(&marks)
                    },
                    marks,
                    open,
                    sort,
                    entry: Entry::Kept,
                    summed: self.summed.clone(),
                }
            }
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(n: usize) -> Rc<State> {
        Rc::new(State {
            query: String::new(),
            open: None,
            return_to: None,
            pages: 1,
            sort: Sort::Relevance,
            entry: Entry::Kept,
            marks: Rc::new(vec![0; n]),
            seen: Rc::new(vec![0; n]),
            summed: None,
        })
    }

    #[test]
    fn opening_marks_read_and_saving_toggles() {
        let s = state(3).reduce(Action::Open(1));
        assert_eq!(*s.marks, [0, READ, 0]);
        let s = s
            .reduce(Action::ToggleSaved(2))
            .reduce(Action::ToggleSaved(1));
        assert_eq!(*s.marks, [0, READ | SAVED, SAVED]);
        let s = s.reduce(Action::ToggleSaved(2));
        assert_eq!(*s.marks, [0, READ | SAVED, 0]);
        let s = s.reduce(Action::MarkRead(vec![0, 2, 7]));
        assert_eq!(*s.marks, [READ, READ | SAVED, READ]);
        // Coming back to an article by Back or a link marks it too.
        let s = state(2).reduce(Action::Restore {
            query: String::new(),
            open: Some(0),
            sort: Sort::Relevance,
        });
        assert_eq!(*s.marks, [READ, 0]);
    }

    #[test]
    fn new_articles_are_summed_up_at_once() {
        let s = state(2).reduce(Action::Summed(Found::default()));
        assert!(s.summed.is_some());
        let s = s.reduce(Action::Refresh);
        assert_eq!(s.summed, None, "the summary is of what is found now");
    }

    #[test]
    fn is_filters_see_the_marks_of_when_the_query_last_changed() {
        let s = state(2).reduce(Action::Search("is:unread".into()));
        let s = s.reduce(Action::Open(0)).reduce(Action::Close);
        assert_eq!(*s.marks, [READ, 0]);
        assert_eq!(*s.seen, [0, 0], "the article just read stays in the list");
        let s = s.reduce(Action::Search("is:unread ".into()));
        assert_eq!(*s.seen, [READ, 0]);
        let s = s
            .reduce(Action::ToggleSaved(1))
            .reduce(Action::Sort(Sort::Oldest));
        assert_eq!(*s.seen, [READ, SAVED]);
    }

    #[test]
    fn each_change_says_how_it_reaches_the_address() {
        let s = state(3).reduce(Action::Search("harbour".into()));
        assert_eq!(s.entry, Entry::Replace, "typing changes the entry in place");
        let s = s.reduce(Action::Filter("harbour topic:sport".into()));
        assert_eq!(s.entry, Entry::Push, "a filter is a step Back undoes");
        let s = s.reduce(Action::Search("harbour topic:sport w".into()));
        assert_eq!(s.entry, Entry::Replace);
        let s = s.reduce(Action::Sort(Sort::Oldest));
        assert_eq!(s.entry, Entry::Push);
        let s = s.reduce(Action::Search("harbour topic:sport wa".into()));
        let s = s.reduce(Action::Open(1));
        assert_eq!(s.entry, Entry::Push, "opening an article");
        let s = s.reduce(Action::ToggleSaved(1)).reduce(Action::ShowMore);
        assert_eq!(
            s.entry,
            Entry::Push,
            "marks and pages are not in the address"
        );
        let s = s.reduce(Action::Close);
        assert_eq!(s.entry, Entry::Push, "closing it");
        // What came from the address is not written back.
        let s = s.reduce(Action::Restore {
            query: "comet".into(),
            open: Some(2),
            sort: Sort::Relevance,
        });
        assert_eq!(s.entry, Entry::Kept);
        // A filter that changes nothing is no step.
        let same = Rc::clone(&s).reduce(Action::Filter("comet".into()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn marks_for_more_articles_are_those_is_filters_read() {
        // The whole archive of four in place of its newest two.
        let s = state(2).reduce(Action::Search("is:saved".into()));
        let s = s.reduce(Action::Marks(Rc::new(vec![READ, 0, SAVED, 0])));
        assert_eq!(*s.seen, [READ, 0, SAVED, 0]);
        // From another tab, for the same articles: the list read keeps the marks it had.
        let s = s.reduce(Action::Marks(Rc::new(vec![0, 0, 0, 0])));
        assert_eq!(*s.seen, [READ, 0, SAVED, 0]);
    }

    #[test]
    fn marks_that_do_not_change_stay_the_same_value() {
        let s = state(2).reduce(Action::Open(0));
        let marks = Rc::clone(&s.marks);
        let s = s.reduce(Action::Close).reduce(Action::Open(0));
        assert!(Rc::ptr_eq(&marks, &s.marks), "nothing new to store");
        let s = s.reduce(Action::MarkRead(vec![0, 99]));
        assert!(Rc::ptr_eq(&marks, &s.marks));
        // Marks from another tab replace them; the same marks change nothing.
        let other = Rc::new(vec![SAVED, SAVED]);
        let s = s.reduce(Action::Marks(Rc::clone(&other)));
        assert_eq!(*s.marks, *other);
        let again = Rc::clone(&s).reduce(Action::Marks(Rc::new(vec![SAVED, SAVED])));
        assert!(Rc::ptr_eq(&s, &again));
    }
}
