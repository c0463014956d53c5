//! What a source believes, wants or shows (PolNeAR counts these as
//! attributions, beside what it says):
//!
//!   "Ruiz believes the port will reopen."      -> "the port will reopen"
//!   "The union wants to extend the strike."    -> "to extend the strike"
//!   "The mayor wants voters to decide."        -> "voters to decide"
//!   "The survey found that rents rose."        -> "rents rose"
//!
//! Without "that", a belief verb needs a clause with its own subject and
//! verb ("knows the city well" is no attribution), an intention verb "to"
//! and a verb; some evidence verbs ("proves") need "that".

use super::{content_after, ends_content, trim};
use crate::cues::Frame;
use crate::lexicon::BeliefTakes;
use crate::phrases::Words;
use std::ops::Range;

/// Token range of the content of the belief frame `f`.
pub fn content(w: &Words, f: &Frame, takes: BeliefTakes, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    let s = f.content_from;
    if takes.question {
        return super::question::content(w, f, sentence, in_quote, frame_starts);
    }
    if !takes.object {
        if s >= sentence.end || !w.is_word(s) || in_quote[s] {
            return None;
        }
        let after_that = s > 0 && w.lower(s - 1) == "that";
        if after_that || takes.clause && is_clause(w, s, sentence.end) {
            return content_after(w, f, sentence, in_quote, frame_starts);
        }
        if takes.infinitive && (w.lower(s) == "to" && s + 1 < sentence.end && w.is_word(s + 1) || object_then_to(w, s, sentence.end)) {
            let limit = sentence.end.min(s + 150);
            let mut e = s;
            while e < limit && !ends_content(w, e, s, in_quote, frame_starts) {
                e += 1;
            }
            return trim(w, s..e);
        }
        if !shows_evidence(w, f) {
            return None;
        }
    }
    // a stance verb's object, or what a poll shows
    super::stance::content(w, f, sentence, in_quote, frame_starts)
}

/// "A new poll shows Ruiz far ahead", "The video shows her clutching her
/// phone": a poll, a record or a recording shows whatever follows, a
/// clause or not. Only such a source: "Ruiz showed his tax returns" is no
/// attribution.
fn shows_evidence(w: &Words, f: &Frame) -> bool {
    // (besides the poll nouns, one string searched word by word: a
    // `matches!` of 23 words was 0.4 KB of the gzipped .wasm)
    const EVIDENCE: &str = "study data records results numbers figures analysis video footage email emails documents search math tally count average census slide chart graph";
    let evidence = |k: usize| crate::lexicon::is_poll_noun(w.lower(k)) || EVIDENCE.split(' ').any(|e| e == w.lower(k));
    w.lower(f.cue_tok).starts_with("show") && f.speaker.as_ref().is_some_and(|p| p.toks.clone().any(evidence))
}

/// Words that open a clause as its subject.
pub(super) fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "you" | "it" | "there" | "this")
}

/// Auxiliaries and modals: "will", "is", "has", "can't".
pub(crate) fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must" | "has" | "have" | "had" | "does" | "did" | "do" | "won't" | "can't" | "isn't" | "wasn't" | "aren't" | "doesn't" | "didn't" | "wouldn't" | "couldn't" | "shouldn't" | "hasn't" | "haven't"
    )
}

