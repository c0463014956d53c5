//! Who holds a red line: the entity behind a candidate's `Holder`.
//!
//! - first person ("we will not") or nothing named: the speaker of the quote
//!   or reported clause that contains it ("“We won’t sign,” she said"), or
//!   the subject of the speech verb before it in the sentence;
//! - a representative's report ("Berg's lawyer said he would not answer"):
//!   the principal, Berg (`principal`);
//! - a pronoun subject or possessive ("he would not", "his refusal"): the
//!   reported speaker when they fit, else the nearest known entity before it
//!   (`referent`); a third-person pronoun inside a direct quote is never its
//!   speaker;
//! - a name or description ("the union refused"): that phrase's entity;
//!   "the court" and "the judge" are the article's one named judge.

mod author;
mod principal;
mod referent;

use crate::chars::Lower;
use crate::assemble::{Findings, Mention, QuoteFinding};
use crate::entities::Registry;
use crate::phrases::{Phrase, PhraseKind, Words};
use crate::redline::{Candidate, Holder};
use crate::span::EntityKind;
use crate::tokens::tokenize;
use referent::{want, Known, Want};
use std::ops::Range;

/// How far back the start of a sentence is looked for (bytes).
const SENTENCE_WINDOW: usize = 600;

/// How many quotes or mentions before a position are looked at: quotes nest
/// at most a few deep, so this bounds the work per red line.
const LOOK_BACK: usize = 32;

/// The findings sorted for quick look-up, built once per document.
struct Index<'a> {
    quotes: Vec<&'a QuoteFinding>,
    mentions: Vec<&'a Mention>,
    known: Known,
}

/// What a candidate's holder is resolved against.
struct Context<'a> {
    text: &'a str,
    index: &'a Index<'a>,
    quote: Option<&'a QuoteFinding>,
    sentence_start: usize,
}

/// The holder entity of every candidate, in order.
pub fn resolve_all(text: &str, candidates: &[Candidate], found: &Findings, reg: &mut Registry) -> Vec<Option<usize>> {
    let mut quotes: Vec<&QuoteFinding> = found.quotes.iter().filter(|q| q.speaker.is_some()).collect();
    crate::sort::by_key(&mut quotes, |q| (q.start as u64, 0, 0));
    let mut mentions: Vec<&Mention> = found.mentions.iter().collect();
    crate::sort::by_key(&mut mentions, |m| (m.start as u64, 0, 0));
    let mut index = Index { quotes, mentions, known: Known::new(text, found, reg) };
    let mut out = Vec::with_capacity(candidates.len());
    for c in candidates {
        index.known.refresh(reg);
        out.push(resolve(text, c, &index, reg));
    }
    out
}

fn resolve(text: &str, c: &Candidate, index: &Index, reg: &mut Registry) -> Option<usize> {
    let quote = enclosing_quote(c, index);
    let cx = Context { text, index, quote, sentence_start: sentence_start(text, c.start) };
    let enclosing = quote.and_then(|q| q.speaker);
    let principal = principal::of(text, cx.sentence_start, c.start);
    match &c.holder {
        Holder::Speaker => match enclosing {
            // "we" in a statement: whoever issued it
            Some(e) if is_document(&reg.drafts[e].name) => document_author(&cx, e, c.start, reg).or(enclosing),
            Some(e) => Some(e),
            None => speech_subject(&cx, c.start, reg),
        },
        Holder::Unknown => match principal {
            Some(p) => principal_entity(&cx, p, reg),
            None => enclosing.or_else(|| preceding_mention(text, c, index)),
        },
        Holder::Subject(r) => {
            let word = &text[r.clone()];
            let stands_in = want(word).is_some() || word.to_lower().ends_with("client");
            match principal {
                Some(p) if stands_in => principal_entity(&cx, p, reg),
                _ => subject_entity(&cx, r.clone(), reg),
            }
        }
    }
}

/// The principal a representative speaks for: the name, or for "his
/// lawyer" the nearest fitting entity before, never the representative who
/// reports it ("Her lawyer, Jane Roe, said she would not pay": not Roe).
fn principal_entity(cx: &Context, p: Range<usize>, reg: &mut Registry) -> Option<usize> {
    match want(&cx.text[p.clone()]) {
        Some(w) => cx.index.known.before(cx.text, p.start, w, cx.quote.and_then(|q| q.speaker)),
        None => words_entity(cx, p, reg),
    }
}

