//! Reported speech: the content clause of a speech cue, without the cue and
//! the speaker.
//!
//! - after the cue: "Araghchi said (that) Tehran believes an agreement is
//!   possible" -> "Tehran believes an agreement is possible";
//! - before it: "The port will reopen, the minister said." -> "The port will
//!   reopen";
//! - around "according to": "According to police, the road is shut." and
//!   "The road is shut, according to police."
//!
//! The content ends at the sentence's end, or where a second cue takes over:
//! ", adding that …", ", but warned that …", ", according to …".

mod bare_clause;
pub(crate) use bare_clause::opens_clause;
pub(crate) use belief::is_auxiliary;
mod belief;
mod decision;
pub mod judgement;
mod parenthetical;
mod question;
mod request;
mod stance;

use crate::cues::{CueKind, Frame};
use crate::lexicon::{speech_verb, VerbClass};
use crate::phrases::{PhraseKind, Pronoun, Words};
use std::ops::Range;

/// Token range of the reported content of `f`, if it has one. `sentence`
/// is the token range of the cue's sentence; `in_quote` marks tokens inside
/// quotation marks.
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<(Range<usize>, &'static str)> {
    if f.class == VerbClass::Manner {
        return None;
    }
    // "It does not explain why …", "we might recall": a negated or modal
    // cue ("did not mention", "would not say") is kept only with a holder
    // resolved to someone
    if f.entity.is_none() && crate::cues::is_negated(w, f) {
        return None;
    }
    // "by announcing it would …", "after saying …": a gerund after a
    // preposition speaks for the sentence's subject; with none found, the
    // clause is left out rather than given to no one
    if f.kind == CueKind::Participle && f.entity.is_none() && f.cue_tok > 0 && crate::cues::is_gerund_preposition(w.word(f.cue_tok - 1)) {
        return None;
    }
    if let VerbClass::Belief(takes) = f.class {
        // a belief, stance or question whose holder is named but resolves
        // to no one would be given to nobody: it is left out
        if f.speaker.is_some() && f.entity.is_none() {
            return None;
        }
        if takes.decision {
            return decision::content(w, f, sentence, in_quote, frame_starts).map(|r| (r, "reported::decision"));
        }
        // "endorsed Ruiz": an object of one word is content
        let (min, rule) = if takes.object {
            (1, "reported::stance")
        } else if takes.question {
            (2, "reported::question")
        } else {
            (2, "reported::belief")
        };
        let after = belief::content(w, f, takes, sentence.clone(), in_quote, frame_starts);
        // "He gave twice, FEC records show.", "The deal is fair, Ruiz
        // believes.": a clause verb at the sentence's end, after a comma,
        // has the clause before it
        // (the frame must close the sentence: "As an immigrant, he believes
        // in …" has its content after it or none)
        let closes = (f.extent.end..sentence.end).all(|k| !w.is_word(k) && !in_quote[k]);
        let before = || (takes.clause && !takes.object && !takes.question && closes).then(|| content_before(w, f, sentence.clone(), in_quote)).flatten().map(|(r, _)| r);
        // "What is less certain, the survey shows, is whether …": set off by
        // commas inside its clause
        let (found, rule) = match after.or_else(before) {
            Some(r) => (Some(r), rule),
            None if takes.clause && !takes.object && !takes.question => (parenthetical::content(w, f, sentence, in_quote, frame_starts), "reported::parenthetical_cue"),
            None => (None, rule),
        };
        return found.filter(|r| r.clone().any(|k| w.is_word(k) && !in_quote[k]) && r.len() >= min).map(|r| (r, rule));
    }
    let after_that = f.content_from > 0 && w.lower(f.content_from - 1) == "that";
    if f.needs_that && !after_that {
        // "vowed to keep striking": "to" and a verb instead of "that"
        if decision::takes_to(w, f) {
            return decision::content(w, f, sentence, in_quote, frame_starts).map(|r| (r, "reported::decision"));
        }
        // "suggested the talks would resume": a clause all the same, after
        // a past form with a plain holder (a present -s form is mostly a
        // headline's: "Ex-chief testifies attack was planned", where the
        // clause is not sure to be the content); a verb that is also a
        // belief or stance verb ("described") has its content from there
        // "…, Blackwell maintains.", "…, the minister confirmed.": closing
        // its sentence after a comma, the verb has the clause before it
        // (a person or a source before the verb: not "…, the borrowing
        // continued", nor "…, pledged delegates.")
        let named = f.speaker.as_ref().is_some_and(|p| {
            p.toks.end <= f.cue_tok
                && match &p.kind {
                    PhraseKind::Pronoun(pronoun) => !matches!(pronoun, Pronoun::It | Pronoun::Who),
                    PhraseKind::Description { head, .. } => crate::lexicon::is_speaker_noun(head),
                    PhraseKind::Name { .. } => true,
                }
        });
        let set_off = named && f.extent.start > sentence.start && comma_before(w, f.extent.start, in_quote);
        let closes = set_off && (f.extent.end..sentence.end).all(|k| !w.is_word(k) && !in_quote[k]);
        // "The nickname, she explained, exists thanks to …": set off by
        // commas inside its clause
        let parenthesis = set_off && f.extent.end < sentence.end && w.word(f.extent.end) == ",";
        // "explained how he built the business", "explains why …": a
        // question word opens the content as "that" does (not after a verb
        // that is also a stance verb: "described how …" has its content
        // from there)
        let own_content = crate::lexicon::belief_verb(w.lower(f.cue_tok)).is_none();
        let question = own_content && f.content_from < sentence.end && matches!(w.lower(f.content_from), "how" | "why" | "what" | "whether");
        if !closes && !parenthesis && !question && !(own_content && f.kind == CueKind::Verb && stance::is_sure_speaker(w, f) && !w.lower(f.cue_tok).ends_with('s') && bare_clause::opens_clause(w, f.content_from, sentence.end)) {
            return None;
        }
        if parenthesis {
            let r = parenthetical::content(w, f, sentence, in_quote, frame_starts)?;
            return (r.clone().filter(|&k| w.is_word(k) && !f.extent.contains(&k)).count() >= 2).then_some((r, "reported::parenthetical_cue"));
        }
    }
    if let Some(r) = answer(w, f, sentence.end, in_quote) {
        return Some((r, "reported::answer"));
    }
    // "According to X, …" opens a sentence; "…, according to X" closes one
    // "But according to X, …" also opens its sentence
    let opener = |k: usize| matches!(w.lower(k), "but" | "and" | "yet" | "so" | "still" | "now" | "however" | ",");
    // "… unnoticed: According to recent polls, …", "(According to the
    // police, …)": after a colon or a parenthesis it opens a clause (after
    // a dash it mostly closes one: "— or flat out wrong — according to")
    let clause_opens = f.extent.start > sentence.start && matches!(w.word(f.extent.start - 1), ":" | "(");
    let according_first = f.kind == CueKind::AccordingTo && ((sentence.start..f.extent.start).all(opener) || clause_opens);
    let request = if f.kind == CueKind::AccordingTo || after_that { None } else { request::content(w, f, sentence.clone(), in_quote, frame_starts) };
    let after = if request.is_some() || f.kind == CueKind::AccordingTo && !according_first { None } else { content_after(w, f, sentence.clone(), in_quote, frame_starts) };
    let (range, rule) = match (request, after) {
        (Some(r), _) => (r, "reported::request"),
        (None, Some(r)) if f.needs_that && !after_that => (r, "reported::bare_clause"),
        (None, Some(r)) => (r, "reported::content"),
        (None, None) if according_inside(w, f, sentence.clone(), in_quote) => (trim(w, sentence.clone())?, "reported::parenthetical_cue"),
        (None, None) => match parenthetical::content(w, f, sentence.clone(), in_quote, frame_starts) {
            Some(r) => (r, "reported::parenthetical_cue"),
            None => content_before(w, f, sentence, in_quote)?,
        },
    };
    // the cue's own words do not count: “A,” she said, “B.” is two quotes
    let own = |k: usize| f.extent.contains(&k);
    let words = (range.clone()).filter(|&k| w.is_word(k) && !own(k)).count();
    let all_quoted = (range.clone()).filter(|&k| w.is_word(k) && !own(k)).all(|k| in_quote[k]);
    // "Carson said that “those who know me know I’m honest.”": all of it
    // quoted, but "that" makes it reported (PolNeAR's convention): the
    // content keeps the "that"
    if words >= 2 && all_quoted && rule == "reported::content" && range.start == f.content_from && f.content_from > 0 && w.lower(f.content_from - 1) == "that" && !in_quote[f.content_from - 1] {
        return Some((f.content_from - 1..range.end, "reported::that_quote"));
    }
    (words >= 2 && !all_quoted).then_some((range, rule))
}

