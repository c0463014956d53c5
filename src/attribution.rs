//! Who said it: speech cues get their speaker's entity, quotes get a cue's
//! speaker by a sequence of sieves, reported speech becomes quote spans.
//!
//! Sieves for a direct quote, first match wins:
//! 1. a cue right after it: “…,” Trump told reporters / “…,” said Caddell
//! 2. a cue right before it: Trump said: “…” / or the quote is part of a
//!    reported clause: Araghchi stressed that the program is “non-negotiable”
//! 3. another quote of the same paragraph with a speaker: “A,” he said, “B.”
//! 4. a cue in the same sentence
//! 5. a paragraph of quotes only continues the previous paragraph's speaker

use crate::assemble::{Findings, Mention, QuoteFinding};
use crate::cues::{self, CueKind, Frame};
use crate::dialogue;
use crate::entities::Registry;
use crate::lexicon::VerbClass;
use crate::phrases::{PhraseKind, Words};
use crate::quotes::Quote;
use crate::reported;
use crate::tokens::{tokenize, Token};
use std::ops::Range;

/// Marks tokens inside quotation marks (the marks included).
#[cfg(test)]
pub fn quote_mask(text: &str, toks: &[Token]) -> Vec<bool> {
    let para = toks.first().map_or(0..0, |f| f.start..toks.last().map_or(f.start, |l| l.end));
    let ranges: Vec<(usize, usize)> = crate::quotes::find(text, &[para]).iter().map(|q| (q.start, q.end)).collect();
    mask_from(toks, &ranges)
}

/// One sweep over tokens and quotes (both in text order).
fn mask_from(toks: &[Token], quotes: &[(usize, usize)]) -> Vec<bool> {
    let mut q = 0;
    toks.iter()
        .map(|t| {
            while q < quotes.len() && quotes[q].1 < t.end {
                q += 1;
            }
            quotes.get(q).is_some_and(|&(s, e)| t.start >= s && t.end <= e)
        })
        .collect()
}

/// The state carried from one paragraph to the next.
#[derive(Default)]
pub struct Carry {
    /// Speaker of the last attributed quote or reported clause.
    last_speaker: Option<usize>,
    /// The previous paragraph ended with a colon ("Caddell continued:").
    ended_with_colon: bool,
    /// Speakers of the run of dialogue paragraphs just before this one
    /// (paragraphs that are quotes with at most a short attribution).
    turns: Vec<Option<usize>>,
    /// Every paragraph so far, for the conversation pass (dialogue.rs).
    pub paragraphs: Vec<dialogue::Paragraph>,
    /// The paragraph after this one opens with a quote (set by the caller).
    pub next_opens_with_quote: bool,
}

impl Carry {
    /// The speaker of a bare quote that opens a paragraph. In a dialogue of
    /// two people, turns alternate:
    ///     “Where are you going?” asked Mara.
    ///     “Out,” said Tomas.
    ///     “When will you be back?”     <- Mara
    /// elsewhere the previous speaker goes on (the news convention).
    fn next_turn(&self, continues: bool) -> Option<(usize, &'static str)> {
        let n = self.turns.len();
        if !continues && n >= 2 {
            if let (Some(a), Some(b)) = (self.turns[n - 2], self.turns[n - 1]) {
                if a != b {
                    return Some((a, "attribution::conversation"));
                }
            }
        }
        self.last_speaker.map(|s| (s, "attribution::carry_over"))
    }
}

/// Quotes with at most a short attribution around them: a turn of dialogue.
fn is_dialogue_turn(w: &Words, in_quote: &[bool]) -> bool {
    let outside = (0..w.toks.len()).filter(|&k| !in_quote[k] && w.is_word(k)).count();
    in_quote.iter().any(|&q| q) && outside <= 8
}

/// Annotates one paragraph: frames, reported speech, direct quotes.
pub fn paragraph(text: &str, para: Range<usize>, sentences: &[Range<usize>], quotes: &[Quote], reg: &mut Registry, carry: &mut Carry, out: &mut Findings) {
    let toks = tokenize(text, para.clone());
    if toks.is_empty() {
        return;
    }
    let w = Words::new(text, &toks);
    let qranges: Vec<(usize, usize)> = quotes.iter().map(|q| (q.start, q.end)).collect();
    let in_quote = mask_from(&toks, &qranges);
    let quotes_before = out.quotes.len();
    let sentence_of = Sentences::new(sentences, &toks);
    // belief frames are resolved in text order with the speech cues (a
    // pronoun's antecedent depends on it) but serve only reported content
    let mut frames = cues::find(&w, &in_quote);
    frames.extend(cues::find_beliefs(&w, &in_quote));
    crate::sort::by_key(&mut frames, |f| (f.cue_tok as u64, 0, 0));
    let mentions_before = out.mentions.len();
    resolve_frames(&w, &mut frames, &sentence_of, &in_quote, reg, out);
    // a poll as source ("In a CNN poll, …") serves reported content only,
    // as beliefs do: a quote beside it is a person's
    let (beliefs, frames): (Vec<Frame>, Vec<Frame>) = frames.into_iter().partition(|f| matches!(f.class, VerbClass::Belief(_)) || cues::is_poll_frame(&w, f));
    learn_genders(&w, &out.mentions[mentions_before..], &sentence_of, &in_quote, reg);
    let frame_starts = frame_starts(&w, &frames);
    let (contents, requests) = reported_contents(&w, &frames, &sentence_of, &in_quote, &frame_starts, out);
    let belief_found = belief_contents(&w, &beliefs, &contents, &sentence_of, &in_quote, &frame_starts);
    let first_new = out.quotes.len();
    attribute_quotes(&w, quotes, &frames, &contents, &belief_found, &sentence_of, carry, reg, &in_quote, out);
    // a ''typewriter'' quote inside a request is part of its content too
    let mut k = first_new;
    while k < out.quotes.len() {
        let q = &out.quotes[k];
        if !q.direct && requests.iter().any(|r| r.start <= q.start && q.end <= r.end) {
            out.quotes.remove(k);
        } else {
            k += 1;
        }
    }
    let turn = is_dialogue_turn(&w, &in_quote);
    let mut addressed = Vec::new();
    if turn {
        for q in quotes {
            addressed_in(&w, quote_toks(w.toks, q), reg, &mut addressed);
        }
    }
    let ends_with_quote = (0..toks.len()).rev().find(|&k| w.is_word(k)).is_some_and(|k| in_quote[k]);
    if ends_with_quote && !turn {
        for q in quotes {
            addressed_in(&w, quote_toks(w.toks, q), reg, &mut addressed);
        }
    }
    carry.paragraphs.push(dialogue::Paragraph { quotes: first_new..out.quotes.len(), turn, addressed, ends_with_quote });
    if turn {
        let speaker = out.quotes[first_new..].iter().find(|q| q.direct).and_then(|q| q.speaker);
        carry.turns.push(speaker);
    } else {
        carry.turns.clear();
    }
    carry.ended_with_colon = text[para.clone()].trim_end().ends_with(':');
    // only this paragraph's findings: a search further back would make a
    // long text of quote-less paragraphs quadratic
    if let Some(s) = out.quotes[quotes_before..].iter().rev().find(|q| q.start >= para.start).and_then(|q| q.speaker) {
        carry.last_speaker = Some(s);
    } else if !frames.is_empty() || quotes.is_empty() {
        carry.last_speaker = frames.iter().rev().find_map(|f| f.entity);
    }
    for (f, r, rule) in &belief_found {
        out.quotes.push(QuoteFinding { start: w.toks[r.start].start, end: w.toks[r.end - 1].end, speaker: f.entity, direct: false, cue: Some(w.text[f.cue.clone()].to_string()), rule });
    }
    // "Trump’s supporters seemed equally unperturbed": the writer's
    // judgement, a content without a source (outside anyone's content)
    let taken = |k: usize| contents.iter().flatten().chain(belief_found.iter().map(|(_, r, _)| r)).any(|r| r.contains(&k)) || frames.iter().any(|f| sentence_of.around(f.cue_tok).contains(&k));
    let mut k = 0;
    while k < toks.len() {
        if let Some(r) = reported::judgement::content(&w, k, sentence_of.around(k), &in_quote).filter(|_| !taken(k)) {
            out.quotes.push(QuoteFinding { start: w.toks[r.start].start, end: w.toks[r.end - 1].end, speaker: None, direct: false, cue: Some(w.word(k).to_string()), rule: "reported::judgement" });
            k = k.max(r.end);
        }
        k += 1;
    }
    // "Sanders made the following comment:" hands the next paragraph's quote
    // to the subject of its last sentence
    // a paragraph of narration hands a bare quote right after it to the
    // subject of its last sentence, as an action beat does:
    //     Mrs. Quill could not contain herself, and began scolding Kitty.
    //     “Don’t keep coughing so, Kitty!”
    note_subjects(&w, &sentence_of, &in_quote, &frames, reg);
    let beat = quotes.is_empty() && carry.next_opens_with_quote;
    if (carry.ended_with_colon || beat) && frames.iter().all(|f| f.entity.is_none()) {
        let last = toks.len() - 1;
        if let Some(id) = sentence_subject(&w, last, &sentence_of, &in_quote, reg, out) {
            carry.last_speaker = Some(id);
        }
    }
}

/// The people a quote right beside a cue addresses by name: a name set off
/// by commas or the quote's own ends, “Good morning, Christopher Robin,”
/// he said. / “My dear Mr. Quill,” said his wife. The pronoun speaker of
/// the cue is someone else.
fn addressed_beside(w: &Words, extent: Range<usize>, in_quote: &[bool], reg: &Registry) -> Vec<usize> {
    // the quote just before the cue (across its comma) or just after it
    let before = (extent.start.saturating_sub(2)..extent.start).rev().find(|&k| in_quote[k]);
    let after = (extent.end..(extent.end + 2).min(in_quote.len())).find(|&k| in_quote[k]);
    let mut found = Vec::new();
    for edge in [before, after].into_iter().flatten() {
        let mut lo = edge;
        while lo > 0 && in_quote[lo - 1] && edge - lo < 200 {
            lo -= 1;
        }
        let mut hi = edge;
        while hi + 1 < in_quote.len() && in_quote[hi + 1] && hi - edge < 200 {
            hi += 1;
        }
        addressed_in(w, lo..hi + 1, reg, &mut found);
    }
    found
}