/// The entity named by a subject phrase.
fn subject_entity(cx: &Context, r: Range<usize>, reg: &mut Registry) -> Option<usize> {
    let written = &cx.text[r.clone()];
    let enclosing = cx.quote.and_then(|q| q.speaker);
    if is_judicial(written) {
        if let Some(judge) = article_judge(reg) {
            return Some(judge);
        }
    }
    // "“The United States will never accept it,” she said": her limit
    if cx.quote.is_some_and(|q| q.direct) && want(written).is_none() && enclosing.is_some() {
        return enclosing;
    }
    // a mention at either end of the subject ("Several people Republicans
    // talked to": not "Republicans")
    let pronoun = want(written).is_some();
    let ms = &cx.index.mentions;
    let upto = ms.partition_point(|m| m.start < r.end);
    let near = ms[upto.saturating_sub(LOOK_BACK)..upto].iter().rev();
    if let Some(m) = near.filter(|_| !pronoun).find(|m| r.start < m.end && (m.start <= r.start || m.end >= r.end)) {
        return Some(m.entity);
    }
    match want(written) {
        Some(w) => pronoun_entity(cx, r.start, w, reg).or_else(|| words_entity(cx, r, reg)),
        None => words_entity(cx, r, reg).or(enclosing),
    }
}

/// A third-person pronoun: the reported speaker if they fit ("Berg said
/// he would not"), else the nearest known entity that does. Inside a direct
/// quote the speaker would have said "I", so it is someone else.
fn pronoun_entity(cx: &Context, pos: usize, w: Want, reg: &mut Registry) -> Option<usize> {
    let enclosing = cx.quote.and_then(|q| q.speaker);
    let direct = cx.quote.is_some_and(|q| q.direct);
    // "The statement said they would act": a document is not a party
    let document = enclosing.is_some_and(|e| is_document(&reg.drafts[e].name));
    // "The statement said they would act": they who issued it
    if let Some(e) = enclosing.filter(|_| document && w == Want::Plural) {
        if let Some(a) = document_author(cx, e, pos, reg) {
            return Some(a);
        }
    }
    if let Some(e) = enclosing.filter(|&e| !direct && !document && cx.index.known.fits(reg, e, w)) {
        return Some(named_before(cx, e, w, reg));
    }
    if !direct && !document {
        // "Berg began by saying he would never": the one who says it
        if let Some(e) = speech_subject(cx, pos, reg).filter(|&e| cx.index.known.fits(reg, e, w)) {
            return Some(named_before(cx, e, w, reg));
        }
    }
    cx.index.known.before(cx.text, pos, w, if direct || document { enclosing } else { None })
}

/// The author of document entity `doc` ("the council issued a statement"),
/// named before `pos`.
fn document_author(cx: &Context, doc: usize, pos: usize, reg: &mut Registry) -> Option<usize> {
    let noun = reg.drafts[doc].name.split_whitespace().last()?.to_lower();
    let phrase = author::of(cx.text, &noun, pos)?;
    reg.resolve(cx.text, &phrase).filter(|&a| a != doc)
}

/// A definite description of a person ("The Ohio governor said he …")
/// points back to someone named before the sentence, when there is one
/// that fits; otherwise, or for a name, `e` itself.
fn named_before(cx: &Context, e: usize, w: Want, reg: &Registry) -> usize {
    let d = &reg.drafts[e];
    let definite = d.kind == EntityKind::Anonymous && d.name.to_lower().starts_with("the ");
    let earlier = || cx.index.known.before(cx.text, cx.sentence_start, w, None);
    if definite && w != Want::Plural { earlier().unwrap_or(e) } else { e }
}

/// "The statement", "a letter": words that are said, not parties.
fn is_document(name: &str) -> bool {
    let last = name.split_whitespace().last().unwrap_or("").to_lower();
    DOCUMENTS.contains(&last.as_str())
}

const DOCUMENTS: &[&str] = &["statement", "report", "letter", "memo", "release", "ad", "video", "document", "filing", "tweet", "post", "communique"];

/// The entity of the words at `r`: a name ("Anna Berg's" counts as "Anna
/// Berg"), a pronoun, or a description.
fn words_entity(cx: &Context, r: Range<usize>, reg: &mut Registry) -> Option<usize> {
    let text = cx.text;
    let written = &text[r.clone()];
    if let Some(w) = want(written) {
        return pronoun_entity(cx, r.start, w, reg).or_else(|| registry_phrase(text, r, reg));
    }
    let end = r.end - written.strip_suffix("'s").or_else(|| written.strip_suffix("’s")).map_or(0, |s| written.len() - s.len());
    registry_phrase(text, r.start..end, reg)
}

