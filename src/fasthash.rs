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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_sets_work_with_it() {
        let mut m: FastMap<&str, u32> = FastMap::default();
        m.insert("said", 1);
        m.insert("told", 2);
        assert_eq!(m.get("said"), Some(&1));
        assert!(m.get("sad").is_none());
        let s: FastSet<String> = ["a".to_string()].into_iter().collect();
        assert!(s.contains("a"));
    }
}
