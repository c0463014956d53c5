//! Decisions, refusals and commitments to act: the infinitive after
//! "declined", "refused", "decided" (belief_verbs.txt, [decision]) and
//! after the speech verbs that otherwise need "that" but take "to"
//! (complements.txt: "vowed", "pledged", "threatened", "agreed") is what
//! the source said it would or would not do. PolNeAR marks it, "to"
//! included:
//!
//!   "A spokesman declined to comment."        -> "to comment"
//!   "The union vowed to keep striking."        -> "to keep striking"
//!   "Ruiz refused to say whether talks failed." -> "to say whether talks failed"
//!
//! Not "agreed to the terms" or "refused to Ruiz": after "to" must come a
//! verb, so a determiner, a possessive, a number or a name stops it.

use super::{ends_content, trim};
use crate::cues::Frame;
use crate::phrases::Words;
use std::ops::Range;

/// Token range of "to …" after the cue of `f`, if a verb follows "to".
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    // as for a stance, a plain holder: "Cruz, who refused to …" is not
    // sure to name the one who refused
    if !super::stance::is_sure_speaker(w, f) {
        return None;
    }
    // "the plan in which the city would pledge to …", "the claim that
    // Ruiz had refused to …": a hypothetical or a decision inside what
    // someone else said is that other source's content, not one of its own
    let speaker_start = f.speaker.as_ref().map_or(f.cue_tok, |p| p.toks.start);
    let modal = f.cue_tok > 0 && matches!(w.lower(f.cue_tok - 1), "would" | "could" | "might" | "should" | "may" | "will");
    if modal || speaker_start > 0 && w.lower(speaker_start - 1) == "that" {
        return None;
    }
    let s = f.content_from;
    if s + 1 >= sentence.end || w.lower(s) != "to" || in_quote[s] || !w.is_word(s + 1) || in_quote[s + 1] || !opens_verb(w, s + 1) {
        return None;
    }
    // a colon ends it: "vows to fight the closure: “…”" (what follows is
    // a statement of its own)
    let limit = sentence.end.min(s + 150);
    let mut e = s + 1;
    while e < limit && !ends_content(w, e, s, in_quote, frame_starts) && !(w.word(e) == ":" && !in_quote[e]) {
        e += 1;
    }
    trim(w, s..e)
}

/// Whether the speech verb of `f`, one that needs "that", takes "to" and a
/// verb instead ("vowed to …", per complements.txt).
pub fn takes_to(w: &Words, f: &Frame) -> bool {
    f.content_from < w.toks.len() && w.lower(f.content_from) == "to" && crate::lexicon::takes_complement(w.lower(f.cue_tok), "to")
}

/// A word that can be the verb after "to": lower case, not a determiner,
/// possessive or number ("to the terms", "to his aides", "to 10").
fn opens_verb(w: &Words, k: usize) -> bool {
    let word = w.lower(k);
    w.word(k).chars().next().is_some_and(char::is_lowercase)
        && !matches!(word, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "that" | "these" | "those" | "any" | "some" | "all" | "no" | "each" | "every" | "both" | "such" | "him" | "them" | "me" | "us" | "it" | "what" | "which" | "whom")
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    fn dec(text: &str) -> Vec<(String, &'static str)> {
        vec![(text.to_string(), "reported::decision")]
    }

    #[test]
    fn what_a_source_declines_or_refuses_to_do() {
        assert_eq!(reported("A spokesman for the mayor declined to comment."), dec("to comment"));
        assert_eq!(reported("The mayor refused to say whether the port would reopen."), dec("to say whether the port would reopen"));
        // (the participle clause after it has a stance of its own: reported::stance)
        let got = reported("The council decided to close the bridge, citing its age.");
        assert_eq!(got[0], dec("to close the bridge")[0]);
        assert_eq!(got[1], ("its age".to_string(), "reported::stance"));
    }

    #[test]
    fn speech_verbs_that_need_that_take_to_and_a_verb() {
        assert_eq!(reported("The union vowed to keep striking until May."), dec("to keep striking until May"));
        assert_eq!(reported("The mayor pledged to reopen the port."), dec("to reopen the port"));
        // with "that", the clause as before
        assert_eq!(reported("The mayor pledged that the port would reopen."), vec![("the port would reopen".to_string(), "reported::content")]);
    }

    #[test]
    fn a_colon_ends_the_decision() {
        assert_eq!(reported("Mayor vows to fight depot closure: \"This city runs on buses\"")[0], ("to fight depot closure".to_string(), "reported::decision"));
    }

    #[test]
    fn to_before_a_noun_phrase_is_no_decision() {
        assert!(reported("The mayor agreed to the terms of the lease.").is_empty());
        assert!(reported("The mayor declined to his own surprise.").is_empty());
        assert!(reported("The fund declined by ten percent.").is_empty());
    }

    #[test]
    fn a_hypothetical_or_a_decision_inside_a_claim_is_not_its_own() {
        assert!(reported("The letter set out a plan in which the city would pledge to cut fares.").iter().all(|(t, _)| t != "to cut fares"));
        assert!(reported("Police disputed the claim that Ruiz had refused to leave the car.").iter().all(|(t, _)| t != "to leave the car"));
    }

    #[test]
    fn a_passive_or_noun_is_no_decision() {
        assert!(reported("The request was refused to protect the witness.").is_empty());
        assert!(reported("Her decision to resign surprised the council.").is_empty());
    }
}
