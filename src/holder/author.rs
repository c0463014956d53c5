//! Who wrote a document that "says" something: in "The council issued a
//! statement on Friday. The statement noted they would act if …", the
//! limit is the council's, and "they" and "we" in the statement are its
//! author, not the statement.
//!
//! `of` looks back from a red line for the document's noun ("statement")
//! and takes its author from the words around it: "X issued|released|sent a
//! (joint) statement", "a statement from|by X".

use crate::phrases::{Phrase, PhraseKind, Words};
use crate::tokens::tokenize;

/// How far back the document's noun is looked for (bytes).
const WINDOW: usize = 2000;

/// Verbs by which a party puts out a document.
const ISSUE: &[&str] = &[
    "issued", "released", "sent", "published", "posted", "signed", "adopted", "approved", "delivered",
    "wrote", "put", "issues", "releases", "sends", "publishes", "posts", "signs", "adopts",
];

/// Words between the verb and the noun: "issued a joint statement",
/// "put out a brief statement", "sent a two-page letter".
const BETWEEN: &[&str] = &["a", "an", "the", "its", "their", "out", "joint", "brief", "written", "formal", "short", "new", "two-page", "lengthy", "strongly-worded", "strongly", "worded", "official", "public"];

/// Adverbs between a subject and the verb ("the council also issued").
const ADVERBS: &[&str] = &["also", "later", "then", "quickly", "swiftly", "unanimously", "jointly", "had", "has", "have"];

/// The phrase naming the author of the nearest document called `noun`
/// ("statement") before byte `pos`.
pub fn of(text: &str, noun: &str, pos: usize) -> Option<Phrase> {
    let mut lo = pos.saturating_sub(WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let toks = tokenize(text, lo..pos);
    let w = Words::new(text, &toks);
    let plural = format!("{noun}s");
    (0..toks.len()).rev().filter(|&i| w.lower(i) == noun || w.lower(i) == plural).find_map(|i| {
        issuer(&w, i).or_else(|| from_by(&w, i))
    })
}

/// A party, not a pronoun: only names and descriptions say who wrote it.
fn party(p: Phrase) -> Option<Phrase> {
    (!matches!(p.kind, PhraseKind::Pronoun(_))).then_some(p)
}

/// "the council (also) issued a (joint) statement".
fn issuer(w: &Words, noun: usize) -> Option<Phrase> {
    let mut v = noun.checked_sub(1)?;
    while v > 0 && noun - v <= 4 && BETWEEN.contains(&w.lower(v)) {
        v -= 1;
    }
    if !ISSUE.contains(&w.lower(v)) {
        return None;
    }
    let mut s = v.checked_sub(1)?;
    while s > 0 && ADVERBS.contains(&w.lower(s)) {
        s -= 1;
    }
    w.ending_at(s).and_then(party)
}

/// "a statement from the council", "a letter signed by Anna Berg".
fn from_by(w: &Words, noun: usize) -> Option<Phrase> {
    let mut k = noun + 1;
    if w.is_word(k) && matches!(w.lower(k), "signed" | "written" | "issued" | "released") {
        k += 1;
    }
    if !w.is_word(k) || !matches!(w.lower(k), "from" | "by") {
        return None;
    }
    w.starting_at(k + 1).and_then(party)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(text: &str, noun: &str) -> Option<String> {
        of(text, noun, text.len()).map(|p| text[p.span].to_string())
    }

    #[test]
    fn issuers_and_senders_write_documents() {
        assert_eq!(author("After a long meeting the Arctic Council issued a joint statement on Friday. ", "statement").as_deref(), Some("the Arctic Council"));
        assert_eq!(author("The union later sent a letter to the mayor. ", "letter").as_deref(), Some("The union"));
        assert_eq!(author("In a statement from the Arctic Council, ", "statement").as_deref(), Some("the Arctic Council"));
        assert_eq!(author("A letter signed by Anna Berg reached the board. ", "letter").as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn no_author_no_phrase() {
        assert_eq!(author("The statement was read aloud. ", "statement"), None);
        assert_eq!(author("He issued a statement. ", "statement"), None);
        assert_eq!(author("", "statement"), None);
    }
}
