//! Paragraphs and sentences, as byte ranges into the text (no copies).
//!
//! A paragraph is a line: pasted articles put one paragraph per line, with or
//! without blank lines between. A sentence ends at `.`, `!`, `?` or `…`
//! (with any closing quotes or brackets after it) followed by a space and a
//! capital, a digit or an opening mark; "Mr. Trump", "U.S. officials" and
//! "Lt. Gen. Eyal Zamir" do not end one.

use std::ops::Range;

/// Non-empty lines with their outer white space trimmed; in hard-wrapped
/// text (see `is_hard_wrapped`), runs of lines between blank lines.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    if is_hard_wrapped(text) {
        for line in lines(text) {
            if text[line.clone()].trim().is_empty() {
                push_trimmed(text, start..line.start, &mut out);
                start = line.end;
            }
        }
        push_trimmed(text, start..text.len(), &mut out);
        return out;
    }
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' || b == b'\r' {
            push_trimmed(text, start..i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Lines without their line break ("\n" or "\r\n").
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |l| {
        let r = start..start + l.trim_end_matches(['\n', '\r']).len();
        start += l.len();
        r
    })
}

/// Text wrapped at a fixed width, as books from Project Gutenberg and
/// e-mailed articles are: paragraphs are separated by blank lines, and a
/// line break inside one is a space.
///
/// ```text
/// "I cannot agree with you, papa; you know I cannot. Mr. Weston is such
/// a good-humoured, pleasant, excellent man, that he thoroughly deserves
/// a good wife;"
/// ```
///
/// Told from one-paragraph-per-line text by the lines that run on into the
/// next line: most of them are short (at most 80 characters) and most end
/// without a sentence's last mark. Articles pasted one paragraph per line
/// have long lines that end sentences, so they are never joined.
fn is_hard_wrapped(text: &str) -> bool {
    // a blank line, "\n\n" or "\n\r\n", in one pass over the bytes
    let b = text.as_bytes();
    if !(0..b.len()).any(|i| b[i] == b'\n' && (b.get(i + 1) == Some(&b'\n') || b.get(i + 1..i + 3) == Some(b"\r\n"))) {
        return false;
    }
    let (mut lines_in_all, mut run_on, mut short, mut open, mut chars) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut previous: Option<&str> = None;
    for line in lines(text).map(|r| text[r].trim_end()) {
        let blank = line.trim().is_empty();
        lines_in_all += !blank as usize;
        if let Some(p) = previous.filter(|_| !blank) {
            let width = p.chars().count();
            run_on += 1;
            chars += width;
            short += (width <= 80) as usize;
            open += !p.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ';', ')']) as usize;
        }
        previous = (!blank).then_some(line);
    }
    // many lines run on, at a width of prose (a numbered list's "1" before
    // its heading is no wrapped line), mostly in mid-sentence
    run_on >= 3 && run_on * 3 >= lines_in_all && chars >= 40 * run_on && short * 10 >= run_on * 9 && open * 2 > run_on
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Words before a period that do not end a sentence, besides the titles
/// (`tokens::TITLE_ABBREVIATIONS`).
const ABBREVIATIONS: &[&str] = &[
    "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
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
            // the space after it: a no-break space too ("so far.\u{a0}The
            // alliance", as some sites' markup leaves it), which is 2 bytes
            let space = match bytes[j.min(para.end)..para.end] {
                [b' ' | b'\n' | b'\r' | b'\t', ..] => 1,
                [0xC2, 0xA0, ..] => 2,
                _ => 0,
            };
            if space > 0 && starts_sentence(&text[j..para.end]) {
                out.push(start..j);
                start = j + space;
                i = j + space;
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
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '„' | '('),
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
        // an initial: "George W. Bush"; not the pronoun in "said I."
        return word != "I" || crate::tokens::initial_i(&before[..word_start]);
    }
    if word.contains('.') {
        return true; // "U.S", "D.C", "a.m"
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str()) || crate::tokens::TITLE_ABBREVIATIONS.contains(&lower.as_str())
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

    const WRAPPED: &str = "CHAPTER I\n\n\"You will not go to the fair, then?\" said the miller's wife,\nwho had been waiting at the gate for an hour and more, and whose\npatience was wearing thin with every cart that passed.\n\n\"Not to-day,\" he answered, \"nor to-morrow, if the rain holds\nas it has held since Michaelmas; the road is a river.\"\n";

    #[test]
    fn wrapped_lines_join_into_paragraphs() {
        let p = texts(WRAPPED, &paragraphs(WRAPPED));
        assert_eq!(p.len(), 3);
        assert!(p[1].starts_with("\"You will not") && p[1].ends_with("every cart that passed."));
        // Windows line ends, and a sentence that ends at a line break
        let crlf = WRAPPED.replace('\n', "\r\n");
        assert_eq!(texts(&crlf, &paragraphs(&crlf)).len(), 3);
        let s = texts(WRAPPED, &sentences(WRAPPED, paragraphs(WRAPPED)[1].clone()));
        assert_eq!(s.len(), 1, "{s:?}");
    }

    #[test]
    fn lines_of_an_article_stay_paragraphs() {
        // short one-line paragraphs that end sentences, and a numbered list
        let news = "Mayor Quill won.\nShe thanked voters.\nTurnout was low.\nThe count ends today.\n\nMore soon.";
        assert_eq!(paragraphs(news).len(), 5);
        let list = "Ten things we learned.\n\n1\nRosa Quill on why the depot must stay open for the town.\n\nPhoto.\n\n2\nDana Holt on the long winter and the price of bread here.\n\n3\nIvo Brandt on the mill.";
        assert_eq!(paragraphs(list).len(), 8);
    }

    #[test]
    fn titles_and_initials_do_not_end_sentences() {
        let t = "Mr. Smith met U.S. officials. Lt. Gen. Eyal Zamir left. George W. Bush spoke.";
        let p = 0..t.len();
        assert_eq!(
            texts(t, &sentences(t, p)),
            ["Mr. Smith met U.S. officials.", "Lt. Gen. Eyal Zamir left.", "George W. Bush spoke."]
        );
        let t = "“No,” said I. Then Lewis I. Libby spoke.";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["“No,” said I.", "Then Lewis I. Libby spoke."]);
        // the plural titles too (one list with the tokenizer's)
        let t = "The bill split Sens. Ida Varga and Tom Berg. It failed.";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["The bill split Sens. Ida Varga and Tom Berg.", "It failed."]);
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
    fn a_non_breaking_space_after_a_full_stop_ends_the_sentence() {
        let t = "The talks went well.\u{a0}The union, which has 900 members, agreed.\u{a0}\u{a0}It voted.";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["The talks went well.", "The union, which has 900 members, agreed.", "\u{a0}It voted."]);
        let t = "She left at 6\u{a0}p.m.\u{a0}the same day.";
        assert_eq!(sentences(t, 0..t.len()).len(), 1);
    }

    #[test]
    fn lower_case_after_period_continues() {
        let t = "It costs 3.5 billion. the end";
        assert_eq!(texts(t, &sentences(t, 0..t.len())), ["It costs 3.5 billion. the end"]);
    }
}
