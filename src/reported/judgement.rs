//! The writer's own judgement of how things seem, which PolNeAR marks as an
//! attribution without a source: the whole clause is the content, and no
//! one says it.
//!
//!   "Trump’s supporters seemed equally unperturbed."
//!     -> "Trump’s supporters seemed equally unperturbed"
//!   "Indeed, a broader swath of voters appears to be moving behind Trump."
//!     -> "a broader swath of voters appears to be moving behind Trump"
//!   "It appears, though, that the game wasn’t boring to everyone."
//!     -> "the game wasn’t boring to everyone"
//!
//! Not "appeared on CNN", "appeared at a rally" (showing up), nor a verb
//! inside someone else's content or inside quotation marks, nor in a
//! sentence with a speech cue ("Mr. King said, has recently seemed
//! supportive of Mr. Trump": the judgement is the speaker's).

use crate::phrases::Words;
use std::ops::Range;

/// Token range of the judgement clause around the verb at `k`, if `k` is
/// one ("seems", "appeared", …) used as a judgement.
pub fn content(w: &Words, k: usize, sentence: Range<usize>, in_quote: &[bool]) -> Option<Range<usize>> {
    if in_quote[k] || k + 1 >= sentence.end || k == sentence.start {
        return None;
    }
    // "The sale is expected to expand …": who expects it goes unsaid
    if w.lower(k) == "expected" {
        return expected(w, k, sentence, in_quote);
    }
    if !matches!(w.lower(k), "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared") {
        return None;
    }
    // showing up: "appeared on CNN", "appeared with Clinton", "appeared."
    let next = w.lower(k + 1);
    // (a preposition is a function word; "to" opens "appears to be …")
    if !w.is_word(k + 1) && next != "," || next != "to" && next != "like" && next != "that" && crate::lexicon::is_function_word(next) || matches!(next, "alongside" | "together") {
        return None;
    }
    // "required to appear", "does not seem": not the verb of a judgement
    // clause of its own
    if matches!(w.lower(k - 1), "to" | "not" | "n't" | "never") {
        return None;
    }
    // "he appeared to suggest that …", "seemed to think …": a speech or
    // belief verb after it has its own cue, and its subject is the source
    if k + 2 < sentence.end && next == "to" && (crate::lexicon::speech_verb(w.lower(k + 2)).is_some() || crate::lexicon::belief_verb(w.lower(k + 2)).is_some()) {
        return None;
    }
    // "It seemed like …", "It appears, though, that …": the clause after
    if w.lower(k - 1) == "it" && !in_quote[k - 1] {
        let opener = (k + 1..(k + 5).min(sentence.end)).find(|&j| matches!(w.lower(j), "that" | "like" | "as"))?;
        return clause(w, opener + 1, sentence.end, in_quote);
    }
    // a person's look is often theirs to PolNeAR ("As President Obama
    // appears set to veto …" has Obama as its source): only things, groups
    // and descriptions are judged here
    if w.is_capital(k - 1) && !in_quote[k - 1] || matches!(w.lower(k - 1), "he" | "she" | "they" | "i" | "we" | "you") {
        return None;
    }
    let whole = clause(w, subject_start(w, k, sentence.start, in_quote)?, sentence.end, in_quote)?;
    // "seems credible to me": the one it seems to is the source
    if (k + 1..whole.end).any(|j| w.lower(j) == "to" && j + 1 < whole.end && matches!(w.lower(j + 1), "me" | "us" | "him" | "her" | "them")) {
        return None;
    }
    (whole.end > k + 1).then_some(whole)
}

/// "X is expected to …" as the whole clause, "It is expected to rise" as
/// what follows "expected".
fn expected(w: &Words, k: usize, sentence: Range<usize>, in_quote: &[bool]) -> Option<Range<usize>> {
    if k < sentence.start + 2 || !matches!(w.lower(k - 1), "is" | "are" | "was" | "were") || w.lower(k + 1) != "to" || in_quote[k - 1] {
        return None;
    }
    if w.lower(k - 2) == "it" {
        return clause(w, k + 1, sentence.end, in_quote);
    }
    clause(w, subject_start(w, k - 1, sentence.start, in_quote)?, sentence.end, in_quote)
}