/// Adds the known people the quote on tokens `quote` (its marks included)
/// addresses by name to `found`.
fn addressed_in(w: &Words, quote: Range<usize>, reg: &Registry, found: &mut Vec<usize>) {
    let (lo, hi) = (quote.start, quote.end.saturating_sub(1));
    let mut k = lo;
    while k <= hi {
        // “Robin, …”, “…, Robin,”, “My dear Mr. Quill, …”
        let opens = k == lo + 1 || k > lo && (w.word(k - 1) == "," || w.lower(k - 1) == "dear");
        if !(opens && w.is_name_word(k)) {
            k += 1;
            continue;
        }
        let mut end = k;
        while end < hi && w.is_name_word(end + 1) {
            end += 1;
        }
        let closes = end + 1 >= hi || matches!(w.word(end + 1), "," | "!" | "?" | ".");
        if closes {
            if let Some(id) = reg.named(crate::chars::trim_suffix(w.lower(end), "’s")) {
                found.push(id);
            }
        }
        k = end + 1;
    }
}

/// The sentences of a paragraph as token ranges, and each token's sentence.
pub struct Sentences {
    of: Vec<usize>,
    bounds: Vec<Range<usize>>,
}

impl Sentences {
    fn new(sentences: &[Range<usize>], toks: &[Token]) -> Sentences {
        let mut of = Vec::with_capacity(toks.len());
        let mut s = 0;
        for t in toks {
            while s + 1 < sentences.len() && t.start >= sentences[s].end {
                s += 1;
            }
            of.push(s);
        }
        let mut bounds = vec![0..0; sentences.len().max(1)];
        for (k, &sid) in of.iter().enumerate() {
            if bounds[sid].is_empty() {
                bounds[sid] = k..k + 1;
            } else {
                bounds[sid].end = k + 1;
            }
        }
        Sentences { of, bounds }
    }

    /// The token range of the sentence holding token `k`.
    fn around(&self, k: usize) -> Range<usize> {
        self.of.get(k).map_or(0..0, |&sid| self.bounds[sid].clone())
    }
}

/// Resolves each frame's speaker, in text order, together with the other
/// names of the paragraph so that pronouns see them.
fn resolve_frames(w: &Words, frames: &mut [Frame], sentence_of: &Sentences, in_quote: &[bool], reg: &mut Registry, out: &mut Findings) {
    let mut names = name_mentions(w, in_quote, frames);
    names.reverse();
    let mut last_entity: Option<usize> = None;
    let mut last_entity_tok = 0;
    for f in frames.iter_mut() {
        let at = f.extent.start;
        while names.last().is_some_and(|n| n.toks.start < at) {
            let n = names.pop().expect("checked");
            if let Some(id) = reg.resolve(w.text, &n) {
                out.mentions.push(Mention { start: n.span.start, end: n.span.end, entity: id, rule: "entities::name" });
                if !is_subject(w, &n, sentence_of) {
                    reg.mark_object(n.span.start);
                }
            }
        }
        f.entity = match (&f.speaker, f.kind) {
            // "Clinton chimed in on Twitter, saying that …": with no cue
            // before it in its sentence, a participle belongs to the subject
            (None, CueKind::Participle) => {
                let sentence = sentence_of.around(f.cue_tok);
                let cue_in_sentence = last_entity.is_some() && last_entity_tok >= sentence.start;
                if cue_in_sentence || f.cue_tok == sentence.start {
                    last_entity
                } else {
                    subject_before_comma(w, f.cue_tok, sentence.start, in_quote, reg, out).or_else(|| sentence_subject(w, f.cue_tok, sentence_of, in_quote, reg, out)).or(last_entity)
                }
            }
            (None, _) => None,
            (Some(p), _) => {
                let mut id = antecedent_of_who(w, p, reg, out).or_else(|| reg.resolve(w.text, p));
                if let (Some(found), PhraseKind::Pronoun(pr)) = (id, &p.kind) {
                    let addressed = addressed_beside(w, f.extent.clone(), in_quote, reg);
                    if addressed.contains(&found) {
                        id = reg.pronoun_other_than(*pr, p.span.start, &addressed);
                    }
                }
                if let (Some(id), PhraseKind::Pronoun(pr)) = (id, &p.kind) {
                    reg.learn_gender(id, *pr);
                }
                if let Some(id) = id {
                    let span = p.span.clone(); // the name with its title, or the description
                    out.mentions.push(Mention { start: span.start, end: span.end, entity: id, rule: "attribution::speaker" });
                }
                id
            }
        };
        // ", but warned that" belongs to the speaker of a speech cue, not to
        // a belief inside its content ("Ruiz said Tehran believes …, but warned")
        if f.entity.is_some() && !matches!(f.class, VerbClass::Belief(_)) {
            last_entity = f.entity;
            last_entity_tok = f.cue_tok;
        }
    }
    for n in names.into_iter().rev() {
        if let Some(id) = reg.resolve(w.text, &n) {
            out.mentions.push(Mention { start: n.span.start, end: n.span.end, entity: id, rule: "entities::name" });
            if !is_subject(w, &n, sentence_of) {
                reg.mark_object(n.span.start);
            }
        }
    }
}

/// A name that opens its sentence or stands before a verb: "Mr. Bennet
/// was among …", "… and Ruiz said". Not "… waited on Mr. Bingley."
fn is_subject(w: &Words, n: &crate::phrases::Phrase, sentence_of: &Sentences) -> bool {
    n.toks.start == sentence_of.around(n.toks.start).start || w.looks_finite(n.toks.end)
}

/// Learns a person's gender from the text itself: a name that opens its
/// sentence followed, with no other name between, by "his"/"her" or
/// "himself"/"herself": "Mara Quist put down her cup." -> she.
fn learn_genders(w: &Words, mentions: &[Mention], sentences: &Sentences, in_quote: &[bool], reg: &mut Registry) {
    for m in mentions {
        let k = w.toks.partition_point(|t| t.start < m.start);
        let sentence = sentences.around(k);
        if k >= w.toks.len() || k != sentence.start {
            continue;
        }
        let after = w.toks.partition_point(|t| t.start < m.end);
        for j in after..sentence.end.min(after + 20) {
            if in_quote[j] || w.is_capital(j) && !w.lower(j).is_empty() && w.word(j).chars().count() > 1 {
                break; // a quote or another name: the pronoun may be theirs
            }
            let pronoun = match w.lower(j) {
                "his" | "himself" | "him" => crate::phrases::Pronoun::He,
                "her" | "herself" | "hers" => crate::phrases::Pronoun::She,
                _ => continue,
            };
            reg.learn_gender(m.entity, pronoun);
            break;
        }
    }
}

/// "Mabry, who said …": the phrase before "who" is the speaker; its
/// mention is recorded too.
fn antecedent_of_who(w: &Words, p: &crate::phrases::Phrase, reg: &mut Registry, out: &mut Findings) -> Option<usize> {
    if p.kind != PhraseKind::Pronoun(crate::phrases::Pronoun::Who) || p.toks.start < 2 {
        return None;
    }
    let k = p.toks.start;
    let end = if w.word(k - 1) == "," { k - 2 } else { k - 1 };
    let antecedent = w.ending_at(end).filter(|a| !matches!(a.kind, PhraseKind::Pronoun(_)))?;
    let id = reg.resolve(w.text, &antecedent)?;
    out.mentions.push(Mention { start: antecedent.span.start, end: antecedent.span.end, entity: id, rule: "attribution::antecedent" });
    Some(id)
}

/// Names outside quotes and outside frames: "Prime Minister Benjamin
/// Netanyahu convened…", "Trump" once "Donald Trump" is known. Not places
/// ("in New York"), not sentence-initial single words.
fn name_mentions(w: &Words, in_quote: &[bool], frames: &[Frame]) -> Vec<crate::phrases::Phrase> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = w.toks.len();
    let mut speaker_tok = vec![false; n];
    for p in frames.iter().filter_map(|f| f.speaker.as_ref()) {
        speaker_tok[p.toks.clone()].iter_mut().for_each(|b| *b = true);
    }
    while i < n {
        let in_frame = speaker_tok[i];
        let capital = w.is_word(i) && w.word(i).chars().next().is_some_and(char::is_uppercase);
        if in_quote[i] || in_frame || !capital {
            i += 1;
            continue;
        }
        let mut e = i;
        while e + 1 < n && w.is_word(e + 1) && !in_quote[e + 1] && w.word(e + 1).chars().next().is_some_and(char::is_uppercase) {
            e += 1;
        }
        let place = i > 0 && matches!(w.lower(i - 1), "in" | "at" | "near" | "across" | "throughout" | "into" | "of" | "from" | "to" | "the");
        if !place && e > i {
            // "Miss Welland’s face grew rosy": a possessor is a mention too
            if let Some(p) = w.ending_at(e).or_else(|| w.possessor_ending_at(e)).filter(|p| matches!(p.kind, PhraseKind::Name { org: false, .. })) {
                // (a known given name alone too, after a sentence adverb:
                // "Certainly Margaret was impulsive.")
                let name = match &p.kind {
                    PhraseKind::Name { name, .. } => &w.text[name.clone()],
                    _ => "",
                };
                let words = name.split_whitespace().count();
                if words >= 2 || p.title.is_some() || words == 1 && crate::lexicon::is_given_name(name) {
                    out.push(p);
                }
            }
        }
        i = e + 1;
    }
    out
}

