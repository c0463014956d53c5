//! Words and punctuation of a stretch of text, with byte offsets.
//!
//! A word keeps its inner apostrophes, hyphens and dots ("Iran’s",
//! "non-negotiable", "U.S."), and a title's final dot ("Mr.", "Sen.", "J.").

use crate::chars::{char_at, is_alnum};
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// Any other non-space character: punctuation, a quote mark, a symbol.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// Titles written with a dot, in lower case: a capitalised one keeps its
/// dot as a token ("Mr.", "Sen."), and none ends a sentence
/// (segment.rs). "Del." is a title before a name, "state Del. Marcia
/// Price" ("Dover, Del." at a sentence's end no longer ends it: rarer in
/// news than the title).
pub const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr",
    "sgt", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "lt.gen",
    "gens", "sens", "reps", "messrs", "del", "atty", "cpl", "pvt",
];

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// Tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let s = &text[range.clone()];
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    while i < s.len() {
        // a space, the commonest byte between words: skipped as below, without decoding a char
        if s.as_bytes()[i] == b' ' {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alnum(c) {
            out.push(Token { start: range.start + i, end: range.start + i + len, kind: TokenKind::Punct });
            i += len;
            continue;
        }
        // an inner mark joins only when a letter or digit follows it, so
        // the word always ends on a letter or digit
        let mut end = i + len;
        while end < s.len() {
            // an ASCII letter or digit, most of every word: what the general
            // test below does for it, without decoding a char
            if s.as_bytes()[end].is_ascii_alphanumeric() {
                end += 1;
                continue;
            }
            let d = char_at(s, end);
            let dl = d.len_utf8();
            // a slash between digits stays inside: "9/11 widow", "24/7"
            let digit_slash = d == '/' && s.as_bytes()[end - 1].is_ascii_digit() && s.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit);
            if is_alnum(d) || digit_slash || is_inner(d) && end + dl < s.len() && is_alnum(char_at(s, end + dl)) {
                end += dl;
            } else {
                break;
            }
        }
        // "Mr." "U.S." "J." keep their dot; "said I." does not
        if s[end..].starts_with('.') && keeps_dot(&s[i..end]) && !(&s[i..end] == "I" && !initial_i(&text[..range.start + i])) {
            end += 1;
        }
        out.push(Token { start: range.start + i, end: range.start + end, kind: TokenKind::Word });
        i = end;
    }
    out
}

/// Whether an "I" with a dot after it, with `before` the text before it,
/// is an initial ("Lewis I. Libby": a capitalised word before it) rather
/// than the pronoun ending a sentence ("“No,” said I. “Go on.”").
pub fn initial_i(before: &str) -> bool {
    let before = before.trim_end();
    let word = &before[before.char_indices().rev().find(|&(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8())..];
    word.chars().next().is_some_and(char::is_uppercase)
}

fn keeps_dot(word: &str) -> bool {
    let single_capital = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    single_capital || word.contains('.') || word.starts_with(|c: char| c.is_ascii_uppercase()) && TITLE_ABBREVIATIONS.iter().any(|t| t.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len()).iter().map(|t| &text[t.range()]).collect()
    }

    #[test]
    fn keeps_inner_marks_and_title_dots() {
        assert_eq!(
            words("Mr. Smith’s non-negotiable U.S. plan, George W. Bush said."),
            ["Mr.", "Smith’s", "non-negotiable", "U.S.", "plan", ",", "George", "W.", "Bush", "said", "."]
        );
        // "I." is an initial after a capitalised word only
        assert_eq!(words("Lewis I. Libby"), ["Lewis", "I.", "Libby"]);
        assert_eq!(words("said I. Then"), ["said", "I", ".", "Then"]);
    }

    #[test]
    fn a_slash_joins_digits_only() {
        assert_eq!(words("9/11 widow, and/or 24/7"), ["9/11", "widow", ",", "and", "/", "or", "24/7"]);
    }

    #[test]
    fn quote_marks_are_separate() {
        assert_eq!(words("“No,” he said—'never'."), ["“", "No", ",", "”", "he", "said", "—", "'", "never", "'", "."]);
    }
}
