//! One small stable sort for everything the widget sorts at run time: the standard sorts are
//! fast but add several kilobytes to the WebAssembly for each type they sort.

/// Sorts `items` so that no item comes after one it is `before`; equal items keep their
/// order. A bottom-up merge sort: O(n log n) comparisons, one extra buffer.
pub fn sort_by<T: Clone>(items: &mut Vec<T>, mut before: impl FnMut(&T, &T) -> bool) {
    let n = items.len();
    let mut buffer = items.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in buffer.iter_mut().take(end).skip(start) {
                let take_right = match (items.get(i), items.get(j)) {
                    (Some(a), Some(b)) if i < mid && j < end => before(b, a),
                    _ => i >= mid,
                };
                let source = if take_right { &mut j } else { &mut i };
                if let Some(item) = items.get(*source) {
                    *slot = item.clone();
                }
                *source += 1;
            }
            start = end;
        }
        std::mem::swap(items, &mut buffer);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(u32, char)> = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a < b);
        assert!(empty.is_empty());
    }

    #[test]
    fn agrees_with_the_standard_sort() {
        let mut seed = 7u64;
        for n in [1usize, 2, 3, 7, 8, 9, 100, 1000] {
            let mut v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 33) % 10, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            sort_by(&mut v, |a, b| a.0 < b.0);
            assert_eq!(v, expected);
        }
    }
}