/// Reported speech of every frame; returns each frame's content tokens
/// (none for a request) and the byte ranges of the requests.
/// Tokens where an "X said" attribution begins (a mask: looked up per
/// token), where a content before it ends.
fn frame_starts(w: &Words, frames: &[Frame]) -> Vec<bool> {
    let mut starts = vec![false; w.toks.len()];
    for f in frames.iter().filter(|f| f.kind == CueKind::Verb) {
        if let Some(b) = starts.get_mut(f.extent.start) {
            *b = true;
        }
    }
    starts
}

fn reported_contents(w: &Words, frames: &[Frame], sentence_of: &Sentences, in_quote: &[bool], frame_starts: &[bool], out: &mut Findings) -> (Vec<Option<Range<usize>>>, Vec<Range<usize>>) {
    let mut contents = Vec::with_capacity(frames.len());
    let mut requests = Vec::new();
    for f in frames {
        let c = reported::content(w, f, sentence_of.around(f.cue_tok), in_quote, frame_starts);
        if let Some((r, rule)) = &c {
            out.quotes.push(QuoteFinding {
                start: w.toks[r.start].start,
                end: w.toks[r.end - 1].end,
                speaker: f.entity,
                direct: false,
                cue: Some(w.text[f.cue.clone()].to_string()),
                rule,
            });
        }
        // a quote inside a request ("They ask the mayor to make it clear
        // “that …”") is often the words asked for, not the asker's: the
        // sieves do not hand it over by containment
        if let Some((r, "reported::request")) = &c {
            requests.push(w.toks[r.start].start..w.toks[r.end - 1].end);
        }
        contents.push(c.filter(|(_, rule)| *rule != "reported::request").map(|(r, _)| r));
    }
    (contents, requests)
}

/// Reported content of belief frames, except inside the content of a
/// speech cue: in "Ruiz said she believes the port will reopen" only what
/// Ruiz said is content (PolNeAR nests no attributions).
fn belief_contents<'f>(w: &Words, beliefs: &'f [Frame], contents: &[Option<Range<usize>>], sentence_of: &Sentences, in_quote: &[bool], frame_starts: &[bool]) -> Vec<(&'f Frame, Range<usize>, &'static str)> {
    let mut found = Vec::new();
    let mut spoken: Vec<Range<usize>> = contents.iter().flatten().cloned().collect();
    crate::sort::by_key(&mut spoken, |r| (r.start as u64, 0, 0));
    // the furthest end among the contents starting at or before each one
    let reach: Vec<usize> = spoken.iter().scan(0, |m, r| { *m = (*m).max(r.end); Some(*m) }).collect();
    for f in beliefs {
        let Some((r, rule)) = reported::content(w, f, sentence_of.around(f.cue_tok), in_quote, frame_starts) else { continue };
        let before = spoken.partition_point(|s| s.start <= f.cue_tok);
        if before > 0 && reach[before - 1] >= r.end {
            continue;
        }
        found.push((f, r, rule));
    }
    found
}

/// Token range of a quote within the paragraph's tokens.
fn quote_toks(toks: &[Token], q: &Quote) -> Range<usize> {
    let s = toks.partition_point(|t| t.start < q.start);
    let e = toks.partition_point(|t| t.end <= q.end);
    s..e.max(s)
}

#[allow(clippy::too_many_arguments)]
fn attribute_quotes(w: &Words, quotes: &[Quote], frames: &[Frame], contents: &[Option<Range<usize>>], beliefs: &[(&Frame, Range<usize>, &'static str)], sentence_of: &Sentences, carry: &Carry, reg: &mut Registry, in_quote: &[bool], out: &mut Findings) {
    let mut found: Vec<(Option<usize>, Option<String>, &'static str)> = Vec::new();
    for q in quotes {
        let qt = quote_toks(w.toks, q);
        let near = frames_near(frames, &qt);
        found.push(sieve_adjacent(w, &qt, &frames[near.clone()], &contents[near], reg, out));
    }
    let no_speaker_cue = frames.iter().all(|f| f.entity.is_none());
    // sieve 3: a cue in the same sentence; sieve 4: another quote of the paragraph
    for k in 0..found.len() {
        // a cue right beside the quote whose speaker could not be resolved
        // ("“It is late,” she said." with no woman named before) settles it:
        // no other sieve may guess
        if found[k].0.is_some() || matches!(found[k].2, "attribution::after_quote" | "attribution::according_to" | "attribution::before_quote") {
            continue;
        }
        let qt = quote_toks(w.toks, &quotes[k]);
        let sentence = sentence_of.around(qt.start);
        let in_sentence = frames.partition_point(|f| f.cue_tok < sentence.start);
        if let Some(f) = frames[in_sentence..].iter().take_while(|f| f.cue_tok < sentence.end).find(|f| f.entity.is_some()) {
            found[k] = (f.entity, Some(w.text[f.cue.clone()].to_string()), "attribution::same_sentence");
            continue;
        }
        // a quote inside what someone found, concluded or believes is
        // theirs: "Two analysts found in 2014 that the air force is “the best
        // in the world.”" (not the subject of the clause, "the air force")
        if let Some((f, _, _)) = beliefs.iter().find(|(f, r, _)| f.entity.is_some() && r.start <= qt.start && qt.end <= r.end + 1) {
            found[k] = (f.entity, Some(w.text[f.cue.clone()].to_string()), "attribution::in_belief");
            continue;
        }
        // a quote inside its sentence whose subject stands before it:
        // Japan branded the North an “outlaw nation.” Russia insisted …
        // (the subject outranks a neighbour's speaker; for a conversation
        // such a quote is a guess, see `dialogue::is_guess`)
        if qt.start > sentence.start {
            if let Some(id) = sentence_subject(w, qt.start, sentence_of, in_quote, reg, out) {
                found[k] = (Some(id), None, "attribution::subject_in_sentence");
                continue;
            }
        }
        // the nearest attributed quote, the one before first; at most 50
        // quotes away, so a paragraph of thousands of quotes stays linear
        let window = k.saturating_sub(50)..(k + 51).min(found.len());
        let near = window.filter(|&j| found[j].0.is_some() && found[j].2 != "attribution::same_paragraph").min_by_key(|&j| (j as isize - k as isize).unsigned_abs() * 2 + usize::from(j > k));
        if let Some(j) = near {
            found[k] = (found[j].0, found[j].1.clone(), "attribution::same_paragraph");
            continue;
        }
        let starts_paragraph = qt.start == 0;
        if starts_paragraph && !quotes[k].continues {
            if let Some(id) = beat_after(w, &qt, reg, out) {
                found[k] = (Some(id), None, "attribution::action_beat");
                continue;
            }
        }
        if no_speaker_cue && (starts_paragraph || carry.ended_with_colon) {
            if let Some((s, rule)) = carry.next_turn(quotes[k].continues) {
                found[k] = (Some(s), None, rule);
                continue;
            }
        }
        if let Some(id) = sentence_subject(w, qt.start, sentence_of, in_quote, reg, out) {
            found[k] = (Some(id), None, "attribution::sentence_subject");
        }
    }
    let first_found = out.quotes.len();
    for (q, (speaker, cue, rule)) in quotes.iter().zip(found) {
        let adjacent = matches!(rule, "attribution::after_quote" | "attribution::according_to" | "attribution::before_quote" | "attribution::byline" | "attribution::transcript");
        // a title after a network's name is a show, even right after a
        // cue: She told ABC’s “Good Morning America” that …
        let k = w.toks.partition_point(|t| t.start < q.start);
        let after_possessive = k > 0 && w.is_capital(k - 1) && ["’s", "'s", "s’", "s'"].iter().any(|e| w.word(k - 1).ends_with(e));
        // a name in quotes opening a paragraph, with no cue (see `quotes::is_name_like`)
        let guess = speaker.is_none() || rule == "attribution::carry_over";
        // (a name is the subject of what follows: “Yes”. alone is a reply)
        let stage = w.text[q.start..q.end].contains('(');
        if guess && k == 0 && (stage || w.is_word(quote_toks(w.toks, q).end)) && crate::quotes::is_name_like(&w.text[q.start..q.end]) {
            continue;
        }
        if (!adjacent || after_possessive) && is_title(w, q) && names_a_work(w, q) {
            continue;
        }
        if is_nickname(w, q) || is_a_pronoun_mentioned(w, q) {
            continue;
        }
        // ''…'' is how archive feeds (and the PolNeAR gold) render a quote
        // they count as reported content, not as a verbatim quotation
        let direct = !q.typewriter;
        // (and one or two words in them, away from a cue, are scare quotes
        // or a term: "the ''Buffett rule'' proposal", "its ''premium''")
        if q.typewriter && !adjacent && w.text[q.start..q.end].split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty()).count() <= 2 {
            continue;
        }
        // quotes within it (see `quotes::inner`) are its speaker's, when a
        // cue names one: a quoted phrase in a bare quote is often another's
        let cued = speaker.is_some() && (q.typewriter || matches!(rule, "attribution::after_quote" | "attribution::according_to" | "attribution::before_quote" | "attribution::in_reported" | "attribution::in_belief" | "attribution::same_sentence" | "attribution::transcript" | "attribution::byline"));
        let inner = if cued { crate::quotes::inner(w.text, q) } else { Vec::new() };
        for r in &inner {
            out.quotes.push(QuoteFinding { start: r.start, end: r.end, speaker, direct: true, cue: cue.clone(), rule });
        }
        // such a quote inside a reported clause is already part of that
        // clause's content: "Ruiz said the plan was ''a disgrace'' and …"
        if !direct && rule == "attribution::in_reported" {
            continue;
        }
        // a double-quoted quote ends where a double-quoted one inside it
        // begins: “People in “Vote Ruiz” shirts” is “People in + “Vote Ruiz”
        let q = match inner.first() {
            Some(first) if !q.typewriter => &Quote { end: q.start + w.text[q.start..first.start].trim_end().len(), ..q.clone() },
            _ => q,
        };
        if !w.text[q.start..q.end].chars().any(char::is_alphanumeric) {
            continue;
        }
        out.quotes.push(QuoteFinding { start: q.start, end: q.end, speaker, direct, cue, rule: if speaker.is_none() { "quotes::unattributed" } else { rule } });
    }
    join_typewriter_parts(w.text, &mut out.quotes, first_found);
}

/// ''We will appeal,'' Ms. Ruiz said. ''The ruling is wrong.'': an
/// utterance in typewriter quotes split by its cue is one reported span,
/// from the first part's opening marks to the second part's closing ones,
/// cue included. That is how the PolNeAR gold marks them (164 of 165 such
/// splits in its train set): it counts ''…'' as reported content, not as
/// verbatim quotes, and the content is the whole utterance. Quotes in
/// double marks stay two direct parts with one speaker. `quotes[first..]`
/// are the findings of one paragraph's quotes, in order.
fn join_typewriter_parts(text: &str, quotes: &mut Vec<QuoteFinding>, first: usize) {
    let mut k = first;
    while k < quotes.len() {
        let part = &quotes[k];
        let first_part = !part.direct && part.speaker.is_some() && part.rule == "attribution::after_quote";
        // (a direct finding here is a quote inside a typewriter quote)
        if let Some(n) = first_part.then(|| (k + 1..quotes.len()).find(|&j| !quotes[j].direct)).flatten() {
            let second = &quotes[n];
            let between = text.get(part.end..second.start).unwrap_or("\n");
            // (the cue after its speaker, "Ms. Ruiz said."; after an
            // inverted one, "said Ana Ruiz, a lawyer in Ava.", the gold
            // joins half the splits)
            let b = between.as_bytes();
            let end = b.iter().rposition(|c| !matches!(c, b' ' | b',' | b'.' | b':')).map_or(0, |e| e + 1);
            let start = b[..end].iter().rposition(|&c| c == b' ').map_or(0, |s| s + 1);
            let verb_last = between.get(start..end).is_some_and(|v| crate::lexicon::speech_verb(v).is_some());
            if verb_last && second.speaker == part.speaker && between.len() <= 120 && !between.contains('\n') && crate::chars::find_str(between, "''").is_none() {
                quotes[k].end = quotes[n].end;
                quotes[k].rule = "attribution::typewriter_parts";
                quotes.remove(n);
            }
        }
        k += 1;
    }
}

/// The frames whose cue lies within 200 tokens of the quote: the only ones
/// sieves 1 and 2 can use (a reported clause runs at most 150 tokens).
fn frames_near(frames: &[Frame], qt: &Range<usize>) -> Range<usize> {
    let lo = frames.partition_point(|f| f.cue_tok + 200 < qt.start);
    let hi = frames.partition_point(|f| f.cue_tok <= qt.end + 200);
    lo..hi.max(lo)
}

/// Sieves 1 and 2: a cue right after or right before the quote, or a
/// reported clause that contains it.
fn sieve_adjacent(w: &Words, qt: &Range<usize>, frames: &[Frame], contents: &[Option<Range<usize>>], reg: &mut Registry, out: &mut Findings) -> (Option<usize>, Option<String>, &'static str) {
    let cue = |f: &Frame| Some(w.text[f.cue.clone()].to_string());
    let only_punct = |r: Range<usize>| r.clone().all(|k| !w.is_word(k)) && r.len() <= 3;
    for (f, c) in frames.iter().zip(contents) {
        // a cue with content of its own starts a new statement:
        // “…recklessness.” South Korea’s president said Kim is …
        // and so does one followed by "that": “…insensitive.” He writes that “…”
        let that_follows = f.extent.end < w.toks.len() && w.lower(f.extent.end) == "that" && f.content_from > f.extent.end;
        let own_content = c.as_ref().is_some_and(|c| c.start > f.cue_tok) || that_follows;
        if f.extent.start >= qt.end && only_punct(qt.end..f.extent.start) && f.kind != CueKind::Participle && !own_content {
            if let Some(source) = according_to_after(w, f, frames) {
                return (source.entity, cue(source), "attribution::according_to");
            }
            return (f.entity, cue(f), "attribution::after_quote");
        }
    }
    if let Some(found) = byline_after(w, qt, reg, out) {
        return found;
    }
    if let Some(found) = transcript_label(w, qt, reg, out) {
        return found;
    }
    if let Some(found) = name_and_colon(w, qt, reg, out) {
        return found;
    }
    for f in frames {
        let before = f.extent.end <= qt.start && (f.extent.end..qt.start).all(|k| !w.is_word(k) || w.lower(k) == "that") && qt.start - f.extent.end <= 3;
        let before_content = f.content_from == qt.start;
        if f.entity.is_some() && (before || before_content) {
            if let Some(outer) = reporting_clause_of(w, f, qt, frames, contents) {
                return (outer.entity, cue(outer), "attribution::in_reported");
            }
            return (f.entity, cue(f), "attribution::before_quote");
        }
    }
    // a cue right before the quote outranks a longer reported clause that
    // runs over it: She said fathers are not covered, and when pressed,
    // the mother of three replied, “It’s meant to benefit …”
    for (f, c) in frames.iter().zip(contents) {
        if let Some(c) = c {
            if c.start <= qt.start && qt.end <= c.end + 1 {
                return (f.entity, cue(f), "attribution::in_reported");
            }
        }
    }
    (None, None, "")
}

/// "Ruiz said city officials were calling it “a disgrace.”": the cue before
/// the quote ("were calling") is itself what Ruiz said, its subject opening
/// the reported content, so the quote is Ruiz's (the outermost source, as
/// PolNeAR attributes it). A clause of its own after the content ("…, and
/// the mother replied, “…”") keeps its speaker: its subject does not open
/// the content.
fn reporting_clause_of<'f>(w: &Words, f: &Frame, qt: &Range<usize>, frames: &'f [Frame], contents: &[Option<Range<usize>>]) -> Option<&'f Frame> {
    frames.iter().zip(contents).find_map(|(g, c)| {
        let c = c.as_ref()?;
        // the subject may have a modifier the phrase leaves out ("city officials")
        let subject_opens = c.start <= f.extent.start && f.extent.start - c.start <= 2 && (c.start..f.extent.start).all(|k| w.is_word(k));
        (g.entity.is_some() && g.cue_tok < f.cue_tok && subject_opens && qt.end <= c.end + 1).then_some(g)
    })
}

