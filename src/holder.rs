//! Who holds a red line: the entity behind a candidate's `Holder`.
//!
//! - first person ("we will not") or nothing named: the speaker of the quote
//!   or reported clause that contains it ("“We won’t sign,” she said");
//! - a named subject ("the union refused"): that phrase's entity; a pronoun
//!   subject inside reported speech ("said he would not accept") is the
//!   reported speaker when it could be them, else its own referent.

use crate::assemble::Findings;
use crate::entities::Registry;
use crate::phrases::{PhraseKind, Words};
use crate::redline::{Candidate, Holder};
use crate::tokens::tokenize;

pub fn resolve(text: &str, c: &Candidate, found: &Findings, reg: &mut Registry) -> Option<usize> {
    let enclosing = enclosing_speaker(c, found);
    match &c.holder {
        Holder::Speaker => enclosing,
        Holder::Unknown => enclosing.or_else(|| preceding_mention(text, c, found)),
        Holder::Subject(r) => {
            if let Some(m) = found.mentions.iter().find(|m| m.start < r.end && r.start < m.end) {
                return Some(m.entity);
            }
            let toks = tokenize(text, r.clone());
            let w = Words::new(text, &toks);
            let phrase = toks.len().checked_sub(1).and_then(|last| w.ending_at(last));
            match phrase {
                Some(p) if matches!(p.kind, PhraseKind::Pronoun(_)) => enclosing.or_else(|| reg.resolve(text, &p)),
                Some(p) => reg.resolve(text, &p).or(enclosing),
                None => enclosing,
            }
        }
    }
}

/// The speaker of the innermost quote or reported clause in which `c`
/// starts.
fn enclosing_speaker(c: &Candidate, found: &Findings) -> Option<usize> {
    found
        .quotes
        .iter()
        .filter(|q| q.speaker.is_some() && q.start <= c.start + 2 && c.start < q.end)
        .min_by_key(|q| q.end - q.start)
        .and_then(|q| q.speaker)
}

/// The last entity mentioned before `c` in its paragraph: the subject of
/// the clause a participle hangs on ("Araghchi stressed …, rejecting US
/// demands").
fn preceding_mention(text: &str, c: &Candidate, found: &Findings) -> Option<usize> {
    let para_start = text[..c.start].rfind('\n').map_or(0, |p| p + 1);
    found.mentions.iter().filter(|m| m.end <= c.start && m.start >= para_start).max_by_key(|m| m.end).map(|m| m.entity)
}
