//! Refusals made with a negated modal or a negated plan: "will not sign",
//! "won't accept", "would never vote", "does not, and never will, accept",
//! "is not going to stop", "wasn't going to back him". The verb after the
//! negation must be an act a party chooses (not "happen", "matter", "be";
//! `src/lexicon/redline/modal_exclusions.txt`), and the subject a party (not
//! "it" or "this"), else the sentence is a prediction.

use super::lexicon::{next_real, MODAL_BE, MODAL_EXCLUSIONS};
use super::tokens::Tok;

const MODALS: &[&str] = &["will", "would", "shall"];
const ADVERBS: &[&str] = &["ever", "even", "just", "simply", "really", "again", "then"];
const PREDICTIVE: &[&str] = &["necessarily", "likely", "probably", "certainly", "surely"];
const BE: &[&str] = &["am", "is", "are", "was", "were", "'s", "be"];

/// A negated modal: (first token, index of the verb it negates).
pub fn find(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if let Some(verb) = negated_verb(toks, i) {
            if chosen_act(toks, verb) {
                out.push((i, verb));
            }
        }
    }
    out
}

/// If a negated modal or "not going to" starts at `i`, the index of its verb.
fn negated_verb(toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    let at = |k: usize| toks.get(next_real(toks, k));
    let idx = |k: usize| next_real(toks, k);
    if t.is_any(MODALS) {
        // will not / would never / will not ever
        let n = idx(i + 1);
        if at(i + 1).is_some_and(|x| x.is("not") || x.is("never")) {
            let mut v = idx(n + 1);
            if at(n + 1).is_some_and(|x| x.is_any(PREDICTIVE)) {
                return None; // "will not necessarily win": a forecast
            }
            if at(n + 1).is_some_and(|x| x.is_any(ADVERBS) || x.norm.ends_with("ly")) {
                v = idx(v + 1);
            }
            return Some(v);
        }
    } else if t.is("never") {
        // never will, accept
        if at(i + 1).is_some_and(|x| x.is_any(MODALS)) {
            let mut v = idx(idx(i + 1) + 1);
            if toks.get(v).is_some_and(|x| x.is(",")) {
                v = idx(v + 1);
            }
            return Some(v);
        }
    } else if t.is_any(BE) {
        // is not going to / wasn't going to
        let n = idx(i + 1);
        if at(i + 1).is_some_and(|x| x.is("not")) && at(n + 1).is_some_and(|x| x.is("going")) {
            let to = idx(idx(n + 1) + 1);
            if toks.get(to).is_some_and(|x| x.is("to")) {
                return Some(idx(to + 1));
            }
        }
    }
    None
}

/// Is the verb at `v` an act a party chooses not to do?
fn chosen_act(toks: &[Tok], v: usize) -> bool {
    let Some(verb) = toks.get(v).filter(|t| t.word) else { return false };
    if verb.is("be") {
        let next = toks.get(next_real(toks, v + 1));
        return next.is_some_and(|n| MODAL_BE.iter().any(|w| *w == n.norm));
    }
    !MODAL_EXCLUSIONS.iter().any(|w| *w == verb.norm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn verbs(text: &str) -> Vec<String> {
        let toks = tokenize(text, 0..text.len());
        find(&toks).into_iter().map(|(_, v)| toks[v].norm.to_string()).collect()
    }

    #[test]
    fn negated_modals_of_acts_are_refusals() {
        assert_eq!(verbs("The union won't sign the contract."), ["sign"]);
        assert_eq!(verbs("She would “never” vote for him."), ["vote"]);
        assert_eq!(verbs("We do not, and never will, recognise the annexation."), ["recognise"]);
        assert_eq!(verbs("I'm not going to resign."), ["resign"]);
        assert_eq!(verbs("They will not be part of the deal."), ["be"]);
        assert_eq!(verbs("The mayor would not immediately agree."), ["agree"]);
        assert_eq!(verbs("They won't even meet us."), ["meet"]);
    }

    #[test]
    fn predictions_and_declined_comments_are_not() {
        assert!(verbs("The storm will not last.").is_empty());
        assert!(verbs("The spokesman would not comment.").is_empty());
        assert!(verbs("It would not be easy.").is_empty());
        assert!(verbs("I wouldn't want to be him.").is_empty());
        assert!(verbs("The loss won't necessarily sink her.").is_empty());
        assert!(verbs("He will sign the bill.").is_empty());
    }
}
