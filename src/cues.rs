//! Speech cues and their speakers: "X said", "said X", "X told reporters",
//! "according to X", "X, a Labour MP, said", ", adding that" (the speaker
//! of the clause before), "quoted X as saying".
//!
//! A cue inside quotation marks is part of what someone said, not an
//! attribution, and is skipped. So are nouns ("a report"), infinitives
//! ("declined to comment") and passives ("was told").

use crate::lexicon::{speech_verb, VerbClass};
use crate::phrases::{Phrase, PhraseKind, Words};
use std::ops::Range;

/// A speech cue with the phrase that names its speaker.
#[derive(Clone, Debug)]
pub struct Frame {
    /// Token index of the cue's (first) word.
    pub cue_tok: usize,
    /// Byte range of the cue words ("said", "according to").
    pub cue: Range<usize>,
    pub class: VerbClass,
    pub kind: CueKind,
    pub speaker: Option<Phrase>,
    /// Tokens covered by speaker and cue together.
    pub extent: Range<usize>,
    /// Token where reported content may start (after "that", after the object).
    pub content_from: usize,
    /// Entity, once resolved.
    pub entity: Option<usize>,
    /// Reports speech only when "that" follows ("maintained that").
    pub needs_that: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// "X said", "said X".
    Verb,
    /// ", adding that …": the speaker is the one of the clause before.
    Participle,
    /// "according to X".
    AccordingTo,
    /// "a warning from X that …", "quoted X as saying …".
    Source,
}

/// Words between a subject and its verb that do not break "X said".
/// (and a negation or a modal, [`is_negation_or_modal`]: "did not
/// mention", "has never endorsed", "would not say")
const BETWEEN_SUBJECT_AND_VERB: &[&str] = &["has", "been", "further", "later", "also", "then", "once", "again", "have", "had", "previously", "would", "will", "repeatedly", "yet", "publicly", "privately", "recently", "reportedly", "once", "further", "flatly", "firmly", "simply", "only", "just", "quickly", "initially", "earlier", "subsequently", "angrily", "bluntly", "calmly", "quietly", "loudly", "openly", "separately", "already", "often", "frequently", "long", "ultimately", "finally", "immediately", "first", "herself", "himself", "themselves", "itself", "all", "both", "each", "overall", "alike", "too", "instead", "nonetheless", "still", "is", "was", "were", "are", "did", "does", "do"];

/// A negation or a modal between subject and cue: "not", "never",
/// "didn't", "could", "might".
pub fn is_negation_or_modal(word: &str) -> bool {
    matches!(word, "not" | "never" | "could" | "can" | "may" | "might" | "should" | "must" | "cannot") || word.ends_with("n't") || word.ends_with("n’t")
}

/// Whether a negation or a modal stands between the speaker of `f` and its
/// cue: "Ruiz did not say …", "Ruiz would not say …".
pub fn is_negated(w: &Words, f: &Frame) -> bool {
    f.speaker.as_ref().is_some_and(|p| (p.toks.end..f.cue_tok).any(|k| is_negation_or_modal(w.lower(k))))
}

pub fn find(w: &Words, in_quote: &[bool]) -> Vec<Frame> {
    let mut frames = Vec::new();
    let mut i = 0;
    if let Some(f) = label_frame(w, in_quote) {
        i = f.extent.end;
        frames.push(f);
    }
    while i < w.toks.len() {
        if !in_quote[i] && w.is_word(i) {
            if let Some(f) = frame_at(w, i, in_quote) {
                i = f.extent.end.max(i + 1);
                frames.push(f);
                continue;
            }
        }
        i += 1;
    }
    frames
}

fn frame_at(w: &Words, i: usize, in_quote: &[bool]) -> Option<Frame> {
    let lower = w.lower(i);
    if lower == "according" && w.toks.get(i + 1).is_some_and(|_| w.lower(i + 1) == "to") {
        // "according to the coast guard, …": whatever stands before the comma
        let speaker = w.starting_at(i + 2).or_else(|| loose_source(w, i + 2)).filter(|p| !in_quote[p.toks.start]);
        let end = speaker.as_ref().map_or(i + 2, |p| p.toks.end);
        let speaker = speaker.map(|p| apposition_after(w, with_agent(w, p, in_quote), in_quote));
        return Some(Frame { cue_tok: i, cue: w.toks[i].start..w.toks[i + 1].end, class: VerbClass::Say, kind: CueKind::AccordingTo, speaker, extent: i..end, content_from: end, entity: None, needs_that: false });
    }
    if lower == "in" {
        return poll_frame(w, i, in_quote);
    }
    if let Some(f) = source_noun_frame(w, i, lower, in_quote).or_else(|| possessive_noun_frame(w, i, lower, in_quote)) {
        return Some(f);
    }
    if let Some(f) = as_x_put_it(w, i, lower, in_quote) {
        return Some(f);
    }
    if lower == "quoted" {
        if let Some(f) = quoted_as_saying(w, i, in_quote) {
            return Some(f);
        }
    }
    if i + 1 < w.toks.len() && crate::lexicon::is_phrasal_cue(lower, w.lower(i + 1)) {
        return phrasal_frame(w, i, in_quote);
    }
    let form = speech_verb(lower)?;
    // "talked about the wall", "spoke of reform", "spoke: “…”": "talk" and
    // "speak" attribute only with what was spoken about or a quote; "As
    // the young woman spoke, he rose" names no speaker of anything, and
    // "speaking on condition of anonymity", "spoke on Monday" no topic
    // ("point" attributes only as "point out" or "point to": phrasal_frame)
    if matches!(lower, "point" | "points" | "pointed" | "pointing") {
        return None;
    }
    if matches!(lower, "talk" | "talks" | "talked" | "talking" | "speak" | "speaks" | "spoke" | "speaking") {
        let next = if i + 1 < w.toks.len() { w.lower(i + 1) } else { "" };
        let quoted = i > 0 && in_quote[i - 1] || in_quote.get(i + 1).copied().unwrap_or(false) || next == ":";
        if !quoted && !matches!(next, "about" | "of" | "against") {
            return None;
        }
    }
    verb_frame(w, i, in_quote, form)
}

/// "In a CNN poll released Monday, Ruiz leads by nine points." / "Ruiz
/// leads in the latest polls.": a poll or survey after "in" is the source
/// of the clause beside it, as "according to" would make it. The phrase
/// holds a poll word within its first six words and runs to a comma, a
/// full stop or a semicolon (at most 14 words): "in the RealClearPolitics
/// average of New Hampshire polls". Not "a rise in the polls has …".
fn poll_frame(w: &Words, i: usize, in_quote: &[bool]) -> Option<Frame> {
    let n = w.toks.len();
    let from = i + 1;
    let end = (from..n.min(from + 15)).find(|&k| !w.is_word(k) || in_quote[k])?;
    if end == from || !matches!(w.word(end), "," | "." | ";") {
        return None;
    }
    let head = (from..end.min(from + 6)).find(|&k| crate::lexicon::is_poll_noun(w.lower(k)))?;
    // "in polling places", "in poll workers' hands": a noun after it
    if head + 1 < end && !crate::lexicon::is_function_word(w.lower(head + 1)) && !w.lower(head + 1).ends_with("ed") && !is_time_noun(w.lower(head + 1)) && !is_weekday(w.lower(head + 1)) {
        return None;
    }
    // before the poll word a determiner, then modifiers only ("in a row
    // that the Rasmussen poll has shown" is no poll phrase); after it no
    // clause ("in the polls nationally and in every other state")
    let first = usize::from(matches!(w.lower(from), "a" | "an" | "the" | "this" | "that" | "these" | "its" | "their" | "our" | "his" | "her"));
    if (from + first..head).any(|k| crate::lexicon::is_function_word(w.lower(k))) || (head + 1..end).any(|k| matches!(w.lower(k), "that" | "which" | "who" | "and" | "or" | "but") || w.lower(k).ends_with("ly") || w.looks_finite(k) && !w.lower(k).ends_with("ed")) {
        return None;
    }
    let speaker = w.loose_description(from..end);
    Some(Frame { cue_tok: i, cue: w.toks[i].range(), class: VerbClass::Say, kind: CueKind::AccordingTo, speaker: Some(speaker), extent: i..end, content_from: end, entity: None, needs_that: false })
}

/// Whether `f` is a poll's frame (see `poll_frame`).
pub fn is_poll_frame(w: &Words, f: &Frame) -> bool {
    f.kind == CueKind::AccordingTo && w.lower(f.cue_tok) == "in"
}

/// A verb and its particle as one cue: "Sanders shot back, “…”", "“…,” her
/// husband cut in.". The particle belongs to the cue, so a quote right
/// after it is the cue's; a verb that is no speech verb alone is a manner
/// verb here (no reported content).
fn phrasal_frame(w: &Words, i: usize, in_quote: &[bool]) -> Option<Frame> {
    let lower = w.lower(i);
    let form = speech_verb(lower).unwrap_or(crate::lexicon::VerbForm { class: VerbClass::Manner, participle: lower.ends_with("ing"), needs_that: false });
    let mut f = verb_frame(w, i, in_quote, form)?;
    f.cue = w.toks[i].start..w.toks[i + 1].end;
    if f.extent.end == i + 1 {
        f.extent.end = i + 2;
    }
    f.content_from = f.content_from.max(content_start(w, i + 2, form.class));
    Some(f)
}

/// Frames of belief, intention and evidence verbs ("Ruiz believes …",
/// "the survey found that …"). Kept apart from speech cues: they give
/// reported content but never a direct quote's speaker.
pub fn find_beliefs(w: &Words, in_quote: &[bool]) -> Vec<Frame> {
    (0..w.toks.len())
        .filter(|&i| !in_quote[i] && w.is_word(i))
        .filter_map(|i| {
            let form = crate::lexicon::belief_verb(w.lower(i))?;
            match form.class {
                VerbClass::Belief(t) if t.question => question_frame(w, i, in_quote, form),
                _ => verb_frame(w, i, in_quote, form),
            }
        })
        .collect()
}

/// "asked Ruiz whether …", "Asked on Monday about the vote, …": a
/// question verb, then at most six words (the one asked, a time or a
/// place), then a question word, which opens the content. A passive
/// ("Asked …", "when asked", "was asked") names no asker: the one who
/// answers is not the one who asked.
fn question_frame(w: &Words, i: usize, in_quote: &[bool], form: crate::lexicon::VerbForm) -> Option<Frame> {
    let n = w.toks.len();
    let q = (i + 1..n.min(i + 8)).take_while(|&k| w.is_word(k) && !in_quote[k]).find(|&k| is_question_word(w.lower(k)))?;
    // "asked to leave", "asked for a recount", "asked that …": no question
    if q + 1 >= n || (i + 1..q).any(|k| matches!(w.lower(k), "to" | "for" | "that")) {
        return None;
    }
    // "Ruiz asked the council why …": the speech cue "asked" already takes
    // the question as its content, except after "if", "when", "where"
    let spoken = speech_verb(w.lower(i)).is_some_and(|f| f.class != VerbClass::Manner) && !matches!(w.lower(q), "if" | "when" | "where");
    let prev = if i > 0 { w.lower(i - 1) } else { "" };
    let passive = i == 0 || w.is_capital(i) || matches!(prev, "was" | "were" | "been" | "being" | "is" | "are" | "be" | "when" | "while" | "if" | "after" | "once");
    // "when asked by a reporter if …": the one after "by" asked
    let by = (i + 1..q).find(|&k| w.lower(k) == "by").and_then(|k| w.starting_at(k + 1)).filter(|p| p.toks.end <= q && !in_quote[p.toks.start]);
    let (speaker, extent) = match (by, passive) {
        (Some(p), true) => (Some(p), i..i + 1),
        (None, true) => (None, i..i + 1),
        _ if spoken => return None,
        _ => match speaker_of(w, i, in_quote) {
            Some((p, e)) => (Some(p), e),
            None => (None, i..i + 1),
        },
    };
    Some(Frame { cue_tok: i, cue: w.toks[i].range(), class: form.class, kind: CueKind::Verb, speaker, extent, content_from: q, entity: None, needs_that: false })
}

/// Words that open an indirect question: "whether", "if", "why", and
/// "about" for its topic ("asked about the vote").
fn is_question_word(word: &str) -> bool {
    matches!(word, "whether" | "if" | "what" | "who" | "whom" | "why" | "which" | "how" | "when" | "where" | "about")
}

