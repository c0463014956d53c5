//! Conversations: in a run of dialogue paragraphs between two people, the
//! turns without a cue alternate between them.
//!
//! ```text
//! “Do you want to know who has taken it?” cried Mrs. Quill.   A
//! “You want to tell me, and I have no objection to hearing it.”   <- B
//! “Why, my dear, a young man of large fortune.”                   <- A
//! “What is his name?”                                             <- B
//! “Is he married or single?” asked Mr. Quill.                 B
//! ```
//!
//! News writes a bare quote paragraph as the previous speaker going on
//! (`attribution::carry_over`), so a run is read as a conversation only on
//! the evidence of its cued turns: at least two speakers, and every pair of
//! them consistent with strict alternation (the same speaker an even number
//! of turns apart, a different one an odd number). “A,” said Ruiz. / “B.” /
//! “C,” said Osei. is not a conversation: Ruiz and Osei are two turns apart.
//! A third speaker's cued turn ends one conversation and opens the next;
//! a transcript's labelled turns ("OSEI: …") never alternate.

use crate::assemble::QuoteFinding;
use std::ops::Range;

/// One paragraph, as the conversation pass sees it.
pub struct Paragraph {
    /// Its quotes in the document's quote list.
    pub quotes: Range<usize>,
    /// It is a turn of dialogue: direct quotes and little else.
    pub turn: bool,
    /// People its quotes address by name (“My dear Mr. Quill, …”).
    pub addressed: Vec<usize>,
    /// Its last words are a quote: narration that ends in the first turn
    /// of a conversation (Mr. Quill looked up and observed, “You are
    /// late, Ana.”).
    pub ends_with_quote: bool,
}

/// Rules that found a speaker from a cue or a name beside the quote.
fn is_cued(rule: &str) -> bool {
    matches!(rule, "attribution::after_quote" | "attribution::according_to" | "attribution::before_quote" | "attribution::same_sentence" | "attribution::action_beat")
}

/// Rules a conversation may overrule: guesses from the paragraphs around,
/// another quote's speaker in the same paragraph (itself cued or not), and
/// the subject of a quote's sentence with no cue (a phrase quoted in
/// narration: his inquiries after “poor Isabella” were answered).
fn is_guess(rule: &str) -> bool {
    matches!(rule, "attribution::carry_over" | "attribution::conversation" | "attribution::same_paragraph" | "attribution::subject_in_sentence" | "quotes::unattributed")
}

/// What a turn says of its speaker.
#[derive(Clone, Copy, PartialEq)]
enum Said {
    By(usize),
    Bare,
    /// Two cued speakers in one paragraph, or a speaker from another rule
    /// (a sentence's subject, a reported clause): no use to the pass.
    Unclear,
}

fn said(quotes: &[QuoteFinding]) -> Said {
    let mut who = None;
    for q in quotes.iter().filter(|q| q.direct) {
        // a transcript labels every turn ("PENCE: …"): a bare paragraph
        // after one is the same voice going on, not the other side
        if matches!(q.rule, "attribution::transcript" | "attribution::name_colon") {
            return Said::Unclear;
        }
        if is_cued(q.rule) {
            match (who, q.speaker) {
                (_, None) => return Said::Unclear,
                (None, Some(s)) => who = Some(s),
                (Some(a), Some(b)) if a != b => return Said::Unclear,
                _ => {}
            }
        } else if !is_guess(q.rule) {
            return Said::Unclear;
        }
    }
    who.map_or(Said::Bare, Said::By)
}