fn content_after(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    let mut s = f.content_from;
    let according = f.kind == CueKind::AccordingTo;
    if according {
        s = after_source(w, s, sentence.end, in_quote);
        while s < sentence.end && w.word(s) == "," {
            s += 1;
        }
    }
    // "said that, if elected, he would …": the comma after "that" opens an
    // inserted clause that belongs to the content
    let after_that = f.content_from > 0 && w.lower(f.content_from - 1) == "that";
    while s < sentence.end && (matches!(w.word(s), ":" | "—" | "–") || after_that && w.word(s) == "," && s == f.content_from) {
        s += 1;
    }
    // "says, win or lose, he’s staying": a comma after the verb and a
    // clause (not "said, adding …", "said, in a statement, …"; not after
    // an inverted speaker, "said Ruiz, the mayor, …", nor in a cue set off
    // by commas, "The port, he said, will close")
    let plain = f.extent.end == f.cue_tok + 1 && (f.extent.start <= sentence.start || !comma_before(w, f.extent.start, in_quote));
    if plain && !according && !after_that && s == f.content_from && s + 2 < sentence.end && w.word(s) == "," && !in_quote[s + 1] && w.is_word(s + 1) && !w.lower(s + 1).ends_with("ing") && !crate::lexicon::is_function_word(w.lower(s + 1)) && (s + 2..sentence.end.min(s + 150)).any(|k| !in_quote[k] && w.looks_finite(k)) {
        s += 1;
    }
    if s >= sentence.end || !w.is_word(s) && !in_quote[s] {
        return None;
    }
    // "urged them to", "warned of", "said in", "said after the meeting":
    // not a content clause (after "that" anything may open it: "adding that
    // while trust has eroded, talks could …")
    // "warned of a long winter", "vowed to keep striking"
    if according {
        return complement(w, s, sentence, in_quote, frame_starts);
    }
    if !after_that && s == f.content_from && crate::lexicon::takes_complement(w.lower(f.cue_tok), w.lower(s)) {
        let infinitive = w.lower(s) == "to";
        let r = complement(w, if infinitive { s } else { s + 1 }, sentence, in_quote, frame_starts)?;
        // "called for a boycott of his speech, and the civil rights group
        // …", "called for Fiorina's firing and carrying signs": after a
        // preposition the content is a noun phrase, which a new clause ends
        let clause_ends = |k: usize| {
            let next = if k + 1 < r.end && !in_quote[k + 1] { w.lower(k + 1) } else { "" };
            !in_quote[k] && (w.word(k) == "," && matches!(next, "and" | "but" | "which" | "who" | "whom" | "where" | "while") || w.lower(k) == "and" && next.len() > 5 && next.ends_with("ing"))
        };
        let end = if infinitive { r.end } else { (r.start + 1..r.end).find(|&k| clause_ends(k)).unwrap_or(r.end) };
        return trim(w, r.start..end);
    }
    // ("asked if" is a question: reported::question has it)
    let asks = crate::lexicon::belief_verb(w.lower(f.cue_tok)).is_some_and(|b| matches!(b.class, VerbClass::Belief(t) if t.question));
    let conditional = !after_that && !asks && s == f.content_from && conditional_content(w, s, sentence.end, in_quote);
    // "did not say when the port would reopen", "would not say where":
    // after a negated cue "when", "where" and "if" open what went unsaid
    let unsaid = crate::cues::is_negated(w, f) && s == f.content_from && matches!(w.lower(s), "when" | "where" | "if");
    if !after_that && !conditional && !unsaid && !opens_with_amount(w, s, sentence.end) && matches!(
        w.lower(s),
        "to" | "of" | "about" | "for" | "as" | "in" | "at" | "with" | "and" | "but" | "or" | "by" | "from" | "if" | "so" | "on" | "after" | "before" | "when" | "while" | "during" | "because" | "since" | "until" | "although" | "though" | "into" | "unless" | "through" | "via" | "over" | "under" | "upon" | "without" | "where" | "whereas"
    ) {
        return None;
    }
    // "Trump said late last week.", "Axelrod said just after midnight on
    // CNN.": a time phrase and no verb is no content ("said last week's vote
    // was rigged" has one)
    if !after_that && is_time_word(w.lower(s)) && !(s..sentence.end).any(|k| !in_quote[k] && w.looks_finite(k)) {
        return None;
    }
    // "urged Israeli forces to remain": an order, not a report
    if f.class == VerbClass::Tell && (f.content_from == 0 || w.lower(f.content_from - 1) != "that") && (s..(s + 3).min(sentence.end)).any(|k| w.lower(k) == "to") {
        return None;
    }
    // no reported clause runs on for more than 150 tokens (keeps a text
    // without full stops linear)
    let limit = sentence.end.min(s + 150);
    let mut e = s;
    while e < limit && !ends_content(w, e, s, in_quote, frame_starts) {
        e += 1;
    }
    // "While Ramos said that journalists cannot take sides, he appears
    // uneasy": in a subordinate clause that opens the sentence, the
    // content ends where the clause does, at its first comma
    if opens_subordinate_clause(w, f, sentence.start) {
        if let Some(comma) = (s + 1..e).find(|&k| w.word(k) == "," && !in_quote[k]) {
            e = comma;
        }
    }
    if let Some(end) = naming_end(w, f, s, e, in_quote) {
        e = end;
    }
    trim(w, s..e)
}

