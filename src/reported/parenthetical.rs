//! A cue set off by commas inside its content: the content runs on both
//! sides of it, cue included (PolNeAR marks the whole clause).
//!
//!   "If the talks fail, she said, the port will close."
//!     -> "If the talks fail, she said, the port will close"
//!   "The road, according to police, is shut."
//!     -> "The road, according to police, is shut"
//!
//! Not a second clause of the speaker's own: ", he said, adding that …"
//! keeps only what stands before the cue.

use super::{ends_content, lead_in_start, trim};
use crate::cues::{CueKind, Frame};
use crate::phrases::Words;
use std::ops::Range;

/// Token range of the content around the parenthetical cue of `f`.
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    if !matches!(f.kind, CueKind::Verb | CueKind::AccordingTo) || crate::cues::is_poll_frame(w, f) {
        return None;
    }
    let (start, mut end) = (f.extent.start, f.extent.end);
    // "The solution, the partner told them, was simple.": the hearer stands
    // between the cue and its closing comma
    if f.class == crate::lexicon::VerbClass::Tell && end < f.content_from && f.content_from < sentence.end && f.content_from - end <= 4 && w.word(f.content_from) == "," {
        end = f.content_from;
    }
    if start <= sentence.start || end + 1 >= sentence.end || w.word(end) != "," || !super::comma_before(w, start, in_quote) {
        return None;
    }
    // ", she said, adding that …", ", she said, but …": the cue closes
    // (", he said, replacing her would be harder": a gerund that is the
    // subject of the rest goes on with the content)
    let gerund = w.is_word(end + 1) && !in_quote[end + 1] && w.lower(end + 1).ends_with("ing") && gerund_subject(w, end + 1, sentence.end, in_quote);
    if !gerund && (ends_content(w, end, sentence.start, in_quote, frame_starts) || matches!(w.lower(end + 1), "but" | "and" | "or" | "though" | "although" | "while")) {
        return None;
    }
    // "After the vote, Ruiz said, “We …”": a quote after the cue is the
    // statement, what comes before it only sets the scene; unless the quote
    // goes on with the clause in lower case ("An economic downturn, he
    // said, “could be a good time to borrow.”")
    let quote_goes_on = in_quote[end + 1] && (end + 1..sentence.end.min(end + 4)).find(|&k| w.is_word(k)).is_some_and(|k| in_quote[k] && w.word(k).starts_with(|c: char| c.is_lowercase()));
    if !quote_goes_on && (!w.is_word(end + 1) || in_quote[end + 1]) {
        return None;
    }
    // ", she said, using the German word": a participle clause of hers;
    // not a gerund that is the subject of what follows (", he said,
    // replacing Clinton would be much harder": an auxiliary comes soon)
    if w.lower(end + 1).ends_with("ing") && !gerund {
        return None;
    }
    // "“…,” said Ana Ruiz, a lawyer for …": the words after an inverted
    // cue describe the speaker; unless the clause goes on with its verb
    // ("The contrast, said Doyle, would be clear.")
    let verb_follows = super::belief::is_auxiliary(w.lower(end + 1));
    if f.kind == CueKind::Verb && f.speaker.as_ref().is_some_and(|p| p.toks.start > f.cue_tok) && !verb_follows {
        return None;
    }
    let s = lead_in_start(w, start, sentence.clone(), in_quote);
    // "Otherwise, she said, …", "Still, he said, …": a single word before
    // the cue is a sentence adverb of the content, kept with it; with
    // nothing before the cue there is no parenthesis
    if (s..start).filter(|&k| w.is_word(k) && !in_quote[k]).count() < 1 {
        return None;
    }
    // the part after the cue runs to the clause's end, as any content does
    let limit = sentence.end.min(end + 151);
    let mut e = end + 1;
    while e < limit && !ends_content(w, e, end + 1, in_quote, frame_starts) {
        e += 1;
    }
    trim(w, s..e)
}

