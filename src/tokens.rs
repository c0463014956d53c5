//! Words and punctuation of a stretch of text, with byte offsets.
//!
//! A word keeps its inner apostrophes, hyphens and dots ("Iran’s",
//! "non-negotiable", "U.S."), and a title's final dot ("Mr.", "Sen.", "J.").

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

/// Words that keep their final dot.
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Sr", "Jr", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
    "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Lt.Gen",
    "Gens", "Sens", "Reps", "Messrs",
];

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
}

/// Tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let s = &text[range.clone()];
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token { start: range.start + i, end: range.start + i + c.len_utf8(), kind: TokenKind::Punct });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
            } else if is_inner(d) && s[j + d.len_utf8()..].chars().next().is_some_and(|n| n.is_alphanumeric()) {
                chars.next();
            } else {
                break;
            }
        }
        // "Mr." "U.S." "J." keep their dot
        let word = &s[i..end];
        if s[end..].starts_with('.') && keeps_dot(word) {
            end += 1;
            chars.next();
        }
        out.push(Token { start: range.start + i, end: range.start + end, kind: TokenKind::Word });
    }
    out
}

fn keeps_dot(word: &str) -> bool {
    let single_capital = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    single_capital || word.contains('.') || DOTTED.contains(&word)
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
    }

    #[test]
    fn quote_marks_are_separate() {
        assert_eq!(words("“No,” he said—'never'."), ["“", "No", ",", "”", "he", "said", "—", "'", "never", "'", "."]);
    }
}
