//! Work on every article at once, on every core: the build's analysis is per article for the
//! most part, and at 100,000 articles it is most of the build's time.

use std::thread;

/// `f` applied to each item, the results in the items' order, the items split into as many
/// runs as the machine has cores, each run on a thread of its own. The same as a plain
/// `map`, whatever the number of cores: `f` sees each item once and the order is kept.
pub fn map_mut<T: Send, R: Send>(items: &mut [T], f: impl Fn(&mut T) -> R + Sync) -> Vec<R> {
    map_with(items, || (), |_, item| f(item))
}

/// [`map_mut`] with scratch space: each thread makes its own with `init` and hands it to `f`
/// with every item of its run (a buffer as long as the corpus, made once a thread rather
/// than once an item).
pub fn map_with<T: Send, S, R: Send>(
    items: &mut [T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &mut T) -> R + Sync,
) -> Vec<R> {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let run = |chunk: &mut [T]| {
        let mut scratch = init();
        chunk
            .iter_mut()
            .map(|item| f(&mut scratch, item))
            .collect::<Vec<R>>()
    };
    // Below a few hundred items a thread costs more than it saves.
    if cores < 2 || items.len() < 256 {
        return run(items);
    }
    let size = items.len().div_ceil(cores);
    let run = &run;
    thread::scope(|scope| {
        let runs: Vec<_> = items
            .chunks_mut(size)
            .map(|chunk| scope.spawn(move || run(chunk)))
            .collect();
        runs.into_iter()
            .flat_map(|run| match run.join() {
                Ok(results) => results,
                // A panic in `f` is the build's own: pass it on as it was.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// `f` applied to each run of `items`, with where the run starts in `items`: the items
/// split into as many runs as the machine has cores (one below a few hundred items), each run
/// on a thread of its own, the results in the runs' order.
pub fn runs<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &[T]) -> R + Sync) -> Vec<R> {
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    if cores < 2 || items.len() < 256 {
        return vec![f(0, items)];
    }
    let size = items.len().div_ceil(cores);
    let f = &f;
    thread::scope(|scope| {
        let runs: Vec<_> = items
            .chunks(size)
            .enumerate()
            .map(|(i, run)| scope.spawn(move || f(i * size, run)))
            .collect();
        runs.into_iter()
            .map(|run| match run.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_order_and_sees_each_item_once() {
        for n in [0usize, 1, 255, 256, 257, 1000, 4099] {
            let mut items: Vec<usize> = (0..n).collect();
            let out = map_mut(&mut items, |x| {
                *x += 1;
                *x * 2
            });
            assert_eq!(out, (1..=n).map(|x| x * 2).collect::<Vec<_>>());
            assert_eq!(items, (1..=n).collect::<Vec<_>>());
            // Each run's scratch is its own: counting items into it counts each once.
            let seen = map_with(
                &mut items,
                || 0usize,
                |count, x| {
                    *count += 1;
                    (*x, *count)
                },
            );
            assert_eq!(
                seen.iter().map(|s| s.0).collect::<Vec<_>>(),
                (1..=n).collect::<Vec<_>>()
            );
            let runs = seen.iter().filter(|s| s.1 == 1).count();
            let cores = thread::available_parallelism().map_or(1, |c| c.get());
            assert!(
                n == 0 && runs == 0 || (1..=cores).contains(&runs),
                "{n}: {runs} runs"
            );
            assert!(seen.windows(2).all(|w| w[1].1 == 1 || w[1].1 == w[0].1 + 1));
        }
    }

    #[test]
    fn runs_cover_the_items_in_order_with_their_offsets() {
        for n in [0usize, 1, 255, 256, 257, 1000, 4099] {
            let items: Vec<usize> = (0..n).collect();
            let runs = runs(&items, |offset, run| (offset, run.to_vec()));
            let cores = thread::available_parallelism().map_or(1, |c| c.get());
            assert!(
                (1..=cores.max(1)).contains(&runs.len()),
                "{n}: {} runs",
                runs.len()
            );
            // Each run starts where the one before it ended, and each item is its own offset.
            let mut next = 0;
            for (offset, run) in &runs {
                assert_eq!(*offset, next);
                assert_eq!(run.first().copied().unwrap_or(next), next);
                next += run.len();
            }
            assert_eq!(next, n);
        }
    }
}
