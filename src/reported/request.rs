//! A request or an order: "urged voters to stay home", "asked the council
//! to wait", "called on the mayor to resign". PolNeAR counts what was asked
//! for, with the one asked, as the content:
//!
//!   "The union urged its members to stay home." -> "its members to stay home"
//!   "Ruiz called on the council to act."         -> "the council to act"
//!
//! The one asked is at most five words before "to" ("asked Ana and her
//! brother to wait"), or none ("asked to be excused").

use super::{ends_content, trim};
use crate::cues::Frame;
use crate::phrases::Words;
use std::ops::Range;

/// Words that show the phrase before "to" is no one asked: "told Yahoo
/// in response to", "asked whether to", "urged that …".
fn is_not_object(word: &str) -> bool {
    matches!(word, "in" | "at" | "on" | "for" | "with" | "from" | "by" | "after" | "before" | "during" | "about" | "that" | "if" | "whether" | "how" | "what" | "when" | "where" | "why" | "which" | "who")
}

/// Token range of the request made by the frame `f`, if it is one.
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    // ", urging Israeli forces to remain ready": a participle after a
    // statement is the speaker's advice, not a report of its own
    if f.kind != crate::cues::CueKind::Verb {
        return None;
    }
    // "…, urged Obama last year not to …": the name after the verb is the
    // one asked, not the speaker the frame took it for
    if f.speaker.as_ref().is_some_and(|p| p.toks.start > f.cue_tok) {
        return None;
    }
    // "messages in which the group urged followers to …": a request inside
    // a relative clause is part of what the sentence's own source reports
    if f.speaker.as_ref().is_some_and(|p| (p.toks.start.saturating_sub(1)..p.toks.end).any(|k| matches!(w.lower(k), "which" | "whom"))) {
        return None;
    }
    let cue = w.lower(f.cue_tok);
    let mut o = f.extent.end.max(f.cue_tok + 1);
    // "called on the council to act", "called upon voters to …"
    if matches!(cue, "call" | "calls" | "called" | "calling") && o == f.cue_tok + 1 && o < sentence.end && matches!(w.lower(o), "on" | "upon") {
        o += 1;
    } else if !crate::lexicon::is_request_verb(cue) {
        return None;
    }
    let t = (o..sentence.end.min(o + 6)).take_while(|&k| w.is_word(k) && !in_quote[k]).find(|&k| w.lower(k) == "to")?;
    if t + 1 >= sentence.end || !w.is_word(t + 1) || (o..t).any(|k| is_not_object(w.lower(k))) {
        return None;
    }
    // "who asked not to be named": a condition of anonymity that describes
    // the speaker, no report
    if t + 2 < sentence.end && w.lower(t + 1) == "be" && matches!(w.lower(t + 2), "named" | "identified" | "quoted") {
        return None;
    }
    let limit = sentence.end.min(o + 150);
    let mut e = o;
    // "… to retaliate -- meddling the congressman said is …": another
    // speaker's cue ends the request
    while e < limit && !ends_content(w, e, o, in_quote, frame_starts) && !(e > o && frame_starts[e]) {
        e += 1;
    }
    trim(w, o..e)
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    fn rq(text: &str) -> Vec<(String, &'static str)> {
        vec![(text.to_string(), "reported::request")]
    }

    #[test]
    fn what_was_asked_for_with_the_one_asked() {
        assert_eq!(reported("The union urged its members to stay home on Friday."), rq("its members to stay home on Friday"));
        assert_eq!(reported("Mayor Ana Ruiz called on the council to delay the vote."), rq("the council to delay the vote"));
        assert_eq!(reported("The minister asked to be excused."), rq("to be excused"));
    }

    #[test]
    fn another_cue_ends_the_request() {
        // "… -- meddling the congressman said is …": the request stops
        // before the other speaker's cue
        let got = reported("Ruiz urged the council to reject the toll -- a plan the mayor said is too costly.");
        assert!(got[0].1 == "reported::request" && !got[0].0.contains("said"), "{got:?}");
    }

    #[test]
    fn the_one_asked_is_not_the_speaker() {
        assert!(reported("The mayor spoke first, urged Ruiz last year not to close the port.").iter().all(|(_, rule)| *rule != "reported::request"));
    }

    #[test]
    fn anonymity_is_no_request() {
        assert!(reported("A trustee, who asked not to be named, left early.").is_empty());
    }

    #[test]
    fn not_in_a_relative_clause() {
        assert!(reported("The site posted a letter in which the union urged its members to strike.").iter().all(|(_, rule)| *rule != "reported::request"));
    }

    #[test]
    fn no_to_no_request() {
        assert!(reported("The mayor called on the council last week.").is_empty());
        assert!(reported("Ruiz told reporters in response to a question to wait.").iter().all(|(_, rule)| *rule != "reported::request"));
        assert!(reported("The mayor asked for a recount.").iter().all(|(_, rule)| *rule != "reported::request"));
    }
}