/// "half said so in the earlier poll", "72 percent said yes while 48
/// percent …", "He said no.": a one-word answer right after the verb is the
/// whole content. Not "said no decision had been made" nor "said no to the
/// war": what follows the word must end it (punctuation, a preposition or
/// conjunction that starts the writer's words, an adverb in -ly).
fn answer(w: &Words, f: &Frame, sentence_end: usize, in_quote: &[bool]) -> Option<Range<usize>> {
    let s = f.content_from;
    if f.kind != CueKind::Verb || s != f.cue_tok + 1 || s >= sentence_end || in_quote[s] || !matches!(w.lower(s), "yes" | "no" | "so") {
        return None;
    }
    let ends = s + 1 == sentence_end || !w.is_word(s + 1) && !in_quote[s + 1] || {
        let next = w.lower(s + 1);
        next.len() > 4 && next.ends_with("ly") || matches!(next, "in" | "on" | "at" | "while" | "but" | "and" | "because" | "when" | "after" | "before" | "during" | "compared" | "again" | "too" | "then")
    };
    ends.then_some(s..s + 1)
}

/// "called the merger “a terrible deal” and ranked …", "called him a
/// “moderate,” a subtle dig at …": what "called" names ends with the name
/// in quotation marks; a comma or "and" after it goes on in the writer's
/// words. `s..e` is the content found so far.
fn naming_end(w: &Words, f: &Frame, s: usize, e: usize, in_quote: &[bool]) -> Option<usize> {
    if !matches!(w.lower(f.cue_tok), "called" | "calls" | "call" | "calling") {
        return None;
    }
    // the first quotation within the first eight tokens, then its end
    let open = (s..e.min(s + 8)).find(|&k| in_quote[k])?;
    let close = (open..e).find(|&k| !in_quote[k])?;
    let next = w.lower(close);
    // (“reckless” and “cruel” is one name list: "and" before a quote goes on)
    let and_more = next == "and" && !in_quote.get(close + 1).copied().unwrap_or(true);
    let comma_inside = crate::cues::quoted_comma_before(w, close, in_quote);
    let goes_on = and_more || next == "," || comma_inside;
    goes_on.then_some(close)
}

/// The cue of `f` stands in a subordinate clause or a prepositional phrase
/// that opens its sentence, with no comma before the cue: "While Ramos
/// said …", "If we read her right when she says …",
/// "In a year in which most voters say …" ("As Ruiz put it" and "After
/// Ruiz spoke, …" have no content anyway).
fn opens_subordinate_clause(w: &Words, f: &Frame, sentence_start: usize) -> bool {
    let mut k = sentence_start;
    if k + 1 < f.cue_tok && matches!(w.lower(k), "but" | "and" | "yet" | "so") {
        k += 1;
    }
    k + 1 < f.cue_tok && matches!(w.lower(k), "while" | "when" | "although" | "though" | "whereas" | "because" | "since" | "if" | "once" | "after" | "before" | "as" | "by" | "with" | "in" | "amid" | "despite" | "without" | "alongside") && !(k..f.cue_tok).any(|j| w.word(j) == ",")
}

/// "Cruz said if elected he could work with them", "Ruiz said because
/// the port is closed, prices will rise": a subordinate clause that opens
/// the content. Only "if", "unless", "because", "although", "though" (not
/// "when asked", "while campaigning", "because of"), and only where two
/// finite verbs follow, the subordinate clause's and the main clause's.
fn conditional_content(w: &Words, s: usize, end: usize, in_quote: &[bool]) -> bool {
    if !matches!(w.lower(s), "if" | "unless" | "because" | "although" | "though") || s + 1 >= end || w.lower(s + 1) == "of" {
        return false;
    }
    (s + 1..end).filter(|&k| !in_quote[k] && w.looks_finite(k)).count() >= 2
}

/// "said about half of the losses were …", "said over 40 percent …": a
/// preposition of amount before a number or a share opens the subject of
/// the content, not a topic ("said about the plan").
fn opens_with_amount(w: &Words, s: usize, end: usize) -> bool {
    if s + 2 >= end || !matches!(w.lower(s), "about" | "over" | "under" | "nearly" | "roughly") {
        return false;
    }
    let next = w.lower(s + 1);
    next.starts_with(|c: char| c.is_ascii_digit()) || crate::lexicon::is_number_word(next) || matches!(next, "half" | "a" | "one-third" | "two-thirds") && (next != "a" || matches!(w.lower(s + 2), "third" | "quarter" | "fifth" | "dozen"))
}

/// Where the clause after a sentence-initial "According to X," begins:
/// at `s` when the source phrase ended at its comma, else after the first
/// comma within 30 tokens, for a source longer than the phrase rules read
/// ("According to a just-released poll from Florida Atlantic University
/// broadcast on MSNBC, Trump leads" -> "Trump leads").
fn after_source(w: &Words, s: usize, end: usize, in_quote: &[bool]) -> usize {
    if s >= end || w.word(s) == "," {
        return s;
    }
    (s..end.min(s + 30)).take_while(|&k| !matches!(w.word(k), ";" | ":" | "." | "?" | "!")).find(|&k| w.word(k) == "," && !in_quote[k]).unwrap_or(s)
}

/// Words that open a time phrase after a cue: "late last week", "just
/// after midnight", "earlier on Monday".
fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "late" | "early" | "earlier" | "later" | "just" | "shortly" | "soon" | "last" | "this" | "next" | "yesterday" | "today" | "tonight" | "tomorrow" | "recently" | "again" | "once" | "twice" | "repeatedly" | "publicly" | "privately" | "afterward" | "afterwards" | "then"
    ) || crate::cues::is_weekday(word)
}

/// The phrase after "warned of", "spoke about": to the clause's end.
fn complement(w: &Words, s: usize, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    let limit = sentence.end.min(s + 150);
    let mut e = s;
    while e < limit && !ends_content(w, e, s, in_quote, frame_starts) {
        e += 1;
    }
    trim(w, s..e)
}

