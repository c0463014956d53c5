//! A clause without "that" after a speech verb that otherwise needs it
//! ("!" in speech_verbs.txt: "suggested", "explained", "revealed",
//! "confirmed"), when it is unmistakably a clause:
//!
//!   "Ruiz suggested the talks would resume."   -> "the talks would resume"
//!   "The mayor explained she had no choice."    -> "she had no choice"
//!
//! Only after a past form ("suggested", not "suggests") with a plain,
//! resolved holder (the checks are in mod.rs). Unmistakable means a subject pronoun and a finite verb, or a short
//! subject (at most five words) and an auxiliary or modal ("would",
//! "has", "is"). An object is not: "Washington maintains a heightened
//! posture", "She confirmed the reports of a delay".

use super::belief::{is_auxiliary, is_finite, is_subject_pronoun};
use crate::phrases::Words;

/// Whether the words from `s` (before `end`) open a clause with its own
/// subject and verb.
pub fn opens_clause(w: &Words, s: usize, end: usize) -> bool {
    if s + 1 >= end || !w.is_word(s) || !w.is_word(s + 1) {
        return false;
    }
    let first = w.lower(s);
    if is_auxiliary(first) {
        return false;
    }
    if is_subject_pronoun(first) {
        return is_finite(w, s + 1, true) && !w.lower(s + 1).ends_with("ing");
    }
    // "the talks would resume": an auxiliary after a noun, not after a
    // determiner or a preposition
    let not_after = |k: usize| matches!(w.lower(k - 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "these" | "those" | "of" | "and" | "or" | "in" | "for" | "to" | "with" | "on" | "at" | "by" | "that" | "who" | "which");
    (s + 1..end.min(s + 6)).take_while(|&k| w.is_word(k)).any(|k| is_auxiliary(w.lower(k)) && !not_after(k))
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    fn bare(text: &str) -> Vec<(String, &'static str)> {
        vec![(text.to_string(), "reported::bare_clause")]
    }

    #[test]
    fn a_clause_after_a_verb_that_needs_that() {
        assert_eq!(reported("Ruiz suggested the talks would resume in May."), bare("the talks would resume in May"));
        assert_eq!(reported("The mayor explained she had no choice."), bare("she had no choice"));
    }

    #[test]
    fn an_object_is_no_clause() {
        assert!(reported("Washington maintains a heightened military posture in the region.").is_empty());
        assert!(reported("The mayor confirmed the reports of a delay.").is_empty());
        assert!(reported("The mayor explained the plan to the council.").is_empty());
    }

    #[test]
    fn an_indirect_question_is_content_too() {
        assert_eq!(reported("The mayor explained how the plan had changed."), bare("how the plan had changed"));
        // once only where the verb is also a stance verb
        assert_eq!(reported("The mayor described how the plan had changed.").len(), 1);
    }

    #[test]
    fn a_verb_that_needs_that_set_off_by_commas_inside_its_clause() {
        let got = reported("Ruiz chaired the board. The name, Ruiz explained, comes from a river.");
        assert_eq!(got, [("The name, Ruiz explained, comes from a river".to_string(), "reported::parenthetical_cue")]);
        // a present form too, before a question word
        assert_eq!(reported("Ruiz explains how the plan had changed."), bare("how the plan had changed"));
    }

    #[test]
    fn a_present_form_or_a_relative_holder_needs_that() {
        assert!(reported("Ruiz suggests the talks would resume in May.").is_empty());
        assert!(reported("The vote went to Ruiz, who suggested the talks would resume.").iter().all(|(_, rule)| *rule != "reported::bare_clause"));
    }
}
