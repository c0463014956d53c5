//! Paragraphs and sentences, as byte ranges into the text (no copies).
//!
//! A paragraph is a line: pasted articles put one paragraph per line, with or
//! without blank lines between. A sentence ends at `.`, `!`, `?` or `…`
//! (with any closing quotes or brackets after it) followed by a space and a
//! capital, a digit or an opening mark; "Mr. Trump", "U.S. officials" and
//! "Lt. Gen. Eyal Zamir" do not end one.

use std::ops::Range;

/// Non-empty lines with their outer white space trimmed.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            push_trimmed(text, start..i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Words before a period that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt", "cmdr",
    "sgt", "adm", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "no", "vs",
    "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "univ", "assn", "bros", "sec",
];

/// Sentences of one paragraph.
pub fn sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = para.start;
    let bytes = text.as_bytes();
    let mut i = para.start;
    while i < para.end {
        // only . ! ? and … (E2 80 A6) can end a sentence: skip other bytes fast
        let b = bytes[i];
        if !matches!(b, b'.' | b'!' | b'?' | 0xE2) {
            // (an iterator search: no bounds check per byte)
            i += bytes[i..para.end].iter().position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE2)).unwrap_or(para.end - i);
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if matches!(c, '.' | '!' | '?' | '…') && !is_abbreviation(text, start, i, c) {
            let mut j = i + len;
            // closing quotes and brackets belong to the sentence they end
            while j < para.end {
                let d = text[j..].chars().next().unwrap_or(' ');
                if matches!(d, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '.' | '!' | '?') {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            if j < para.end && bytes[j] == b' ' && starts_sentence(&text[j..para.end]) {
                out.push(start..j);
                start = j + 1;
                i = j + 1;
                continue;
            }
            i = j;
            continue;
        }
        i += len;
    }
    if start < para.end {
        out.push(start..para.end);
    }
    out
}

fn starts_sentence(rest: &str) -> bool {
    let rest = rest.trim_start();
    match rest.chars().next() {
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || "\"“‘'«„(".contains(c),
        None => false,
    }
}

/// "Mr." "U.S." "J." are not sentence ends (an initial or an abbreviation).
fn is_abbreviation(text: &str, sentence_start: usize, dot: usize, c: char) -> bool {
    if c != '.' {
        return false;
    }
    let before = &text[sentence_start..dot];
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| ch.is_whitespace() || ch == '(' || ch == '“' || ch == '"')
        .map_or(0, |(p, ch)| p + ch.len_utf8());
    let word = &before[word_start..];
    let word = word.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    if word.chars().count() == 1 && word.chars().all(|ch| ch.is_uppercase()) {
        return true; // an initial: "George W. Bush"
    }
    if word.contains('.') {
        return true; // "U.S", "D.C", "a.m"
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn lines_are_paragraphs() {
        let t = "Title\n\n  First para.  \r\nSecond\n";
        assert_eq!(texts(t, &paragraphs(t)), ["Title", "First para.", "Second"]);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let t = "Mr. Smith met U.S. officials. Lt. Gen. Eyal Zamir left. George W. Bush spoke.";
        let p = 0..t.len();
        assert_eq!(
            texts(t, &sentences(t, p)),
            ["Mr. Smith met U.S. officials.", "Lt. Gen. Eyal Zamir left.", "George W. Bush spoke."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        let t = "“We will win.” He left. Did he? Yes.";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["“We will win.”", "He left.", "Did he?", "Yes."]);
    }

    #[test]
    fn non_breaking_space_before_an_abbreviation() {
        // regression: a multi-byte space before "a.m." sliced inside the space
        let t = "It airs from 6:00\u{a0}a.m. to 9:00 a.m. Eastern";
        assert_eq!(sentences(t, 0..t.len()).len(), 1);
    }

    #[test]
    fn lower_case_after_period_continues() {
        let t = "It costs 3.5 billion. the end";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["It costs 3.5 billion. the end"]);
    }
}