/// "Other major cleavages, according to the poll, include ideology …",
/// "His criticism, according to an interview, was …": "according to X" set
/// off by commas or dashes after words with no verb of their own sits
/// inside its content, which is the whole sentence.
fn according_inside(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool]) -> bool {
    let (start, end) = (f.extent.start, f.extent.end);
    let aside = |k: usize| matches!(w.word(k), "," | "—" | "–");
    if f.kind != CueKind::AccordingTo || w.lower(f.cue_tok) != "according" || start <= sentence.start + 1 || end + 2 >= sentence.end || !aside(start - 1) || !aside(end) {
        return false;
    }
    let verbless = !(sentence.start..start - 1).any(|k| in_quote[k] || w.looks_finite(k));
    let goes_on = (end + 1..sentence.end).filter(|&k| w.is_word(k)).count() >= 2;
    verbless && goes_on
}

/// The clause before "…, X said." or "…, according to X.".
fn content_before(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool]) -> Option<(Range<usize>, &'static str)> {
    if !matches!(f.kind, CueKind::Verb | CueKind::AccordingTo) {
        return None;
    }
    let start = f.extent.start;
    // "Ruiz leads in the latest poll.": no comma before a poll's "in"
    let poll = f.kind == CueKind::AccordingTo && w.lower(f.cue_tok) == "in";
    if start <= sentence.start || !poll && !comma_before(w, start, in_quote) {
        return None;
    }
    if poll {
        return poll_before(w, f, sentence, in_quote);
    }
    // "A trustee, who asked not to be named, said …": the relative clause
    // describes the speaker of another cue
    if f.speaker.as_ref().is_some_and(|p| matches!(w.lower(p.toks.start), "who" | "which" | "whom")) {
        return None;
    }
    let comma_in_quote = w.word(start - 1) != ",";
    let close = if comma_in_quote { start } else { start - 1 };
    // the rest of the sentence after the attribution is only adverbials
    // (up to a comma: "…, Fiorina said, adding that …" has its own clause)
    // ("…, according to the results of the latest poll released Monday.":
    // what follows "according to" at a sentence's end names the source)
    let tail_words = (f.extent.end..sentence.end).take_while(|&k| w.word(k) != ",").filter(|&k| w.is_word(k)).count();
    let source_ends_sentence = f.kind == CueKind::AccordingTo && (f.extent.end..sentence.end).all(|k| w.word(k) != "," && !in_quote[k]);
    if tail_words > 6 && !source_ends_sentence {
        return None;
    }
    let s = lead_in_start(w, start, sentence, in_quote);
    // "In an interview with TMZ Sports, Trump said: …", "In response, …":
    // a phrase that opens with a preposition and holds no verb is where
    // or when, not what
    if !comma_in_quote && matches!(w.lower(s), "in" | "on" | "at" | "during" | "after" | "before" | "with" | "for" | "from" | "by" | "under" | "following" | "since") && !(s..close).any(|k| in_quote[k] || w.looks_finite(k)) {
        return None;
    }
    let rule = if comma_in_quote { "reported::lead_in_quote" } else { "reported::content" };
    trim(w, s..close).map(|r| (r, rule))
}

/// "Ruiz held a 24-point lead in a CNN national poll.": the clause before
/// a named or dated poll at the sentence's end is its content; not the
/// plain "in the polls" ("a rise in the polls" is no report).
fn poll_before(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool]) -> Option<(Range<usize>, &'static str)> {
    let source = f.cue_tok + 1..f.extent.end;
    let named = source.clone().any(|k| w.is_capital(k) || matches!(w.lower(k), "latest" | "new" | "recent" | "same" | "this" | "that"));
    let ends = f.extent.end >= sentence.end || matches!(w.word(f.extent.end), "." | ";");
    if !named || !ends || (sentence.start..f.cue_tok).any(|k| in_quote[k]) {
        return None;
    }
    trim(w, lead_in_start(w, f.cue_tok, sentence, in_quote)..f.cue_tok).map(|r| (r, "reported::poll"))
}

/// Where the clause before a cue at `start` begins: the sentence start, or
/// after "X said that" earlier in the sentence; at most 150 tokens back.
fn lead_in_start(w: &Words, start: usize, sentence: Range<usize>, in_quote: &[bool]) -> usize {
    let s = sentence.start.max((start - 1).saturating_sub(150));
    for k in (s..start - 1).rev() {
        // not a noun: "in the 15 states that have voted", "the claims that",
        // "in states that vote in March"
        let noun = k > 0 && (matches!(w.lower(k - 1), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "these" | "those" | "many" | "all" | "other" | "in" | "of" | "for" | "from" | "with" | "by" | "on" | "at" | "among") || w.lower(k - 1).starts_with(|c: char| c.is_ascii_digit()));
        if !in_quote[k] && w.is_word(k) && !noun && speech_verb(w.lower(k)).is_some() && k + 1 < start && w.lower(k + 1) == "that" {
            return k + 2;
        }
    }
    s
}

/// A comma right before token `start` (> 0), or one inside the closing
/// quote mark there: "Nothing he said “will help,” the senator said." (the
/// content then keeps the mark). One mark only, not two apostrophes as in
/// `cues::quoted_comma_before`: for ''…'' quotes the lead-in rule made
/// false alarms on PolNeAR dev.
fn comma_before(w: &Words, start: usize, in_quote: &[bool]) -> bool {
    w.word(start - 1) == "," || start >= 2 && in_quote[start - 1] && w.word(start - 2) == "," && crate::cues::is_closing_mark(w.word(start - 1))
}


