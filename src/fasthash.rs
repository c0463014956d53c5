//! A small, fast hasher for the word lists (FNV-1a). The keys are short
//! words from our own data files and the article, so the standard library's
//! DoS-resistant SipHash buys nothing here and costs a fifth of the lookups'
//! time; a hostile text can at worst make a few buckets longer.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// The shapes of a word list's words (first byte, last byte, length), one
/// bit each: a word whose shape is not there is not in the list. Most
/// words of a text fail this test, which costs a few instructions, before
/// the hash lookup, which costs about sixty: a filter in front of the maps
/// that are asked about every word (speech and belief verbs, red-line
/// triggers).
pub struct Shapes(Vec<u64>);

/// Bits in [`Shapes`].
const SHAPES: usize = 1 << 16;

impl Shapes {
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut bits = vec![0u64; SHAPES / 64];
        for w in words {
            let bit = shape(w.as_bytes());
            bits[bit / 64] |= 1 << (bit % 64);
        }
        Shapes(bits)
    }

    /// False only for a word that is not in the list.
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = shape(word.as_bytes());
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A word's shape, a number below `SHAPES` (equal words, equal shapes).
fn shape(word: &[u8]) -> usize {
    let (first, last) = (word.first().copied().unwrap_or(0), word.last().copied().unwrap_or(0));
    ((usize::from(first) << 8) ^ usize::from(last).wrapping_mul(31) ^ word.len().wrapping_mul(0x9E5)) % SHAPES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_sets_work_with_it() {
        let mut m: FastMap<&str, u32> = FastMap::default();
        m.insert("said", 1);
        m.insert("told", 2);
        assert_eq!(m.get("said"), Some(&1));
        assert!(!m.contains_key("sad"));
        let s: FastSet<String> = ["a".to_string()].into_iter().collect();
        assert!(s.contains("a"));
        let shapes = Shapes::of(["said", "told", ""]);
        assert!(shapes.may_hold("said") && shapes.may_hold("told") && shapes.may_hold(""));
        assert!(!shapes.may_hold("the") && !shapes.may_hold("sad"));
    }
}