/// The registry's entity for the phrase ending (or else starting) at `r`.
fn registry_phrase(text: &str, r: Range<usize>, reg: &mut Registry) -> Option<usize> {
    let toks = tokenize(text, r);
    let w = Words::new(text, &toks);
    let last = toks.len().checked_sub(1)?;
    let phrase = w.ending_at(last).or_else(|| w.starting_at(0))?;
    if matches!(phrase.kind, PhraseKind::Pronoun(_)) {
        return None; // pronouns are resolved by `referent`, in text order
    }
    reg.resolve(text, &phrase)
}

/// "the court", "the judge", "A New York judge", "Judge".
fn is_judicial(words: &str) -> bool {
    let last = words.split_whitespace().last().unwrap_or("").to_lower();
    matches!(last.as_str(), "court" | "judge" | "justice" | "bench")
}

/// The one person whose name or title says judge or justice.
fn article_judge(reg: &Registry) -> Option<usize> {
    let judicial = |s: &str| s.split_whitespace().any(|w| matches!(w, "Judge" | "Justice" | "judge" | "justice"));
    let mut judges = reg.drafts.iter().enumerate().filter(|(_, d)| {
        let named = d.name.split_whitespace().count() >= 2 && crate::chars::find_str(&d.name, "Department").is_none();
        named && d.kind == EntityKind::Person && (judicial(&d.name) || d.title.as_deref().is_some_and(judicial))
    });
    let first = judges.next()?.0;
    judges.next().is_none().then_some(first)
}

/// "Jean Dupont, the foreign minister, said there would be consequences":
/// the first known entity of the sentence, when a speech verb follows it.
fn speech_subject(cx: &Context, pos: usize, reg: &mut Registry) -> Option<usize> {
    let before = cx.text.get(cx.sentence_start..pos)?;
    let verb = SPEECH_VERBS.iter().filter_map(|v| crate::chars::find_str(before, v)).min()?;
    let subject = cx.sentence_start..cx.sentence_start + verb;
    // a name or description opening the sentence is its subject: "Jean
    // Dupont, the minister,", "The senator, who faces a primary,"
    let toks = tokenize(cx.text, subject.clone());
    let w = Words::new(cx.text, &toks);
    let opening = |p: &Phrase| match &p.kind {
        PhraseKind::Name { org, .. } => !org,
        PhraseKind::Description { head, .. } => !DOCUMENTS.contains(&head.to_lower().as_str()),
        PhraseKind::Pronoun(_) => false,
    };
    if let Some(p) = w.starting_at(0).filter(opening) {
        return reg.resolve(cx.text, &p);
    }
    cx.index.known.first_in(cx.text, subject)
}

/// Speech verbs whose subject is the sentence's first name.
const SPEECH_VERBS: &[&str] = &[" said ", " says ", " saying ", " told ", " warned ", " added ", " insisted "];

/// The innermost quote or reported clause in which `c` starts.
fn enclosing_quote<'a>(c: &Candidate, index: &Index<'a>) -> Option<&'a QuoteFinding> {
    let qs = &index.quotes;
    let upto = qs.partition_point(|q| q.start <= c.start + 2);
    qs[upto.saturating_sub(LOOK_BACK)..upto].iter().filter(|q| c.start < q.end).min_by_key(|q| q.end - q.start).copied()
}