/// Whether token `k` ends content that began at `s`.
fn ends_content(w: &Words, k: usize, s: usize, in_quote: &[bool], frame_starts: &[bool]) -> bool {
    if in_quote[k] {
        return false;
    }
    let word = w.word(k);
    if word == ";" {
        return true;
    }
    // "said the plan was late and urged the council to act": a second verb
    // of the speaker, in the past tense, ends what was said (and "said she
    // had met him twice but said neither …"; "said they care little and
    // one in four said …": another speaker's cue, not after a name or a
    // pronoun, which may be a subject's first half: "said both he and
    // Rubio promised …")
    if matches!(word, "and" | "but") && k > s && k + 1 < w.toks.len() && !in_quote[k + 1] {
        let another = || !w.word(k - 1).chars().next().is_some_and(char::is_uppercase) && !matches!(w.lower(k - 1), "i" | "we" | "you" | "he" | "she" | "they" | "it");
        if second_cue_verb(w.lower(k + 1)) || frame_starts[k + 1] && another() {
            return true;
        }
    }
    // "said the deadlock kept us safe before claiming that …": what the
    // speaker did next
    if matches!(word, "before" | "after") && k > s + 1 && k + 1 < w.toks.len() && !in_quote[k + 1] && w.lower(k + 1).ends_with("ing") && w.lower(k + 1).len() > 5 {
        return true;
    }
    // the rest ends content at a comma, or after a comma inside a closing
    // quote mark (“non-negotiable,” rejecting …; the content keeps the
    // mark); `first` is the token after it
    let first = if word == "," {
        k + 1
    } else if crate::cues::quoted_comma_before(w, k, in_quote) {
        k
    } else {
        return false;
    };
    if first >= w.toks.len() || k == s {
        return false;
    }
    // "said the real extremist is Clinton, and he railed against …": a
    // pronoun and a verb in the past after ", and" go on with the story,
    // not with what was said (", and she would …" may be hers); after
    // ", but" any verb does ("said he will vote for her, but he hasn't
    // endorsed her", ", but there is growing anger …")
    if first + 2 < w.toks.len() && matches!(w.lower(first), "and" | "but") && !in_quote[first + 1] && matches!(w.lower(first + 1), "he" | "she" | "they" | "it" | "there" | "i" | "we") && (w.lower(first) == "but" || narrated_past(w.lower(first + 2))) {
        return true;
    }
    // "Trump, who said he admired Jewish stereotypes, declined to affirm
    // …": the verb of the subject that a relative clause interrupted
    if narrated_past(w.lower(first)) && w.lower(first).len() > 3 && first + 1 < w.toks.len() && !matches!(w.word(first + 1), "," | "." | "by") && (s.saturating_sub(12)..s).any(|j| matches!(w.lower(j), "who" | "which")) {
        return true;
    }
    // ", Trump said …": another speaker's attribution begins
    if frame_starts[first] {
        return true;
    }
    // ", though no decision has been made": the writer's own clause
    if matches!(w.lower(first), "though" | "although" | "while" | "whereas" | "as") {
        return true;
    }
    // ", adding that", ", but warned that", ", according to", ", urging"
    let mut n = first;
    if matches!(w.lower(n), "but" | "and" | "while" | "though" | "although") {
        n += 1;
    }
    if n >= w.toks.len() || in_quote[n] {
        return false;
    }
    // ", and other leaders said …": another speaker's attribution
    if n > first && frame_starts[n] {
        return true;
    }
    let next = w.lower(n);
    if next == "according" {
        return true;
    }
    // (", he said" / ", said X" right after the comma: the cue closes it)
    if let Some(form) = speech_verb(next) {
        return form.participle || n > first || form.class != VerbClass::Manner;
    }
    // ", rejecting US demands": a participle clause of the speaker's own
    // (not an aside in the content's subject, closed by a comma before its
    // verb: "says Millennials, numbering 75 million, surpassed …")
    let aside = || (n + 1..(n + 8).min(w.toks.len() - 1)).find(|&j| w.word(j) == "," || in_quote[j]).is_some_and(|j| w.word(j) == "," && !in_quote[j + 1] && w.looks_finite(j + 1));
    next.ends_with("ing") && next.len() > 5 && n == first && !w.word(n).chars().next().is_some_and(char::is_uppercase) && !aside()
}

/// A verb in the past that tells an action: "railed", "accused", "went";
/// not "was", "had", "would" (a state or a modal may be what was said).
fn narrated_past(word: &str) -> bool {
    !matches!(word, "was" | "were" | "had" | "could" | "would" | "should" | "might" | "did" | "said") && (word.ends_with("ed") || crate::lexicon::is_irregular_past(word))
}

/// A speech or belief verb in the past tense ("urged", "added", "told").
fn second_cue_verb(word: &str) -> bool {
    // ("said" and "told" are in no list of irregular pasts: a speech verb
    // there would make every "he said" look like a clause's verb)
    let past = word.ends_with("ed") || crate::lexicon::is_irregular_past(word) || matches!(word, "said" | "told");
    past && (speech_verb(word).is_some_and(|f| !f.participle) || crate::lexicon::belief_verb(word).is_some())
}

