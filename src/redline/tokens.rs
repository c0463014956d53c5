//! Tokens of one sentence for the red-line rules, with byte offsets and a
//! normalised form that makes contractions look like their full words:
//! "won't" gives `will` + `not`, "can’t" `can` + `not`, "we'll" `we` + `will`,
//! "let's" `let` + `us`, "cannot" `can` + `not`. Curly apostrophes become
//! straight ones and quotation marks become `"`, so one pattern fits every
//! spelling. Each piece keeps the bytes it came from (a token may be empty
//! only in the sense of pointing into the word it came from; never sliced
//! outside a char boundary).
//!
//! Speed: the normalised form borrows from the text (or from the text in
//! ASCII lower case, made once per document by [`Lowered`]), so an ASCII
//! word costs no allocation; only words whose lower case needs Unicode
//! ("Iran’s", "Él") get a `String` of their own.

use crate::chars::Lower;
use crate::chars::{char_at, is_alnum};
use std::borrow::Cow;
use std::ops::Range;

/// One word or punctuation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    /// Lower case, straight apostrophes; `"` for any quotation mark.
    pub norm: Cow<'a, str>,
    pub word: bool,
    /// The source word starts with a capital letter.
    pub cap: bool,
}

impl Tok<'_> {
    pub fn is(&self, w: &str) -> bool {
        self.norm == w
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&&*self.norm)
    }
    /// A quotation mark (double, single or guillemet), skipped by patterns.
    pub fn is_quote_mark(&self) -> bool {
        !self.word && self.norm == "\""
    }
}

/// A quotation mark of any style, which the red-line rules see as `"`.
/// (`str::contains` with a char that is not ASCII would set up a substring
/// searcher on every call.)
fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‛' | '‹' | '›')
}

/// A text with its ASCII lower case (same length, same char boundaries:
/// only the bytes `A`-`Z` change), made once and shared by every sentence.
pub struct Lowered<'a> {
    pub text: &'a str,
    lower: String,
}

impl<'a> Lowered<'a> {
    pub fn new(text: &'a str) -> Lowered<'a> {
        Lowered { text, lower: text.to_ascii_lowercase() }
    }
}

/// Tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    push_tokens(text, None, range, &mut out);
    out
}

/// Tokens of `lowered.text[range]`, appended to `out` (a buffer reused
/// from sentence to sentence).
pub fn tokenize_into<'a>(lowered: &'a Lowered, range: Range<usize>, out: &mut Vec<Tok<'a>>) {
    push_tokens(lowered.text, Some(&lowered.lower), range, out);
}

fn push_tokens<'a>(text: &'a str, lower: Option<&'a str>, range: Range<usize>, out: &mut Vec<Tok<'a>>) {
    let Some(s) = text.get(range.clone()) else { return };
    let mut i = 0;
    while i < s.len() {
        // a space, the commonest byte between words: skipped as below, without decoding a char
        if s.as_bytes()[i] == b' ' {
            i += 1;
            continue;
        }
        let c = char_at(s, i);
        let pos = range.start + i;
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if is_alnum(c) {
            // an apostrophe, hyphen or dot between two letters stays inside
            // the word (the char before one is always a letter here)
            let mut j = i + c.len_utf8();
            // what push_word asks, noted on the way: all ASCII? an apostrophe?
            let (mut ascii, mut apostrophe) = (c.is_ascii(), false);
            while j < s.len() {
                // an ASCII letter or digit, most of every word: what the
                // general test below does for it, without decoding a char
                if s.as_bytes()[j].is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let d = char_at(s, j);
                let len = d.len_utf8();
                if is_alnum(d) || matches!(d, '\'' | '’' | '-' | '.') && j + len < s.len() && is_alnum(char_at(s, j + len)) {
                    ascii &= d.is_ascii();
                    apostrophe |= d == '\'';
                    j += len;
                } else {
                    break;
                }
            }
            push_word(text, lower, pos, range.start + j, ascii, apostrophe, out);
            i = j;
        } else {
            let len = c.len_utf8();
            let norm = if is_quote_mark(c) { Cow::Borrowed("\"") } else { Cow::Borrowed(&text[pos..pos + len]) };
            out.push(Tok { start: pos, end: pos + len, norm, word: false, cap: false });
            i += len;
        }
    }
}

/// `text[start..end]` (ASCII) in lower case, borrowed where possible.
#[inline(always)]
fn ascii_lower<'a>(text: &'a str, lower: Option<&'a str>, start: usize, end: usize) -> Cow<'a, str> {
    let raw = &text[start..end];
    match lower {
        Some(l) => Cow::Borrowed(&l[start..end]),
        None if !raw.bytes().any(|b| b.is_ascii_uppercase()) => Cow::Borrowed(raw),
        None => Cow::Owned(raw.to_ascii_lowercase()),
    }
}