/// "the plan will fail", "Ruiz leads", "he can win": a subject of at most
/// five words, then a finite verb. A plural noun is no verb after a
/// determiner ("knows the streets").
fn is_clause(w: &Words, s: usize, end: usize) -> bool {
    let lower = w.lower(s);
    if matches!(lower, "the" | "a" | "an") && s + 1 < end && is_auxiliary(w.lower(s + 1)) {
        return false;
    }
    if is_subject_pronoun(lower) || lower.ends_with("'s") && is_subject_pronoun(crate::entities::without_possessive(lower)) {
        return s + 1 < end && w.is_word(s + 1) && (is_finite(w, s + 1, true) || lower.ends_with("'s") || lower.ends_with("'ll") || lower.ends_with("'re") || lower.ends_with("'d") || lower.ends_with("'ve"));
    }
    (s + 1..end.min(s + 6)).take_while(|&k| w.is_word(k)).any(|k| is_finite(w, k, !matches!(w.lower(k - 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "these" | "those" | "some" | "many" | "all" | "of" | "and" | "in" | "for" | "to")))
}

/// A finite verb at `k`; an -s form only where `s_form` allows it.
pub(super) fn is_finite(w: &Words, k: usize, s_form: bool) -> bool {
    let word = w.lower(k);
    if !w.word(k).chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    is_auxiliary(word) || crate::chars::find_str(word, "n't").is_some() || word.ends_with("ed") && word.len() > 3 || crate::lexicon::is_irregular_past(word) || s_form && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && word.len() > 3
}

/// "wants voters to decide": an object of at most four words, then "to".
fn object_then_to(w: &Words, s: usize, end: usize) -> bool {
    (s + 1..end.min(s + 5)).take_while(|&k| w.is_word(k)).any(|k| w.lower(k) == "to" && k + 1 < end && w.is_word(k + 1))
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;
    use crate::{annotate, OffsetUnit, Options, SpanData};

    fn b(text: &str) -> Vec<(String, &'static str)> {
        vec![(text.to_string(), "reported::belief")]
    }

    #[test]
    fn a_belief_with_its_clause() {
        assert_eq!(reported("Ruiz believes the port will reopen in May."), b("the port will reopen in May"));
        assert_eq!(reported("Most farmers think they can wait for rain."), b("they can wait for rain"));
        assert_eq!(reported("The mayor feared that the bridge would close."), b("the bridge would close"));
    }

    #[test]
    fn an_intention_with_its_infinitive() {
        assert_eq!(reported("The union wants to extend the strike."), b("to extend the strike"));
        assert_eq!(reported("The mayor wants voters to decide on the bridge."), b("voters to decide on the bridge"));
    }

    #[test]
    fn evidence_needs_a_clause() {
        assert_eq!(reported("The survey found that rents rose again."), b("rents rose again"));
        assert_eq!(reported("A new poll shows Ruiz leads in the north."), b("Ruiz leads in the north"));
        assert!(reported("The police found the documents in a drawer.").is_empty());
    }

    #[test]
    fn a_poll_or_a_recording_shows_what_follows_clause_or_not() {
        assert_eq!(reported("A new poll shows Ruiz far ahead of her rivals."), b("Ruiz far ahead of her rivals"));
        assert_eq!(reported("The harbour survey showed the mayor with a narrow lead."), b("the mayor with a narrow lead"));
        assert_eq!(reported("The video shows the minister leaving the building."), b("the minister leaving the building"));
        assert_eq!(reported("Exit polling shows she won most voters under 30."), b("she won most voters under 30"));
        // a polling average, a slide or a chart is a source as a poll is
        let doc = crate::annotate("The RealClearPolitics polling average shows Ruiz ahead by three points.", &crate::Options::default());
        assert!(doc.entities.iter().any(|e| e.name == "The RealClearPolitics polling average"), "{:?}", doc.entities);
        assert_eq!(reported("Another slide shows that most limes are grown in the south."), b("most limes are grown in the south"));
        // a person who shows something reports nothing
        assert!(reported("Ruiz showed the old map to reporters.").is_empty());
    }

    #[test]
    fn a_belief_word_after_a_preposition_is_a_noun() {
        // "in hopes that": no one in "supporters of Berg in" hopes
        assert!(reported("Ruiz avoided attacking supporters of Berg in hopes that they would back her later.").is_empty());
    }

    #[test]
    fn records_and_data_are_sources_of_evidence() {
        assert_eq!(reported("Court records show the mayor sold the barge in May."), b("the mayor sold the barge in May"));
        assert_eq!(reported("The new fundraising reports show the fund lent money to Ruiz."), b("the fund lent money to Ruiz"));
        assert_eq!(reported("The data show that rents rose again."), b("rents rose again"));
    }

    #[test]
    fn a_clause_verb_closing_its_sentence_has_the_clause_before() {
        assert_eq!(reported("The mayor sold the barge in May, court records show."), b("The mayor sold the barge in May"));
        assert_eq!(reported("The strike will end soon, Ruiz believes."), b("The strike will end soon"));
        // the verb does not close the sentence: no content before it
        assert!(reported("As a farmer, Ruiz believes in rain.").is_empty());
        // an intention verb takes no clause before it
        assert!(reported("The strike will end soon, Ruiz wants.").is_empty());
    }

    #[test]
    fn he_is_never_a_record() {
        let doc = annotate("The data show he sold the barge. He denied it.", &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        assert!(doc.entities.iter().all(|e| e.name != "The data" || e.kind != crate::EntityKind::Person), "{:?}", doc.entities);
        let sold = doc.spans.iter().find(|s| s.text == "he sold the barge").expect("the content");
        let SpanData::Quote { speaker: Some(id), .. } = sold.data else { panic!("no source: {sold:?}") };
        assert_eq!(doc.entities[id].name, "The data");
        // "he" is nobody named: the stance verb "denied" has no holder that is the data
        assert!(doc.spans.iter().all(|s| !matches!(s.data, SpanData::Quote { speaker: Some(id2), .. } if id2 == id && s.text != "he sold the barge")));
    }

    #[test]
    fn a_belief_inside_what_was_said_is_not_content_nor_a_speaker() {
        let doc = annotate("Ana Ruiz said Lisbon believes a deal is near, but warned that talks must stay short.", &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        let got: Vec<_> = doc
            .spans
            .iter()
            .filter_map(|s| match &s.data {
                SpanData::Quote { speaker, direct: false, .. } => Some((s.text.as_str(), speaker.map(|e| doc.entities[e].name.as_str()))),
                _ => None,
            })
            .collect();
        assert_eq!(got, [("Lisbon believes a deal is near", Some("Ana Ruiz")), ("talks must stay short", Some("Ana Ruiz"))]);
    }

    #[test]
    fn no_clause_no_attribution() {
        assert!(reported("Ruiz knows the streets of the old town.").is_empty());
        assert!(reported("She wanted a new car.").is_empty());
    }
}