/// "“…,” Sanders said, according to CNN.": the quote reaches the article
/// through the source after "according to", which is the one it is
/// attributed to (as PolNeAR's annotators do: the outermost source). Only
/// when ", according to" follows the cue within the same clause (a time or
/// place may stand between: "Ruiz said Monday in Leeds, according to …").
fn according_to_after<'f>(w: &Words, f: &Frame, frames: &'f [Frame]) -> Option<&'f Frame> {
    let g = frames.iter().find(|g| g.cue_tok >= f.extent.end)?;
    if g.kind != CueKind::AccordingTo || g.entity.is_none() || g.cue_tok > f.extent.end + 6 || g.cue_tok == 0 || w.word(g.cue_tok - 1) != "," {
        return None;
    }
    // no other punctuation than that comma: "…,” she said. “According to …"
    // starts a sentence of its own
    (f.extent.end..g.cue_tok - 1).all(|k| w.is_word(k)).then_some(g)
}

/// A name after a dash at the end of the paragraph, as under a reader's
/// comment or an epigraph: “We will not be silenced.” ― Ana Reyes
fn byline_after(w: &Words, qt: &Range<usize>, reg: &mut Registry, out: &mut Findings) -> Option<(Option<usize>, Option<String>, &'static str)> {
    let k = qt.end;
    if k >= w.toks.len() || !matches!(w.word(k), "―" | "—" | "–" | "-") {
        return None;
    }
    let p = w.starting_at(k + 1)?;
    // the name ends the paragraph, or a headline goes on with its topic:
    // “We are not a charity” — Dr. Leena Marchetti on the ambulance trust
    let rest_is_punct = (p.toks.end..w.toks.len()).all(|j| !w.is_word(j))
        || w.toks.get(p.toks.end).is_some_and(|t| w.text[t.start..t.end] == *",")
        || p.toks.end < w.toks.len() && matches!(w.lower(p.toks.end), "on" | "about");
    if !rest_is_punct || !matches!(p.kind, PhraseKind::Name { .. }) {
        return None;
    }
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::byline" });
    Some((Some(id), Some(w.word(k).to_string()), "attribution::byline"))
}

/// An interview transcript: "WALLACE: Let’s start with …" inside the
/// quote, the speaker's name in capitals before a colon.
fn transcript_label(w: &Words, qt: &Range<usize>, reg: &mut Registry, out: &mut Findings) -> Option<(Option<usize>, Option<String>, &'static str)> {
    let first = qt.start + 1;
    let colon = (first..(first + 4).min(qt.end)).find(|&k| w.word(k) == ":")?;
    if colon == first || !(first..colon).all(|k| w.is_word(k) && w.word(k).chars().all(|c| !c.is_lowercase())) {
        return None;
    }
    let p = w.ending_at(colon - 1)?;
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::transcript" });
    Some((Some(id), Some(":".to_string()), "attribution::transcript"))
}

/// A name and a colon right before the quote, as in a list of reactions
/// or a live blog: “… — Ana Ruiz: “We will not move.”” The name must open
/// its clause (after a sentence end, a dash or the paragraph start), so
/// that "the report named one culprit: “the weather”" is no attribution.
fn name_and_colon(w: &Words, qt: &Range<usize>, reg: &mut Registry, out: &mut Findings) -> Option<(Option<usize>, Option<String>, &'static str)> {
    if qt.start < 2 || w.word(qt.start - 1) != ":" {
        return None;
    }
    let p = w.ending_at(qt.start - 2).filter(|p| matches!(p.kind, PhraseKind::Name { .. }))?;
    let opens = p.toks.start == 0 || matches!(w.word(p.toks.start - 1), "." | "—" | "–" | "-" | "―" | ";" | "?" | "!");
    if !opens {
        return None;
    }
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::name_colon" });
    Some((Some(id), Some(":".to_string()), "attribution::name_colon"))
}

