//! A representative speaks for a principal: in "Berg's lawyer said he would
//! not answer questions" or "His spokesman said they will not pay", the
//! limit is the principal's (Berg's), not the lawyer's.
//!
//! `of` looks, in the sentence before a red line, for a representative noun
//! followed by a speech verb, and returns the words that name the principal:
//! the possessor ("Berg's lawyer", "his lawyer") or the name after "for"
//! ("an attorney for Anna Berg, Tom Wu, stressed that …").

use crate::phrases::Words;
use crate::tokens::tokenize;
use std::ops::Range;

/// Nouns for people who speak for someone else.
const REPRESENTATIVES: &[&str] = &[
    "lawyer", "lawyers", "attorney", "attorneys", "counsel", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "representative", "representatives", "aide", "aides", "adviser", "advisers", "advisor",
    "advisors", "publicist", "agent",
];

/// Verbs (and "that") that make the representative the one who reports
/// the limit.
const SPEECH: &[&str] = &[
    "said", "says", "told", "stressed", "insisted", "added", "argued", "wrote", "stated", "announced",
    "confirmed", "explained", "noted", "has", "have", "indicated", "maintained", "warned", "that",
];

/// How many words before the red line are searched.
const WINDOW: usize = 40;

/// The byte range of the principal's name or possessive pronoun, if a
/// representative reports the red line that starts at `pos`.
pub fn of(text: &str, sentence_start: usize, pos: usize) -> Option<Range<usize>> {
    let toks = tokenize(text, sentence_start..pos);
    let w = Words::new(text, &toks);
    let lo = toks.len().saturating_sub(WINDOW);
    let r = (lo..toks.len()).find(|&r| {
        REPRESENTATIVES.contains(&w.lower(r)) && (r + 1..toks.len()).any(|k| SPEECH.contains(&w.lower(k)))
    })?;
    possessor(&w, r).or_else(|| after_for(&w, r))
}

/// "Anna Berg's lawyer", "his lawyer".
fn possessor(w: &Words, r: usize) -> Option<Range<usize>> {
    let p = r.checked_sub(1)?;
    let lower = w.lower(p);
    if matches!(lower, "his" | "her" | "their") {
        return Some(w.toks[p].range());
    }
    if !(lower.ends_with("'s") && w.is_capital(p)) {
        return None;
    }
    let mut s = p;
    while s > 0 && w.is_capital(s - 1) && p - s < 3 {
        s -= 1;
    }
    Some(w.toks[s].start..w.toks[p].end)
}

/// "an attorney for Anna Berg".
fn after_for(w: &Words, r: usize) -> Option<Range<usize>> {
    if r + 2 >= w.toks.len() || w.lower(r + 1) != "for" || !w.is_capital(r + 2) {
        return None;
    }
    let mut e = r + 2;
    while e + 1 < w.toks.len() && w.is_capital(e + 1) && e - r < 5 {
        e += 1;
    }
    Some(w.toks[r + 2].start..w.toks[e].end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(sentence: &str) -> Option<&str> {
        let pos = sentence.find(" he ").map_or(sentence.len(), |p| p + 1);
        of(sentence, 0, pos).map(|r| &sentence[r])
    }

    #[test]
    fn possessors_and_for_phrases_name_the_principal() {
        assert_eq!(principal("Anna Berg's lawyer said he would not answer."), Some("Anna Berg's"));
        assert_eq!(principal("His lawyer said he would not answer."), Some("His"));
        assert_eq!(principal("An attorney for Anna Berg, Tom Wu, said he would not answer."), Some("Anna Berg"));
    }

    #[test]
    fn others_speaking_have_no_principal() {
        assert_eq!(principal("The minister said he would not answer."), None);
        assert_eq!(principal("She met his lawyer and he would not answer."), None);
    }
}
