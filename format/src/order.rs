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

/// Sorts `items` by `key`, smallest first; equal keys keep their order. A radix sort, eleven
/// bits of the key at a time: linear in the items, for the lists of tens of thousands of
/// articles a two-letter search ranks at a keystroke (the merge sort above took 13–17 ms for
/// 100,000). One read of the keys counts all three digits; then each digit moves every item
/// once, unless all the keys share it.
pub fn sort_by_key<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u32) {
    const BITS: u32 = 11;
    const MASK: u32 = (1 << BITS) - 1;
    let digit = |k: u32, d: u32| (k >> (d * BITS) & MASK) as usize;
    // Where each digit's items start: a count for every value of each digit, then the
    // running total.
    let mut starts = vec![[0u32; 1 << BITS]; 3];
    for item in items.iter() {
        let k = key(item);
        for (d, counts) in (0..).zip(starts.iter_mut()) {
            if let Some(n) = counts.get_mut(digit(k, d)) {
                *n += 1;
            }
        }
    }
    let mut buffer = items.clone();
    for (d, starts) in (0..).zip(starts.iter_mut()) {
        if starts.iter().any(|&n| n as usize == items.len()) {
            // Every key has the same digit here: nothing would move.
            continue;
        }
        let mut total = 0;
        for n in starts.iter_mut() {
            (*n, total) = (total, total + *n);
        }
        for item in items.iter() {
            if let Some(at) = starts.get_mut(digit(key(item), d)) {
                if let Some(slot) = buffer.get_mut(*at as usize) {
                    *slot = *item;
                }
                *at += 1;
            }
        }
        std::mem::swap(items, &mut buffer);
    }
}

/// A key for [`sort_by_key`] that puts higher scores first: the float's bits, ordered as the
/// numbers are, then reversed.
pub fn descending(score: f32) -> u32 {
    let bits = score.to_bits();
    if bits >> 31 == 1 {
        bits
    } else {
        !bits & !(1 << 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_radix_sort_agrees_with_the_standard_one_and_keeps_ties_in_order() {
        let mut seed = 11u64;
        for n in [0usize, 1, 2, 3, 255, 256, 257, 1000, 70_000] {
            let mut v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    // Small keys, large keys and many ties.
                    let k = (seed >> 33) as u32;
                    (if i % 3 == 0 { k % 7 } else { k }, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            sort_by_key(&mut v, |x| x.0);
            assert_eq!(v, expected, "{n} items");
        }
    }

    #[test]
    fn scores_sort_highest_first() {
        let scores = [
            0.5f32,
            3.0,
            -1.0,
            0.0,
            1e-9,
            2.5,
            -0.25,
            3.0,
            f32::MAX,
            -f32::MAX,
        ];
        let mut v: Vec<(f32, usize)> = scores.iter().copied().zip(0..).collect();
        sort_by_key(&mut v, |x| descending(x.0));
        let mut expected: Vec<(f32, usize)> = scores.iter().copied().zip(0..).collect();
        expected.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        assert_eq!(v, expected);
    }

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
