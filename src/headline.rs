//! A quote in the headline is said by the headline's subject, who is named
//! again in the article below it:
//!   Lena Marsh Slams Port Plan As ‘A Betrayal.’
//!   Harbour Commissioner Lena Marsh said on Monday …
//! Title case hides which word is the verb ("Slams"), so the subject is
//! found from the body instead: the first word of the headline that is the
//! surname of someone named in the article, or a group noun that opens the
//! headline ("Angry Fishermen Vow To ‘Fight On.’").
//!
//! Runs once, after every paragraph is attributed, and only gives a speaker
//! to the headline's quotes that have none.

use crate::assemble::{Findings, Mention};
use crate::entities::Registry;
use crate::lexicon::is_speaker_noun;
use crate::phrases::Words;
use crate::tokens::tokenize;
use std::ops::Range;

/// A headline is one short sentence standing alone as the first paragraph.
const MAX_HEADLINE_WORDS: usize = 30;

pub fn attribute(text: &str, first_paragraph: Range<usize>, sentences: &[Range<usize>], reg: &mut Registry, out: &mut Findings) {
    if sentences.len() > 1 {
        return;
    }
    let unattributed: Vec<usize> = (0..out.quotes.len()).filter(|&i| out.quotes[i].end <= first_paragraph.end && out.quotes[i].speaker.is_none()).collect();
    let Some(&first) = unattributed.first() else { return };
    let toks = tokenize(text, first_paragraph.start..out.quotes[first].start);
    let w = Words::new(text, &toks);
    let words = (0..toks.len()).filter(|&k| w.is_word(k)).count();
    if words == 0 || words > MAX_HEADLINE_WORDS || text[first_paragraph.clone()].split_whitespace().count() > MAX_HEADLINE_WORDS {
        return;
    }
    let Some((span, id)) = subject(&w, reg) else { return };
    out.mentions.push(Mention { start: span.start, end: span.end, entity: id, rule: "attribution::headline" });
    for i in unattributed {
        out.quotes[i].speaker = Some(id);
        out.quotes[i].rule = "attribution::headline";
    }
}

/// The headline's subject: a group noun after its capitalised modifiers at
/// the start ("Frustrated Parents"), else the first word that is a known
/// surname ("A lesson from Loretta Lynch: …" → Lynch).
fn subject(w: &Words, reg: &mut Registry) -> Option<(Range<usize>, usize)> {
    let opening = (0..w.toks.len().min(4)).take_while(|&k| w.is_word(k) && w.is_capital(k)).find(|&k| is_speaker_noun(w.lower(k)) && w.lower(k).ends_with('s'));
    if let Some(head) = opening {
        let p = w.loose_description(0..head + 1);
        let id = reg.resolve(w.text, &p)?;
        return Some((p.span, id));
    }
    (0..w.toks.len()).filter(|&k| w.is_word(k) && w.is_capital(k)).find_map(|k| {
        let word = crate::entities::without_possessive(w.lower(k));
        let id = reg.named(word)?;
        Some((w.toks[k].start..w.toks[k].start + crate::entities::without_possessive(w.word(k)).len(), id))
    })
}

#[cfg(test)]
mod tests {
    use crate::test_support::direct_speakers as speakers;

    #[test]
    fn the_headline_subject_named_in_the_body_speaks() {
        let text = "Lena Marsh Slams Port Plan As ‘A Betrayal.’\n\nHarbour Commissioner Lena Marsh said on Monday that the plan would close the fish market.";
        assert_eq!(speakers(text), [Some("Lena Marsh".to_string())]);
        let text = "A warning from Tomas Reyes: ‘The dam will not hold.’\n\nEngineer Tomas Reyes told the council the dam was cracked.";
        assert_eq!(speakers(text), [Some("Tomas Reyes".to_string())]);
    }

    #[test]
    fn a_group_opening_the_headline_speaks() {
        let text = "Angry Fishermen Vow To ‘Fight On.’\n\nThe fishermen gathered at the harbour on Monday.";
        assert_eq!(speakers(text), [Some("Angry Fishermen".to_string())]);
    }

    #[test]
    fn a_lede_is_no_headline() {
        // two sentences: a lede, not a headline
        let text = "The council met. It called the plan ‘a betrayal.’\n\nLena Marsh said so too.";
        assert_eq!(speakers(text).len(), 1);
        assert_ne!(speakers(text)[0].as_deref(), Some("Lena Marsh"));
    }
}