/// The frame of the verb form `form` at `i`, with its speaker.
fn verb_frame(w: &Words, i: usize, in_quote: &[bool], form: crate::lexicon::VerbForm) -> Option<Frame> {
    if !is_verb_use(w, i, form.participle) || is_capitalised_noun(w, i) {
        return None;
    }
    let cue = w.toks[i].range();
    if form.participle && i > 0 && is_progressive(w, i - 1) {
        let (speaker, extent) = speaker_of(w, i, in_quote)?;
        let content_from = content_start(w, i + 1, form.class);
        return Some(Frame { cue_tok: i, cue, class: form.class, kind: CueKind::Verb, speaker: Some(speaker), extent, content_from, entity: None, needs_that: form.needs_that });
    }
    if form.participle {
        // ", saying", "– saying": the speaker is the clause's subject (and
        // "responded by saying …", "after announcing …": a gerund of hers;
        // not one opening the sentence, "After saying …, she left", whose
        // subject comes after it, nor "criticized for saying …", whose
        // sayer is often another than the subject)
        if i > 0 && (matches!(w.word(i - 1), "," | "—" | "–" | "and") || is_gerund_preposition(w.word(i - 1))) {
            let content_from = content_start(w, i + 1, form.class);
            return Some(Frame { cue_tok: i, cue, class: form.class, kind: CueKind::Participle, speaker: None, extent: i..i + 1, content_from, entity: None, needs_that: false });
        }
        // "with Cruz recently promising to “carpet bomb them”": the subject
        // of an absolute clause after "with" speaks
        let (speaker, extent) = speaker_of(w, i, in_quote).filter(|(p, _)| p.toks.start > 0 && w.lower(p.toks.start - 1) == "with")?;
        let content_from = content_start(w, i + 1, form.class);
        return Some(Frame { cue_tok: i, cue, class: form.class, kind: CueKind::Verb, speaker: Some(speaker), extent, content_from, entity: None, needs_that: form.needs_that });
    }
    // ", but warned that …", "and added", "declined to name them but said
    // …", ", then says …", "and then told": a second verb of the same
    // speaker
    let then = i > 1 && w.lower(i - 1) == "then" && matches!(w.word(i - 2), "," | "and");
    if i > 0 && matches!(w.lower(i - 1), "but" | "and") || then {
        let content_from = content_start(w, i + 1, form.class);
        return Some(Frame { cue_tok: i, cue, class: form.class, kind: CueKind::Participle, speaker: None, extent: i..i + 1, content_from, entity: None, needs_that: false });
    }
    let (speaker, extent) = speaker_of(w, i, in_quote)?;
    // "declined a Department of Defense offer": after "a" and a name, a
    // stance verb is a noun the name qualifies ("a Pentagon offer", "an NRA
    // attack"; but "a New York Times report found" reports)
    let s = speaker.toks.start;
    let stance = matches!(form.class, VerbClass::Belief(t) if t.object);
    if stance && s > 0 && s < i && matches!(speaker.kind, PhraseKind::Name { .. }) && matches!(w.lower(s - 1), "a" | "an") {
        return None;
    }
    let after = if extent.end > i + 1 { extent.end } else { i + 1 };
    // “…,” said the man who built his career …: an inverted cue right after
    // a quote has that quote as its content; what follows the speaker
    // describes the speaker ("who built …", "of Washington, who …")
    // ("…, said an official who was briefed on it": after a comma, a
    // relative clause that describes the speaker)
    let describes_speaker = extent.end < w.toks.len() && matches!(w.lower(extent.end), "who" | "whose" | "which");
    // "“…,” Clinton told a cheering throng in Tampa": after a quote that
    // its subject closes, the verb's content is that quote; the words
    // after it name the hearer, the place and the time
    // (a verb that takes a hearer: "told", "assured"; not "said", whose
    // next words may be a clause of its own: "“…,” Issa said Clinton's
    // judgment is in question")
    let after_quote = form.class == VerbClass::Tell && s >= 2 && s < i && in_quote[s - 1] && is_closing_mark(w.word(s - 1)) && matches!(w.word(s - 2), "," | "?" | "!");
    let no_content_after = extent.start == i && i > 0 && (in_quote[i - 1] || w.word(i - 1) == "," && describes_speaker) || after_quote;
    let content_from = if no_content_after { w.toks.len() } else { content_start(w, after, form.class) };
    Some(Frame { cue_tok: i, cue, class: form.class, kind: CueKind::Verb, speaker: Some(speaker), extent, content_from, entity: None, needs_that: form.needs_that })
}

/// A comma inside the closing quote marks right before token `i`:
/// “reckless,” or, in two apostrophes, ''reckless,''.
pub fn quoted_comma_before(w: &Words, i: usize, in_quote: &[bool]) -> bool {
    let mut k = i;
    while k > 0 && i - k < 2 && in_quote[k - 1] && is_closing_mark(w.word(k - 1)) {
        k -= 1;
    }
    k < i && k > 0 && in_quote[k - 1] && w.word(k - 1) == ","
}

/// A closing quotation mark as a token (two apostrophes are two tokens).
pub fn is_closing_mark(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’" | "'" | "»")
}

/// A preposition (in lower case, so not opening the sentence) before a
/// speech gerund that speaks for the clause's subject: "by saying",
/// "after announcing" (reported::content leaves the gerund's content out
/// when no subject is found).
pub fn is_gerund_preposition(word: &str) -> bool {
    matches!(word, "by" | "after" | "before" | "while")
}

/// "is", "are", "was", "were", or a pronoun with 's before an -ing cue:
/// "He’s claiming that", "Trump is insisting".
fn is_progressive(w: &Words, k: usize) -> bool {
    let lower = w.lower(k);
    matches!(lower, "is" | "are" | "was" | "were" | "am" | "been") || lower.ends_with("'s") && w.pronoun(k).is_some()
}

/// "Pence: Flowers Won’t Be at Debate" — a headline or a transcript line
/// that opens with a name and a colon: the name speaks what follows.
fn label_frame(w: &Words, in_quote: &[bool]) -> Option<Frame> {
    let colon = (1..w.toks.len().min(6)).find(|&k| w.word(k) == ":")?;
    if in_quote[colon] || !w.is_capital(0) {
        return None;
    }
    // "Q:" and "Photo:", "Topics:" are no speakers
    if (0..colon).any(|k| crate::lexicon::is_page_label(w.lower(k))) || colon == 1 && w.word(0).chars().count() == 1 {
        return None;
    }
    let p = w.ending_at(colon - 1).filter(|p| p.toks.start == 0 && matches!(p.kind, PhraseKind::Name { .. } | PhraseKind::Description { .. }))?;
    // "Bernie Sanders: 1,501.", "Iowa: Tim Albrecht, Brad Anderson, Rob
    // Barron, …": a tally or a roll of names after the colon is no speech
    let after = colon + 1..w.toks.len();
    let names_only = after.clone().filter(|&k| w.word(k) == ",").count() >= 2 && after.clone().all(|k| !w.is_word(k) || w.is_capital(k));
    if names_only || after.clone().all(|k| !w.word(k).chars().any(char::is_alphabetic)) {
        return None;
    }
    let cue = w.toks[colon].range();
    Some(Frame { cue_tok: colon, cue, class: VerbClass::Say, kind: CueKind::Verb, speaker: Some(p), extent: 0..colon + 1, content_from: colon + 1, entity: None, needs_that: false })
}

/// A capitalised verb form inside a name, not a headline's verb: "the
/// United States has", "The Buckeye State is" (but "Graham Says Trump Is…"
/// and "…, Lindsey Graham Says." are headlines).
fn is_capitalised_noun(w: &Words, i: usize) -> bool {
    if !w.is_capital(i) {
        return false;
    }
    let headline_next = i + 1 >= w.toks.len() || w.is_word(i + 1) && w.is_capital(i + 1) || matches!(w.word(i + 1), "." | "!" | "?");
    let mut first = i;
    while first > 0 && w.is_word(first - 1) && w.is_capital(first - 1) {
        first -= 1;
    }
    // "transform the United States." is a name however it ends
    let after_the = first > 0 && w.lower(first - 1) == "the";
    first < i && (after_the || !headline_next)
}

/// A closing quotation mark at `k`, after a word or the quote's own
/// punctuation ("…,” the Saudis state").
fn closes_quote(w: &Words, k: usize) -> bool {
    k > 0 && is_closing_mark(w.word(k)) && (w.is_word(k - 1) || matches!(w.word(k - 1), "," | "." | "?" | "!"))
}

/// "called" at `i` (> 0) naming what comes before it: "a program called
/// Sandy Hook Promise", "a new group called …", "the so called …"; not "a
/// spokesman called …", "who has called …", "Ruiz called …". The word
/// before is a common noun (no speaker noun, pronoun, name, function word,
/// auxiliary or adverb) and the nearest determiner before it is "a"/"an".
fn names_something(w: &Words, i: usize) -> bool {
    let prev = w.lower(i - 1);
    if prev == "so" {
        return true;
    }
    let common_noun = w.is_word(i - 1) && !w.is_capital(i - 1) && w.pronoun(i - 1).is_none() && !crate::lexicon::is_speaker_noun(prev) && !crate::lexicon::is_function_word(prev) && !BETWEEN_SUBJECT_AND_VERB.contains(&prev) && !prev.ends_with("ly");
    let determiner = (i.saturating_sub(4)..i - 1).rev().find(|&k| matches!(w.lower(k), "a" | "an" | "the" | "his" | "her" | "their" | "its"));
    common_noun && determiner.is_some_and(|k| matches!(w.lower(k), "a" | "an"))
}

/// Not "a report", "to comment", "was told".
fn is_verb_use(w: &Words, i: usize, participle: bool) -> bool {
    // "state Rep. Jeff Hoover", "Western states this week": "state" is a
    // cue only before "that", a colon or a quote ("the memo states that"),
    // or a few words after a quote ("“…,” the Saudis state in the paper")
    let after_quote = (i.saturating_sub(4)..i).any(|k| closes_quote(w, k));
    if matches!(w.lower(i), "state" | "states") && !after_quote && !(i + 1 < w.toks.len() && (w.lower(i + 1) == "that" || !w.is_word(i + 1))) {
        return false;
    }
    if i == 0 {
        return true;
    }
    let prev = w.lower(i - 1);
    if w.lower(i) == "called" && names_something(w, i) {
        return false;
    }
    if participle && matches!(prev, "is" | "are" | "was" | "were" | "been" | "be") {
        return true; // "is insisting"
    }
    // (and a finite form after "in" is a noun: "in hopes that", "in
    // reports"; not after the prepositions a relative clause leaves at its
    // end: "the pilots we spoke with said", "the people he voted for said")
    let preposition = !participle && matches!(prev, "in" | "into");
    !preposition && !matches!(prev, "a" | "an" | "the" | "to" | "was" | "were" | "been" | "being" | "be" | "is" | "are" | "his" | "her" | "their" | "its" | "this" | "that" | "of" | "no" | "any" | "my" | "our" | "your")
}

/// The speaker of the cue at `i`: before it ("X said") or, after a quote or
/// comma, after it ("said X").
fn speaker_of(w: &Words, i: usize, in_quote: &[bool]) -> Option<(Phrase, Range<usize>)> {
    // "…, told the delegates" names who was told, never who spoke
    let listener_follows = matches!(w.lower(i), "told" | "tells" | "tell" | "informed" | "notified" | "assured" | "reminded" | "convinced");
    // right after a quote's closing mark, whichever it is (」, », a typo'd “)
    // (“No”; said Mr. Bumble: a semicolon after the closing mark too)
    let inverted_position = !listener_follows && (i == 0 || in_quote[i - 1] || matches!(w.word(i - 1), "," | "”" | "’" | "\"" | "'" | "—" | "–" | ":" | "»" | "." | ";"));
    // "Sen. Mara Quist (D-Ore.), also a candidate, called the plan
    // “reckless”": a comma closes an apposition after the subject, so the
    // phrase after the verb is its object, not an inverted speaker (a comma
    // right after a quote, “No”, said Ana, still inverts)
    let after_apposition = inverted_position && i >= 2 && w.word(i - 1) == "," && !in_quote[i - 2] && (w.is_word(i - 2) || w.word(i - 2) == ")") && opens_with_apposition(w, i, in_quote);
    if after_apposition {
        if let Some(found) = subject_of(w, i, in_quote) {
            return Some(found);
        }
    }
    if inverted_position {
        // “…,” cried out Ana. / “…,” shot back the senator.
        let mut from = if i + 2 < w.toks.len() && matches!(w.lower(i + 1), "out" | "up" | "back") { i + 2 } else { i + 1 };
        // “…?” inquired poor Oliver. / “…,” said little Tom.: a word of
        // feeling before a name
        if from + 1 < w.toks.len() && matches!(w.lower(from), "poor" | "little" | "old" | "young" | "dear" | "good" | "honest") && !w.is_capital(from) && w.is_name_word(from + 1) {
            from += 1;
        }
        // "…, said Caddell." but not "…, said it was over."
        if let Some(p) = w.starting_at(from).filter(|p| !in_quote[p.toks.start] && ends_inversion(w, p.toks.end)) {
            let p = apposition_after(w, with_place_phrase(w, p, in_quote), in_quote);
            let end = p.toks.end;
            return Some((p, i..end));
        }
        if i > 0 && in_quote[i - 1] {
            if let Some(p) = noun_after_quote(w, from, in_quote) {
                let end = p.toks.end;
                return Some((p, i..end));
            }
        }
    }
    subject_of(w, i, in_quote)
}