/// Byte where the sentence holding `pos` starts (a bounded look back).
fn sentence_start(text: &str, pos: usize) -> usize {
    let mut lo = pos.saturating_sub(SENTENCE_WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    // The greatest end of any of the marks in `text[lo..pos]`: one walk
    // back that stops at the first end found, where six `rfind`s (each
    // setting up a substring searcher and most running the whole 600
    // bytes) did the same. Every mark ends in a space or a newline, so only
    // those bytes are looked at.
    let before = &text.as_bytes()[lo..pos];
    let cut = (1..=before.len()).rev().find(|&end| {
        matches!(before[end - 1], b' ' | b'\n') && SENTENCE_ENDS.iter().any(|m| before[..end].ends_with(m.as_bytes()))
    });
    cut.map_or(lo, |c| lo + c)
}

/// What ends a sentence for [`sentence_start`].
const SENTENCE_ENDS: [&str; 6] = [". ", "? ", "! ", ".\" ", ".” ", "\n"];

/// The last entity mentioned before `c` in its paragraph: the subject of
/// the clause a participle hangs on ("Araghchi stressed …, rejecting US
/// demands").
fn preceding_mention(text: &str, c: &Candidate, index: &Index) -> Option<usize> {
    let mut lo = c.start.saturating_sub(PARAGRAPH_WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let para_start = text.as_bytes()[lo..c.start].iter().rposition(|&b| b == b'\n').map_or(lo, |p| lo + p + 1);
    let ms = &index.mentions;
    let upto = ms.partition_point(|m| m.start < c.start);
    let near = ms[upto.saturating_sub(LOOK_BACK)..upto].iter().rev();
    near.filter(|m| m.end <= c.start && m.start >= para_start).max_by_key(|m| m.end).map(|m| m.entity)
}

/// How far back the start of a paragraph is looked for (bytes).
const PARAGRAPH_WINDOW: usize = 5000;

#[cfg(test)]
mod tests {
    use crate::{annotate, Options, SpanData};

    /// (red-line text, holder name) for every red line of `text`.
    fn holders(text: &str) -> Vec<(String, Option<String>)> {
        let doc = annotate(text, &Options { offsets: crate::OffsetUnit::Utf8, ..Options::default() });
        doc.spans
            .iter()
            .filter_map(|s| match &s.data {
                SpanData::RedLine { speaker, .. } => Some((s.text.clone(), speaker.map(|e| doc.entities[e].name.clone()))),
                _ => None,
            })
            .collect()
    }

    fn holder_of(text: &str, red_line_start: &str) -> Option<String> {
        holders(text).into_iter().find(|(t, _)| t.starts_with(red_line_start)).and_then(|(_, h)| h)
    }

    #[test]
    fn a_lawyer_reports_the_clients_limit() {
        let text = "Anna Berg said she had done nothing wrong. On Monday the panel held Berg in contempt. Her lawyer said she would not answer questions.";
        assert_eq!(holder_of(text, "she would not answer").as_deref(), Some("Anna Berg"));
        let text = "Anna Berg said she had done nothing wrong. Berg's lawyer, Tom Wu, has said she will refuse to testify.";
        assert_eq!(holder_of(text, "she will refuse").as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn his_lawyer_is_never_the_his() {
        let text = "Tom Wu chaired the hearing. The council fined Anna Berg for refusing to testify. Her lawyer, Jane Roe, said she would not pay the fine.";
        assert_eq!(holder_of(text, "she would not pay").as_deref(), Some("Anna Berg"));
        let text = "Tom Wu asked the questions, and the panel then heard Sam Ortiz. His attorney Ben Cole said afterwards that he will not appeal.";
        assert_eq!(holder_of(text, "he will not appeal").as_deref(), Some("Sam Ortiz"));
    }

    #[test]
    fn a_described_speaker_is_he_or_she() {
        let text = "The senator said he will not vote for the budget.";
        assert_eq!(holder_of(text, "he will not vote").as_deref(), Some("The senator"));
        let text = "The governor, who faces a primary in May, told reporters she would never sign the bill.";
        assert_eq!(holder_of(text, "she would never sign").as_deref(), Some("The governor"));
        let text = "Union leaders met on Monday and said they would not accept the offer.";
        assert_eq!(holder_of(text, "they would not accept").as_deref(), Some("Union leaders"));
    }

    #[test]
    fn the_governor_is_the_governor_named_before() {
        let text = "Tom Wu won the primary in March. The Ohio governor said on Monday he would not sign the bill.";
        assert_eq!(holder_of(text, "he would not sign").as_deref(), Some("Tom Wu"));
    }

    #[test]
    fn they_and_we_in_a_document_are_its_author() {
        let text = "The Arctic Council issued a joint statement after the vote. The statement said they will not accept any drilling in the reserve.";
        assert_eq!(holder_of(text, "they will not accept").as_deref(), Some("Arctic Council"));
        let text = "The transit union sent a letter to the port on Monday. The letter said: “We will not accept any cuts.”";
        assert_eq!(holder_of(text, "“We will not").as_deref(), Some("The transit union"));
    }

    #[test]
    fn a_pronoun_in_a_direct_quote_is_not_its_speaker() {
        let text = "Anna Berg said she was tired. “With Berg saying she will never sign the deal, there is little hope,” said Tom Wu.";
        assert_eq!(holder_of(text, "“With Berg").as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn the_court_is_the_named_judge() {
        let text = "Judge Anna Berg said the case was closed. Tom Wu, a clerk, said the court will not reopen the file.";
        assert_eq!(holder_of(text, "the court").as_deref(), Some("Anna Berg"));
    }
}
