//! Sorting with one copy of the sort code in the `.wasm`.
//!
//! Every `sort_by_key` / `sort_by` / `sort_unstable` call on a new element
//! type or comparator instantiates the standard library's sorts again
//! (driftsort and ipnsort, with their small-sort networks): the nine call
//! sites of the core came to about 40 KB of WASM code at opt-level "s",
//! about an eighth of it. Here the elements are never sorted themselves:
//! each gets a key of three `u64`s and its index, those tuples are sorted
//! with the one instantiation in [`sort_keys`], and the elements are then
//! moved into that order in place (swaps along the permutation's cycles).
//!
//! The result is the standard library's: the index breaks ties, so sorting
//! by `(key, index)` is exactly a stable sort by `key`; for plain values any
//! correct sort gives the same order.

/// A sort key: compared field by field, like a tuple.
pub type Key = (u64, u64, u64);

/// Sorts `v` by `key`, stably: the order of `slice::sort_by_key`.
pub fn by_key<T>(v: &mut [T], key: impl Fn(&T) -> Key) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<(Key, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    sort_keys(&mut order);
    let mut from: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    permute(v, &mut from);
}

/// Sorts plain `usize` values (the order of `slice::sort_unstable`).
pub fn usizes(v: &mut [usize]) {
    by_key(v, |&x| (x as u64, 0, 0));
}

/// `a` before `b` in `usize` order, for a small slice sorted where speed
/// counts (a handful of entries, no allocation): insertion sort.
pub fn small_usizes(v: &mut [usize]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The one instantiation of the standard sort.
#[inline(never)]
fn sort_keys(order: &mut [(Key, usize)]) {
    order.sort_unstable();
}

/// Puts `v[from[p]]` at position `p` for every `p` (`from` is a permutation
/// of `0..v.len()`; it is used up as the record of positions done).
fn permute<T>(v: &mut [T], from: &mut [usize]) {
    for start in 0..from.len() {
        let mut at = start;
        loop {
            let source = from[at];
            from[at] = at;
            if source == start || source == at {
                break;
            }
            v.swap(at, source);
            at = source;
        }
    }
}

/// The order of `f32::total_cmp` as an unsigned number.
pub fn total_order(x: f32) -> u64 {
    let bits = x.to_bits();
    u64::from(if bits >> 31 == 1 { !bits } else { bits | 0x8000_0000 })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency for tests).
    fn numbers(seed: u64, n: usize, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn by_key_is_the_standard_stable_sort() {
        for (seed, n, modulo) in [(1, 0, 3), (2, 1, 3), (3, 2, 2), (4, 17, 3), (5, 100, 10), (6, 1000, 50), (7, 300, 1)] {
            let keys = numbers(seed, n, modulo);
            let items: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            by_key(&mut ours, |&(k, _)| (k, 0, 0));
            let mut std_sorted = items.clone();
            std_sorted.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std_sorted, "seed {seed}");
        }
    }

    #[test]
    fn keys_compare_field_by_field() {
        let mut v = vec![(2, 1, "c"), (1, 9, "b"), (1, 2, "a"), (2, 0, "d")];
        by_key(&mut v, |&(a, b, _)| (a, u64::MAX - b, 0));
        assert_eq!(v.iter().map(|t| t.2).collect::<String>(), "bacd");
    }

    #[test]
    fn usizes_sort_like_sort_unstable() {
        let mut v: Vec<usize> = numbers(9, 500, 40).into_iter().map(|x| x as usize).collect();
        let mut expected = v.clone();
        expected.sort_unstable();
        let mut small = v.clone();
        usizes(&mut v);
        small_usizes(&mut small);
        assert_eq!(v, expected);
        assert_eq!(small, expected);
    }

    #[test]
    fn total_order_is_total_cmp() {
        let xs = [f32::NEG_INFINITY, -2.5, -1.0, -0.0, 0.0, 0.1, 0.6, 0.8, 1.0, f32::INFINITY, f32::NAN, -f32::NAN];
        for a in xs {
            for b in xs {
                assert_eq!(total_order(a).cmp(&total_order(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }
}