/// An action beat right after a finished quote names its speaker, as in
/// fiction: “The ferry was slow.” He hung his coat by the stove.
fn beat_after(w: &Words, qt: &Range<usize>, reg: &mut Registry, out: &mut Findings) -> Option<usize> {
    let k = qt.end;
    let finished = qt.end >= 2 && matches!(w.word(qt.end - 2), "." | "?" | "!");
    if !finished || k >= w.toks.len() || !w.is_capital(k) {
        return None;
    }
    let p = w.starting_at(k).filter(|p| matches!(p.kind, PhraseKind::Name { org: false, .. } | PhraseKind::Pronoun(_)))?;
    // after the subject, a lower-case word that is no function word is the
    // verb: "He hung his coat", "Reyes shrugged"
    let k = p.toks.end;
    let verb_follows = w.is_word(k) && !w.is_capital(k) && !matches!(w.lower(k), "and" | "or" | "of" | "in" | "on" | "at" | "to" | "for" | "with" | "from" | "by" | "who" | "which" | "that" | "is" | "was");
    if !verb_follows {
        return None;
    }
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::action_beat" });
    Some(id)
}

/// Sieve 6: the subject of the quote's sentence, for quotes brought in
/// by verbs that are not speech verbs: "Clinton called them “deplorables.”"
fn sentence_subject(w: &Words, q_start: usize, sentence_of: &Sentences, in_quote: &[bool], reg: &mut Registry, out: &mut Findings) -> Option<usize> {
    // a subject is near its verb: look back at most 60 tokens; a quote that
    // opens its sentence takes the subject of the sentence before it in the
    // paragraph, as in fiction's action beats: Mara laughed. “You’re late.”
    let mut first = sentence_of.around(q_start).start.max(q_start.saturating_sub(60));
    if first == q_start && first > 0 {
        first = sentence_of.around(first - 1).start.max(q_start.saturating_sub(60));
    }
    let p = main_clause_start(w, first, q_start, in_quote).and_then(|k| subject_between(w, k, q_start, in_quote, true)).or_else(|| subject_between(w, first, q_start, in_quote, true))?;
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::sentence_subject" });
    Some(id)
}

/// "Mr. Biden, recalling weekly breakfasts with her, described …": a
/// participle right after the sentence's opening name (or description)
/// and its comma is that subject's.
fn subject_before_comma(w: &Words, cue: usize, sentence_start: usize, in_quote: &[bool], reg: &mut Registry, out: &mut Findings) -> Option<usize> {
    if cue < sentence_start + 2 || w.word(cue - 1) != "," || in_quote[cue - 2] {
        return None;
    }
    let p = w.ending_at(cue - 2).filter(|p| p.toks.start == sentence_start && matches!(p.kind, PhraseKind::Name { .. } | PhraseKind::Description { .. }))?;
    let id = reg.resolve(w.text, &p)?;
    out.mentions.push(Mention { start: p.span.start, end: p.span.end, entity: id, rule: "attribution::sentence_subject" });
    Some(id)
}

/// A sentence that opens with a subordinate clause or phrase has its
/// subject after the opener's comma: "Although the fund did not name anyone,
/// it warned of “political tensions”" is the main clause's "it", not the
/// fund of the clause; "After the Paris attacks, Trump released an ad …"
/// is Trump's (not "Paris attacks" read as subject and verb). The token
/// after that comma, if it comes before the quote.
fn main_clause_start(w: &Words, first: usize, q_start: usize, in_quote: &[bool]) -> Option<usize> {
    if !matches!(w.lower(first), "although" | "though" | "while" | "when" | "after" | "before" | "because" | "if" | "since" | "unless" | "once" | "whereas" | "as") {
        return None;
    }
    let comma = (first + 1..q_start).find(|&k| !in_quote[k] && w.word(k) == ",")?;
    (comma + 1 < q_start).then_some(comma + 1)
}

/// The first subject with its verb in tokens `first..q_start`; with
/// `any_noun`, a noun the lexicon lacks may be one.
fn subject_between(w: &Words, first: usize, q_start: usize, in_quote: &[bool], any_noun: bool) -> Option<crate::phrases::Phrase> {
    let mut best = None;
    let mut k = first;
    while k < q_start {
        if in_quote[k] || !w.is_word(k) || k > first && is_preposition(w.lower(k - 1)) {
            k += 1;
            continue;
        }
        // "Democratic electorates": a party adjective, not a subject
        let adjective = crate::phrases::is_group_adjective(w.word(k));
        if let Some(p) = w.starting_at(k).filter(|p| p.toks.end < q_start && !(adjective && p.toks.len() == 1)) {
            // the first subject of the sentence: later ones sit in clauses
            // that report or describe ("… a letter that says he has …")
            // "Gingrich cynically dismissed Estonia as …": an adverb in
            // -ly may stand before the verb
            // "Mrs. Munt never ceased to rejoice, and to say, “…”": so may
            // "never" and "always"
            let between = |k: usize| w.lower(k).len() > 4 && w.lower(k).ends_with("ly") || matches!(w.lower(k), "never" | "always");
            let adverb_then_verb = p.toks.end + 1 < q_start && w.is_word(p.toks.end) && !w.is_capital(p.toks.end) && between(p.toks.end) && w.looks_finite(p.toks.end + 1);
            // "Angela Merkel of Germany condemned …": a person, her place, a verb
            let named = |q: &crate::phrases::Phrase| matches!(q.kind, PhraseKind::Name { .. });
            let of_place = named(&p) && p.toks.end + 1 < q_start && matches!(w.lower(p.toks.end), "of" | "from") && w.starting_at(p.toks.end + 1).is_some_and(|q| named(&q) && q.toks.end < q_start && w.looks_finite(q.toks.end));
            if w.looks_finite(p.toks.end) || adverb_then_verb || of_place || verb_after_insert(w, p.toks.end, q_start, in_quote) {
                best = Some(p.clone());
                break;
            }
            k = p.toks.end;
            continue;
        }
        k += 1;
    }
    // "The stationmaster whistled.": a noun the lexicon lacks is a subject
    // too, right after the determiner that opens the sentence
    if any_noun && best.is_none() && first + 2 < q_start && !in_quote[first] && matches!(w.lower(first), "the" | "a" | "an") {
        // an action, not a state: "The yard was empty." names nobody
        let acts = |k: usize| w.looks_finite(k) && !matches!(w.lower(k), "was" | "is" | "were" | "are" | "had" | "has" | "seemed" | "looked" | "lay" | "stood");
        best = w.any_noun_description(first + 1).filter(|p| p.toks.end < q_start && acts(p.toks.end));
    }
    best
}

/// Notes the subject of every sentence of a paragraph of narration, so
/// that a pronoun after it finds the person last acting as well as the
/// one last speaking: Mr. Osei whistled. / “…,” he said. Only subjects
/// the lexicon knows for people: "The train had gone." is no antecedent.
fn note_subjects(w: &Words, sentences: &Sentences, in_quote: &[bool], frames: &[Frame], reg: &mut Registry) {
    for b in &sentences.bounds {
        // sentences of narration only: no quote, no cue (their speakers
        // are noted already)
        if b.len() < 3 || in_quote[b.clone()].iter().any(|&q| q) || frames.iter().any(|f| b.contains(&f.cue_tok)) {
            continue;
        }
        if let Some(p) = subject_between(w, b.start, b.end - 1, in_quote, false) {
            reg.resolve(w.text, &p);
        }
    }
}

/// A finite verb after an apposition or a short time phrase that starts at
/// `k`: "Erin Vale, the activist, endorsed …", "Trump on Thursday ratcheted
/// up …". The insert has no quote and ends before `limit`.
fn verb_after_insert(w: &Words, k: usize, limit: usize, in_quote: &[bool]) -> bool {
    if k >= limit || in_quote[k] {
        return false;
    }
    // "Sen. Bernie Sanders (I-Vt.) visited …": a party and state tag
    if w.word(k) == "(" {
        let close = (k + 1..limit.min(k + 8)).find(|&j| w.word(j) == ")");
        return close.is_some_and(|c| c + 1 < limit && w.looks_finite(c + 1));
    }
    if w.word(k) == "," {
        // the apposition's closing comma, then the verb
        let close = (k + 2..limit.min(k + 14)).take_while(|&j| !in_quote[j] && !matches!(w.word(j), "." | ";" | ":")).find(|&j| w.word(j) == ",");
        return close.is_some_and(|c| c + 1 < limit && w.looks_finite(c + 1));
    }
    // "on Thursday", "in March", "last week" and then the verb (but
    // "Based on the statement released by …" is no subject and its verb)
    let participle = k > 0 && (w.lower(k - 1).ends_with("ed") || w.lower(k - 1).ends_with("ing"));
    // ("Council chiefs in Ashcombe have been accused" is a place, not a time)
    let time = match w.lower(k) {
        "on" | "last" | "this" | "earlier" | "later" => true,
        "in" => k + 1 < limit && cues::is_month(w.lower(k + 1)),
        _ => false,
    };
    if !participle && time {
        return (k + 1..limit.min(k + 4)).take_while(|&j| w.is_word(j) && !in_quote[j]).any(|j| w.looks_finite(j) && !w.is_capital(j));
    }
    false
}

fn is_preposition(word: &str) -> bool {
    matches!(word, "in" | "at" | "on" | "of" | "for" | "with" | "from" | "by" | "during" | "to" | "about" | "like" | "as" | "than" | "into" | "after" | "before" | "under" | "over" | "against" | "between" | "among" | "per" | "via" | "toward" | "towards")
}


