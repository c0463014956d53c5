//! What a pronoun holder refers to, found by looking back through the text
//! for the nearest entity already known to the registry ("… held Anna Berg
//! in contempt. His lawyer said …": "His" is Berg).
//!
//! The registry's own recency list holds only the mentions the attribution
//! rules noted; this scan also sees names in object position, which is
//! where the holder of a limit is often named. Only known entities count,
//! so places and outlets ("Texas", "MSNBC") are never taken for people.

use crate::chars::Lower;
use crate::assemble::Findings;
use crate::entities::Registry;
use crate::span::EntityKind;
use crate::tokens::{tokenize, TokenKind};
use crate::fasthash::FastMap;

/// How far back a pronoun's antecedent is looked for (bytes).
const WINDOW: usize = 1500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    /// "he", "his", "him"
    Male,
    /// "she", "her"
    Female,
    /// "they", "their": a group or organisation
    Plural,
}

/// The kind of referent a pronoun asks for, if it is a third-person one.
pub fn want(word: &str) -> Option<Want> {
    // every such pronoun starts with h, s or t, and no other character
    // lower-cases to one of those: most words are answered without a copy
    if !word.starts_with(['h', 'H', 's', 'S', 't', 'T']) {
        return None;
    }
    match crate::chars::trim_suffix(&word.to_lower().replace('’', "'"), "'s") {
        "he" | "his" | "him" => Some(Want::Male),
        "she" | "her" | "hers" => Some(Want::Female),
        "they" | "their" | "them" => Some(Want::Plural),
        _ => None,
    }
}

/// Known entities by the lower-case words of their names and aliases.
pub struct Known {
    by_word: FastMap<String, Vec<usize>>,
    gender: Vec<Option<Want>>,
    kinds: Vec<EntityKind>,
}

impl Known {
    pub fn new(text: &str, found: &Findings, reg: &Registry) -> Known {
        let mut by_word: FastMap<String, Vec<usize>> = FastMap::default();
        for (id, d) in reg.drafts.iter().enumerate() {
            if !matches!(d.kind, EntityKind::Person | EntityKind::Organization) {
                continue;
            }
            for name in std::iter::once(&d.name).chain(&d.aliases) {
                if let Some(last) = name.split_whitespace().last() {
                    let key = key_of(last);
                    if key.chars().next().is_some_and(char::is_alphabetic) && !by_word.get(&key).is_some_and(|v| v.contains(&id)) {
                        by_word.entry(key).or_default().push(id);
                    }
                }
            }
        }
        let mut gender = vec![None; reg.drafts.len()];
        for m in &found.mentions {
            if let (Some(g), Some(slot)) = (text.get(m.start..m.end).and_then(want), gender.get_mut(m.entity)) {
                slot.get_or_insert(g);
            }
        }
        for (id, d) in reg.drafts.iter().enumerate() {
            if let Some(t) = d.title.as_deref() {
                let t = t.to_lower();
                if t.starts_with("mr") {
                    gender[id].get_or_insert(Want::Male);
                } else if t.starts_with("mrs") || t.starts_with("ms") {
                    gender[id].get_or_insert(Want::Female);
                }
            }
        }
        Known { by_word, gender, kinds: reg.drafts.iter().map(|d| d.kind).collect() }
    }

    /// Takes in the entities the registry made since (`resolve` adds some).
    pub fn refresh(&mut self, reg: &Registry) {
        for id in self.kinds.len()..reg.drafts.len() {
            let d = &reg.drafts[id];
            self.kinds.push(d.kind);
            self.gender.push(None);
            if let Some(last) = d.name.split_whitespace().last() {
                self.by_word.entry(key_of(last)).or_default().push(id);
            }
        }
    }

    /// The first known entity named in `range` ("Jean Dupont, the minister,
    /// said": Dupont).
    pub fn first_in(&self, text: &str, range: std::ops::Range<usize>) -> Option<usize> {
        let toks = tokenize(text, range);
        toks.iter().filter(|t| t.kind == TokenKind::Word).find_map(|t| {
            let ids = self.by_word.get(&key_of(&text[t.range()]))?;
            ids.iter().rev().copied().find(|&id| self.kinds[id] == EntityKind::Person)
        })
    }

    /// Can entity `id` be what the pronoun stands for? Entities made since
    /// the last `refresh` are looked up in `reg`.
    pub fn fits(&self, reg: &Registry, id: usize, want: Want) -> bool {
        match self.kinds.get(id).or_else(|| reg.drafts.get(id).map(|d| &d.kind)) {
            Some(&kind) => kind_fits(kind, self.gender.get(id).copied().flatten(), want),
            None => false,
        }
    }

    /// The nearest known entity named before byte `pos` that fits `want`,
    /// other than `not`.
    pub fn before(&self, text: &str, pos: usize, want: Want, not: Option<usize>) -> Option<usize> {
        let mut lo = pos.saturating_sub(WINDOW);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let toks = tokenize(text, lo..pos);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.range()]).collect();
        (0..toks.len()).rev().filter(|&i| toks[i].kind == TokenKind::Word).find_map(|i| {
            let word = words[i];
            if !word.chars().next().is_some_and(char::is_uppercase) || is_oblique(&words, i) {
                return None;
            }
            let ids = self.by_word.get(&key_of(word))?;
            ids.iter().rev().copied().find(|&id| Some(id) != not && kind_fits(self.kinds[id], self.gender[id], want))
        })
    }
}

/// As the registry's own pronouns do: a description of a person ("the
/// senator") can be "he", a group ("Republicans") "they".
fn kind_fits(kind: EntityKind, gender: Option<Want>, want: Want) -> bool {
    match want {
        Want::Plural => matches!(kind, EntityKind::Organization | EntityKind::Group),
        g => matches!(kind, EntityKind::Person | EntityKind::Anonymous) && gender.is_none_or(|h| h == g),
    }
}

/// Names that are seldom what a later pronoun means: possessors ("Berg's
/// lawyer") and objects of "with", "to", "of" ("an interview with Tom
/// Wu"); subjects and direct objects are preferred.
fn is_oblique(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if w.ends_with("'s") || w.ends_with("’s") {
        return true;
    }
    let mut s = i;
    while s > 0 && words[s - 1].chars().next().is_some_and(char::is_uppercase) && i - s < 3 {
        s -= 1;
    }
    s > 0 && matches!(words[s - 1], "with" | "to" | "of")
}

/// "Trump’s" → "trump".
fn key_of(word: &str) -> String {
    let w = word.to_lower().replace('’', "'");
    crate::chars::trim_suffix(&w, "'s").trim_end_matches('\'').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_ask_for_a_kind() {
        assert_eq!(want("His"), Some(Want::Male));
        assert_eq!(want("she"), Some(Want::Female));
        assert_eq!(want("their"), Some(Want::Plural));
        assert_eq!(want("we"), None);
        assert_eq!(key_of("Berg’s"), "berg");
    }

    #[test]
    fn only_h_s_and_t_lower_case_to_h_s_and_t() {
        // what the quick check at the top of `want` relies on
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.to_lowercase().next().is_some_and(|l| matches!(l, 'h' | 's' | 't')) {
                assert!(matches!(c, 'h' | 'H' | 's' | 'S' | 't' | 'T'), "{c:?}");
            }
        }
    }
}