/// Splits a contraction into its words; otherwise one token.
/// `ascii`: the word is all ASCII; `apostrophe`: it holds a `'`.
fn push_word<'a>(text: &'a str, lower_text: Option<&'a str>, start: usize, end: usize, ascii: bool, apostrophe: bool, out: &mut Vec<Tok<'a>>) {
    let raw = &text[start..end];
    let cap = match raw.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => raw.chars().next().is_some_and(char::is_uppercase),
    };
    // ASCII words (nearly all) need no contraction check unless they hold
    // an apostrophe
    if ascii && !apostrophe && raw != "cannot" {
        out.push(Tok { start, end, norm: ascii_lower(text, lower_text, start, end), word: true, cap });
        return;
    }
    let (lower, norm): (Cow<str>, Cow<str>) = if raw.is_ascii() {
        let l = ascii_lower(text, lower_text, start, end);
        (l.clone(), l)
    } else {
        let l = raw.to_lower();
        let n = l.replace('’', "'");
        (Cow::Owned(l), Cow::Owned(n))
    };
    if lower.len() != raw.len() {
        out.push(Tok { start, end, norm, word: true, cap }); // case mapping changed lengths: keep whole
        return;
    }
    match split_contraction(&lower, &norm) {
        Some((cut, a, b)) if cut > 0 && cut < raw.len() && raw.is_char_boundary(cut) => {
            // the first word is `a`, or else the lower case up to the cut
            let first = match (a, &lower) {
                (Some(a), _) => Cow::Borrowed(a),
                (None, Cow::Borrowed(l)) => Cow::Borrowed(&l[..cut]),
                (None, Cow::Owned(l)) => Cow::Owned(l[..cut].to_string()),
            };
            out.push(Tok { start, end: start + cut, norm: first, word: true, cap });
            out.push(Tok { start: start + cut, end, norm: Cow::Borrowed(b), word: true, cap });
        }
        _ => out.push(Tok { start, end, norm, word: true, cap }),
    }
}

/// (byte where the second word starts, first word if not the lower case up
/// to that byte, second word).
fn split_contraction(lower: &str, norm: &str) -> Option<(usize, Option<&'static str>, &'static str)> {
    match norm {
        "won't" => return Some((2, Some("will"), "not")),
        "can't" | "cannot" => return Some((3, Some("can"), "not")),
        "let's" => return Some((3, Some("let"), "us")),
        _ => {}
    }
    // (by char_indices and bytes: `rfind` with chars brings a reverse
    // char searcher into the `.wasm`)
    let apos = lower.char_indices().rev().find(|&(_, c)| c == '\'' || c == '’')?.0;
    let tail = &norm[norm.as_bytes().iter().rposition(|&b| b == b'\'')?..];
    if tail == "'t" && lower[..apos].ends_with('n') {
        return Some((apos - 1, None, "not"));
    }
    let full = match tail {
        "'ll" => "will",
        "'re" => "are",
        "'m" => "am",
        "'d" => "would",
        "'ve" => "have",
        _ => return None,
    };
    Some((apos, None, full))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        tokenize(t, 0..t.len()).into_iter().map(|t| t.norm.into_owned()).collect()
    }

    #[test]
    fn contractions_become_full_words() {
        assert_eq!(norms("We won’t go"), ["we", "will", "not", "go"]);
        assert_eq!(norms("I can't, we cannot"), ["i", "can", "not", ",", "we", "can", "not"]);
        assert_eq!(norms("Let’s not, we'll see"), ["let", "us", "not", ",", "we", "will", "see"]);
        assert_eq!(norms("he wasn't"), ["he", "was", "not"]);
    }

    #[test]
    fn marks_and_inner_punctuation() {
        assert_eq!(norms("“non-negotiable,” U.S. Iran’s"), ["\"", "non-negotiable", ",", "\"", "u.s", ".", "iran's"]);
    }

    #[test]
    fn offsets_point_at_source_bytes() {
        let t = "Él won’t — ok";
        for tok in tokenize(t, 0..t.len()) {
            assert!(t.get(tok.start..tok.end).is_some());
        }
        let toks = tokenize(t, 0..t.len());
        assert_eq!(&t[toks[1].start..toks[1].end], "wo");
        assert_eq!(&t[toks[2].start..toks[2].end], "n’t");
    }
}