/// Where a title stands: after "on", "of", "in", "the", a possessive or a
/// word like "show": "appeared on “Face the Nation,”", "CNN’s “State of
/// the Union.”" (a headline's “Disgusting Fraud” has none of these).
fn names_a_work(w: &Words, q: &Quote) -> bool {
    let k = w.toks.partition_point(|t| t.start < q.start);
    // "“Broad City” star Ana Ruiz", "‘Make Mexico Great Again’ hats"
    let after = w.toks.partition_point(|t| t.start < q.end);
    let marks_a_title = after < w.toks.len() && matches!(w.lower(after), "star" | "stars" | "fans" | "hat" | "hats" | "cap" | "caps" | "pins" | "signs" | "shirts" | "t-shirts" | "award" | "trailer" | "trailers" | "actor" | "actress" | "creator" | "host");
    if k == 0 || marks_a_title {
        return marks_a_title;
    }
    let before = w.lower(k - 1);
    let work = |word: &str| {
        matches!(word, "show" | "program" | "programme" | "film" | "movie" | "book" | "novel" | "song" | "album" | "series" | "documentary" | "drama" | "thriller" | "comedy" | "sitcom" | "play" | "musical" | "podcast" | "episode" | "column" | "headline")
    };
    // "her film, “Trainwreck.”", "the PBS drama, “Mercy Street,”"
    let work_and_comma = before == "," && k >= 2 && work(w.lower(k - 2));
    matches!(before, "on" | "of" | "in" | "at" | "the" | "titled" | "entitled" | "named") || work(before) || work_and_comma
        || (before.ends_with("'s") || before.ends_with("’s")) && w.is_capital(k - 1)
}

/// A nickname inside a name: Juan “Chico” Ruiz, Marcia "Cia" Price. One
/// capitalised word in quotes after a given name and before a capitalised
/// word is part of the name, not speech.
/// A pronoun alone in quotes is the word, not speech: Trump kept calling
/// Clinton “she”. / The form asks whether the applicant is "he."
fn is_a_pronoun_mentioned(w: &Words, q: &Quote) -> bool {
    let inner = crate::chars::trim_to_alnum(&w.text[q.start..q.end]);
    matches!(inner.to_ascii_lowercase().as_str(), "he" | "she" | "they" | "him" | "her" | "them" | "it" | "we" | "us" | "you" | "his" | "hers" | "their" | "theirs")
}

fn is_nickname(w: &Words, q: &Quote) -> bool {
    let inner = crate::chars::trim_to_alnum(&w.text[q.start..q.end]);
    if inner.is_empty() || !inner.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.') || !inner.starts_with(char::is_uppercase) {
        return false;
    }
    let k = w.toks.partition_point(|t| t.start < q.start);
    let after = w.toks.partition_point(|t| t.start < q.end);
    k > 0 && w.is_word(k - 1) && crate::lexicon::is_given_name(w.word(k - 1)) && after < w.toks.len() && w.is_word(after) && w.is_capital(after)
}

/// `word` without apostrophes at its ends (`trim_matches('\'')`, whose
/// two-way char search costs half a kilobyte of the `.wasm`).
fn without_apostrophes(word: &str) -> &str {
    let b = word.as_bytes();
    let start = b.iter().position(|&c| c != b'\'').unwrap_or(b.len());
    let end = b.iter().rposition(|&c| c != b'\'').map_or(start, |e| e + 1);
    &word[start..end.max(start)]
}

/// A title in quotation marks: “Face the Nation,”, “Morning Joe”: every
/// longer word capitalised, at most six words.
fn is_title(w: &Words, q: &Quote) -> bool {
    let inner = &w.text[q.start..q.end];
    // (an apostrophe inside a word stays, "Hell's"; the marks of a
    // typewriter quote, ''Larry King Now'', go; a single-quoted headline
    // quote, 'Suffering and Delight', is in title case as its headline)
    let words: Vec<&str> = inner.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').map(|x| if q.typewriter { without_apostrophes(x) } else { x }).filter(|x| !x.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 6
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().filter(|x| x.chars().count() >= 4).all(|x| x.chars().next().is_some_and(char::is_uppercase))
        && crate::chars::find_str(inner, ". ").is_none()
}


#[cfg(test)]
mod tests {
    use crate::{annotate, OffsetUnit, Options, SpanData};
    use crate::test_support::direct_speakers;