/// The sentence of the verb at `i` opens with a noun phrase and a comma or
/// a bracket: "The party chairman, Kelly Arno, called …", "Sen. Mara Quist
/// (D-Ore.), also a candidate, called …". Not "The talks failed there, said
/// one source", where a clause comes before the comma.
fn opens_with_apposition(w: &Words, i: usize, in_quote: &[bool]) -> bool {
    let Some(p) = sentence_start(w, i, in_quote).and_then(|s| w.starting_at(s)) else {
        return false;
    };
    !matches!(p.kind, PhraseKind::Pronoun(_)) && p.toks.end + 1 < i && matches!(w.word(p.toks.end), "," | "(")
}

/// The subject before the verb at `i` (no inversion), with the extent from
/// the subject to the verb.
fn subject_of(w: &Words, i: usize, in_quote: &[bool]) -> Option<(Phrase, Range<usize>)> {
    // (one medium only: not a recursion, which "in a statement in a
    // statement …" repeated for megabytes would take down the stack)
    let p = medium_before(w, i, in_quote).and_then(|at| subject_at(w, at, in_quote)).or_else(|| subject_at(w, i, in_quote))?;
    let start = p.toks.start;
    Some((p, start..i + 1))
}

/// [`subject_of`] without the medium step: the subject before token `i`.
fn subject_at(w: &Words, i: usize, in_quote: &[bool]) -> Option<Phrase> {
    // "the family said" first; then "Ruiz jokingly said", where any -ly
    // adverb may stand between subject and verb
    // (a modal only in lower case: "Theresa May said")
    let strict = |k: usize| BETWEEN_SUBJECT_AND_VERB.contains(&w.lower(k)) || is_negation_or_modal(w.lower(k)) && !w.is_capital(k);
    let adverb = |k: usize| strict(k) || w.lower(k).len() > 4 && w.lower(k).ends_with("ly") && !w.is_capital(k);
    // "Hillary Clinton on Tuesday said", "The council last week said": a
    // time phrase between subject and verb
    // ("who in 2010 said": "in" and a year)
    let year = |k: usize| w.lower(k).len() == 4 && w.lower(k).bytes().all(|b| b.is_ascii_digit());
    let time = |k: usize| {
        let word = w.lower(k);
        is_time_noun(word) || matches!(word, "on" | "last" | "this" | "yesterday" | "today" | "tonight") || year(k) || word == "in" && k + 1 < i && year(k + 1)
    };
    // "Ruiz just this month announced", "Ruiz a month later announced",
    // "emails released this week showed": an adverb, an article or a
    // participle with the time
    let adverb_time = |k: usize| time(k) || matches!(w.lower(k), "just" | "only" | "a" | "later" | "earlier") || w.lower(k).ends_with("ed") && k + 1 < i && time(k + 1);
    // a time is no subject: "this month" in "Ruiz just this month
    // announced", "August" in "A poll released in late August found" (a
    // month after a word of time only: "May said" may be Ms. May)
    let month = |p: &Phrase| {
        let s = p.toks.start;
        is_month(w.lower(p.toks.end - 1)) && (p.toks.len() > 1 && !w.is_capital(s) || s > 0 && matches!(w.lower(s - 1), "in" | "late" | "early" | "mid" | "last" | "next" | "this" | "since"))
    };
    let not_time = |p: &Phrase| !is_time_noun(w.lower(p.toks.end - 1)) && !month(p);
    let p = subject_before(w, i, in_quote, &strict)
        .filter(not_time)
        .or_else(|| subject_before(w, i, in_quote, &adverb).filter(not_time))
        .or_else(|| subject_before(w, i, in_quote, &time).filter(not_time))
        .or_else(|| subject_before(w, i, in_quote, &adverb_time).filter(not_time))
        .or_else(|| long_subject(w, i, in_quote))
        .or_else(|| plural_subject(w, i, in_quote))
        .or_else(|| polled_subject(w, i, in_quote))?;
    Some(p)
}

/// "Ruiz in a Medium post said", "The mayor in an interview said": where
/// a medium ends the words before the verb at `i`, the preposition that
/// opens it, before which the subject ends (a place is read as before:
/// "officials in Ardenholt said").
fn medium_before(w: &Words, i: usize, in_quote: &[bool]) -> Option<usize> {
    // (and a time after the medium: "in a statement on Monday said")
    let mut e = i;
    while e > 3 && i - e < 3 && (is_time_noun(w.lower(e - 1)) || matches!(w.lower(e - 1), "on" | "last" | "this")) {
        e -= 1;
    }
    if e < 3 || in_quote[e - 1] || !crate::lexicon::is_medium_noun(w.lower(e - 1)) {
        return None;
    }
    let mut k = e - 1;
    while k > 0 && e - k < 5 && w.is_word(k - 1) && !in_quote[k - 1] {
        k -= 1;
        if matches!(w.lower(k), "in" | "on" | "during") {
            return Some(k);
        }
    }
    None
}