/// Where the subject's clause of the verb at `k` begins: after the last
/// comma, colon or dash before it ("Indeed,", "In the past few days,") or
/// at the sentence's start, past a conjunction. None in a relative clause
/// ("price tags that seem to start at six figures" describes a noun) or
/// with quoted words before the verb.
fn subject_start(w: &Words, k: usize, sentence_start: usize, in_quote: &[bool]) -> Option<usize> {
    let start = (sentence_start..k).rev().find(|&j| !in_quote[j] && matches!(w.word(j), "," | ":" | ";" | "—" | "–")).map_or(sentence_start, |j| j + 1);
    let start = if matches!(w.lower(start), "but" | "and" | "yet" | "so" | "if" | "while" | "although" | "though" | "because") { start + 1 } else { start };
    (start < k && !(start..k).any(|j| in_quote[j] || matches!(w.lower(j), "that" | "which" | "who" | "what" | "whose"))).then_some(start)
}

/// From `s` to the clause's end: the sentence's end, a semicolon or dash,
/// or a subordinate clause ("he appears uneasy when asked about …").
fn clause(w: &Words, s: usize, end: usize, in_quote: &[bool]) -> Option<Range<usize>> {
    let stop = (s + 2..end).find(|&j| !in_quote[j] && (matches!(w.word(j), ";" | "—" | "–" | "(") || matches!(w.lower(j), "when" | "as" | "while" | "despite" | "because" | "although" | "though" | "even") && w.word(j - 1) != "as")).unwrap_or(end);
    let mut e = stop;
    while e > s && matches!(w.word(e - 1), "," | "." | ":" | "!" | "?" | ")") {
        e -= 1;
    }
    (e > s + 1).then_some(s..e)
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules;

    fn judged(text: &str) -> Vec<String> {
        reported_rules(text).into_iter().filter(|(_, rule)| *rule == "reported::judgement").map(|(t, _)| t).collect()
    }

    #[test]
    fn how_things_seem_is_a_content_without_a_source() {
        assert_eq!(judged("The harbour crowd seemed equally unperturbed."), ["The harbour crowd seemed equally unperturbed"]);
        assert_eq!(judged("Indeed, support for the levy appears to be growing."), ["support for the levy appears to be growing"]);
        assert_eq!(judged("It appears, though, that the ferry was late."), ["the ferry was late"]);
        // the clause ends before a subordinate clause
        assert_eq!(judged("The council appears uneasy when the tide turns."), ["The council appears uneasy"]);
    }

    #[test]
    fn what_is_expected_goes_unsourced() {
        assert_eq!(judged("The ferry is expected to resume service in May."), ["The ferry is expected to resume service in May"]);
        assert_eq!(judged("It is expected to rise to 2.9 percent this year."), ["to rise to 2.9 percent this year"]);
        // a relative clause, no "to"
        assert!(judged("The vote, which is expected to pass, was delayed.").is_empty());
        assert!(judged("The result was expected.").is_empty());
    }

    #[test]
    fn showing_up_people_and_other_sources_are_not_judgements() {
        assert!(judged("The mayor appeared on the radio on Monday.").is_empty());
        assert!(judged("The captain was required to appear in court.").is_empty());
        // a person's look, a speech verb after it, someone it seems to
        assert!(judged("Ruiz seemed pleased with the vote.").is_empty());
        assert!(judged("The council appeared to suggest that the port would close.").is_empty());
        assert!(judged("Nothing about the plan seems credible to me.").is_empty());
        // a relative clause, a sentence with a speech cue
        assert!(judged("Fares that seem to rise every year anger riders.").is_empty());
        assert!(judged("The council, Ruiz said, seemed ready to act.").is_empty());
    }
}
