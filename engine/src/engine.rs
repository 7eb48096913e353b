//! The engine: a compiled corpus opened for searching, with what searches keep between
//! keystrokes.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use broadsheet_format::model::Article;
use broadsheet_format::packed::{NotACorpus, Packed};
use broadsheet_format::text::words;

use crate::cache::recall;
use crate::facets::{sort, FactTable, Sort};
use crate::passages::{Passages, RECENT};
use crate::search::{search_marked, Query, Results};

/// A compiled corpus, read in place, and the engine's caches over it: what the widget and
/// the CLI search through. It derefs to the [`Packed`] corpus for reading articles and facts.
#[derive(Debug)]
pub struct Engine {
    packed: Packed,
    /// Articles the search read recently, folded into passages.
    pub(crate) recent: RefCell<Vec<(usize, Rc<Passages>)>>,
    /// Articles decoded recently: the second stage of a search reads the same first page
    /// that the list then shows.
    decoded: RefCell<Vec<(usize, Rc<Article>)>>,
    /// Every shared name's folded words, by name number: folded once, for name filters.
    folded_names: OnceCell<Vec<Vec<String>>>,
    /// Every article's facts, read once for the summaries.
    facts: OnceCell<FactTable>,
}

impl Engine {
    /// Opens a compiled corpus (see [`Packed::open`]).
    pub fn open(bytes: &'static [u8]) -> Result<Engine, NotACorpus> {
        Packed::open(bytes).map(Engine::new)
    }

    /// An engine over `packed`.
    pub fn new(packed: Packed) -> Engine {
        Engine {
            packed,
            recent: RefCell::new(Vec::new()),
            decoded: RefCell::new(Vec::new()),
            folded_names: OnceCell::new(),
            facts: OnceCell::new(),
        }
    }

    /// Adds the articles' text (see [`Packed::attach`]): what was read of them before, without
    /// it, is read again.
    pub fn attach(&self, bytes: &'static [u8]) -> Result<(), NotACorpus> {
        self.packed.attach(bytes)?;
        self.recent.borrow_mut().clear();
        self.decoded.borrow_mut().clear();
        Ok(())
    }

    /// The corpus searched.
    pub fn packed(&self) -> &Packed {
        &self.packed
    }

    /// Article number `i`, decoded, shared with the other readers of the last 64
    /// articles decoded this way.
    pub fn shared_article(&self, i: usize) -> Option<Rc<Article>> {
        recall(&self.decoded, i, RECENT, || self.packed.article(i))
    }

    /// Every article's facts as the summaries count them, read on the first call.
    pub fn fact_table(&self) -> &FactTable {
        self.facts.get_or_init(|| FactTable::of(&self.packed))
    }

    /// The folded words of shared name number `n` (see [`Packed::name`]), folded on the
    /// first call for all the names at once.
    pub(crate) fn folded_name(&self, n: usize) -> &[String] {
        let folded = self.folded_names.get_or_init(|| {
            (0..self.packed.name_count())
                .map(|n| {
                    self.packed
                        .name(n)
                        .map_or_else(Vec::new, |name| words(name).collect())
                })
                .collect()
        });
        folded.get(n).map_or(&[], Vec::as_slice)
    }

    /// What `query` finds, in `order`; `marks` are a reader's marks by article number (see
    /// [`search_marked`]), for `is:` filters.
    pub fn query(&self, query: &Query, order: Sort, marks: &[u8]) -> Results {
        let mut results = search_marked(self, query, marks);
        sort(self, &mut results.hits, order);
        results
    }
}

impl std::ops::Deref for Engine {
    type Target = Packed;

    fn deref(&self) -> &Packed {
        &self.packed
    }
}
