//! Red-line candidates that overlap a surer one go.
//!
//! Without `BTreeMap` (its code, about 2 KB of the gzipped `.wasm`, was
//! there for this one use): the starts of all candidates are known before
//! the first is kept, so a kept candidate sits in a slot by the rank of its
//! start, and a Fenwick tree finds the highest taken slot below a rank in
//! O(log n). The result is the `BTreeMap` version's (the tests compare).

use super::Candidate;

/// The surest candidates first; a candidate overlapping a surer one goes.
/// Kept spans never overlap, so one look at the kept span that starts last
/// before a candidate's end tells whether it overlaps any. Of two kept
/// candidates with one start (possible only for an empty one), the later
/// takes the slot.
pub(super) fn without_overlaps(mut all: Vec<Candidate>) -> Vec<Candidate> {
    // surest first (descending `total_cmp`), then shortest; stable
    crate::sort::by_key(&mut all, |c| (!crate::sort::total_order(c.confidence), (c.end - c.start) as u64, 0));
    let mut starts: Vec<usize> = all.iter().map(|c| c.start).collect();
    crate::sort::usizes(&mut starts);
    starts.dedup();
    let rank = |offset: usize| starts.partition_point(|&s| s < offset);
    let mut slots: Vec<Option<Candidate>> = (0..starts.len()).map(|_| None).collect();
    let mut taken = Taken::new(starts.len());
    for c in all {
        let last = taken.highest_below(rank(c.end)).and_then(|k| slots[k].as_ref());
        if !last.is_some_and(|k| k.end > c.start) {
            let slot = rank(c.start);
            taken.take(slot);
            slots[slot] = Some(c);
        }
    }
    slots.into_iter().flatten().collect()
}

/// Slots `0..n`, some taken (never freed): a Fenwick tree whose node `i`
/// holds the highest taken slot + 1 (0: none) among the slots it covers.
struct Taken(Vec<usize>);

impl Taken {
    fn new(n: usize) -> Taken {
        Taken(vec![0; n + 1])
    }

    fn take(&mut self, slot: usize) {
        let mut i = slot + 1;
        while i < self.0.len() {
            self.0[i] = self.0[i].max(slot + 1);
            i += i & i.wrapping_neg();
        }
    }

    /// The highest taken slot below `end`.
    fn highest_below(&self, end: usize) -> Option<usize> {
        let (mut i, mut best) = (end.min(self.0.len() - 1), 0);
        while i > 0 {
            best = best.max(self.0[i]);
            i -= i & i.wrapping_neg();
        }
        best.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::Holder;
    use crate::span::Category;
    use std::collections::BTreeMap;

    /// The version this file replaces.
    fn with_btree(mut all: Vec<Candidate>) -> Vec<Candidate> {
        crate::sort::by_key(&mut all, |c| (!crate::sort::total_order(c.confidence), (c.end - c.start) as u64, 0));
        let mut kept: BTreeMap<usize, Candidate> = BTreeMap::new();
        for c in all {
            let clash = kept.range(..c.end).next_back().is_some_and(|(_, k)| k.end > c.start);
            if !clash {
                kept.insert(c.start, c);
            }
        }
        kept.into_values().collect()
    }

    fn candidate(start: usize, end: usize, confidence: f32, rule: &'static str) -> Candidate {
        Candidate { start, end, category: Category::Refusal, trigger: start..end, holder: Holder::Unknown, confidence, rule }
    }

    #[test]
    fn keeps_what_the_btree_version_kept() {
        let rules = ["a", "b", "c", "d", "e", "f", "g", "h"];
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for round in 0..2000 {
            let count = next(if round % 10 == 0 { 300 } else { 12 });
            let all: Vec<Candidate> = (0..count)
                .map(|i| {
                    let start = next(60);
                    let end = start + next(if round % 3 == 0 { 3 } else { 25 });
                    candidate(start, end, [0.5, 0.8, 0.85, 0.9][next(4)], rules[i % rules.len()])
                })
                .collect();
            assert_eq!(without_overlaps(all.clone()), with_btree(all), "round {round}");
        }
        assert!(without_overlaps(Vec::new()).is_empty());
    }
}