    /// (quote text, speaker name) for every direct quote of `text`.
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        doc.spans
            .iter()
            .filter_map(|s| match &s.data {
                SpanData::Quote { speaker, direct: true, .. } => Some((s.text.clone(), speaker.map(|e| doc.entities[e].name.clone()))),
                _ => None,
            })
            .collect()
    }

    fn q(text: &str, speaker: &str) -> (String, Option<String>) {
        (text.to_string(), Some(speaker.to_string()))
    }

    #[test]
    fn both_orders_and_split_quotes() {
        let text = "“We will rebuild the harbour,” said Mayor Lina Osei. “It will take years,” she added.\n“Nobody asked us,” the fishermen’s union said, “and nobody listened.”";
        assert_eq!(
            quotes(text),
            [
                q("“We will rebuild the harbour,”", "Lina Osei"),
                q("“It will take years,”", "Lina Osei"),
                q("“Nobody asked us,”", "the fishermen’s union"),
                q("“and nobody listened.”", "the fishermen’s union"),
            ]
        );
    }

    /// A subordinate clause first: the quote's subject is the main clause's.
    #[test]
    fn the_main_clause_after_a_subordinate_clause() {
        // (not "Paris attacks" read as a subject and its verb)
        assert_eq!(direct_speakers("After the Paris attacks, Ida Varga released an ad calling the plan “dangerous.”"), [Some("Ida Varga".to_string())]);
    }

    /// Titles of works are no speech: after a work noun (and a comma),
    /// or before a word that marks a title ("star", "hats").
    #[test]
    fn titles_of_works_and_slogans_on_things() {
        let text = "Ida Varga, who stars in the drama, “Harbour Lights,” spoke on Monday. “Harbour Lights” star Ben Odum agreed, and fans wore ‘Save The Ferry’ hats.\n“We Will Win,” said Ben Odum.";
        assert_eq!(quotes(text), [q("“We Will Win,”", "Ben Odum")]);
        // a title in two apostrophes, the typewriter quote marks
        assert!(crate::test_support::reported_rules("Ida Varga appeared on ''Harbour Lights Now'' last week.").is_empty());
        // one or two words in them, away from a cue, are a term or scare
        // quotes; next to a cue they are what was said
        assert!(crate::test_support::reported_rules("The ''harbour tax'' would raise little, the report found.").iter().all(|(t, _)| !t.starts_with("''")));
        assert_eq!(crate::test_support::reported_rules("''Never again,'' Ida Varga said."), [("''Never again,''".to_string(), "attribution::after_quote")]);
    }

    /// An utterance in typewriter quotes split by its cue is one span, as
    /// the PolNeAR gold marks them; double marks keep two parts.
    #[test]
    fn typewriter_parts_around_their_cue_are_one_span() {
        let text = "''We will appeal,'' Ms. Ruiz said. ''The ruling is wrong.''";
        assert_eq!(crate::test_support::reported_rules(text), [(text.to_string(), "attribution::typewriter_parts")]);
        assert_eq!(direct_speakers("“We will appeal,” Ms. Ruiz said. “The ruling is wrong.”").len(), 2);
        // not across an inverted speaker's apposition, nor across paragraphs
        let text = "''We will appeal,'' said Ana Ruiz, a lawyer in Ava. ''The ruling is wrong.''";
        assert_eq!(crate::test_support::reported_rules(text).len(), 2);
        let text = "''We will appeal,'' Ms. Ruiz said.\n\n''The ruling is wrong.''";
        assert!(crate::test_support::reported_rules(text).iter().all(|(_, rule)| *rule != "attribution::typewriter_parts"));
    }

    /// A quote inside what someone found or concluded is theirs, not the
    /// subject's of the clause it stands in.
    #[test]
    fn a_quote_inside_a_finding() {
        assert_eq!(direct_speakers("Two ferry analysts found in 2019 that the harbour was “the busiest in the north.”"), [Some("Two ferry analysts".to_string())]);
        assert_eq!(direct_speakers("Ida Varga found the harbour was “the busiest in the north.”"), [Some("Ida Varga".to_string())]);
    }

    /// A cue that is itself part of what someone said: the outer speaker's.
    #[test]
    fn a_cue_inside_reported_content_gives_the_outer_speaker() {
        assert_eq!(direct_speakers("Ida Varga said city officials were calling “every hour” since Monday."), [Some("Ida Varga".to_string())]);
        let own_clause = "Ida Varga said fathers are not covered, and when pressed, the spokeswoman replied, “It is meant for mothers.”";
        assert_eq!(direct_speakers(own_clause), [Some("the spokeswoman".to_string())]);
    }

    /// The source after ", according to" is the quote's (the outermost
    /// source); a sentence of its own that opens with "According to" is not.
    #[test]
    fn said_according_to_a_source() {
        let text = "“We will not move,” Ida Varga said on Monday, according to the Harbour Times.\n“We will not move,” Ida Varga said. According to the Harbour Times, she left.";
        assert_eq!(direct_speakers(text), [Some("Harbour Times".to_string()), Some("Ida Varga".to_string())]);
    }

    #[test]
    fn a_party_tag_after_the_subject_and_a_remark_that_is_a_noun() {
        // the subject before "(D-Ore.)" speaks the quote of ", saying"
        let text = "Sen. Mara Quist (D-Ore.) visited the port on Monday, saying the plan was “a betrayal.”";
        assert_eq!(quotes(text), [q("“a betrayal.”", "Mara Quist")]);
        // an adverb between the subject and its verb
        let text = "Ruiz openly admires the mayor as a “strong leader.”";
        assert_eq!(quotes(text), [q("“strong leader.”", "Ruiz")]);
        // "her opening remarks" is no speaker called "her opening"
        let text = "Mara Quist said in her opening remarks that the port needed “real money.”";
        assert_eq!(quotes(text), [q("“real money.”", "Mara Quist")]);
    }

    #[test]
    fn a_quote_inside_its_sentence_is_its_subjects_before_a_neighbours() {
        let text = "The mayor branded the plan an “outlaw scheme.” Ruiz insisted that the port “stop now.”";
        assert_eq!(quotes(text), [q("“outlaw scheme.”", "The mayor"), q("“stop now.”", "Ruiz")]);
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quote() {
        assert_eq!(quotes("Juan “Chico” Ruiz said the port was closed."), []);
        // not after a given name: a one-word quote stays
        assert_eq!(quotes("The mayor called it “Final” Tuesday.").len(), 1);
    }

    #[test]
    fn a_narration_subject_of_any_noun_is_a_pronouns_antecedent() {
        let text = "“It is a boy I came for,” said Matthew.\n\nThe stationmaster whistled.\n\n“There is some mistake,” he said.";
        assert_eq!(direct_speakers(text)[1], Some("The stationmaster".to_string()));
        // narration in a paragraph with a quote counts too
        let text = "“It is a boy I came for,” said Matthew.\n\nThe minister put down his bag. “Welcome.”\n\nThe yard was empty.\n\n“There is some mistake,” he said.";
        assert_eq!(direct_speakers(text)[2], Some("The minister".to_string()));
        // a subject two sentences back, in a paragraph of its own (the
        // subjects of narration are noted for pronouns)
        let text = "“It is a boy I came for,” said Matthew.\n\nThe minister put down his bag.\n\nThe yard was empty.\n\n“There is some mistake,” he said.";
        assert_eq!(direct_speakers(text)[1], Some("The minister".to_string()));
        // not after a preposition or without a verb: Matthew goes on
        let text = "“It is a boy I came for,” said Matthew.\n\nThe stationmaster’s whistle.\n\n“There is some mistake,” he said.";
        assert_eq!(direct_speakers(text)[1], Some("Matthew".to_string()));
    }

    #[test]
    fn dialogue_turns_alternate() {
        let text = "“Where are you going?” asked Mara Quist.\n“Out,” said Tomas Reyes.\n“When will you be back?”\n“Late.”";
        assert_eq!(
            quotes(text),
            [
                q("“Where are you going?”", "Mara Quist"),
                q("“Out,”", "Tomas Reyes"),
                q("“When will you be back?”", "Mara Quist"),
                q("“Late.”", "Tomas Reyes"),
            ]
        );
    }

    #[test]
    fn older_fiction_cues_and_a_manner_after_the_speaker() {
        let text = "Mara Quist sat down.\n\n“But it is,” returned she.\n\n“Is it late?” inquired Tomas Reyes anxiously.\n\n“No,” said Mara Quist with a smile.";
        assert_eq!(quotes(text), [q("“But it is,”", "Mara Quist"), q("“Is it late?”", "Tomas Reyes"), q("“No,”", "Mara Quist")]);
        let text = "“Very well,” said this gentleman, briskly smiling.\n\n“Not yet,” returned the stranger.";
        assert_eq!(quotes(text), [q("“Very well,”", "this gentleman"), q("“Not yet,”", "the stranger")]);
    }

    #[test]
    fn a_name_over_a_line_break_is_one_spaced_name() {
        let text = "The school room was plain and bare, and the walls were whitewashed.\n\"Girl number twenty,\" said Mr. Thomas\nGradgrind, pointing with his square\nforefinger at the back of the room.\n\n\"Sissy Jupe, sir,\" said the girl.\n";
        assert_eq!(quotes(text)[0], q("\"Girl number twenty,\"", "Thomas Gradgrind"));
        let doc = annotate(text, &Options::default());
        assert!(doc.entities.iter().all(|e| !e.name.contains('\n') && e.title.as_deref().is_none_or(|t| !t.contains('\n'))));
    }

    #[test]
    fn the_person_a_quote_addresses_is_not_its_pronoun_speaker() {
        let text = "Tomas Reyes knocked. Ivo Brandt opened the green door.\n\n“Good morning, Ivo Brandt,” he said.";
        assert_eq!(quotes(text), [q("“Good morning, Ivo Brandt,”", "Tomas Reyes")]);
        // a name that is no address leaves the nearest man the speaker
        let text = "Tomas Reyes knocked. Ivo Brandt opened the green door.\n\n“Ivo Brandt will win,” he said.";
        assert_eq!(quotes(text), [q("“Ivo Brandt will win,”", "Ivo Brandt")]);
    }

    #[test]
    fn a_bare_quote_after_narration_is_its_subjects() {
        let text = "Mara Quist could not contain herself, and began scolding the boy.\n\n“Stop that coughing at once!”";
        assert_eq!(quotes(text), [q("“Stop that coughing at once!”", "Mara Quist")]);
        // narration followed by narration hands nothing on
        let text = "Mara Quist could not contain herself.\n\nThe boy coughed again.\n\n“Stop that at once!”";
        assert_ne!(quotes(text)[0].1.as_deref(), Some("Mara Quist"));
    }

    #[test]
    fn said_after_any_closing_mark_is_inverted() {
        // a typo'd “ as the closing mark, and CJK corner brackets
        assert_eq!(quotes("“It is unusual,“ said Larry Noble."), [q("“It is unusual,“", "Larry Noble")]);
        assert_eq!(quotes("「不行」 said Mei Lin."), [q("「不行」", "Mei Lin")]);
    }

    #[test]
    fn gendered_titles_keep_two_people_apart() {
        let text = "Mr. Quill sat down. “Are you coming?” asked Mrs. Quill.\n“No,” said Mr. Quill.\n“Then I go alone,” said Quill.";
        let doc = annotate(text, &Options::default());
        let ids: Vec<Option<usize>> = doc.spans.iter().filter_map(|s| match &s.data {
            SpanData::Quote { speaker, direct: true, .. } => Some(*speaker),
            _ => None,
        }).collect();
        assert_eq!(ids.len(), 3);
        assert!(ids[0].is_some() && ids[1].is_some());
        assert_ne!(ids[0], ids[1], "Mrs. Quill and Mr. Quill");
        // a bare surname is the one of them mentioned last
        assert_eq!(ids[2], ids[1]);
    }

    #[test]
    fn a_quote_paragraph_continues_its_speaker_in_news() {
        let text = "Port director Ana Ruiz said the cranes were old. “We replaced two of them last year,” Ruiz said.\n“The rest will follow.”";
        let got = quotes(text);
        assert_eq!(got[1], q("“The rest will follow.”", "Ana Ruiz"));
    }

    #[test]
    fn byline_and_transcript_labels() {
        let text = "“We will not be silenced.” ― Dora Lind\n\"KELLER: Will you run again?";
        assert_eq!(quotes(text), [q("“We will not be silenced.”", "Dora Lind"), q("\"KELLER: Will you run again?", "KELLER")]);
    }

    #[test]
    fn a_chain_of_appositions_keeps_the_name() {
        let text = "“We reject it,” Ana Ruiz, the port director of Velm, a city of ten thousand, said on Monday.";
        assert_eq!(quotes(text), [q("“We reject it,”", "Ana Ruiz")]);
    }

    #[test]
    fn the_title_in_a_description_must_fit() {
        let text = "Democratic nominee Lara Voss spoke first. “We are ready,” the Republican nominee said.";
        assert_ne!(quotes(text)[0].1.as_deref(), Some("Lara Voss"));
        let text = "Sen. Owen Mabry arrived late. “We are ready,” the senator said.";
        assert_eq!(quotes(text), [q("“We are ready,”", "Owen Mabry")]);
    }

    #[test]
    fn who_refers_to_the_name_before_it() {
        let text = "Officials praised Mabry, who said the bridge would “open on time.”";
        assert_eq!(quotes(text), [q("“open on time.”", "Mabry")]);
    }

    #[test]
    fn gender_learned_from_the_text_guides_pronouns() {
        let text = "Tomas Reyes came in from the rain. Mara Quist put down her cup.\n“You’re late,” he said.";
        assert_eq!(quotes(text), [q("“You’re late,”", "Tomas Reyes")]);
    }

    #[test]
    fn an_action_beat_after_the_quote_names_the_speaker() {
        let text = "Tomas Reyes came in from the rain.\n“The ferry was slow.” Reyes hung his coat by the stove.";
        assert_eq!(quotes(text), [q("“The ferry was slow.”", "Tomas Reyes")]);
    }

    #[test]
    fn an_action_beat_names_the_speaker() {
        let text = "Mara Quist put down her cup. “You’re late again.”";
        assert_eq!(quotes(text), [q("“You’re late again.”", "Mara Quist")]);
    }

    #[test]
    fn partial_quote_inside_reported_speech() {
        let text = "The minister stressed that the plan was “not negotiable,” rejecting calls for a delay.";
        assert_eq!(quotes(text), [q("“not negotiable,”", "The minister")]);
    }

    #[test]
    fn a_given_name_tells_who_she_is() {
        // nothing in the text says "her" of Helen Marsh: her given name does
        let text = "Helen Marsh questioned the bank’s chief, Paul Dorn, for an hour.\n“You knew,” she said.\n“I did not,” he said.";
        assert_eq!(quotes(text), [q("“You knew,”", "Helen Marsh"), q("“I did not,”", "Paul Dorn")]);
    }

    #[test]
    fn the_cue_before_a_quote_beats_a_reported_clause_around_it() {
        let text = "Ana Ruiz spoke first. She said the ferry would run all winter, and when asked about the storms, the 40-year-old father of two replied, “We have sailed through worse.”";
        assert_eq!(quotes(text), [q("“We have sailed through worse.”", "the 40-year-old father of two")]);
    }

    #[test]
    fn an_irregular_verb_before_a_colon_hands_over_the_quote() {
        let text = "In March, Ana Ruiz wrote the following note:\n“The pier closes at dusk.”";
        assert_eq!(quotes(text), [q("“The pier closes at dusk.”", "Ana Ruiz")]);
    }

    #[test]
    fn broadcast_voices_and_dated_descriptions_speak() {
        let text = "“Who pays for this?” the film’s narrator asks.\n“We do,” said 9/11 survivor Dora Lind.";
        assert_eq!(quotes(text), [q("“Who pays for this?”", "the film’s narrator"), q("“We do,”", "Dora Lind")]);
    }

    #[test]
    fn the_possessor_of_a_claim_is_its_source() {
        let text = "Auditors examined Mayor Ines Valdmaa’s claim that the pier was “fully repaired” last spring.";
        assert_eq!(quotes(text), [q("“fully repaired”", "Ines Valdmaa")]);
    }

    #[test]
    fn the_writer_speaks_as_i() {
        let text = "Mara Quist waved me over from her desk.\n“Name?” she asked.\n“Ruiz,” I said, and spelled it twice.";
        assert_eq!(quotes(text), [q("“Name?”", "Mara Quist"), q("“Ruiz,”", "I")]);
    }

    #[test]
    fn adverbs_ages_ads_and_colons() {
        assert_eq!(quotes("Ana Ruiz wearily said, “We start again.”"), [q("“We start again.”", "Ana Ruiz")]);
        assert_eq!(quotes("“We start again,” said the 46-year-old."), [q("“We start again,”", "the 46-year-old")]);
        assert_eq!(quotes("The ad says “the pier is ours.”"), [q("“the pier is ours.”", "The ad")]);
        assert_eq!(quotes("Reactions came fast. Dora Lind: “We will not move.”"), [q("“We will not move.”", "Dora Lind")]);
        // a colon after a common noun is no attribution
        assert_ne!(quotes("The report named one culprit: “the weather.”")[0].1.as_deref(), Some("culprit"));
    }

    #[test]
    fn as_someone_put_it() {
        assert_eq!(quotes("The pier is a “floating liability,” as one engineer put it."), [q("“floating liability,”", "one engineer")]);
        assert_eq!(quotes("The fee is “a tax on the poor,” as a council memo puts it."), [q("“a tax on the poor,”", "a council memo")]);
        assert_eq!(quotes("As Ana Ruiz, the port director, put it: “The pier is a liability.”"), [q("“The pier is a liability.”", "Ana Ruiz")]);
    }

    #[test]
    fn a_party_adjective_is_no_subject() {
        let text = "The Fact Desk rated 30% of Republican claims as “false” last year.";
        assert_eq!(quotes(text), [q("“false”", "Fact Desk")]);
    }

    #[test]
    fn party_members_and_hyphenated_adjectives_describe_speakers() {
        assert_eq!(quotes("“The tide has turned,” said one well-connected Democrat."), [q("“The tide has turned,”", "one well-connected Democrat")]);
        assert_eq!(quotes("“We lost the town,” said a Republican close to the mayor."), [q("“We lost the town,”", "a Republican close to the mayor")]);
        // a verb between a name and a role noun is no adjective
        assert_eq!(quotes("Mara Quist urged Republicans to “stay home” on Tuesday."), [q("“stay home”", "Mara Quist")]);
        assert_eq!(quotes("The aide rallied volunteers, saying: “We can still win.”"), [q("“We can still win.”", "The aide")]);
        assert_eq!(quotes("“It is over,” said a retired general."), [q("“It is over,”", "a retired general")]);
    }

    #[test]
    fn reactions_exhortations_and_documents_that_read() {
        assert_eq!(quotes("“Who is he profiling?” reacted Oren Blake."), [q("“Who is he profiling?”", "Oren Blake")]);
        assert_eq!(quotes("“Vote early,” exhorted the organiser, Ina Holm."), [q("“Vote early,”", "Ina Holm")]);
        assert_eq!(quotes("“Every vote counts,” read the flyer."), [q("“Every vote counts,”", "the flyer")]);
        // "emails" is a noun here, not a cue
        assert_eq!(quotes("The agency marked 12 Vance emails as “secret” on Friday.")[0].1.as_deref(), Some("The agency"));
    }

    #[test]
    fn less_common_verbs_of_saying_and_trades() {
        assert_eq!(quotes("Asked for his favourite town, Pell demurred: “Whichever one I am in.”"), [q("“Whichever one I am in.”", "Pell")]);
        assert_eq!(quotes("“It was a terrific success,” the billionaire mogul told reporters."), [q("“It was a terrific success,”", "the billionaire mogul")]);
        assert_eq!(quotes("“Don’t forget the ferry,” Ada Brook chided."), [q("“Don’t forget the ferry,”", "Ada Brook")]);
        // a place inside a description: "the former Vermont governor"
        assert_eq!(quotes("“He is a chaos candidate,” the former Vermont governor said."), [q("“He is a chaos candidate,”", "the former Vermont governor")]);
    }

    #[test]
    fn the_subject_of_an_absolute_clause_speaks() {
        assert_eq!(quotes("Both want more raids, with Vell recently promising to “flatten the dunes.”"), [q("“flatten the dunes.”", "Vell")]);
        assert_eq!(quotes("A protester was hurt, with the mayor reportedly yelling: “Get him out!”"), [q("“Get him out!”", "the mayor")]);
    }

    #[test]
    fn a_cue_followed_by_that_starts_a_new_statement() {
        let text = "Ana Vell said on Friday that the remark by Dr. Peter Kade “was inappropriate.” She writes that “there is no room for it.”";
        assert_eq!(quotes(text), [q("“was inappropriate.”", "Ana Vell"), q("“there is no room for it.”", "Ana Vell")]);
    }

    #[test]
    fn who_was_told_is_never_the_speaker() {
        let text = "“Order matters,” Speaker Ina Holm, the convention chair, told the delegates before the vote.";
        assert_eq!(quotes(text), [q("“Order matters,”", "Ina Holm")]);
        // plural roles are no "he": “…,” he said goes back to Tomas Berg
        let text = "Tomas Berg pledged to stay. Delegates questioned how Berg could turn back.\n\n“It became personal,” he said.";
        assert_eq!(quotes(text), [q("“It became personal,”", "Tomas Berg")]);
    }

    #[test]
    fn a_pronoun_alone_in_quotes_is_a_word() {
        assert!(quotes("Ruiz kept calling the ship “she,” to the crew’s delight.").is_empty());
        assert!(quotes("The form asks whether the applicant is \"he.\"").is_empty());
        // a one-word answer is speech
        assert_eq!(quotes("“No,” said Ruiz.").len(), 1);
    }

    #[test]
    fn never_between_the_subject_and_its_verb() {
        let text = "Ana Ruiz came in. Mrs. Quill never ceased to rejoice, and to say, “I did manage that.”";
        assert_eq!(quotes(text), [q("“I did manage that.”", "Quill")]);
    }

    #[test]
    fn a_participle_belongs_to_the_subject_of_its_sentence() {
        let text = "Mayor Ines Odum chimed in on Friday, saying the footage should be released “without delay.”";
        let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
        let speakers: Vec<(bool, Option<String>)> = doc
            .spans
            .iter()
            .filter_map(|s| match &s.data {
                SpanData::Quote { speaker, direct, .. } => Some((*direct, speaker.map(|e| doc.entities[e].name.clone()))),
                _ => None,
            })
            .collect();
        // the reported clause and the quote inside it
        assert_eq!(speakers, [(false, Some("Ines Odum".to_string())), (true, Some("Ines Odum".to_string()))]);
        // after a dash as after a comma
        let reported = crate::test_support::reported_rules("Mayor Ines Odum changed her mind on the spot – saying the footage should be released at once.");
        assert_eq!(reported.first().map(|(t, _)| t.as_str()), Some("the footage should be released at once"));
    }

    #[test]
    fn a_subject_before_an_apposition_or_a_time_phrase() {
        assert_eq!(quotes("Erin Vale, the veteran activist, endorsed the plan, saying she wants it “done by June.”"), [q("“done by June.”", "Erin Vale")]);
        assert_eq!(quotes("Tomas Berg on Thursday ratcheted up his attacks, calling the plan “a fraud.”"), [q("“a fraud.”", "Tomas Berg")]);
        // an adverb with a comma is no subject
        assert_ne!(quotes("Thus, in the debate last week, candidates said “tax” 44 times.")[0].1.as_deref(), Some("Thus"));
        // a person and her place: "of Dayton" does not hide the verb
        assert_eq!(quotes("Mayor Lina Osei of Dayton condemned “such a cruel toll” and declared a fight."), [q("“such a cruel toll”", "Lina Osei")]);
    }

    #[test]
    fn ordinals_and_capitals_inside_a_speaker_after_the_cue() {
        assert_eq!(quotes("“I don’t understand,” said Air Force 1st Lt. Tyler Vance."), [q("“I don’t understand,”", "Tyler Vance")]);
        assert_eq!(quotes("“How big is that wall?” asked the boy, who wore a red hat."), [q("“How big is that wall?”", "the boy")]);
        assert_eq!(quotes("“It was a test,” said one district GOP leader.")[0].1.as_deref().map(|n| n.ends_with("leader")), Some(true));
    }

    #[test]
    fn an_unresolved_pronoun_beside_the_quote_is_not_replaced_by_a_guess() {
        // no woman is named before "she": the quote is not Tom Hale's
        assert_eq!(quotes("Tom Hale came in. “It is late,” she said."), [("“It is late,”".to_string(), None)]);
    }

    #[test]
    fn a_typewriter_quote_inside_a_reported_clause_is_not_reported_again() {
        let reported = |text: &str| -> Vec<String> {
            let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
            doc.spans.iter().filter(|s| matches!(s.data, SpanData::Quote { direct: false, .. })).map(|s| s.text.clone()).collect()
        };
        assert_eq!(reported("Mayor Lina Osei said the toll was ''a disgrace'' and had to go."), ["the toll was ''a disgrace'' and had to go"]);
        // alone, with its cue beside it, it is the reported content itself
        assert_eq!(reported("''The toll has to go,'' Mayor Lina Osei said."), ["''The toll has to go,''"]);
    }
}