/// Gives the bare turns of every conversation the speaker their place in
/// the alternation calls for.
pub fn alternate(paragraphs: &[Paragraph], quotes: &mut [QuoteFinding]) {
    let mut i = 0;
    while i < paragraphs.len() {
        if !paragraphs[i].turn {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < paragraphs.len() && paragraphs[i].turn {
            i += 1;
        }
        // a paragraph of narration ending in a cued quote opens the run
        if start > 0 && paragraphs[start - 1].ends_with_quote && matches!(said(&quotes[paragraphs[start - 1].quotes.clone()]), Said::By(_)) {
            start -= 1;
        }
        settle_run(&paragraphs[start..i], quotes);
    }
}

fn settle_run(run: &[Paragraph], quotes: &mut [QuoteFinding]) {
    let said: Vec<Said> = run.iter().map(|p| said(&quotes[p.quotes.clone()])).collect();
    // an unclear turn splits the run; so does a third person's cued turn,
    // which opens a new conversation: “…,” said Emma, after a long
    // exchange between her father and Mr. Quill
    let mut start = 0;
    while start < run.len() {
        let end = conversation_end(&said[start..]) + start;
        if end > start {
            settle_conversation(&run[start..end], &said[start..end], quotes);
        }
        start = if end > start { end } else { end + 1 };
        while start < run.len() && said[start] == Said::Unclear {
            start += 1;
        }
    }
}

/// How many turns from the start keep strict alternation between two
/// speakers: up to an unclear turn, or up to the first cued turn that
/// breaks it.
fn conversation_end(said: &[Said]) -> usize {
    let mut sides: [Option<usize>; 2] = [None, None];
    for (k, s) in said.iter().enumerate() {
        match *s {
            Said::Unclear => return k,
            Said::By(id) => {
                let other = sides[1 - k % 2];
                match sides[k % 2] {
                    _ if other == Some(id) => return k,
                    Some(side) if side != id => return k,
                    _ => sides[k % 2] = Some(id),
                }
            }
            Said::Bare => {}
        }
    }
    said.len()
}

fn settle_conversation(run: &[Paragraph], said: &[Said], quotes: &mut [QuoteFinding]) {
    // the speaker of the even turns and of the odd ones
    let mut sides: [Option<usize>; 2] = [None, None];
    for (k, s) in said.iter().enumerate() {
        if let Said::By(id) = *s {
            sides[k % 2] = Some(id);
        }
    }
    // one side known: the other is whom its turns address by name, if
    // they address one person only (“My dear Mr. Quill,” said his wife.)
    for side in 0..2 {
        if sides[side].is_some() || sides[1 - side].is_none() {
            continue;
        }
        let mut addressed = run.iter().enumerate().filter(|(k, _)| k % 2 != side).flat_map(|(_, p)| p.addressed.iter().copied()).filter(|&id| Some(id) != sides[1 - side]);
        if let Some(first) = addressed.next() {
            if addressed.all(|id| id == first) {
                sides[side] = Some(first);
            }
        }
    }
    // no side known, or one: two bare turns in a row that each address one
    // person by name, a different one, address each other
    //     “Who knows, Aunt Juley, who knows?”      <- Margaret
    //     “But, Margaret, dear, it is too sudden.” <- Aunt Juley
    for k in 0..run.len().saturating_sub(1) {
        let (a, b) = (&run[k].addressed, &run[k + 1].addressed);
        if said[k] != Said::Bare || said[k + 1] != Said::Bare || a.len() != 1 || b.len() != 1 || a[0] == b[0] {
            continue;
        }
        // turn k is spoken by the one turn k + 1 addresses, and so on
        let (this, next) = (b[0], a[0]);
        let fits = |side: usize, id: usize| sides[side].is_none_or(|s| s == id);
        if fits(k % 2, this) && fits((k + 1) % 2, next) {
            sides[k % 2] = Some(this);
            sides[(k + 1) % 2] = Some(next);
            break;
        }
    }
    let (Some(even), Some(odd)) = (sides[0], sides[1]) else { return };
    if even == odd {
        return;
    }
    for (k, p) in run.iter().enumerate() {
        if said[k] != Said::Bare {
            continue;
        }
        let speaker = if k % 2 == 0 { even } else { odd };
        for q in quotes[p.quotes.clone()].iter_mut().filter(|q| q.direct) {
            q.speaker = Some(speaker);
            q.rule = "attribution::conversation";
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::direct_speakers as speakers;
    use crate::{annotate, Options, SpanData};

    fn names(list: &[&str]) -> Vec<Option<String>> {
        list.iter().map(|n| Some(n.to_string())).collect()
    }

    #[test]
    fn bare_turns_alternate_between_two_cued_speakers() {
        // the first bare turn comes before both speakers are known
        let text = "“Have you heard that the mill is let at last?” asked Mrs. Quill.\n\n“I have not.”\n\n“A young man from the north has taken it.”\n\n“What is his name?”\n\n“Dorran,” said Mrs. Quill.\n\n“Is he married?” asked Mr. Quill.\n\n“Oh, single, my dear!”";
        assert_eq!(speakers(text), names(&["Quill", "Quill", "Quill", "Quill", "Quill", "Quill", "Quill"]));
        let doc = annotate(text, &Options::default());
        let ids: Vec<Option<usize>> = doc.spans.iter().filter_map(|s| match &s.data {
            SpanData::Quote { speaker, direct: true, .. } => Some(*speaker),
            _ => None,
        }).collect();
        let (wife, husband) = (ids[0], ids[5]);
        assert_ne!(wife, husband);
        assert_eq!(ids, [wife, husband, wife, husband, wife, husband, wife]);
    }

    #[test]
    fn the_person_addressed_takes_the_other_side() {
        let text = "Ivo Quill said he was tired.\n\n“My dear Ivo Quill,” said his wife, “have you heard that the mill is let?”\n\n“I have not.”\n\n“A young man has taken it.”";
        assert_eq!(speakers(text), names(&["his wife", "his wife", "Ivo Quill", "his wife"]));
        // two people addressed: no side can be told
        let text = "“Ivo, Ana,” said his wife, “come in.”\n\n“Not yet.”";
        assert_eq!(speakers(text)[2], Some("his wife".to_string()));
    }

    #[test]
    fn two_bare_turns_that_address_each_other() {
        // no turn is cued: each speaks to the other by name
        let text = "Aunt Juley and Margaret sat down.\n\n“In that case it is far too sudden.”\n\n“Who knows, Aunt Juley, who knows?”\n\n“But, Margaret, dear, we must be practical.”\n\n“Who knows!”";
        assert_eq!(speakers(text), names(&["Juley", "Margaret", "Juley", "Margaret"]));
        // one person addressed twice: nothing tells the sides apart, and
        // the news convention (the last one named goes on) stands
        let text = "Aunt Juley and Margaret sat down.\n\n“In that case it is far too sudden.”\n\n“Who knows, Aunt Juley?”\n\n“Yes, Aunt Juley, who knows.”";
        assert_eq!(speakers(text), names(&["Margaret", "Margaret", "Margaret"]));
    }

    #[test]
    fn narration_ending_in_a_quote_opens_the_conversation() {
        // the two bare turns answer Mr. Quill, then he speaks again
        let text = "“Good evening,” said Mr. Osei.\n\nMr. Quill put down his paper, looked at the clock for a while and observed, “You are very late tonight, Mr. Osei.”\n\n“Not at all, sir.”\n\n“It is past ten.”\n\n“The mill kept me.”";
        assert_eq!(speakers(text), names(&["Osei", "Quill", "Osei", "Quill", "Osei"]));
        // without a cue it opens nothing: news goes on with the last speaker
        let text = "Ana Ruiz, who has run the depot for a decade, said on Monday that it would stay open.\n\n“We have the money.”\n\n“For two years at least.”";
        assert_eq!(speakers(text), names(&["Ana Ruiz", "Ana Ruiz"]));
    }

    #[test]
    fn news_quotes_two_turns_apart_are_no_conversation() {
        // Ruiz goes on in a paragraph of her own, then Osei speaks
        let text = "“The depot stays open,” said Ana Ruiz.\n\n“We have the money for two more years.”\n\n“That is not enough,” said Ivo Osei.";
        assert_eq!(speakers(text), names(&["Ana Ruiz", "Ana Ruiz", "Ivo Osei"]));
    }

    #[test]
    fn a_third_speaker_ends_one_conversation_and_opens_another() {
        // Mr. Quill and Mr. Osei alternate until Ana speaks
        let text = "Mr. Osei came in.\n\nMr. Quill looked up and observed, “You are late tonight, Mr. Osei.”\n\n“Not at all, sir.”\n\n“It is past ten.”\n\n“The mill kept me.”\n\n“Nonsense,” said Ana.";
        assert_eq!(speakers(text), names(&["Quill", "Osei", "Quill", "Osei", "Ana"]));
    }

    #[test]
    fn a_transcript_turn_goes_on_in_a_bare_paragraph() {
        // a transcript quoted paragraph by paragraph, as news prints one
        let text = "\"VALE: Will you run in the fall?\n\n\"OSEI: I will not run this year.\n\n\"VALE: Why not, after all this?\n\n\"OSEI: The party is split in two.\n\n\"And I am tired of it all.\"";
        assert_eq!(speakers(text), names(&["VALE", "OSEI", "VALE", "OSEI", "OSEI"]));
    }

    #[test]
    fn one_cued_speaker_goes_on() {
        let text = "“The depot stays open,” said Ana Ruiz.\n\n“We have the money.”\n\n“And the staff.”";
        assert_eq!(speakers(text), names(&["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]));
    }
}