/// A subject the phrase rules do not read whole, from the start of its
/// sentence to a past or present verb form ("said", "says", "told"):
/// - a name or description closed by a comma, then an apposition or a
///   relative clause of any length up to a comma before the verb: "Paul
///   Dane, a truck driver from Ava, Mo., who drives for the union, said";
/// - a noun phrase that runs on into a participle or a relative clause
///   without commas: "A news report published Wednesday said", "Several
///   people I have spoken with said".
///
/// Only at a sentence's start (after a full stop, a paragraph break, or
/// "But", "And", "Yet"): anywhere else the words before the verb may be
/// the end of another clause.
fn long_subject(w: &Words, i: usize, in_quote: &[bool]) -> Option<Phrase> {
    // speech verbs only: "a campaign operative decided to …" is a belief
    // frame, whose subject these loose rules would find too often in a
    // clause that is itself what someone said
    // "Humphrey, who calls Trump a “sociopath,” said": the comma before the
    // verb may close a quote inside the apposition
    let comma_in_quote = quoted_comma_before(w, i, in_quote) && !in_quote[i];
    if i < 2 || in_quote[i - 1] && !comma_in_quote || speech_verb(w.lower(i)).is_none() || !(w.lower(i).ends_with('s') || w.lower(i).ends_with("ed") || matches!(w.lower(i), "said" | "told" | "wrote")) {
        return None;
    }
    let start = sentence_start(w, i, in_quote).or_else(|| after_opening_quote(w, i, in_quote))?;
    if comma_in_quote {
        // the sentence opens with the subject and its comma, outside quotes
        let p = w.starting_at(start).filter(|p| !in_quote[p.toks.start] && !matches!(p.kind, PhraseKind::Pronoun(_)) && p.toks.end + 2 < i && w.word(p.toks.end) == "," && !in_quote[p.toks.end])?;
        return Some(p);
    }
    if w.word(i - 1) == "," {
        // the phrase, its comma, then anything up to the comma before the verb
        let p = w.starting_at(start).filter(|p| !matches!(p.kind, PhraseKind::Pronoun(_)) && p.toks.end < i - 1 && w.word(p.toks.end) == ",")?;
        return Some(p);
    }
    // no punctuation inside; a determiner or a capitalised word first
    let plain = (start..i).all(|k| w.is_word(k) && !in_quote[k]);
    let opens = opens_by_word(w.lower(start)) || w.is_capital(start);
    // not a clause of its own ("Trump’s campaign is defending his
    // early-morning tweets"): an auxiliary only inside a relative clause
    // ("people I have spoken with"); not "Following a swiftly called …"
    // ("The move took place despite repeated warnings": an irregular past)
    let clause = |k: usize| crate::lexicon::is_irregular_past(w.lower(k)) && w.lower(k) != "known" || matches!(w.lower(k), "is" | "are" | "was" | "were" | "has" | "have" | "had" | "did" | "does" | "do" | "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "not");
    let relative = |k: usize| matches!(w.lower(k), "who" | "that" | "which" | "whom" | "i" | "we" | "you" | "he" | "she" | "they");
    let own_clause = (start..i).find(|&k| clause(k)).is_some_and(|c| !(start + 1..c).any(relative));
    let lead = w.lower(start).ends_with("ing") || w.lower(i - 1).ends_with("ly");
    // a form in -s may be a plural noun ("his early-morning tweets"), and
    // a speech verb inside is the clause's own ("She says Trump’s …")
    let past = !w.lower(i).ends_with('s');
    // (right before the verb a speech-verb form is the head noun:
    // "Abortion rights advocates said")
    let other_verb = (start..i - 1).any(|k| speech_verb(w.lower(k)).is_some_and(|f| !f.participle));
    let preposition = crate::lexicon::is_function_word(w.lower(start)) && !opens_by_word(w.lower(start));
    (plain && opens && past && !own_clause && !lead && !other_verb && !preposition && i - start >= 2 && i - start <= 12).then(|| w.loose_description(start..i))
}

/// "But hacking specialists say …", "Iowa biofuels advocates say …": a
/// plural noun right before a plural present form is its subject, with up
/// to three modifiers before it (capitalised words, nouns, adjectives) and
/// a determiner; not after "to", a modal or a pronoun ("to say", "would
/// say", "we say" have their own rules).
fn plural_subject(w: &Words, i: usize, in_quote: &[bool]) -> Option<Phrase> {
    if i < 1 || !matches!(w.lower(i), "say" | "argue" | "believe" | "think" | "warn" | "insist" | "predict" | "estimate" | "contend" | "agree" | "fear" | "worry" | "suspect" | "acknowledge" | "admit" | "note" | "claim" | "expect" | "caution") {
        return None;
    }
    let head = i - 1;
    let noun = w.lower(head);
    if in_quote[head] || !w.is_word(head) || !looks_plural(noun) || w.is_capital(head) || crate::lexicon::is_function_word(noun) || noun.ends_with("ly") {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < 3 && w.is_word(start - 1) && !in_quote[start - 1] && !crate::lexicon::is_function_word(w.lower(start - 1)) && !w.looks_finite(start - 1) && speech_verb(w.lower(start - 1)).is_none() && !w.lower(start - 1).ends_with("ly") {
        start -= 1;
    }
    if start > 0 && matches!(w.lower(start - 1), "the" | "some" | "many" | "most" | "several" | "other" | "these" | "those" | "his" | "her" | "their" | "its" | "our") {
        start -= 1;
    }
    // the phrase opens a clause: after punctuation or a conjunction, not
    // inside a relative clause ("economists who favor consumption taxes
    // argue": "taxes" is no subject)
    let boundary = start == 0 || !w.is_word(start - 1) || crate::lexicon::is_function_word(w.lower(start - 1)) && !matches!(w.lower(start - 1), "who" | "which" | "whom" | "whose");
    boundary.then(|| w.loose_description(start..i))
}

/// "those surveyed said", "Republicans polled say", "the voters
/// interviewed said": the people a poll asked, named by "those" or a plural
/// noun and the participle of asking, right before the verb.
fn polled_subject(w: &Words, i: usize, in_quote: &[bool]) -> Option<Phrase> {
    if i < 2 || in_quote[i - 1] || in_quote[i - 2] || !matches!(w.lower(i - 1), "surveyed" | "polled" | "interviewed" | "questioned" | "sampled") {
        return None;
    }
    let head = w.lower(i - 2);
    let plural = looks_plural(head) && w.is_word(i - 2) && !crate::lexicon::is_function_word(head);
    if head != "those" && !plural {
        return None;
    }
    let start = if i >= 3 && matches!(w.lower(i - 3), "the" | "most" | "many" | "some" | "all") { i - 3 } else { i - 2 };
    Some(w.loose_description(start..i))
}

/// A lower-case word that looks like a plural noun: "specialists",
/// "advocates"; not "press", "census", "Ruiz's".
fn looks_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("'s") && !word.ends_with("’s")
}

/// A determiner or quantifier that opens a subject: "Several people …",
/// "Each side", "Numerous veterans".
fn opens_by_word(word: &str) -> bool {
    crate::lexicon::is_quantity_lead(word) || matches!(word, "a" | "an" | "the" | "some" | "several" | "many" | "most" | "numerous" | "each" | "another" | "every" | "all" | "his" | "her" | "their" | "its" | "our")
}

/// The first token of the sentence holding token `i`, within 48 tokens
/// back, past an opening "But", "And", "Yet"; none when no start is seen.
fn sentence_start(w: &Words, i: usize, in_quote: &[bool]) -> Option<usize> {
    let lo = i.saturating_sub(48);
    let mut k = i;
    while k > lo {
        let prev = k - 1;
        let gap = &w.text[w.toks[prev].end..w.toks[k].start];
        let ends = gap.contains('\n') || !in_quote[prev] && matches!(w.word(prev), "?" | "!" | ";") || w.word(prev) == "." && w.is_capital(k) && !(prev > 0 && w.word(prev - 1).len() <= 3 && w.is_capital(prev - 1));
        if ends {
            break;
        }
        k -= 1;
    }
    if k == lo && k > 0 {
        return None;
    }
    if k < i && matches!(w.lower(k), "but" | "and" | "yet") {
        k += 1;
    }
    (k < i && !in_quote[k]).then_some(k)
}

/// A sentence that opens with a quote: the subject starts at the first word
/// after the quote and its comma ("“…,” Leonard E. Burman, director of the
/// tax center, said of the plan."), if a name opens there.
fn after_opening_quote(w: &Words, i: usize, in_quote: &[bool]) -> Option<usize> {
    let lo = i.saturating_sub(48);
    let quote_end = (lo..i).rev().find(|&k| in_quote[k])?;
    let k = (quote_end + 1..i).find(|&k| w.is_word(k))?;
    let opens = (quote_end + 1..k).all(|j| !in_quote[j] && matches!(w.word(j), "," | "”" | "’" | "\"" | "'"));
    (opens && w.is_name_word(k) && k + 1 < i).then_some(k)
}

/// Right after a quote, "said" and a determiner name the speaker by any
/// noun, one the lexicon lacks too: “Well,” said the porter. / “…,” said
/// the old station-master carelessly. The noun phrase (at most three
/// lower-case words) must end the clause, so “…,” said the man was late.
/// names nobody.
fn noun_after_quote(w: &Words, from: usize, in_quote: &[bool]) -> Option<Phrase> {
    if from >= w.toks.len() || !matches!(w.lower(from), "the" | "this" | "that" | "a" | "an" | "his" | "her" | "their" | "one" | "another") {
        return None;
    }
    let plain = |k: usize| w.is_word(k) && !in_quote[k] && !w.is_capital(k) && w.lower(k).len() > 2 && w.lower(k).chars().all(|c| c.is_lowercase() || c == '-') && !crate::lexicon::is_function_word(w.lower(k));
    // not a participle: "described the base chief known as …"
    let noun = |k: usize| !w.lower(k).ends_with("ly") && !w.lower(k).ends_with("ed") && !w.lower(k).ends_with("wn");
    // what may follow: the sentence's end, a comma, a manner ("said the
    // porter gravely", "with a smile"); not "as", "of", "for": "described
    // the impact as …" is no speaker
    // ("said a German user from Hanover": "from" and a place too)
    let ends = |k: usize| k >= w.toks.len() || !w.is_word(k) || matches!(w.lower(k), "with" | "in" | "to" | "at" | "from" | "again" | "aloud") || w.lower(k).len() > 4 && w.lower(k).ends_with("ly");
    // a name or a year may modify the noun: "said a 2008 Clinton veteran",
    // "said one Trump confidant" (the noun itself is lower case)
    let modifier = |k: usize| w.is_word(k) && !in_quote[k] && (w.is_capital(k) || w.lower(k).len() == 4 && w.lower(k).bytes().all(|b| b.is_ascii_digit()));
    // “…,” said the young Crab.: a capitalised noun after an adjective
    let capital_noun = |k: usize| k > from + 1 && plain(k - 1) && w.is_name_word(k) && !in_quote[k] && !w.is_name_word(k + 1) && ends(k + 1);
    let last = (from + 1..(from + 4).min(w.toks.len())).take_while(|&k| plain(k) || modifier(k)).find(|&k| plain(k) && noun(k) && ends(k + 1) || capital_noun(k))?;
    Some(with_place_phrase(w, w.loose_description(from..last + 1), in_quote))
}

/// “…,” said the gentleman in the white waistcoat.: "in" and a short noun
/// phrase that ends the clause tell one gentleman from another (“…,” said
/// the gentleman in the high chair.). Only after a description.
/// "a tally by the Associated Press", "a report from the SITE
/// Intelligence Group": a description and the name of who made it, after
/// "by" or "from", are one source.
fn with_agent(w: &Words, p: Phrase, in_quote: &[bool]) -> Phrase {
    let PhraseKind::Description { .. } = p.kind else { return p };
    let k = p.toks.end;
    if k + 1 >= w.toks.len() || !matches!(w.lower(k), "by" | "from") || in_quote[k + 1] {
        return p;
    }
    match w.starting_at(k + 1) {
        Some(agent) if matches!(agent.kind, PhraseKind::Name { .. }) => w.description_with_head(p.toks.start..agent.toks.end, p.toks.end - 1),
        _ => p,
    }
}

fn with_place_phrase(w: &Words, p: Phrase, in_quote: &[bool]) -> Phrase {
    let PhraseKind::Description { .. } = p.kind else { return p };
    let k = p.toks.end;
    if k + 2 >= w.toks.len() || w.lower(k) != "in" || !matches!(w.lower(k + 1), "the" | "a" | "an" | "his" | "her") {
        return p;
    }
    let plain = |j: usize| w.is_word(j) && !in_quote[j] && !w.is_capital(j) && !crate::lexicon::is_function_word(w.lower(j));
    // not the medium: “…,” said the official in a statement / an interview
    let medium = |j: usize| crate::lexicon::is_medium_noun(w.lower(j));
    match (k + 2..(k + 5).min(w.toks.len())).take_while(|&j| plain(j)).find(|&j| j + 1 >= w.toks.len() || !w.is_word(j + 1)) {
        Some(end) if !(k + 2..end + 1).any(medium) => w.description_with_head(p.toks.start..end + 1, p.toks.end - 1),
        _ => p,
    }
}

/// The subject ending before the verb at `i`, stepping back over words
/// that `between` allows and over a parenthesis. (`&dyn`, not `impl Fn`:
/// `subject_of` calls it with four closures, and four copies of this body
/// were 1.6 KB of the gzipped `.wasm`.)
fn subject_before(w: &Words, i: usize, in_quote: &[bool], between: &dyn Fn(usize) -> bool) -> Option<Phrase> {
    let mut j = i;
    while j > 0 && between(j - 1) && i - j < 3 {
        j -= 1;
    }
    // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis
    if j > 0 && w.word(j - 1) == ")" {
        if let Some(open) = (j.saturating_sub(8)..j - 1).rev().find(|&k| w.word(k) == "(") {
            j = open;
        }
    }
    // "Many speakers at the service — including Muslims and Jews — said":
    // step over an aside between dashes (within 20 tokens, no full stop)
    if j > 1 && matches!(w.word(j - 1), "—" | "–") && !in_quote[j - 1] {
        let aside = (j.saturating_sub(20)..j - 1).rev().take_while(|&k| !in_quote[k] && !matches!(w.word(k), "." | ";" | ":" | "?" | "!")).find(|&k| matches!(w.word(k), "—" | "–"));
        if let Some(open) = aside.filter(|&o| o > 0 && o + 1 < j - 1 && w.is_word(o - 1)) {
            j = open;
        }
    }
    if j == 0 {
        return None;
    }
    // "the clip says": any noun, but only before an unmistakable verb form
    // ("a damning report" is not "a damning" reporting)
    let clear_verb = w.lower(i).ends_with('s') || w.lower(i).ends_with("ed") || matches!(w.lower(i), "said" | "wrote" | "told");
    // "32% of Republican claims": an adjective alone is no subject
    // ("the Republican said" has a noun: a determiner before it)
    if w.is_word(j - 1) && crate::phrases::is_group_adjective(w.word(j - 1)) && (j < 2 || !w.is_capital(j - 2) && !matches!(w.lower(j - 2), "the" | "a" | "one" | "another" | "each")) {
        return None;
    }
    let p = subject_ending_at(w, j - 1, in_quote).or_else(|| w.any_noun_description(j - 1).filter(|_| clear_verb && !in_quote[j - 1])).or_else(|| quantity_subject(w, j - 1, in_quote))?;
    // "Trump at the time said": a phrase after a preposition is no
    // subject; the subject stands before the preposition
    // (a name may hold one: "the Commission on Presidential Debates said")
    let s = p.toks.start;
    // "Officials who spoke with The Huffington Post said": the phrase ends a
    // relative clause; its antecedent, before "who", is the subject
    if let Some(d) = antecedent_of_relative(w, s, in_quote) {
        return Some(d);
    }
    // a name after a preposition: what stands before the preposition speaks
    // (and the second of two places: "Voters in Ohio and Iowa say")
    let s = if matches!(p.kind, PhraseKind::Name { .. }) { first_of_two_places(w, s, in_quote).unwrap_or(s) } else { s };
    if s >= 2 && matches!(p.kind, PhraseKind::Name { .. }) && !in_quote[s - 2] {
        let preposition = w.lower(s - 1);
        // "Officials in Ardenholt declined", "Ruiz in Ardenholt said": a
        // place after the people's noun or name; "Larry Sabato of the
        // University of Virginia said": the organisation after a person's
        // name (after "of", only a name: "the editorial board of the Post
        // Trump said" has lost a comma, and Trump speaks)
        if matches!(preposition, "in" | "at" | "from" | "of") {
            let of = preposition == "of";
            if let Some(d) = subject_ending_at(w, s - 2, in_quote).filter(|d| matches!(d.kind, PhraseKind::Name { .. }) || !of && matches!(d.kind, PhraseKind::Description { .. })) {
                return Some(d);
            }
        }
        // "The head of the IMF said", "A spokesman for the Department of
        // Defense said": a role of the organisation, not the organisation
        // (not after a preposition: "In a meeting with the board of the
        // Post Trump said" has lost a comma, and Trump speaks)
        if matches!(preposition, "of" | "for") && crate::lexicon::is_speaker_noun(w.lower(s - 2)) && !w.is_capital(s - 2) {
            if let Some(d) = w.ending_at(s - 2).filter(|d| matches!(d.kind, PhraseKind::Description { .. }) && d.toks.end == s - 1 && !after_preposition(w, d)) {
                return Some(w.description_with_head(d.toks.start..p.toks.end, s - 2));
            }
        }
    }
    if s >= 2 && matches!(p.kind, PhraseKind::Description { .. }) && matches!(w.lower(s - 1), "at" | "in" | "on" | "during" | "since" | "after" | "before" | "until" | "through" | "across" | "outside" | "around") && !in_quote[s - 2] {
        // "Protesters marching through the streets chanted": past the
        // participle that the place belongs to
        let participle = s >= 3 && w.lower(s - 2).ends_with("ing") && !in_quote[s - 3];
        // "Beck, who has in the past described …": past the auxiliary too
        let mut k = s - 2;
        while k > 0 && s - 2 - k < 2 && BETWEEN_SUBJECT_AND_VERB.contains(&w.lower(k)) && !in_quote[k - 1] {
            k -= 1;
        }
        let before_auxiliary = (k < s - 2).then(|| subject_ending_at(w, k, in_quote)).flatten();
        // "Many captains at the harbour said": a quantifier and a plural
        // noun the phrase rules do not read; the place stays in the phrase
        let n = s - 2;
        let quantified = (n >= 1 && opens_by_word(w.lower(n - 1)) && !in_quote[n - 1] && w.lower(n).len() > 3 && w.lower(n).ends_with('s') && !w.is_capital(n) && !crate::lexicon::is_function_word(w.lower(n))).then(|| w.description_with_head(n - 1..p.toks.end, n));
        return subject_ending_at(w, s - 2, in_quote).or(before_auxiliary).or_else(|| participle.then(|| subject_ending_at(w, s - 3, in_quote)).flatten()).or(quantified).or(Some(p));
    }
    Some(p)
}

/// The phrase before "who" or "that" when `s` (a phrase's start) ends the
/// relative clause they open: "Voters who attended the rally in Boston
/// said" -> "Voters". Within ten tokens, no punctuation or quote between,
/// and the clause has its own verb ("attended"); "who" right before `s`
/// is the subject itself ("the man who said").
fn antecedent_of_relative(w: &Words, s: usize, in_quote: &[bool]) -> Option<Phrase> {
    let r = (s.saturating_sub(10)..s).rev().take_while(|&k| w.is_word(k) && !in_quote[k]).find(|&k| matches!(w.lower(k), "who" | "that"))?;
    if r == 0 || r + 1 >= s || !(r + 1..s).any(|k| w.looks_finite(k)) {
        return None;
    }
    // (not a place or an employer after a preposition: "a professor at
    // Harvard who worked for …" is the professor's, whom this does not read)
    w.ending_at(r - 1).filter(|d| !in_quote[d.toks.start] && !after_preposition(w, d) && matches!(d.kind, PhraseKind::Name { .. } | PhraseKind::Description { .. }))
}

/// Whether a preposition stands right before the phrase `d` ("at Harvard",
/// "with the board"): it is then no subject.
fn after_preposition(w: &Words, d: &Phrase) -> bool {
    d.toks.start > 0 && matches!(w.lower(d.toks.start - 1), "with" | "in" | "at" | "of" | "for" | "from" | "to" | "by" | "on" | "about" | "against")
}

/// A share of people as subject: "Only 24 percent said", "Almost half
/// said", "Most of them said", "About four in 10 believe".
fn quantity_subject(w: &Words, k: usize, in_quote: &[bool]) -> Option<Phrase> {
    use crate::lexicon::{is_number_word, is_quantity_head, is_quantity_lead};
    if in_quote[k] {
        return None;
    }
    // "most of them": the head stands before "of them"
    let mut head = k;
    if k >= 2 && matches!(w.lower(k), "them" | "those" | "us") && w.lower(k - 1) == "of" {
        head = k - 2;
    }
    let number = |j: usize| w.lower(j).starts_with(|c: char| c.is_ascii_digit()) || is_number_word(w.lower(j));
    // "four in 10", "24 percent": a number may end the subject after "in"
    let ends_in_number = number(head) && head >= 2 && w.lower(head - 1) == "in" && number(head - 2);
    if !is_quantity_head(w.lower(head)) && !ends_in_number {
        return None;
    }
    let mut start = head;
    while start > 0 && head - start < 6 && !in_quote[start - 1] && (number(start - 1) || is_quantity_lead(w.lower(start - 1))) {
        start -= 1;
    }
    Some(w.loose_description(start..k + 1))
}

pub(crate) fn is_month(word: &str) -> bool {
    matches!(word, "january" | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" | "october" | "november" | "december")
}

pub fn is_weekday(word: &str) -> bool {
    matches!(word, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// A weekday or a noun of a span of time: "(on) Tuesday", "(last) week",
/// "(this) morning".
pub fn is_time_noun(word: &str) -> bool {
    is_weekday(word) || matches!(word, "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night")
}

/// What may follow "said X" when X is the speaker: the end, punctuation, a
/// time or place ("said Caddell on Monday"), a relative clause ("said
/// Smith, who …"). Not more words of a clause: in "…, said North Korea’s
/// test was reckless" North Korea is not the speaker.
fn ends_inversion(w: &Words, k: usize) -> bool {
    if k >= w.toks.len() || !w.is_word(k) {
        return true;
    }
    let word = w.lower(k);
    // “…,” said his wife impatiently. / “…,” said Matthew with a smile.
    let manner = word.len() > 4 && word.ends_with("ly") && !w.is_capital(k);
    manner
        || is_weekday(word)
        || matches!(
            word,
            "on" | "in" | "at" | "during" | "after" | "before" | "when" | "while" | "who" | "for" | "last" | "this" | "yesterday" | "today" | "tonight" | "earlier" | "later" | "recently" | "via" | "from" | "of" | "to" | "outside" | "told" | "with" | "as" | "again" | "aloud"
        )
}

/// The subject ending at `k`, looking past an apposition:
/// "Dana Holt, a Labour MP, said" -> "Dana Holt" titled "a Labour MP".
fn subject_ending_at(w: &Words, k: usize, in_quote: &[bool]) -> Option<Phrase> {
    if in_quote[k] {
        return None;
    }
    if w.word(k) != "," {
        return w.ending_at(k);
    }
    // "Quina Jones, 25, said", "Vann Newkirk, a writer for The Atlantic,
    // said", "Trump, speaking to veterans, said": the subject is before the
    // first comma, what the commas enclose describes it
    // a full stop ends the search only where a sentence ends ("R-Ky." does not)
    let sentence_end = |j: usize| w.word(j) == "." && w.toks.get(j + 1).is_some_and(|_| w.is_capital(j + 1)) && !w.lower(j.saturating_sub(1)).contains('-');
    let comma_before = |at: usize| (at.saturating_sub(16)..at).rev().take_while(|&j| !in_quote[j] && !matches!(w.word(j), ";" | ":") && !sentence_end(j)).find(|&j| w.word(j) == ",");
    let Some(mut open) = comma_before(k) else {
        return stray_comma_subject(w, k, in_quote);
    };
    // "Clinton, at a town hall in Columbus, Ohio, said": a city and its
    // state (or country) are one place, whose comma opens no apposition
    if city_and_state(w, open, k, in_quote) {
        if let Some(earlier) = comma_before(open) {
            open = earlier;
        }
    }
    // a chain of appositions: "Jean Ayrault, the foreign minister of France,
    // a permanent member of the council, said" -> Jean Ayrault (at most
    // six: "said, said, said, …" for 100 KB was quadratic)
    let mut links = 0;
    while let Some(earlier) = comma_before(open).filter(|_| links < 6) {
        links += 1;
        // (", and Brian Deese, the White House adviser, said": a
        // conjunction after the earlier comma opens the subject's clause)
        let conjunction = matches!(w.lower(earlier + 1), "and" | "but" | "or" | "yet" | "so" | "while" | "as");
        let describes = w.is_word(earlier + 1) && !conjunction && (matches!(w.lower(earlier + 1), "a" | "an" | "the") || !w.is_capital(earlier + 1));
        if !describes || !w.is_word(open + 1) || !(matches!(w.lower(open + 1), "a" | "an" | "the") || !w.is_capital(open + 1)) {
            break;
        }
        open = earlier;
    }
    let mut end = open.checked_sub(1)?;
    if w.word(end) == ")" {
        end = before_bracket(w, end)?;
    }
    let outer = w.ending_at(end).filter(|p| !matches!(p.kind, PhraseKind::Pronoun(_)) && !in_quote[p.toks.start]);
    let inner = w.starting_at(open + 1).filter(|p| p.toks.end == k);
    match (outer, inner) {
        (Some(outer), Some(inner)) => Some(combine_apposition(outer, inner)),
        (Some(outer), None) => Some(outer),
        // "A delegate on the Cruz slate, Jim Poolman, said", "A third,
        // Daniel Traynor, said": a description the phrase rules do not read,
        // from the sentence's start, then the name between commas
        (None, Some(inner)) if matches!(inner.kind, PhraseKind::Name { .. }) && describes_from_start(w, open, in_quote) => Some(inner),
        _ => None,
    }
}

/// "in Columbus, Ohio, said", "in Wilmington, N.C., warned": between the
/// commas at `open` and `close`, one or two capitalised words (or an
/// abbreviation), after a capitalised place that a preposition opens.
fn city_and_state(w: &Words, open: usize, close: usize, in_quote: &[bool]) -> bool {
    let state = open + 1..close;
    if state.is_empty() || state.len() > 2 || open < 2 || state.clone().any(|j| in_quote[j] || !w.is_capital(j)) || !w.is_capital(open - 1) {
        return false;
    }
    // the city: capitalised words back to "in", "at", "from" or "near"
    let mut j = open - 1;
    while j > 0 && open - j < 4 && w.is_capital(j) && !in_quote[j] {
        j -= 1;
    }
    matches!(w.lower(j), "in" | "at" | "from" | "near")
}

/// "Sen. Jack Reed (D-R.I.), said": a comma between a subject that opens
/// the sentence and its verb, with no apposition. Only a name of two words
/// or more (or a phrase closed by a parenthesis) from the sentence's
/// start: "The talks failed, said …" has no subject before its comma, nor
/// "Initially, regulators did not consider …".
fn stray_comma_subject(w: &Words, k: usize, in_quote: &[bool]) -> Option<Phrase> {
    let mut end = k.checked_sub(1)?;
    let bracket = w.word(end) == ")";
    if bracket {
        end = before_bracket(w, end)?;
    }
    let p = w.ending_at(end).filter(|p| !in_quote[p.toks.start])?;
    let from_start = sentence_start(w, k, in_quote) == Some(p.toks.start);
    (from_start && (bracket || matches!(p.kind, PhraseKind::Name { .. }) && p.toks.len() >= 2)).then_some(p)
}

/// The token before the "(" that the ")" at `close` closes ("Sen. Ida
/// Varga (D-Ore.)" -> "Varga"), within 8 tokens.
fn before_bracket(w: &Words, close: usize) -> Option<usize> {
    (close.saturating_sub(8)..close).rev().find(|&j| w.word(j) == "(")?.checked_sub(1)
}

/// Tokens from the sentence's start to `comma` are words only, at most
/// ten, and open with a determiner: a description, not a clause ("A
/// delegate on the Cruz slate,"; not "After voting twice,").
fn describes_from_start(w: &Words, comma: usize, in_quote: &[bool]) -> bool {
    let Some(s) = sentence_start(w, comma, in_quote) else { return false };
    comma > s && comma - s <= 10 && opens_by_word(w.lower(s)) && (s..comma).all(|j| w.is_word(j) && !in_quote[j] && speech_verb(w.lower(j)).is_none() && !w.looks_finite(j))
}

/// "Iran’s supreme leader, Ayatollah Ali Khamenei," or "Dana Holt, a
/// Labour MP,": prefer the name, keep the description as its title.
fn combine_apposition(first: Phrase, second: Phrase) -> Phrase {
    match (&first.kind, &second.kind) {
        (PhraseKind::Description { .. }, PhraseKind::Name { .. }) => {
            let title = second.title.clone().or(Some(first.span.clone()));
            Phrase { title, ..second }
        }
        (PhraseKind::Name { .. }, PhraseKind::Description { .. }) => {
            let title = first.title.clone().or(Some(second.span.clone()));
            Phrase { title, ..first }
        }
        // "The head of the IMF, Kristalina Georgieva, said": the person
        // named after an organisation (whose role the phrase rules read)
        (PhraseKind::Name { org: true, .. }, PhraseKind::Name { org: false, .. }) => second,
        _ => first,
    }
}

/// After "according to X" or "said X": an apposition that follows.
fn apposition_after(w: &Words, p: Phrase, in_quote: &[bool]) -> Phrase {
    let k = p.toks.end;
    if k < w.toks.len() && w.word(k) == "," && !in_quote.get(k + 1).copied().unwrap_or(true) {
        if let Some(second) = w.starting_at(k + 1) {
            let closes = second.toks.end >= w.toks.len() || matches!(w.word(second.toks.end), "," | "." | ";");
            if closes && matches!((&p.kind, &second.kind), (PhraseKind::Description { .. }, PhraseKind::Name { .. })) {
                return combine_apposition(p, second);
            }
        }
    }
    p
}

/// Up to 24 words before a comma or full stop as a source description, for
/// sources the phrase rules do not know: "according to the coast guard, …",
/// "…, according to exit polls conducted for the networks by a research
/// firm." (a long source is still one source, as written).
fn loose_source(w: &Words, from: usize) -> Option<Phrase> {
    let comma = (from..(from + 25).min(w.toks.len())).find(|&k| matches!(w.word(k), "," | "." | ";"))?;
    (comma > from && (from..comma).all(|k| w.is_word(k))).then(|| w.loose_description(from..comma))
}

/// Nouns for what someone said, whose source is named by "from"/"by" or a
/// possessive: "a warning from X that …", "Trump’s claim that …".
const SPEECH_NOUNS: &[&str] = &["warning", "claim", "statement", "assertion", "threat", "promise", "pledge", "insistence", "demand", "warnings", "claims", "threats", "remarks", "comments", "remark", "comment", "prediction", "accusation", "allegation", "argument", "contention", "suggestion", "boast", "vow"];

/// "Trump’s claim that there were “thousands of shootings”": a named
/// possessor of a speech noun followed by "that" is the source of what
/// follows.
fn possessive_noun_frame(w: &Words, i: usize, lower: &str, in_quote: &[bool]) -> Option<Frame> {
    // the cheap test first: this runs at every word of the text
    if i == 0 || i + 1 >= w.toks.len() || w.lower(i + 1) != "that" || !SPEECH_NOUNS.contains(&lower) {
        return None;
    }
    let p = w.possessor_ending_at(i - 1).filter(|p| !in_quote[p.toks.start])?;
    let start = p.toks.start;
    Some(Frame { cue_tok: i, cue: w.toks[i].range(), class: VerbClass::Say, kind: CueKind::Source, speaker: Some(p), extent: start..i + 1, content_from: i + 2, entity: None, needs_that: false })
}

/// "a warning from X, that …", "the claim by X that …".
fn source_noun_frame(w: &Words, i: usize, lower: &str, in_quote: &[bool]) -> Option<Frame> {
    if !matches!(lower, "from" | "by") || i == 0 {
        return None;
    }
    let noun = w.lower(i - 1);
    if !SPEECH_NOUNS.contains(&noun) {
        return None;
    }
    let p = w.starting_at(i + 1).filter(|p| !in_quote[p.toks.start])?;
    let p = apposition_after(w, p, in_quote);
    let mut end = p.toks.end;
    while end < w.toks.len() && w.word(end) == "," {
        end += 1;
    }
    // the apposition's own span may end before its closing comma
    while end < w.toks.len() && w.lower(end) != "that" && end < p.toks.end + 8 && !matches!(w.word(end), "." | ";") {
        end += 1;
    }
    if end >= w.toks.len() || w.lower(end) != "that" {
        return None;
    }
    Some(Frame { cue_tok: i - 1, cue: w.toks[i - 1].range(), class: VerbClass::Say, kind: CueKind::Source, speaker: Some(p), extent: i - 1..end, content_from: end + 1, entity: None, needs_that: false })
}

/// "as one analyst put it, “…”", "as he puts it": the subject of "put it"
/// after "as" is the speaker of the quote beside it.
fn as_x_put_it(w: &Words, i: usize, lower: &str, in_quote: &[bool]) -> Option<Frame> {
    if !matches!(lower, "put" | "puts") || i + 1 >= w.toks.len() || w.lower(i + 1) != "it" {
        return None;
    }
    let (speaker, extent) = match appositive_before_put_it(w, i, in_quote) {
        Some(found) => found,
        None => speaker_of(w, i, in_quote)?,
    };
    if extent.start == 0 || w.lower(extent.start - 1) != "as" {
        return None;
    }
    let content_from = content_start(w, i + 2, VerbClass::Say);
    Some(Frame { cue_tok: i, cue: w.toks[i].start..w.toks[i + 1].end, class: VerbClass::Say, kind: CueKind::Verb, speaker: Some(speaker), extent: extent.start..i + 2, content_from, entity: None, needs_that: false })
}

/// "As Ana Ruiz, the port's director, put it: …": the name after "as",
/// before an apposition that ends with a comma right before "put".
fn appositive_before_put_it(w: &Words, i: usize, in_quote: &[bool]) -> Option<(Phrase, Range<usize>)> {
    if i < 4 || w.word(i - 1) != "," {
        return None;
    }
    let as_at = (i.saturating_sub(16)..i - 1).rev().find(|&k| w.lower(k) == "as")?;
    let p = w.starting_at(as_at + 1).filter(|p| !in_quote[p.toks.start] && p.toks.end < i - 1 && w.word(p.toks.end) == ",")?;
    Some((p, as_at + 1..i))
}

/// "Israeli media quoted officials as saying (that) …": the speaker is the
/// one quoted.
fn quoted_as_saying(w: &Words, i: usize, in_quote: &[bool]) -> Option<Frame> {
    let p = w.starting_at(i + 1).filter(|p| !in_quote[p.toks.start])?;
    let k = p.toks.end;
    if k + 1 < w.toks.len() && w.lower(k) == "as" && w.lower(k + 1) == "saying" {
        let content_from = content_start(w, k + 2, VerbClass::Say);
        let cue = w.toks[i].start..w.toks[k + 1].end;
        return Some(Frame { cue_tok: i, cue, class: VerbClass::Say, kind: CueKind::Source, speaker: Some(p), extent: i..k + 2, content_from, entity: None, needs_that: false });
    }
    None
}

/// Where a name at `s` is the second of two places joined by "and"/"or"
/// after a preposition ("in Ohio and |Iowa"): the first place's start, so
/// that the preposition before it is read as for one place.
fn first_of_two_places(w: &Words, s: usize, in_quote: &[bool]) -> Option<usize> {
    if s < 4 || in_quote[s - 2] || !matches!(w.lower(s - 1), "and" | "or") {
        return None;
    }
    let q = w.ending_at(s - 2).filter(|q| matches!(q.kind, PhraseKind::Name { .. }))?;
    (q.toks.start >= 2 && matches!(w.lower(q.toks.start - 1), "in" | "at" | "from")).then_some(q.toks.start)
}

/// A verb form that cannot open a subject: "had", "was", "showed", "ran"
/// (after "that" it makes the "that" a relative pronoun).
fn is_past_or_auxiliary(w: &Words, k: usize) -> bool {
    let word = w.lower(k);
    word.ends_with("ed") && word.len() > 3 || crate::lexicon::is_irregular_past(word) || crate::reported::is_auxiliary(word)
}

/// Where the content of reported speech begins after a cue: past "that",
/// past the person told ("told reporters that", "told Axios"), past a
/// short adverbial ("said on Monday that", "said in a statement that").
fn content_start(w: &Words, from: usize, class: VerbClass) -> usize {
    let n = w.toks.len();
    // "said, however, that", "said on ABC’s “This Week” that", "said — on
    // Twitter, as it happens — that": an adverbial that opens with a
    // preposition or a dash, or one word between commas, may hold commas,
    // dashes and quote marks before the "that" (a dash pair is passed whole)
    let one_word_aside = from + 3 < n && w.word(from) == "," && w.is_word(from + 1) && w.word(from + 2) == "," && w.lower(from + 3) == "that";
    let preposition = |k: usize| k < n && matches!(w.lower(k), "in" | "on" | "at" | "after" | "before" | "during" | "via" | "through" | "outside");
    // ("and said, through an interpreter, that …": the aside in commas)
    let comma_aside = from + 1 < n && w.word(from) == "," && preposition(from + 1);
    let adverbial = from < n && (one_word_aside || comma_aside || matches!(w.word(from), "—" | "–") || preposition(from));
    let mut start = from;
    if from < n && matches!(w.word(from), "—" | "–") {
        if let Some(close) = (from + 1..(from + 16).min(n)).find(|&k| w.word(k) == w.word(from)) {
            start = close + 1;
        }
    }
    let limit = (start + if adverbial { 20 } else { 12 }).min(n);
    for k in start..limit {
        let word = w.lower(k);
        // (not a relative pronoun: "said in a statement that was posted")
        // (nor after an object of a verb that tells no one: "called for
        // changing any of the provisions that benefit him", "agreed to
        // reclaim the land that had been ravaged"; "told the crowd that"
        // is a hearer's)
        let after_object = !adverbial && class != VerbClass::Tell && (from..k).any(|j| matches!(w.lower(j), "a" | "an" | "the" | "any" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "some" | "all"));
        if word == "that" && after_object && k + 1 < n && w.lower(k - 1) != "and" && is_past_or_auxiliary(w, k + 1) {
            break;
        }
        if word == "that" && !(adverbial && k + 1 < n && w.looks_finite(k + 1) && w.pronoun(k + 1).is_none() && !w.lower(k + 1).contains('\'')) {
            return k + 1;
        }
        // "said talks were possible, but warned that …": that "that" is the
        // second cue's; "her opening remarks", "a statement" are nouns
        let noun = k > from && (matches!(w.lower(k - 1), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your") || w.lower(k - 1).ends_with("ing"));
        let punctuation = if adverbial { matches!(w.word(k), "." | ";" | ":" | "?" | "!") } else { matches!(w.word(k), "." | ";" | ":" | "“" | "\"" | "‘" | "?" | "!" | ",") };
        if punctuation || k > from && speech_verb(word).is_some() && !noun {
            break;
        }
        // "said she was spurred to act to show that …": the content began
        // at its subject; that "that" is another verb's
        if matches!(word, "he" | "she" | "they" | "we" | "i" | "it" | "there" | "is" | "was" | "are" | "were" | "will" | "would") || crate::lexicon::belief_verb(word).is_some() {
            break;
        }
    }
    let mut k = from;
    if class == VerbClass::Tell {
        if let Some(p) = w.starting_at(k) {
            k = p.toks.end;
        } else if k < n && matches!(w.lower(k), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "some" | "several" | "many") {
            // "told a crowd in Seattle on Tuesday.": the hearer is a noun
            // phrase the lexicon does not know; its words up to the next
            // function word are skipped, so the content (if any) starts
            // after it ("told the packed hall the war was over")
            // Only before a place or time ("in", "at", "on"): "told the
            // story of …", "urged a strong stand", "tells the crowd, he's
            // …" keep their old start (the object is the content there).
            let det = k;
            k += 1;
            let head_end = (k + 3).min(n);
            while k < head_end && w.is_word(k) && !w.is_capital(k) && !crate::lexicon::is_function_word(w.lower(k)) && !matches!(w.lower(k), "the" | "a" | "an") {
                k += 1;
            }
            // "told a cheering crowd, “…”": a comma closes the hearer; a
            // quote or a clause after it is the content, anything else
            // ("told the packed hall, where …", ", her voice drowned out")
            // none
            if k + 1 < n && w.word(k) == "," && k > det + 1 {
                let quote_opens = !w.is_word(k + 1) && k + 2 < n && w.is_word(k + 2);
                return if quote_opens || crate::reported::opens_clause(w, k + 1, n) { k + 1 } else { n };
            }
            if !(k < n && matches!(w.lower(k), "in" | "at" | "on" | "during" | "after" | "before" | "outside" | "near")) {
                k = det + 1;
            }
            // "told a town hall in Salem, New Hampshire on Monday that …":
            // where and when may run on past a comma before the "that"
            let far = (k + 20).min(n);
            if let Some(t) = (k..far).take_while(|&t| !matches!(w.word(t), "." | ";" | "“" | "\"" | "?" | "!") && !(t > k && speech_verb(w.lower(t)).is_some())).find(|&t| w.lower(t) == "that") {
                return t + 1;
            }
        } else if k < n && w.is_word(k) {
            k += 1; // "told reporters"
        }
    }
    // "said in a statement Thursday night they pulled …": the medium,
    // then the time (below), then the content; only before a clause ("said
    // in a statement released by …" has none, and keeps its old start)
    let medium_at = (k + 2 < n && w.lower(k) == "in" && matches!(w.lower(k + 1), "a" | "an" | "his" | "her" | "their" | "its") && crate::lexicon::is_medium_noun(w.lower(k + 2))).then_some(k);
    if medium_at.is_some() {
        k += 3;
    }
    // "said on Monday", "said last week": a time phrase before the content;
    // "last" and "this" only before a time noun ("said this was the last
    // offer", "said last week's vote was rigged" open their content)
    let time_noun = |k: usize| k < n && (is_time_noun(w.lower(k)) || w.lower(k) == "weekend");
    while k < n
        && (w.lower(k) == "on" && k + 1 < n && is_weekday(w.lower(k + 1))
            || matches!(w.lower(k), "last" | "this") && time_noun(k + 1) && !(k + 2 < n && matches!(w.word(k + 2), "’s" | "'s"))
            || is_weekday(w.lower(k))
            || matches!(w.lower(k), "today" | "yesterday" | "tonight" | "earlier" | "later" | "recently" | "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"))
    {
        k += 1;
    }
    match medium_at {
        Some(at) if !crate::reported::opens_clause(w, k, n) => at,
        _ => k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn frames(text: &str) -> Vec<(String, Option<String>, String)> {
        let toks = tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let in_quote = crate::attribution::quote_mask(text, &toks);
        find(&w, &in_quote)
            .iter()
            .map(|f| {
                let content = toks.get(f.content_from).map_or(String::new(), |t| text[t.start..].to_string());
                (text[f.cue.clone()].to_string(), f.speaker.as_ref().map(|p| text[p.span.clone()].to_string()), content)
            })
            .collect()
    }

    fn f(cue: &str, speaker: Option<&str>, content: &str) -> (String, Option<String>, String) {
        (cue.into(), speaker.map(Into::into), content.into())
    }

    #[test]
    fn both_orders() {
        assert_eq!(frames("“No,” said the minister."), [f("said", Some("the minister"), "")]);
        assert_eq!(frames("“No,” the minister said."), [f("said", Some("the minister"), ".")]);
    }

    #[test]
    fn any_noun_after_a_quote_and_said() {
        assert_eq!(frames("“Ask her,” said the porter.")[0].1, Some("the porter".to_string()));
        assert_eq!(frames("“Ask her,” said the old station-master carelessly.")[0].1, Some("the old station-master".to_string()));
        // a clause goes on, or "as" follows: no speaker named
        assert!(frames("“Ask her,” said the porter was late.").iter().all(|f| f.1.is_none()));
        assert_eq!(frames("“Ask her,” said a 2008 Senate veteran.")[0].1, Some("a 2008 Senate veteran".to_string()));
        assert_eq!(frames("“Ask her,” said one Ruiz confidant.")[0].1, Some("one Ruiz confidant".to_string()));
        assert!(frames("“Ask her,” said the Ruiz campaign was late.").iter().all(|f| f.1.is_none()));
        assert!(frames("Costs ran “in the seven figures” described the impact as grave.").iter().all(|f| f.1.is_none()));
    }

    #[test]
    fn a_verb_and_its_particle_are_one_cue() {
        assert_eq!(frames("Sanders shot back, “We won.”"), [f("shot back", Some("Sanders"), ", “We won.”")]);
        assert_eq!(frames("“Wait,” her husband cut in.")[0].1, Some("her husband".to_string()));
        // no speech without the particle, and a manner cue reports nothing
        assert!(frames("The guard shot the lock.").is_empty());
        assert_eq!(frames("Ruiz fired back at critics.")[0].0, "fired back");
        // "in" after "said" is no particle: the subject is before the commas
        assert_eq!(frames("“No,” Jo Lee, the manager, said in a statement.")[0].1, Some("Jo Lee".to_string()));
    }

    #[test]
    fn older_fiction_inversions() {
        // verbs of older fiction
        assert_eq!(frames("“So soon?” queried Mrs. Quill.")[0].1, Some("Mrs. Quill".to_string()));
        assert_eq!(frames("“Not I,” drawled the captain.")[0].1, Some("the captain".to_string()));
        // a semicolon after the closing mark
        assert_eq!(frames("“No”; said Mr. Quill approvingly.")[0].1, Some("Mr. Quill".to_string()));
        // a word of feeling before the name, only before a name
        assert_eq!(frames("“What is that?” inquired poor Tobin.")[0].1, Some("Tobin".to_string()));
        assert!(frames("“What is that?” inquired poor thing.").iter().all(|f| f.1.is_none()));
        // a capitalised noun after an adjective
        assert_eq!(frames("“Hold your tongue!” said the young Crab.")[0].1, Some("the young Crab".to_string()));
        // "in" and what the speaker wears or where he sits, not the medium
        assert_eq!(frames("“Hush!” said the gentleman in the white waistcoat.")[0].1, Some("the gentleman in the white waistcoat".to_string()));
        assert_eq!(frames("“We go,” said the official in a statement.")[0].1, Some("the official".to_string()));
        assert_eq!(frames("“We go,” said the official in a brief interview.")[0].1, Some("the official".to_string()));
        // nor the manner: "in a trembling voice"
        assert_eq!(frames("“Who is it?” said the young clerk in a trembling voice.")[0].1, Some("the young clerk".to_string()));
    }

    #[test]
    fn a_time_phrase_between_subject_and_verb() {
        assert_eq!(frames("Ana Ruiz on Tuesday said the port was shut.")[0].1, Some("Ana Ruiz".to_string()));
        assert_eq!(frames("The council last week said the port was shut.")[0].1, Some("The council".to_string()));
        // a place is no time: "in Ardenholt" is not stepped over this way
        assert!(frames("Strikes on Tuesday said nothing.").iter().all(|f| f.1.as_deref() != Some("Tuesday")));
    }

    #[test]
    fn a_quote_that_closes_an_apposition_before_the_verb() {
        // a comma inside the closing mark, or inside two apostrophes
        assert_eq!(frames("Ana Ruiz, citing “the magic of the port,” said the ferry would sail.")[0].1, Some("Ana Ruiz".to_string()));
        assert_eq!(frames("Ana Ruiz, citing ''the magic of the port,'' said the ferry would sail.")[0].1, Some("Ana Ruiz".to_string()));
    }

    #[test]
    fn a_medium_between_subject_and_verb_is_no_part_of_the_subject() {
        assert_eq!(frames("Ana Ruiz in a Medium post said the port was shut.")[0].1, Some("Ana Ruiz".to_string()));
        assert_eq!(frames("The mayor in an interview said the port was shut.")[0].1, Some("The mayor".to_string()));
        assert_eq!(frames("The head of the council in a statement on Monday said the port was shut.")[0].1, Some("The head of the council".to_string()));
        // inside a clause: "while" before the subject
        let got = frames("Berg built a pier, while Ana Ruiz in a radio interview said the port was shut.");
        assert_eq!(got.last().and_then(|f| f.1.clone()), Some("Ana Ruiz".to_string()), "{got:?}");
        // a place is no medium (its noun is the subject)
        assert_eq!(frames("Officials in Ardenholt said the port was shut.")[0].1, Some("Officials".to_string()));
    }

    #[test]
    fn a_time_is_no_subject() {
        assert_eq!(frames("Odum just this month announced he would retire.")[0].1, Some("Odum".to_string()));
        assert_eq!(frames("The agency a month later announced the depot would close.")[0].1, Some("The agency".to_string()));
        let belief_speakers = |text: &str| {
            let toks = tokenize(text, 0..text.len());
            let w = Words::new(text, &toks);
            find_beliefs(&w, &vec![false; toks.len()]).iter().filter_map(|f| f.speaker.as_ref().map(|p| text[p.span.clone()].to_string())).collect::<Vec<_>>()
        };
        assert!(belief_speakers("A survey released in late March found that most riders wanted a new line.").iter().all(|s| !s.contains("March")));
        assert_eq!(belief_speakers("A survey published this week found that most riders wanted a new line."), ["A survey"]);
        // a month that is a name still speaks
        assert_eq!(frames("May said the port was shut.")[0].1, Some("May".to_string()));
        assert_eq!(frames("Theresa May said the port was shut.")[0].1, Some("Theresa May".to_string()));
    }

    #[test]
    fn a_hearer_before_a_place_is_no_content() {
        assert_eq!(frames("Clinton told a crowd in Seattle on Tuesday.")[0].2, "in Seattle on Tuesday.");
        assert_eq!(frames("Ruiz told a town hall in Salem, Oregon on Monday that costs rose.")[0].2, "costs rose.");
        // the object is the content: "the story of …" is what was told
        assert_eq!(frames("She told the story of a miner.")[0].2, "story of a miner.");
    }

    #[test]
    fn a_name_and_a_colon_label_what_follows() {
        assert_eq!(frames("Ruiz: Port Will Reopen by May")[0].2, "Port Will Reopen by May");
        // a tally or a roll of names is no speech
        assert!(frames("Ida Varga: 1,769.").is_empty());
        assert!(frames("Harbour board: Ida Varga, Kelly Arno, Tom Osei.").is_empty());
        // a running head or a contributor line is no speaker
        assert!(frames("The Latest: Ruiz wins the harbour vote").is_empty());
        assert!(frames("Contributing: Ida Varga").is_empty());
    }

    #[test]
    fn state_is_a_cue_only_before_that_or_after_a_quote() {
        assert_eq!(frames("The memo states that the port closed.")[0].2, "the port closed.");
        assert_eq!(frames("“We will go,” the union states in its paper.")[0].1.as_deref(), Some("the union"));
        // a noun or a title's first word
        let got = frames("Supporters include state Rep. Ida Varga, who said the port closed.");
        assert!(got.iter().all(|f| f.0 != "state"), "{got:?}");
        assert!(frames("The race moves to Western states this week.").is_empty());
    }

    #[test]
    fn called_after_a_noun_names_it() {
        assert!(frames("Ruiz joined a program called Harbour Watch.").iter().all(|f| f.0 != "called"));
        assert!(frames("The so called harbour tax passed.").is_empty());
        // a speaker noun, a pronoun, a name or an auxiliary before it speak
        assert_eq!(frames("A spokesman called the plan reckless.")[0].1.as_deref(), Some("A spokesman"));
        assert_eq!(frames("Ruiz, a candidate who has called the plan reckless, lost.")[0].0, "called");
    }

    #[test]
    fn after_a_quote_told_names_only_its_hearer() {
        assert_eq!(frames("“We will win,” Ruiz told a cheering crowd in Ardenholt.")[0].2, "");
        assert_eq!(frames("“We will win,” Ruiz told NBC’s “Today” on Monday.")[0].2, "");
        // "said" may have a clause of its own after the quote
        assert_eq!(frames("“No,” Ruiz said the port would stay shut.")[0].2, "the port would stay shut.");
    }

    #[test]
    fn a_comma_after_the_hearer_closes_it() {
        // a quote or a clause after the comma is the content
        assert_eq!(frames("Ruiz told a cheering crowd, “We will win.”")[0].2, "“We will win.”");
        assert_eq!(frames("Ruiz told the packed hall, the port would reopen.")[0].2, "the port would reopen.");
        // anything else is none
        assert_eq!(frames("Ruiz told the packed hall, where crews watched on a screen.")[0].2, "");
        assert_eq!(frames("Ruiz told the crowd, her voice drowned out by boos.")[0].2, "");
    }

    #[test]
    fn the_second_of_two_places_is_no_subject() {
        assert_eq!(frames("Voters in Ohio and Iowa say the economy matters.")[0].1.as_deref(), Some("Voters"));
        assert_eq!(frames("Officials in Ohio or Iowa said the roads were shut.")[0].1.as_deref(), Some("Officials"));
    }

    #[test]
    fn a_phrase_after_a_preposition_is_no_subject() {
        assert_eq!(frames("Ruiz at the time said she would pay.")[0].1, Some("Ruiz".to_string()));
        assert_eq!(frames("Officials in the capital said the roads were shut.")[0].1, Some("Officials in the capital".to_string()));
        // a place's name after "in" is not who spoke
        assert_eq!(frames("Officials in Ardenholt said the roads were shut.")[0].1, Some("Officials".to_string()));
        assert_eq!(frames("Ruiz in Ardenholt said the roads were shut.")[0].1, Some("Ruiz".to_string()));
        // past the participle the place belongs to
        assert_eq!(frames("Protesters marching through the streets chanted “Out!”")[0].1, Some("Protesters".to_string()));
    }

    #[test]
    fn an_adverbial_with_punctuation_before_that() {
        assert_eq!(frames("Ruiz said — on the radio, as it happens — that the port was shut.")[0].2, "the port was shut.");
        assert_eq!(frames("Ruiz said on “The Harbour Hour” that the port was shut.")[0].2, "the port was shut.");
        assert_eq!(frames("Ruiz said, however, that the port was shut.")[0].2, "the port was shut.");
        assert_eq!(frames("Ruiz said in her opening remarks that the port was shut.")[0].2, "the port was shut.");
        // a relative "that" after the adverbial's noun is no content's start
        assert_eq!(frames("Ruiz said in a statement that was posted online the port was shut.")[0].2, "in a statement that was posted online the port was shut.");
        // after a comma and a clause, a later "that" is another verb's
        assert_eq!(frames("Ruiz said, since most of them accept that fares rose.")[0].2, ", since most of them accept that fares rose.");
    }

    #[test]
    fn a_relative_that_after_the_object_opens_no_content() {
        // "that" and a past or auxiliary verb after a noun with its determiner
        assert_eq!(frames("Ruiz said the council sold the land that had been flooded.")[0].2, "the council sold the land that had been flooded.");
        assert_eq!(frames("Ruiz agreed to reclaim the mines that closed in May.")[0].2, "to reclaim the mines that closed in May.");
        // a hearer before "that" is the content's start, as is a subject after it
        assert_eq!(frames("Ruiz told the crowd that the port was shut.")[0].2, "the port was shut.");
        assert_eq!(frames("Ruiz said the other day that the port was shut.")[0].2, "the port was shut.");
        // "and that": a second content of the same verb
        assert_eq!(frames("Ruiz said the port was shut and that ferries had stopped.")[0].2, "the port was shut and that ferries had stopped.");
    }

    #[test]
    fn a_long_subject_from_the_sentence_start() {
        // an apposition and a relative clause longer than the comma search
        let got = frames("Dana Holt, a ferry captain from Ardenholt, Ore., who has sailed the strait for twenty years, said the crossing was safe.");
        assert_eq!(got[0].1.as_deref(), Some("Dana Holt"));
        // a noun phrase running on into a participle or a relative clause
        // (with a time after the participle, the time and the participle
        // are stepped over first: a_time_is_no_subject)
        assert_eq!(frames("A court filing released on Thursday said the port had been sold.")[0].1.as_deref(), Some("A court filing"));
        assert_eq!(frames("Several pilots we have spoken with said the runway was too short.")[0].1.as_deref(), Some("Several pilots we have spoken with"));
        // a speech-verb form right before the verb is the head noun
        assert_eq!(frames("One angry tweet asked why the runway was shut.").iter().find(|f| f.0 == "asked").and_then(|f| f.1.clone()).as_deref(), Some("One angry tweet"));
        // a clause of its own is no subject: "took", "is defending", "says"
        assert!(frames("The ferry took the long route despite repeated warnings.").iter().all(|f| f.1.is_none()));
        assert!(frames("The port is defending its late-night tweets.").iter().all(|f| f.1.is_none()));
        // mid-sentence, the words before the verb may end another clause
        assert!(frames("The levy passed, then a court filing released on Thursday said it was void.").iter().all(|f| f.1.as_deref() != Some("The levy")));
    }

    #[test]
    fn a_particle_may_stand_between_cue_and_inverted_speaker() {
        assert_eq!(frames("“Never,” cried out Ana Ruiz.")[0].1, Some("Ana Ruiz".to_string()));
        assert_eq!(frames("“Never,” called out the porter.")[0].1, Some("the porter".to_string()));
        // the particle starts no speaker of its own: "said up to ten" is no name
        assert!(frames("“Never,” said up to ten of them.").iter().all(|f| f.1.is_none()));
    }

    #[test]
    fn told_skips_the_listener() {
        assert_eq!(frames("A senior official told Axios the talks were over."), [f("told", Some("A senior official"), "the talks were over.")]);
        assert_eq!(frames("She told reporters on Monday that talks were over."), [f("told", Some("She"), "talks were over.")]);
    }

    #[test]
    fn cues_inside_quotes_and_nouns_are_not_frames() {
        assert!(frames("“He said nothing,” was the reply to the report.").is_empty());
        assert!(frames("The mayor declined to comment.").is_empty());
    }

    #[test]
    fn a_subject_with_an_apposition_after_and() {
        assert_eq!(frames("Talks stalled, and Ana Ruiz, the port's lawyer, said she was ready.")[0].1, Some("Ana Ruiz".to_string()));
        assert_eq!(frames("Talks stalled, but Ruiz, 45, said she was ready.")[0].1, Some("Ruiz".to_string()));
    }

    #[test]
    fn the_antecedent_of_a_relative_clause_speaks() {
        assert_eq!(frames("Voters who attended the rally in Dayton said the mill would stay.")[0].1, Some("Voters".to_string()));
        assert_eq!(frames("Two aides who spoke to reporters said the mill would stay.")[0].1, Some("Two aides".to_string()));
        // "who" right before the verb: the relative's own subject
        assert_eq!(frames("The man who said the mill would stay left early.")[0].1, Some("who".to_string()));
    }

    #[test]
    fn a_role_of_an_organisation_speaks() {
        assert_eq!(frames("The head of the Harbour Board said the mill would stay.")[0].1, Some("The head of the Harbour Board".to_string()));
        assert_eq!(frames("A spokesman for the Harbour Board said the mill would stay.")[0].1, Some("A spokesman for the Harbour Board".to_string()));
    }

    #[test]
    fn a_person_of_an_organisation_speaks() {
        assert_eq!(frames("Lena Park of the University of Dayton said the mill would stay.")[0].1, Some("Lena Park".to_string()));
        assert_eq!(frames("The University of Dayton said the mill would stay.")[0].1, Some("The University of Dayton".to_string()));
        // not a description before "of": "the board of the Dayton Courier
        // Ruiz said" has lost a comma, and the board does not speak
        assert!(!frames("In a meeting with the board of the Dayton Courier Ruiz said the mill would stay.")[0].1.as_deref().unwrap_or("").starts_with("the board"));
    }

    #[test]
    fn a_city_and_its_state_are_no_apposition() {
        assert_eq!(frames("Ruiz, at a town hall in Dayton, Ohio, said the mill would stay.")[0].1, Some("Ruiz".to_string()));
        assert_eq!(frames("Ruiz, speaking at a rally in Wilmington, N.C., warned that the mill would close.")[0].1, Some("Ruiz".to_string()));
        // with no comma before the place, the state's comma opens nothing
        assert_eq!(frames("Workers in Dayton, Ohio, said the mill would stay.")[0].1, Some("Workers".to_string()));
    }

    #[test]
    fn a_share_of_people_speaks() {
        assert_eq!(frames("Only 31 percent said the tax was fair.")[0], f("said", Some("Only 31 percent"), "the tax was fair."));
        assert_eq!(frames("About three in 10 said they would move.")[0], f("said", Some("About three in 10"), "they would move."));
        assert_eq!(frames("Most of them said the bus was late.")[0], f("said", Some("Most of them"), "the bus was late."));
        assert_eq!(frames("Almost half said they would wait.")[0], f("said", Some("Almost half"), "they would wait."));
    }

    #[test]
    fn a_later_that_belongs_to_the_content() {
        let got = frames("Ruiz said she was asked to resign to prove that she had lied.");
        assert_eq!(got[0], f("said", Some("Ruiz"), "she was asked to resign to prove that she had lied."));
    }

    #[test]
    fn apposition_and_according_to() {
        assert_eq!(frames("Dana Holt, a Labour MP, said it was over."), [f("said", Some("Dana Holt"), "it was over.")]);
        assert_eq!(frames("According to police, the road is shut."), [f("According to", Some("police"), ", the road is shut.")]);
        // a person named after an organisation's role speaks, not the role
        let got = crate::test_support::direct_speakers("The head of the Tarvonia Port Authority, Ida Varga, said: “We will reopen.”");
        assert_eq!(got, [Some("Ida Varga".to_string())]);
    }

    /// A sentence that opens with a name or description and its apposition:
    /// the phrase after the verb is the object ("calls Horgos “a mistake”"),
    /// not an inverted speaker. A clause before the comma keeps the inversion.
    #[test]
    fn the_subject_of_an_apposition_outranks_an_inversion() {
        let speaker = |text: &str| frames(text)[0].1.clone();
        assert_eq!(speaker("Ida Varga, a ferry captain from Ava, calls Horgos “a mistake” on the radio."), Some("Ida Varga".into()));
        assert_eq!(speaker("The party chairman, Kelly Arno, called the vote “a farce.”"), Some("Kelly Arno".into()));
        assert_eq!(speaker("The talks failed there, said one source in the room."), Some("one source in the room".into()));
        assert_eq!(speaker("“No”, said Ida Varga."), Some("Ida Varga".into()));
    }

    /// Subjects the phrase rules do not read whole: a description with a
    /// prepositional phrase or a bare ordinal before a name in commas, a
    /// stray comma after a name and its party, an aside between dashes, an
    /// adverb after the subject.
    #[test]
    fn subjects_with_asides() {
        let speaker = |text: &str| frames(text).first().and_then(|f| f.1.clone());
        assert_eq!(speaker("A ferry captain on the night route, Ida Varga, said the port was shut."), Some("Ida Varga".into()));
        assert_eq!(speaker("A third, Kelly Arno, said the port was shut."), Some("Kelly Arno".into()));
        assert_eq!(speaker("Sen. Ida Varga (D-Ore.), said after a lunch that the port was shut."), Some("Sen. Ida Varga".into()));
        assert_eq!(speaker("Many captains at the harbour — including Varga and Arno — said the port was shut."), Some("Many captains at the harbour".into()));
        assert_eq!(speaker("The voters overall said the port was shut."), Some("The voters".into()));
        // a clause before the comma is no description, a lone word no name
        assert_eq!(speaker("After voting twice, Kelly Arno, said the port was shut."), None);
        // (the noun before the verb, not the adverb before the comma)
        assert_eq!(speaker("Initially, harbour staff did not say the port was shut."), Some("staff".into()));
    }

    /// A plural noun and its modifiers before "say", "argue", "believe":
    /// the subject, when the phrase opens a clause.
    #[test]
    fn a_plural_noun_before_a_plural_verb_speaks() {
        let speaker = |text: &str| frames(text).first().and_then(|f| f.1.clone());
        assert_eq!(speaker("But harbour safety specialists say the pier is unsafe."), Some("harbour safety specialists".into()));
        assert_eq!(speaker("Some ferry captains argue the pier is unsafe."), Some("Some ferry captains".into()));
        // inside a relative clause the noun is an object
        assert!(!speaker("Captains who favor higher harbour fees argue the pier is unsafe.").is_some_and(|s| s.contains("fees")));
        assert!(frames("It is easy to say the pier is unsafe.").iter().all(|f| f.1.is_none()));
    }

    /// "in" and a poll is a frame of its own, marked as a poll's (it serves
    /// reported content only); "in the polls" leading a clause too.
    #[test]
    fn a_poll_after_in_is_a_frame() {
        let text = "In a Harbour Times poll released Monday, Ruiz leads.";
        let toks = tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let found = find(&w, &vec![false; toks.len()]);
        assert_eq!(found.len(), 1);
        assert!(is_poll_frame(&w, &found[0]));
        assert_eq!(&text[found[0].speaker.as_ref().unwrap().span.clone()], "a Harbour Times poll released Monday");
        assert!(frames("Ruiz waited in a row that the Harbour Times poll had shown.").is_empty());
    }

    /// A sentence that opens with a quote, then a name with a long
    /// apposition and the verb.
    #[test]
    fn a_long_subject_after_an_opening_quote() {
        let speakers = crate::test_support::direct_speakers("“We will go,” Ida Varga, director of the harbour authority of the northern isles and a professor at the maritime college of Leith University, said of the plan.");
        assert_eq!(speakers, [Some("Ida Varga".to_string())]);
    }

    /// Speakers right after a quote that were missed: a noun with "from"
    /// and a place, a party noun after "the", an adjective before a party
    /// and a role.
    #[test]
    fn more_speakers_beside_a_quote() {
        let speaker = |text: &str| frames(text)[0].1.clone();
        assert_eq!(speaker("“No,” tweeted a ferry user from Leith."), Some("a ferry user".into()));
        assert_eq!(speaker("“No,” the Republican said."), Some("the Republican".into()));
        assert_eq!(speaker("“No,” said undecided Republican voter Ida Varga of Leith."), Some("Republican voter Ida Varga".into()));
        // an adjective alone is still no subject: "32% of Republican claims"
        assert!(frames("Some 32% of Republican claims were false.").is_empty());
        // after a quote, what follows the inverted speaker is no content
        let text = "“It is over,” said the man who built the pier.";
        let toks = tokenize(text, 0..text.len());
        let in_quote = crate::attribution::quote_mask(text, &toks);
        assert_eq!(find(&Words::new(text, &toks), &in_quote)[0].content_from, toks.len());
    }

    /// A time phrase after a preposition is no subject, also after an
    /// auxiliary: "who has in the past described" is the relative's.
    #[test]
    fn a_time_phrase_between_auxiliary_and_verb() {
        let speakers = crate::test_support::direct_speakers("Ida Varga, who has in the past described the ferry as “a relic,” spoke on Monday.");
        assert_eq!(speakers, [Some("Ida Varga".to_string())]);
        // a year between the relative and its verb
        let speakers = crate::test_support::direct_speakers("Ida Varga, who in 2010 said the ferry was “a relic,” spoke on Monday.");
        assert_eq!(speakers, [Some("Ida Varga".to_string())]);
    }

    #[test]
    fn a_long_source_after_according_to() {
        let got = frames("According to exit polls conducted for the networks by a research firm in the north, turnout rose.");
        assert_eq!(got[0].1.as_deref(), Some("exit polls conducted for the networks by a research firm in the north"));
        let got = frames("Turnout rose, according to exit polls conducted for the networks by a research firm.");
        assert_eq!(got[0].1.as_deref(), Some("exit polls conducted for the networks by a research firm"));
        // no comma or full stop within reach: no source
        let long = "According to ".to_string() + &"many ".repeat(30) + "people, it rained.";
        assert_eq!(frames(&long)[0].1, None);
    }

    #[test]
    fn capitalised_verb_forms_inside_names_are_nouns() {
        assert!(frames("The Buckeye State is one of 45 such states.").is_empty());
        assert!(frames("Trade with the United States grew.").is_empty());
        assert!(!frames("Pier Deal Could Pass, Lindsey Graham Says.").is_empty());
    }

    #[test]
    fn participle_and_quoted_as_saying() {
        let got = frames("He said it was over, adding that more talks would follow.");
        assert_eq!(got[1], f("adding", None, "more talks would follow."));
        assert_eq!(frames("Local media quoted officials as saying the port had closed."), [f("quoted officials as saying", Some("officials"), "the port had closed.")]);
    }
}