/// "replacing Clinton would be …", "raising taxes is …": the -ing form at
/// `k` and at most three words, then an auxiliary or a modal. A verb of
/// saying or thinking ("noting the plan was late") opens a participle
/// clause whatever follows it.
fn gerund_subject(w: &Words, k: usize, end: usize, in_quote: &[bool]) -> bool {
    let word = w.lower(k);
    // ("something", "including", "meaning" open no clause of their own)
    if crate::lexicon::speech_verb(word).is_some() || crate::lexicon::belief_verb(word).is_some() || matches!(word, "something" | "nothing" | "anything" | "everything" | "including" | "meaning") {
        return false;
    }
    (k + 1..end.min(k + 5))
        .take_while(|&j| w.is_word(j) && !in_quote[j])
        .any(|j| matches!(w.lower(j), "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must"))
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    #[test]
    fn the_content_runs_around_the_cue() {
        assert_eq!(reported("If the talks fail, she said, the port will close."), [("If the talks fail, she said, the port will close".to_string(), "reported::parenthetical_cue")]);
        assert_eq!(reported("The old road, according to police, is shut for a week."), [("The old road, according to police, is shut for a week".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn a_quote_after_the_cue_belongs_to_it() {
        let got = reported("For farmers in the north, he said, the “rain came far too late.”");
        assert_eq!(got, [("For farmers in the north, he said, the “rain came far too late.”".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn a_gerund_subject_after_the_cue_goes_on_with_the_content() {
        let got = reported("Though the first vote went smoothly, he said, replacing the chair would be much harder.");
        assert_eq!(got, [("Though the first vote went smoothly, he said, replacing the chair would be much harder".to_string(), "reported::parenthetical_cue")]);
        // a participle clause of the speaker's own closes the content
        assert!(reported("The port is open, she said, using the old word for it.").iter().all(|(_, rule)| *rule != "reported::parenthetical_cue"));
        assert!(reported("The vote was fair, she said, noting that turnout was high.").iter().all(|(_, rule)| *rule != "reported::parenthetical_cue"));
    }

    #[test]
    fn an_inverted_cue_before_the_clause_verb_is_a_parenthesis() {
        assert_eq!(reported("The contrast, said Berg, would be clear to every voter."), [("The contrast, said Berg, would be clear to every voter".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn a_belief_or_a_finding_set_off_by_commas() {
        assert_eq!(reported("The port, Ruiz believes, will reopen in May."), [("The port, Ruiz believes, will reopen in May".to_string(), "reported::parenthetical_cue")]);
        assert_eq!(reported("What is less certain, the survey shows, is whether they will vote."), [("What is less certain, the survey shows, is whether they will vote".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn the_hearer_of_told_stands_inside_the_parenthesis() {
        assert_eq!(reported("The answer, the captain told reporters, was simple."), [("The answer, the captain told reporters, was simple".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn a_single_word_before_the_cue_opens_the_content() {
        assert_eq!(reported("Otherwise, she said, the port will close."), [("Otherwise, she said, the port will close".to_string(), "reported::parenthetical_cue")]);
        // a quote after the cue is the statement: no parenthesis
        assert!(reported("Still, she said, “The port will close.”").iter().all(|(_, rule)| *rule != "reported::parenthetical_cue"));
    }

    #[test]
    fn a_quote_in_lower_case_after_the_cue_goes_on_with_the_content() {
        let got = reported("A long strike, he said, “could close the port for good.”");
        assert_eq!(got, [("A long strike, he said, “could close the port for good.”".to_string(), "reported::parenthetical_cue")]);
    }

    #[test]
    fn a_second_clause_of_the_speaker_is_not_content() {
        let got = reported("The bridge will stay shut, the mayor said, adding that repairs would start soon.");
        assert_eq!(got[0], ("The bridge will stay shut".to_string(), "reported::content"));
    }
}