/// Drops outer punctuation (but not closing quote marks) from a content.
fn trim(w: &Words, r: Range<usize>) -> Option<Range<usize>> {
    let (mut s, mut e) = (r.start, r.end);
    while s < e && matches!(w.word(s), "," | ":" | "—" | "–" | "-" | "(") {
        s += 1;
    }
    while e > s && matches!(w.word(e - 1), "," | "." | ":" | ";" | "—" | "–" | "-" | "!" | "?" | ")") {
        e -= 1;
    }
    (s < e).then_some(s..e)
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules;
    use crate::{annotate, OffsetUnit, Options, SpanData};

    /// (content, speaker name, cue) of every reported-speech span of `text`.
    fn reported(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        doc.spans
            .iter()
            .filter_map(|s| match &s.data {
                SpanData::Quote { speaker, direct: false, cue } => Some((s.text.clone(), speaker.map(|e| doc.entities[e].name.clone()), cue.clone())),
                _ => None,
            })
            .collect()
    }

    fn r(content: &str, speaker: &str, cue: &str) -> (String, Option<String>, Option<String>) {
        (content.into(), Some(speaker.into()), Some(cue.into()))
    }

    #[test]
    fn content_after_the_cue_with_or_without_that() {
        assert_eq!(reported("Mayor Ana Ruiz said the port would reopen on Friday."), [r("the port would reopen on Friday", "Ana Ruiz", "said")]);
        assert_eq!(reported("The union told reporters that the strike would go on."), [r("the strike would go on", "The union", "told")]);
    }

    #[test]
    fn a_time_phrase_after_the_cue_is_no_content() {
        // the quote before keeps its speaker
        let text = "“We will appeal,” Ruiz said late last week.";
        assert_eq!(reported(text), []);
        assert_eq!(crate::test_support::direct_speakers(text), [Some("Ruiz".to_string())]);
        assert_eq!(reported("“No,” Ruiz said just after midnight on the radio."), []);
        // a time word that opens a clause does
        assert_eq!(reported("Ruiz said this was the last offer."), [r("this was the last offer", "Ruiz", "said")]);
    }

    #[test]
    fn a_one_word_answer_is_the_content() {
        assert_eq!(reported("Most drivers said yes in the survey."), [r("yes", "Most drivers", "said")]);
        assert_eq!(reported("The mayor said no, and the council agreed."), [r("no", "The mayor", "said")]);
        assert_eq!(reported("Two years ago, only a third of farmers said so publicly."), [r("so", "farmers", "said")]);
        // "no" that opens a noun phrase or goes on with "to" is not an answer
        assert_eq!(reported("Ruiz said no decision had been made."), [r("no decision had been made", "Ruiz", "said")]);
        assert!(!reported_rules("The council said no to the new bridge.").iter().any(|(_, rule)| *rule == "reported::answer"));
    }

    #[test]
    fn a_second_cue_ends_the_first_content() {
        let got = reported("Ruiz said talks were possible, but warned that the deadline was near.");
        assert_eq!(got, [r("talks were possible", "Ruiz", "said"), r("the deadline was near", "Ruiz", "warned")]);
        // "but said" with no comma: the first verb's subject speaks, and the
        // words before "but" are no name
        let got = reported("Clark declined to name the pilots but said the outcome was open.");
        assert_eq!(got.last(), Some(&r("the outcome was open", "Clark", "said")), "{got:?}");
        let got = reported("The port office refused to answer questions but said the ferry would sail.");
        assert_eq!(got.last(), Some(&r("the ferry would sail", "The port office", "said")), "{got:?}");
        // ", then says": the same speaker's next verb
        let got = reported("Ruiz offered the captain a job, then says she will welcome advice.");
        assert_eq!(got.last(), Some(&r("she will welcome advice", "Ruiz", "says")), "{got:?}");
        // an industry speaks
        assert_eq!(reported("The shipping industry says the harbour can handle it."), [r("the harbour can handle it", "The shipping industry", "says")]);
    }

    #[test]
    fn a_comma_inside_two_apostrophes_ends_a_content_as_inside_a_closing_mark() {
        let got = reported("Ruiz called the plan ''a disgrace,'' blaming the council.");
        assert_eq!(got[0].0, "the plan ''a disgrace,''", "{got:?}");
        let got = reported("Ruiz called the plan “a disgrace,” blaming the council.");
        assert_eq!(got[0].0, "the plan “a disgrace,”", "{got:?}");
    }

    #[test]
    fn content_before_the_cue_and_according_to() {
        assert_eq!(reported("The bridge will close for a year, the council said."), [r("The bridge will close for a year", "the council", "said")]);
        // an inverted cue after a comma, with a relative clause about the speaker
        assert_eq!(reported("The bridge will close, said an official who was briefed on the plan."), [r("The bridge will close", "an official", "said")]);
        assert_eq!(reported("According to the coast guard, two boats sank overnight."), [r("two boats sank overnight", "the coast guard", "According to")]);
        // a record and who made it, after "by" or "from", are one source
        assert_eq!(reported("Two boats sank, according to a tally by the Harbour Times."), [r("Two boats sank", "a tally by the Harbour Times", "according to")]);
    }

    #[test]
    fn that_before_a_whole_quote_makes_it_reported() {
        assert_eq!(reported_rules("The mayor said that “the bridge will open in May.”"), [("that “the bridge will open in May.”".to_string(), "reported::that_quote")]);
        assert!(reported("The mayor said: “The bridge will open in May.”").is_empty());
    }

    #[test]
    fn a_second_verb_of_the_speaker_ends_the_content() {
        assert_eq!(reported("The mayor said the bridge was unsafe and urged drivers to take the ferry."), [r("the bridge was unsafe", "The mayor", "said")]);
        // "and" between two clauses of what was said does not
        assert_eq!(reported("The mayor said the bridge was unsafe and the ferry was full."), [r("the bridge was unsafe and the ferry was full", "The mayor", "said")]);
        // "and said", "and told": the second verb opens a content of its own
        let got = reported("Ida Varga called the plan reckless and said the council would lose.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], r("the council would lose", "Ida Varga", "said"));
        assert!(!got[0].0.contains("said"), "{got:?}");
        // "before"/"after" and an -ing form: what the speaker did next
        let got = reported("Ida Varga said the ferry was safe before claiming that the bridge was not.");
        assert_eq!(got[0].0, "the ferry was safe", "{got:?}");
        // an aside in commas between the second verb and its "that"
        let got = reported("Ida Varga called the plan reckless and said, through an aide, that the council would lose.");
        assert_eq!(got.last().map(|g| g.0.as_str()), Some("the council would lose"), "{got:?}");
    }

    #[test]
    fn a_negated_or_modal_cue_has_its_content() {
        assert_eq!(reported("Ida Varga did not say why the port closed."), [r("why the port closed", "Ida Varga", "say")]);
        assert_eq!(reported("Ida Varga would not say whether the port would reopen."), [r("whether the port would reopen", "Ida Varga", "say")]);
        assert_eq!(reported("Ida Varga did not mention the port."), [r("the port", "Ida Varga", "mention")]);
        assert_eq!(reported("Ida Varga has never endorsed the toll."), [r("the toll", "Ida Varga", "endorsed")]);
        assert_eq!(reported("Ida Varga didn't mention the port."), [r("the port", "Ida Varga", "mention")]);
        // "when", "where", "if" after a negated cue open what went unsaid
        assert_eq!(reported("Ida Varga would not say when the port would reopen."), [r("when the port would reopen", "Ida Varga", "say")]);
        // (a plain "said when" is a time: "Ida Varga said when she landed that …")
        // with a holder that resolves to no one, none
        assert!(reported("It does not explain why the port closed.").is_empty());
    }

    #[test]
    fn the_verb_after_a_relative_clause_ends_its_content() {
        let got = reported("Ruiz, who said the port was safe, declined to comment on the ruling.");
        assert_eq!(got[0], r("the port was safe", "Ruiz", "said"));
        // a participle after the comma stays; without a relative clause before
        // the cue the rule is not sure whose verb a past is, and leaves it in
        assert_eq!(reported("Ruiz said the port was closed, flooded by the storm.")[0].0, "the port was closed, flooded by the storm");
        assert_eq!(reported("Ruiz said the port was safe, closed the gates and left.")[0].0, "the port was safe, closed the gates and left");
    }

    #[test]
    fn another_speakers_cue_after_and_or_but_ends_the_content() {
        // a new subject and its speech verb
        let got = reported("One in three riders said the service was poor and one in four said it was getting worse.");
        assert_eq!(got, [r("the service was poor", "One in three riders", "said"), r("it was getting worse", "one in four", "said")]);
        let got = reported("Ida Varga said the ferry was late, and other officials said the harbour was closed.");
        assert_eq!(got[0], r("the ferry was late", "Ida Varga", "said"));
        // the same speaker's "but said"
        let got = reported("Ida Varga said she had met the minister twice but said neither meeting went well.");
        assert_eq!(got[0], r("she had met the minister twice", "Ida Varga", "said"));
        // a subject's first half is not cut off: "both he and Tomas Berg
        // promised" is one clause of what was said
        let got = reported("Ida Varga said both he and Tomas Berg promised to rebuild the pier.");
        assert_eq!(got[0], r("both he and Tomas Berg promised to rebuild the pier", "Ida Varga", "said"));
    }

    #[test]
    fn a_gerund_after_by_or_after_speaks_for_the_subject() {
        assert_eq!(reported("Ida Varga answered the critics by saying the ferry was safe."), [r("the ferry was safe", "Ida Varga", "saying")]);
        assert_eq!(reported("The bank ended its meeting on Friday after announcing it would cut rates."), [r("it would cut rates", "The bank", "announcing")]);
        // opening the sentence, its subject comes after it: left out
        assert!(reported("After saying the ferry was safe, Varga left the room.").is_empty());
    }

    #[test]
    fn a_verb_that_needs_that_closing_its_sentence_has_the_clause_before() {
        assert_eq!(reported("The harbour will reopen on Friday, the minister confirmed."), [r("The harbour will reopen on Friday", "the minister", "confirmed")]);
        assert_eq!(reported("Varga will do well in the post, Berg maintains."), [r("Varga will do well in the post", "Berg", "maintains")]);
        // no person or source before the verb: "continued" tells what went on
        assert!(reported("Even after the growth cooled, the borrowing continued.").is_empty());
    }

    #[test]
    fn that_after_a_noun_in_the_sentence_opens_no_content() {
        // "states that" after "in" is a noun and its relative clause
        let got = reported("Ruiz has strong prospects in states that vote in March, the memo said.");
        assert_eq!(got[0].0, "Ruiz has strong prospects in states that vote in March");
    }

    #[test]
    fn a_content_ending_at_a_comma_inside_quote_marks_keeps_the_closing_mark() {
        let got = reported("Ida Varga said the plan was “dead on arrival,” adding that she would vote against it.");
        assert_eq!(got[0], r("the plan was “dead on arrival,”", "Ida Varga", "said"));
        let got = reported("Ida Varga called the plan “a disgrace,” and I agree.");
        assert_eq!(got[0].0, "the plan “a disgrace,”");
    }

    #[test]
    fn what_called_names_ends_with_the_quoted_name() {
        let got = reported("Ruiz called the merger “a terrible deal” and ranked the bank among the worst.");
        assert_eq!(got[0].0, "the merger “a terrible deal”");
        let got = reported("Ruiz called him a “moderate,” a subtle dig at a rival.");
        assert_eq!(got[0].0, "him a “moderate,”");
        // two quoted names joined by "and" are one list
        let got = reported("Ruiz called the plan “reckless” and “cruel.”");
        assert_eq!(got[0].0, "the plan “reckless” and “cruel.”");
        // other verbs keep what follows the quote
        let got = reported("Ruiz said the merger was “a terrible deal” and the bank would fail.");
        assert_eq!(got[0].0, "the merger was “a terrible deal” and the bank would fail");
    }

    #[test]
    fn a_long_source_after_according_to_ends_the_sentence() {
        let got = reported("The mayor leads by nine points, according to the results of a new poll released by the local university on Monday.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "The mayor leads by nine points");
    }

    #[test]
    fn words_before_a_quote_belong_to_the_content() {
        assert_eq!(reported_rules("Nothing in the plan “will lower the rents,” the union said."), [("Nothing in the plan “will lower the rents,”".to_string(), "reported::lead_in_quote")]);
        // a quote alone before the cue stays a direct quote only
        assert!(reported("“The rents will fall,” the union said.").is_empty());
    }

    #[test]
    fn a_clause_after_the_cue_does_not_hide_the_content_before_it() {
        let got = reported("The ferry will run again in May, the mayor said, adding that repairs were done.");
        assert_eq!(got[0], r("The ferry will run again in May", "the mayor", "said"));
    }

    #[test]
    fn a_comma_after_the_verb_may_open_the_content() {
        assert_eq!(reported("Ruiz says, win or lose, she is staying in the race."), [r("win or lose, she is staying in the race", "Ruiz", "says")]);
        // not an aside, an inverted speaker's apposition or a cue set off by commas
        assert!(reported("Ruiz said, adding nothing, that she would stay.").iter().all(|(t, ..)| !t.starts_with("adding")));
        assert_eq!(reported("The port, Ruiz said, will close in May.")[0].0, "The port, Ruiz said, will close in May");
    }

    #[test]
    fn a_participle_aside_in_the_content_does_not_end_it() {
        assert_eq!(reported("The bureau says riders, numbering two million, surpassed drivers in 2015.")[0].0, "riders, numbering two million, surpassed drivers in 2015");
        // a participle clause after the content does
        assert_eq!(reported("The union said the strike was over, rejecting the offer.")[0].0, "the strike was over");
    }

    #[test]
    fn orders_and_adverbials_are_not_content() {
        // after a statement, ", urging …" is the speaker's advice, no report
        // (a finite "urged X to" is a request: see request.rs)
        assert!(reported("The storm will grow, the minister said, urging fishermen to stay in port.").iter().all(|(t, ..)| !t.contains("fishermen")));
        assert!(reported("She spoke after the meeting ended.").is_empty());
    }

    #[test]
    fn reported_takes_a_clause_without_that() {
        assert_eq!(reported("The Chronicle reported the port would reopen in May."), [r("the port would reopen in May", "Chronicle", "reported")]);
        // a participle before a noun, a preposition or a passive is no cue
        assert!(reported("The reported deal collapsed in May.").is_empty());
        assert!(reported("The Chronicle reported on the vote.").is_empty());
        assert!(reported("The deal was reported in May.").is_empty());
    }

    #[test]
    fn the_medium_and_time_before_a_clause_without_that() {
        assert_eq!(reported("The port authority said in a statement Thursday night it would reopen the dock."), [r("it would reopen the dock", "The port authority", "said")]);
        // no clause after the medium: no content
        assert!(reported("The port authority said in a statement released by its lawyers.").is_empty());
    }

    #[test]
    fn talk_and_speak_with_their_topic() {
        assert_eq!(reported("Ida Varga talked about the ferry schedule."), [r("the ferry schedule", "Ida Varga", "talked")]);
        assert_eq!(reported("Ida Varga spoke of reform and jobs."), [r("reform and jobs", "Ida Varga", "spoke")]);
        // no topic: no attribution, and no speaker for what follows
        assert!(reported("As Ida Varga spoke, the council rose.").is_empty());
        assert!(reported("The official spoke on condition of anonymity because the talks are secret.").is_empty());
        assert!(reported("The talks collapsed on Friday.").is_empty());
    }

    #[test]
    fn what_a_speaker_points_to_or_out() {
        assert_eq!(reported("Ida Varga pointed to the rising rents in the harbour."), [r("the rising rents in the harbour", "Ida Varga", "pointed to")]);
        assert_eq!(reported("Ida Varga pointed out that rents rose."), [r("rents rose", "Ida Varga", "pointed out")]);
        // "point" alone, and the noun, attribute nothing
        assert!(reported("Ida Varga leads by five points to three.").is_empty());
        assert!(reported("At one point, Ida Varga left the hall.").is_empty());
    }

    #[test]
    fn according_to_inside_a_sentence_after_verbless_words() {
        assert_eq!(reported("The harbour plan, according to the mayor, failed badly.")[0].0, "The harbour plan, according to the mayor, failed badly");
        // nothing after the source: the clause before it
        assert_eq!(reported("The harbour plan failed, according to the mayor.")[0].0, "The harbour plan failed");
    }

    #[test]
    fn a_place_or_time_before_the_cue_is_no_content() {
        // where or when, with no verb: not what was said
        assert!(reported("In an interview with the harbour radio, Ida Varga said: “We will stay.”").is_empty());
        assert!(reported("On the subject of the ferry, Ida Varga said nothing.").is_empty());
        // a clause after the preposition is
        assert_eq!(reported("In the end the ferry failed, Ida Varga said.")[0].0, "In the end the ferry failed");
    }

    #[test]
    fn the_people_a_poll_asked() {
        assert_eq!(reported("Again, those surveyed said the ferry should stay."), [r("the ferry should stay", "those surveyed", "said")]);
        assert_eq!(reported("Farmers polled say the harvest will be late."), [r("the harvest will be late", "Farmers polled", "say")]);
    }

    #[test]
    fn a_quote_inside_the_apposition_before_the_verb() {
        let got = reported("Ida Varga, who calls the ferry “a relic,” said the council would replace it.");
        assert_eq!(got.last(), Some(&r("the council would replace it", "Ida Varga", "said")), "{got:?}");
    }

    #[test]
    fn a_long_source_or_a_preposition_after_a_leading_according_to() {
        // the source runs on past what the phrase rules read: the content
        // begins after its comma
        let got = reported("According to a survey from the state university released on Monday, most drivers want lower tolls.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "most drivers want lower tolls");
        // a content may open with a preposition or a time word
        assert_eq!(reported("According to the port authority, about forty ships were delayed.")[0].0, "about forty ships were delayed");
        // after a colon or a parenthesis "According to" opens its clause
        assert_eq!(reported("Traffic was slow (According to the police, the bridge was shut.)")[0].0, "the bridge was shut");
        // a dash mostly closes a clause: what stands between dashes is no content
        assert!(reported("The bridge is shut — for now — according to the police.").iter().all(|(t, ..)| t != "for now"));
    }

    #[test]
    fn a_subordinate_clause_may_open_the_content() {
        assert_eq!(reported("Mayor Ruiz said if the levy passes, the ferry will run all winter."), [r("if the levy passes, the ferry will run all winter", "Ruiz", "said")]);
        assert_eq!(reported("Ruiz said because the port is closed prices will rise.")[0].0, "because the port is closed prices will rise");
        // no main clause after it, "because of", a question: no such content
        assert!(reported("Ruiz said so because she was tired.").iter().all(|(t, ..)| !t.starts_with("because")));
        assert!(reported("Ruiz said because of the storm.").is_empty());
        assert!(reported("The reporter asked if the ferry would run and when it would stop.").iter().all(|(_, _, cue)| cue.as_deref() == Some("asked")));
    }

    #[test]
    fn a_speech_noun_before_that_is_no_cue_for_the_clause_before() {
        // "states" and "claims" are nouns here: the content runs from the
        // sentence start
        let got = reported("Turnout fell in the 15 states that held primaries, according to the county clerks.");
        assert_eq!(got[0].0, "Turnout fell in the 15 states that held primaries");
        // a verb before "that" still opens the clause ("she said that …")
        let got = reported("Ruiz said that turnout fell, according to the county clerks.");
        assert!(got.iter().all(|(t, ..)| !t.starts_with("Ruiz")));
    }

    #[test]
    fn an_amount_after_the_cue_opens_the_content() {
        assert_eq!(reported("The port office said about half of the ships were late."), [r("about half of the ships were late", "The port office", "said")]);
        assert_eq!(reported("Ruiz said over 40 ships were late.")[0].0, "over 40 ships were late");
        // a topic is no content
        assert!(reported("Ruiz said about the ships that nothing was decided.").iter().all(|(t, ..)| !t.starts_with("about")));
    }

    #[test]
    fn a_cue_in_an_opening_subordinate_clause_ends_its_content_at_the_comma() {
        assert_eq!(reported("While Ruiz said that the port would reopen, she gave no date.")[0].0, "the port would reopen");
        assert_eq!(reported("When the mayor said the ferry was safe, nobody believed her.")[0].0, "the ferry was safe");
        // words between the conjunction and the cue, a cue after a preposition
        assert_eq!(reported("If we read the mayor right when she says the ferry is safe, it will sail.")[0].0, "the ferry is safe");
        assert_eq!(reported("In a year in which most voters say the ferry is late, the mayor resigned.")[0].0, "the ferry is late");
        // a main clause's content runs on past its commas, and so does one
        // whose opening clause has closed before the cue
        assert_eq!(reported("Ruiz said that the port, which flooded, would reopen.")[0].0, "the port, which flooded, would reopen");
        assert_eq!(reported("While the port was shut, Ruiz said the ferry, the bus and the train were full.")[0].0, "the ferry, the bus and the train were full");
    }

    #[test]
    fn a_pronoun_and_a_past_action_after_a_comma_end_the_content() {
        assert_eq!(reported("Ruiz said the port was unsafe, and she railed against the council.")[0].0, "the port was unsafe");
        // a state or a modal may still be what was said
        assert_eq!(reported("Ruiz said the port was unsafe, and she would not use it.")[0].0, "the port was unsafe, and she would not use it");
        // after "but" any verb of a pronoun's goes on with the story
        assert_eq!(reported("Ruiz has said she will back the plan, but she has not signed it.")[0].0, "she will back the plan");
        assert_eq!(reported("Ruiz said the port was safe, but there is no sign of ships.")[0].0, "the port was safe");
    }

    #[test]
    fn a_poll_after_in_is_a_source() {
        assert_eq!(reported("In a Harbour Times poll released Monday, Ruiz led Arno by nine points."), [r("Ruiz led Arno by nine points", "a Harbour Times poll released Monday", "In")]);
        assert_eq!(reported("Ruiz held a nine-point lead in the latest Harbour Times survey.")[0].0, "Ruiz held a nine-point lead");
        // the plain "in the polls", a poll word inside a clause or a noun
        // after it: no source
        assert!(reported("Ruiz has risen in the polls.").is_empty());
        assert!(reported("Ruiz won the third week in a row that the Harbour Times poll has shown.").is_empty());
        assert!(reported("Ruiz waited in polling places for hours.").is_empty());
    }

    #[test]
    fn prepositional_complements() {
        assert_eq!(reported("The union warned of a long and bitter strike."), [r("a long and bitter strike", "The union", "warned")]);
        // a new clause ends the noun phrase after the preposition
        assert_eq!(reported("The rabbis called for a boycott of the speech, and the league joined them.")[0].0, "a boycott of the speech");
        assert_eq!(reported("Dock workers rallied, calling for the chief's firing and carrying signs.")[0].0, "the chief's firing");
        // "to" and a verb keep their clause whole
        assert_eq!(reported("The union vowed to strike, and to stay out until May.")[0].0, "to strike, and to stay out until May");
    }
}
