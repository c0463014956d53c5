//! The smallest clause that carries a red line: from the clause's subject
//! (after "X said that", a comma, "but", "who") to the end of the clause
//! (before ", saying", "; ", " but "), over the tokens of one sentence.
//! A clause led by the trigger itself ("rejecting the offer", "refusing to
//! testify") starts at the trigger.

use super::tokens::Tok;
use std::ops::Range;

/// Verbs of saying and thinking: the clause after them is the content.
const SPEECH: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "adding", "added", "insisted", "insists",
    "argued", "argues", "stressed", "warned", "warns", "noted", "announced", "claimed", "claims",
    "contended", "declared", "wrote", "writes", "tweeted", "stated", "explained", "suggested",
    "acknowledged", "believes", "thinks", "thought", "made", "clear", "signaled", "signalled",
];

/// Words that open a new clause before a trigger.
const LEFT_WORDS: &[&str] = &[
    "that", "who", "which", "but", "while", "although", "though", "whereas", "and", "because", "so",
];

/// Words after a comma that open a new clause after a trigger.
const RIGHT_AFTER_COMMA: &[&str] = &[
    "but", "and", "saying", "adding", "according", "which", "who", "while", "though", "although",
    "whereas", "as", "so", "in", "because", "he", "she", "they", "we", "i", "it", "said", "says",
];

/// The longest clause looked at, in tokens either side of its trigger:
/// keeps the cost of a sentence linear in its length even with no full stop.
pub const WINDOW: usize = 60;

fn is_hard_break(t: &Tok) -> bool {
    !t.word && matches!(&*t.norm, ";" | ":" | "—" | "–" | "(" | ")")
}

fn is_double_dash(toks: &[Tok], i: usize) -> bool {
    toks[i].is("-") && toks.get(i + 1).is_some_and(|t| t.is("-"))
        || toks[i].is("-") && i > 0 && toks[i - 1].is("-")
}

/// First token of the clause that holds token `first`.
pub fn start(toks: &[Tok], first: usize) -> usize {
    if toks.get(first).is_some_and(|t| t.norm.ends_with("ing") && t.norm.len() > 5) {
        return first; // "refusing to testify", "rejecting the demands"
    }
    let mut i = first;
    let lo = first.saturating_sub(WINDOW);
    while i > lo {
        let t = &toks[i - 1];
        if is_hard_break(t) || is_double_dash(toks, i - 1) || t.is(",") {
            break;
        }
        if t.word && (t.is_any(SPEECH) || t.is_any(LEFT_WORDS)) {
            break;
        }
        // ", yet refuses to": a new clause with the same subject
        if t.is("yet") && i > 1 && toks[i - 2].is(",") {
            break;
        }
        i -= 1;
    }
    skip_marks(toks, i, first)
}

/// Skips punctuation (not opening quotation marks) at the start.
fn skip_marks(toks: &[Tok], mut i: usize, limit: usize) -> usize {
    while i < limit && !toks[i].word && !toks[i].is_quote_mark() {
        i += 1;
    }
    i
}

/// Index after the last token of the clause that holds token `last`.
pub fn end(toks: &[Tok], last: usize) -> usize {
    let mut i = last + 1;
    let hi = toks.len().min(last + WINDOW);
    while i < hi {
        let t = &toks[i];
        if is_hard_break(t) || is_double_dash(toks, i) || (t.word && t.is("but")) {
            break;
        }
        if t.is(",") {
            let next = toks[i + 1..hi].iter().find(|n| !n.is_quote_mark());
            if next.is_some_and(|n| n.is_any(RIGHT_AFTER_COMMA) || (n.norm.ends_with("ing") && n.norm.len() > 5)) {
                break;
            }
        }
        i += 1;
    }
    // no trailing comma
    while i > last + 1 && toks[i - 1].is(",") {
        i -= 1;
    }
    i
}

/// Byte range of tokens `a..b` (b exclusive, b > a).
pub fn bytes(toks: &[Tok], a: usize, b: usize) -> Range<usize> {
    toks[a].start..toks[b.max(a + 1) - 1].end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    /// The clause around the first token equal to `word`.
    fn clause_of<'a>(text: &'a str, word: &str) -> &'a str {
        let toks = tokenize(text, 0..text.len());
        let i = toks.iter().position(|t| t.norm == word).expect("word in text");
        let r = bytes(&toks, start(&toks, i), end(&toks, i));
        &text[r]
    }

    #[test]
    fn reported_speech_drops_the_attribution() {
        assert_eq!(clause_of("The mayor said he would not sign the order.", "would"), "he would not sign the order.");
        assert_eq!(clause_of("She insisted that the club will not sell him, adding that talks ended.", "will"), "the club will not sell him");
    }

    #[test]
    fn participles_start_at_the_trigger() {
        assert_eq!(
            clause_of("The board fined him for refusing to attend the hearing.", "refusing"),
            "refusing to attend the hearing."
        );
    }

    #[test]
    fn but_and_dashes_split_clauses() {
        assert_eq!(clause_of("He was willing to talk, but would not be filmed -- not ever.", "would"), "would not be filmed");
    }
}
