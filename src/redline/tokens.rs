//! Tokens of one sentence for the red-line rules, with byte offsets and a
//! normalised form that makes contractions look like their full words:
//! "won't" gives `will` + `not`, "can’t" `can` + `not`, "we'll" `we` + `will`,
//! "let's" `let` + `us`, "cannot" `can` + `not`. Curly apostrophes become
//! straight ones and quotation marks become `"`, so one pattern fits every
//! spelling. Each piece keeps the bytes it came from (a token may be empty
//! only in the sense of pointing into the word it came from; never sliced
//! outside a char boundary).

use std::ops::Range;

/// One word or punctuation mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Lower case, straight apostrophes; `"` for any quotation mark.
    pub norm: String,
    pub word: bool,
    /// The source word starts with a capital letter.
    pub cap: bool,
}

impl Tok {
    pub fn is(&self, w: &str) -> bool {
        self.norm == w
    }
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.contains(&self.norm.as_str())
    }
    /// A quotation mark (double, single or guillemet), skipped by patterns.
    pub fn is_quote_mark(&self) -> bool {
        !self.word && self.norm == "\""
    }
}

const QUOTE_MARKS: &str = "\"“”„‟«»‘’‚‛‹›";

/// Tokens of `text[range]`.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    let mut out = Vec::new();
    let s = match text.get(range.clone()) {
        Some(s) => s,
        None => return out,
    };
    let chars: Vec<(usize, char)> = s.char_indices().map(|(i, c)| (i + range.start, c)).collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || joins(&chars, j)) {
                j += 1;
            }
            let end = chars.get(j).map_or(range.end, |p| p.0);
            push_word(text, pos, end, &mut out);
            i = j;
        } else {
            let norm = if QUOTE_MARKS.contains(c) { "\"".to_string() } else { c.to_string() };
            // (one short string per mark; marks are rare next to words)
            out.push(Tok { start: pos, end: pos + c.len_utf8(), norm, word: false, cap: false });
            i += 1;
        }
    }
    out
}

/// An apostrophe, hyphen or dot between two letters stays inside the word.
fn joins(chars: &[(usize, char)], j: usize) -> bool {
    let c = chars[j].1;
    matches!(c, '\'' | '’' | '-' | '.')
        && j > 0
        && chars[j - 1].1.is_alphanumeric()
        && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
}

/// Splits a contraction into its words; otherwise one token.
fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let raw = &text[start..end];
    let cap = raw.chars().next().is_some_and(char::is_uppercase);
    // ASCII words (nearly all) need one allocation and no contraction check
    // unless they hold an apostrophe
    if raw.is_ascii() && !raw.contains('\'') && raw != "cannot" {
        out.push(Tok { start, end, norm: raw.to_ascii_lowercase(), word: true, cap });
        return;
    }
    let lower = raw.to_lowercase();
    let norm = lower.replace('’', "'");
    let word = |a: usize, b: usize, n: &str| Tok { start: a, end: b, norm: n.to_string(), word: true, cap };
    if lower.len() != raw.len() {
        out.push(word(start, end, &norm)); // case mapping changed lengths: keep whole
        return;
    }
    match split_contraction(&lower, &norm) {
        Some((cut, a, b)) if cut > 0 && cut < raw.len() && raw.is_char_boundary(cut) => {
            out.push(word(start, start + cut, &a));
            out.push(word(start + cut, end, b));
        }
        _ => out.push(Tok { start, end, norm, word: true, cap }),
    }
}

/// (byte where the second word starts, first word, second word).
fn split_contraction(lower: &str, norm: &str) -> Option<(usize, String, &'static str)> {
    match norm {
        "won't" => return Some((2, "will".into(), "not")),
        "can't" | "cannot" => return Some((3, "can".into(), "not")),
        "let's" => return Some((3, "let".into(), "us")),
        _ => {}
    }
    let apos = lower.rfind(['\'', '’'])?;
    let tail = &norm[norm.rfind('\'')?..];
    if tail == "'t" && lower[..apos].ends_with('n') {
        return Some((apos - 1, lower[..apos - 1].to_string(), "not"));
    }
    let full = match tail {
        "'ll" => "will",
        "'re" => "are",
        "'m" => "am",
        "'d" => "would",
        "'ve" => "have",
        _ => return None,
    };
    Some((apos, lower[..apos].to_string(), full))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(t: &str) -> Vec<String> {
        tokenize(t, 0..t.len()).into_iter().map(|t| t.norm).collect()
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
