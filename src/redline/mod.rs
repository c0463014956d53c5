//! Red-line statements: a party declares a limit it will not cross or accept.
//!
//! `find` proposes candidates with their category, trigger and the words
//! that name their holder; `crate::assemble` resolves the holder to an entity
//! (the speaker of the enclosing quote, or the subject's entity).

use crate::span::Category;
use std::ops::Range;

/// Who holds a red line, as far as the sentence tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    /// First person ("we will not", "I refuse"): the speaker of the quote or
    /// reported speech that contains it.
    Speaker,
    /// A named subject in the text ("the party has refused"): its byte range.
    Subject(Range<usize>),
    /// Nothing in the sentence names a holder.
    Unknown,
}

/// A proposed red line (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The words that mark it; always inside `start..end`.
    pub trigger: Range<usize>,
    pub holder: Holder,
    /// 0 to 1.
    pub confidence: f32,
    pub rule: &'static str,
}

/// Finds red-line candidates in `text`, paragraph by paragraph.
pub fn find(_text: &str, _paragraphs: &[Range<usize>]) -> Vec<Candidate> {
    Vec::new()
}
