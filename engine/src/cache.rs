//! The engine's caches: small lists of what was made recently, most recent last.

use std::cell::RefCell;
use std::rc::Rc;

/// The entry for `i` in `list`, moved to its end (the most recent); made by `make` (and the
/// oldest entry dropped beyond `keep`) when it is not there.
pub(crate) fn recall<T>(
    list: &RefCell<Vec<(usize, Rc<T>)>>,
    i: usize,
    keep: usize,
    make: impl FnOnce() -> Option<T>,
) -> Option<Rc<T>> {
    if let Ok(mut list) = list.try_borrow_mut() {
        if let Some(at) = list.iter().position(|(a, _)| *a == i) {
            let entry = list.remove(at);
            let kept = Rc::clone(&entry.1);
            list.push(entry);
            return Some(kept);
        }
    }
    let made = Rc::new(make()?);
    if let Ok(mut list) = list.try_borrow_mut() {
        if list.len() >= keep && !list.is_empty() {
            list.remove(0);
        }
        if keep > 0 {
            list.push((i, Rc::clone(&made)));
        }
    }
    Some(made)
}
