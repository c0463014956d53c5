//! An indirect question: what was asked, from its question word to the
//! clause's end. PolNeAR counts it as content, with the asker as source
//! (none for a passive):
//!
//!   "Asked whether the port would close, Ruiz said no."
//!     -> "whether the port would close" (no source)
//!   "The mayor asked the council why the vote was late."
//!     -> "why the vote was late" (the mayor)
//!
//! The frame (cues::question_frame) puts `content_from` on the question
//! word; the content stops at the first comma outside quotation marks, so
//! the answer after it ("…, Ruiz said no") is not part of the question.

use super::{ends_content, trim};
use crate::cues::Frame;
use crate::phrases::Words;
use std::ops::Range;

/// Token range of the question asked in the frame `f`.
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    let s = f.content_from;
    if s + 1 >= sentence.end || s < sentence.start {
        return None;
    }
    let limit = sentence.end.min(s + 80);
    let mut e = s + 1;
    while e < limit && !(w.word(e) == "," && !in_quote[e]) && !ends_content(w, e, s, in_quote, frame_starts) {
        e += 1;
    }
    trim(w, s..e)
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    fn q(text: &str) -> (String, &'static str) {
        (text.to_string(), "reported::question")
    }

    #[test]
    fn a_passive_question_before_the_answer() {
        let got = reported("Asked whether the ferry would run in May, the mayor said she hoped so.");
        assert_eq!(got[0], q("whether the ferry would run in May"));
        let got = reported("When asked on Monday about the closure of the port, Ruiz smiled.");
        assert_eq!(got, [q("about the closure of the port")]);
    }

    #[test]
    fn the_one_asked_comes_before_the_question() {
        assert_eq!(reported("The mayor asked the council if the vote was late."), [q("if the vote was late")]);
        // after "why", "whether" …, the speech cue "asked" takes it
        assert_eq!(reported("The mayor asked the council why the vote was late."), [("why the vote was late".to_string(), "reported::content")]);
    }

    #[test]
    fn a_request_or_a_bare_ask_is_no_question() {
        assert!(reported("The mayor asked the council to wait.").iter().all(|(_, rule)| *rule != "reported::question"));
        assert!(reported("The mayor asked for a recount after the vote.").iter().all(|(_, rule)| *rule != "reported::question"));
        assert!(reported("“Why?” asked Ruiz.").is_empty());
    }
}
