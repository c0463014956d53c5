//! Quotation marks: which characters open and close quotes, and the quoted
//! stretches they enclose.
//!
//! Handles straight, curly and low-9 double quotes, curly and straight single
//! quotes, guillemets in both directions (« French », »German«) and CJK
//! corner brackets. Apostrophes never open or close a quote: "Let’s",
//! "Iran’s", "don’t", "’90s", "Jones' house" are words, not quotes. Quotes
//! nest with a different inner mark (“He said ‘no’ twice”); only the outermost
//! quote is reported. An opening mark with no close ends at the paragraph's
//! end; when the next paragraph opens again with the same kind of mark, the
//! quote goes on there (the newspaper convention for multi-paragraph quotes:
//! each paragraph reopens, only the last closes).

use std::ops::Range;

/// Families of marks: a close only matches an open of the same family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
}

/// One quoted stretch, marks included, as byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph it lies in.
    pub paragraph: usize,
    /// False when no closing mark was found before the paragraph's end.
    pub closed: bool,
    /// True when this quote goes on from an unclosed quote of the previous
    /// paragraph: both are one utterance.
    pub continues: bool,
    /// Marked with two apostrophes (''like this''), the typewriter rendering
    /// of quotation marks in some archive feeds.
    pub typewriter: bool,
}

#[derive(Clone, Copy, Debug)]
struct OpenMark {
    family: Family,
    pos: usize,
    /// The character that closes it (for „ it is “ or ”, see `closes`).
    ch: char,
}

/// Finds the outermost quotes of every paragraph.
pub fn find(text: &str, paragraphs: &[Range<usize>]) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut open_from_previous: Option<Family> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let first = out.len();
        let unclosed = scan_paragraph(text, para.clone(), pi, &mut out);
        if let (Some(family), Some(q)) = (open_from_previous, out.get_mut(first)) {
            // the paragraph reopens with the same family right at its start
            if q.start == para.start && family_of_open(text, q.start) == Some(family) {
                q.continues = true;
            }
        }
        open_from_previous = unclosed;
    }
    drop_headings(text, paragraphs, &mut out);
    out
}

/// Drops section headings set in single marks in a text that quotes with
/// double ones (‘A fight from start to finish.’ alone on its line above the
/// next section): a short phrase that is its whole paragraph. In a text that
/// quotes with single marks, such a line is a line of dialogue.
fn drop_headings(text: &str, paragraphs: &[Range<usize>], out: &mut Vec<Quote>) {
    if !out.iter().any(|q| family_of_open(text, q.start) == Some(Family::Double)) {
        return;
    }
    out.retain(|q| {
        let para = &paragraphs[q.paragraph];
        // the cheap tests first, and the words counted up to nine: counting
        // every word of every quote of a long text was most of this pass
        let whole = || q.start == para.start && text[q.end..para.end].chars().all(|c| c == '.' || c.is_whitespace());
        let short = || text[q.start..q.end].split_whitespace().nth(8).is_none();
        !(q.closed && whole() && family_of_open(text, q.start) == Some(Family::Single) && short())
    });
}

fn family_of_open(text: &str, pos: usize) -> Option<Family> {
    let c = text[pos..].chars().next()?;
    match c {
        '"' | '“' | '”' | '„' => Some(Family::Double),
        '\'' if text[pos..].starts_with("''") => Some(Family::Double),
        '\'' | '‘' | '‚' => Some(Family::Single),
        '«' | '»' => Some(Family::Guillemet),
        '‹' | '›' => Some(Family::SingleGuillemet),
        '「' => Some(Family::Corner),
        '『' => Some(Family::WhiteCorner),
        _ => None,
    }
}

/// Scans one paragraph; returns the family of an outermost quote left open.
fn scan_paragraph(text: &str, para: Range<usize>, pi: usize, out: &mut Vec<Quote>) -> Option<Family> {
    let s = &text[para.clone()];
    let mut stack: Vec<OpenMark> = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // every quote mark starts with one of these bytes: skip the rest fast
        if !matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) {
            // (an iterator search: no bounds check per byte)
            i += bytes[i..].iter().position(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)).unwrap_or(bytes.len() - i);
            continue;
        }
        let mut c = s[i..].chars().next().unwrap_or(' ');
        let mut len = c.len_utf8();
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            // '' stands for a double quote mark; TYPEWRITER marks it
            c = TYPEWRITER;
            len = 2;
        }
        let prev = s[..i].chars().next_back();
        let rest = &s[i + len..];
        let next = rest.chars().next();
        let pos = para.start + i;
        if let Some((family, role)) = classify(c, prev, next, rest, &stack) {
            match role {
                // nesting deeper than MAX_DEPTH is noise (or an attack):
                // a bounded stack keeps every mark's cost constant
                Role::Open if stack.len() < MAX_DEPTH => stack.push(OpenMark { family, pos, ch: c }),
                Role::Open => {}
                Role::Close => {
                    if let Some(k) = stack.iter().rposition(|o| o.family == family && closes(o.ch, c)) {
                        let open = stack[k];
                        stack.truncate(k);
                        let end = pos + len;
                        if stack.is_empty() && has_words(&text[open.pos..end]) {
                            let typewriter = open.ch == TYPEWRITER;
                            out.push(Quote { start: open.pos, end, paragraph: pi, closed: true, continues: false, typewriter });
                        }
                    }
                }
            }
        }
        i += len;
    }
    let outer = stack.first()?;
    // an unclosed quote runs to the paragraph's end
    if has_words(&text[outer.pos..para.end]) {
        let typewriter = outer.ch == TYPEWRITER;
        out.push(Quote { start: outer.pos, end: para.end, paragraph: pi, closed: false, continues: false, typewriter });
    }
    Some(outer.family)
}

/// Quotes inside the quote `q` that count as quotations of their own: the
/// single-quoted words of a ''typewriter'' quote (''I said, 'No way,' and
/// left,'' she recalled), and a double-quoted phrase inside a double-quoted
/// quote ("The bill is no “reform” at all," he said). A single-quoted
/// phrase inside a double quote (“He told me ‘no way’ twice”) is not: it is
/// the speaker's own words quoting someone, part of the one utterance.
pub fn inner(text: &str, q: &Quote) -> Vec<Range<usize>> {
    let want = match family_of_open(text, q.start) {
        _ if q.typewriter => Family::Single,
        Some(Family::Double) => Family::Double,
        _ => return Vec::new(),
    };
    let mark_len = |c: Option<char>| if q.typewriter { 2 } else { c.map_or(1, char::len_utf8) };
    let from = q.start + mark_len(text[q.start..].chars().next());
    let to = if q.closed { q.end.saturating_sub(mark_len(text[..q.end].chars().next_back())) } else { q.end };
    if from >= to || !text.is_char_boundary(from) || !text.is_char_boundary(to) {
        return Vec::new();
    }
    let mut found = Vec::new();
    scan_paragraph(text, from..to, q.paragraph, &mut found);
    // a doubled opening mark ("“We won,” she said) is one mark, not a nesting
    found.into_iter().filter(|i| i.start > from && !i.typewriter && family_of_open(text, i.start) == Some(want)).map(|i| i.start..i.end).collect()
}

/// A name in quotation marks, not words said: at most three words with no
/// sentence punctuation before the closing mark. At the start of a
/// paragraph with no cue, it is the subject of the sentence (“Broad City”
/// star Ana Reyes …; 'SNL' has fun with …), where a quote would end with a
/// comma or a stop (“Call the roll,” came the shouts).
/// So is a stage direction of a transcript ("(CROSSTALK.)").
pub fn is_name_like(quoted: &str) -> bool {
    let inner = quoted.trim_end_matches(|c: char| is_close_mark(c) || c.is_whitespace());
    let bare = inner.trim_start_matches(|c: char| is_open_mark(c) || c.is_whitespace());
    let short = inner.split_whitespace().count() <= 3;
    short && (inner.ends_with(char::is_alphanumeric) || bare.starts_with('(') && bare.ends_with(')'))
}

fn has_words(s: &str) -> bool {
    s.chars().any(|c| c.is_alphanumeric())
}

/// Quotes nested deeper than this are not tracked.
const MAX_DEPTH: usize = 32;

/// Stands for two apostrophes used as one double quote mark.
const TYPEWRITER: char = '\u{2033}';

/// Whether `close` can close a quote opened with `open`.
fn closes(open: char, close: char) -> bool {
    match open {
        TYPEWRITER => close == TYPEWRITER,
        '„' => close == '“' || close == '”',
        '»' => close == '«',
        '›' => close == '‹',
        '‚' => close == '‘' || close == '’',
        // "…,” she said: a straight opening mark closed by a curly one
        '"' => close == '"' || close == '”',
        '\'' => close == '\'',
        '“' | '”' => close == '”' || close == '“' || close == '"',
        '‘' => close == '’' || close == '\'',
        '«' => close == '»',
        '‹' => close == '›',
        '「' => close == '」',
        '『' => close == '』',
        _ => false,
    }
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace())
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Before an opening mark: start, space, an opening bracket or dash.
fn opens_after(prev: Option<char>) -> bool {
    is_space(prev) || prev.is_some_and(|p| matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':') || is_open_mark(p))
}

/// After a closing mark: end, space, punctuation, a closing bracket or dash.
fn closes_before(next: Option<char>) -> bool {
    is_space(next) || next.is_some_and(|n| matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…' | '/') || is_close_mark(n))
}

fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '‘' | '„' | '‚' | '«' | '‹' | '「' | '『' | '"' | '\'')
}

fn is_close_mark(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | '」' | '』' | '"' | '\'')
}

fn pending(stack: &[OpenMark], family: Family) -> bool {
    stack.iter().any(|o| o.family == family)
}

/// What the mark `c` does here, or `None` when it is not a quote mark
/// (an apostrophe, a prime).
fn classify(c: char, prev: Option<char>, next: Option<char>, rest: &str, stack: &[OpenMark]) -> Option<(Family, Role)> {
    use Family::*;
    use Role::*;
    let role = match c {
        '“' => {
            // German „…“ closes with “; so does a typo'd “ after a word
            let german = stack.last().is_some_and(|o| o.ch == '„');
            if german || (pending(stack, Double) && !is_space(prev) && closes_before(next)) {
                Close
            } else {
                Open
            }
        }
        '”' => {
            if !pending(stack, Double) && opens_after(prev) && !is_space(next) {
                Open // Swedish ”…”, or a typo'd opening mark
            } else {
                Close
            }
        }
        '„' => Open,
        '"' | TYPEWRITER => straight(prev, next, pending(stack, Double))?,
        '‘' => {
            if is_word(prev) || next.is_some_and(|n| n.is_ascii_digit()) {
                return None; // "‘90s" typed with the wrong mark
            }
            if pending(stack, Single) && !is_space(prev) && closes_before(next) {
                Close
            } else {
                Open
            }
        }
        '‚' => {
            if is_word(prev) {
                return None; // a low comma-like mark inside a word
            }
            Open
        }
        '’' | '\'' => return single_right(prev, next, rest, stack).map(|r| (Single, r)),
        '«' => {
            if stack.last().is_some_and(|o| o.ch == '»') {
                Close
            } else {
                Open
            }
        }
        '»' => {
            if !pending(stack, Guillemet) && opens_after(prev) && !is_space(next) {
                Open
            } else {
                Close
            }
        }
        '‹' => {
            if stack.last().is_some_and(|o| o.ch == '›') {
                Close
            } else {
                Open
            }
        }
        '›' => {
            if !pending(stack, SingleGuillemet) && opens_after(prev) && !is_space(next) {
                Open
            } else {
                Close
            }
        }
        '「' | '『' => Open,
        '」' | '』' => Close,
        _ => return None,
    };
    let family = match c {
        '“' | '”' | '„' | '"' | TYPEWRITER => Double,
        '‘' | '‚' => Single,
        '«' | '»' => Guillemet,
        '‹' | '›' => SingleGuillemet,
        '「' | '」' => Corner,
        _ => WhiteCorner,
    };
    Some((family, role))
}

/// A straight double quote: opening after a space, closing before one; in
/// between, whichever the open quotes call for. `5'10"` closes nothing.
fn straight(prev: Option<char>, next: Option<char>, open_pending: bool) -> Option<Role> {
    let can_open = opens_after(prev) && !is_space(next);
    let can_close = !is_space(prev) && closes_before(next);
    // a missing space after a sentence: …the authorities."We were misled."
    if !open_pending && prev.is_some_and(|p| matches!(p, '.' | '!' | '?')) && next.is_some_and(char::is_uppercase) {
        return Some(Role::Open);
    }
    match (can_open, can_close) {
        (true, false) => Some(Role::Open),
        (false, true) if open_pending => Some(Role::Close),
        (false, true) => None,
        _ if open_pending => Some(Role::Close),
        (true, true) => Some(Role::Open),
        (false, false) => None,
    }
}

/// `’` and `'`: an apostrophe inside or before a word ("don’t", "’90s",
/// "’em"), a closing single quote after a word when one is open, or (the
/// straight one, and `’` typed for `‘`) an opening quote before a word.
fn single_right(prev: Option<char>, next: Option<char>, rest: &str, stack: &[OpenMark]) -> Option<Role> {
    if is_word(prev) && is_word(next) {
        return None; // Let’s, Iran’s, rock'n'roll
    }
    let open_pending = pending(stack, Family::Single);
    if open_pending && !is_space(prev) && closes_before(next) {
        // ‘The kids’ galas were cancelled,’ he said: before a space and a
        // lower-case word, a mark that a later one could close is a plural
        // possessive
        let weak = is_space(next) && rest.trim_start().starts_with(|c: char| c.is_lowercase());
        if weak && strong_close_follows(rest) {
            return None;
        }
        return Some(Role::Close);
    }
    if opens_after(prev) && is_word(next) {
        if next.is_some_and(|n| n.is_ascii_digit()) {
            return None; // ’90s, '08
        }
        return Some(Role::Open);
    }
    None // "Jones' house", "the officials’ plans"
}

/// Whether a single closing mark before punctuation or the paragraph's end
/// comes in `rest` (looking at most 600 bytes ahead) before a new opening one.
fn strong_close_follows(rest: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut it = rest.char_indices().take_while(|&(i, _)| i < 600).peekable();
    while let Some((_, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if c == '’' || c == '\'' {
            if opens_after(prev) && is_word(next) {
                return false;
            }
            let after_punct = prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?' | ';' | ':' | '…'));
            if !is_space(prev) && !is_word(next) && (after_punct || next.is_none() || !is_space(next)) {
                return true;
            }
        }
        if c == '‘' {
            return false;
        }
        prev = Some(c);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn quotes(text: &str) -> Vec<&str> {
        find(text, &paragraphs(text)).iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn curly_straight_and_guillemets() {
        assert_eq!(quotes("He said “yes” and \"no\" and « oui »."), ["“yes”", "\"no\"", "« oui »"]);
        assert_eq!(quotes("Sie sagte „nein“ und »ja«."), ["„nein“", "»ja«"]);
        assert_eq!(quotes("彼は「はい」と言った"), ["「はい」"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quotes("“Let’s not talk about Iran’s plans,” he said."), ["“Let’s not talk about Iran’s plans,”"]);
        assert!(quotes("Back in the ’90s, Jones' dog didn't bark at the officials’ cars.").is_empty());
    }

    #[test]
    fn single_quotes_british_style() {
        assert_eq!(quotes("‘We won’t go,’ she said. 'Never,' he added."), ["‘We won’t go,’", "'Never,'"]);
    }

    #[test]
    fn plural_possessive_inside_a_single_quote() {
        assert_eq!(quotes("‘The kids’ galas and the coaches’ lessons – all gone,’ he said."), ["‘The kids’ galas and the coaches’ lessons – all gone,’"]);
        assert_eq!(quotes("She called it ‘silly’ and left."), ["‘silly’"]);
    }

    #[test]
    fn nested_quotes_report_the_outer_one() {
        assert_eq!(quotes("“He told me ‘no way’ twice,” she said."), ["“He told me ‘no way’ twice,”"]);
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph_end() {
        let t = "“We will fight on\nNext paragraph.";
        let q = find(t, &paragraphs(t));
        assert_eq!(q.len(), 1);
        assert_eq!(&t[q[0].start..q[0].end], "“We will fight on");
        assert!(!q[0].closed);
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let t = "“First part of it.\n“Second part,” she said.";
        let q = find(t, &paragraphs(t));
        assert_eq!(q.len(), 2);
        assert!(!q[0].closed && !q[0].continues);
        assert!(q[1].closed && q[1].continues);
    }

    #[test]
    fn two_apostrophes_are_one_typewriter_quote_mark() {
        let t = "''This isn't reform,'' said an economist.";
        let q = find(t, &paragraphs(t));
        assert_eq!(q.len(), 1);
        assert_eq!(&t[q[0].start..q[0].end], "''This isn't reform,''");
        assert!(q[0].typewriter);
    }

    #[test]
    fn straight_opening_mark_closed_by_a_curly_one() {
        // the typo splits what would otherwise run on to the paragraph's end
        let t = "\"We stay,” Ruiz said. “We will not move.”";
        assert_eq!(quotes(t), ["\"We stay,”", "“We will not move.”"]);
        // a curly double mark cannot close a quote opened with a single one
        assert_eq!(quotes("'We stay,” Ruiz said."), ["'We stay,” Ruiz said."]);
    }

    fn inner_quotes(text: &str) -> Vec<&str> {
        find(text, &paragraphs(text)).iter().flat_map(|q| inner(text, q)).map(|r| &text[r]).collect()
    }

    #[test]
    fn quotes_inside_quotes() {
        // single marks inside typewriter marks
        assert_eq!(inner_quotes("''I told him, 'Not now,' and left,'' she said."), ["'Not now,'"]);
        // double marks inside double marks, closed or not
        assert_eq!(inner_quotes("“Call it “reform” if you like,” he said."), ["“reform”"]);
        assert_eq!(inner_quotes("\"They call it “the plan” now"), ["“the plan”"]);
        // not: single marks inside double ones, a doubled opening mark
        assert!(inner_quotes("“He told me ‘no way’ twice,” she said.").is_empty());
        assert!(inner_quotes("\"“We won,” she said.").is_empty());
    }

    #[test]
    fn inner_quotes_are_the_outer_speakers() {
        use crate::{annotate, OffsetUnit, Options, SpanData};
        let direct = |text: &str| -> Vec<(String, Option<String>)> {
            let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
            doc.spans.iter().filter_map(|s| match &s.data {
                SpanData::Quote { speaker, direct: true, .. } => Some((s.text.clone(), speaker.map(|e| doc.entities[e].name.clone()))),
                _ => None,
            }).collect()
        };
        let ruiz = |t: &str| (t.to_string(), Some("Mara Ruiz".to_string()));
        // the typewriter quote itself is reported speech, its inner quote direct
        assert_eq!(direct("''I told him, 'Not now,' and left,'' said Mara Ruiz."), [ruiz("'Not now,'")]);
        // a double quote ends where the double quote inside it begins
        assert_eq!(direct("“Call it “reform” if you like,” said Mara Ruiz."), [ruiz("“Call it"), ruiz("“reform”")]);
        // a byline names the speaker too
        let t = "Readers wrote in.\n“I would rather live in what he calls “hell” than this.” ― Ana Reyes";
        let reyes = |t: &str| (t.to_string(), Some("Ana Reyes".to_string()));
        assert_eq!(direct(t), [reyes("“I would rather live in what he calls"), reyes("“hell”")]);
        // no cue beside the outer quote: it is left whole
        assert_eq!(direct("The crowd left.\n“Call it “reform” if you like.”").len(), 1);
    }

    #[test]
    fn single_quoted_headings_in_a_double_quoted_text() {
        let t = "“We stay,” Ruiz said.\n‘A fight to the finish.’\nThe vote came late.";
        assert_eq!(quotes(t), ["“We stay,”"]);
        // in a text that quotes with single marks, it is a line of dialogue
        let t = "‘We stay,’ Ruiz said.\n‘A fight to the finish.’\nThe vote came late.";
        assert_eq!(quotes(t), ["‘We stay,’", "‘A fight to the finish.’"]);
        // a longer line, or one with more after the quote, is kept
        let t = "“We stay,” Ruiz said.\n‘A fight to the finish,’ she added.";
        assert_eq!(quotes(t), ["“We stay,”", "‘A fight to the finish,’"]);
    }

    #[test]
    fn straight_mark_after_a_sentence_without_a_space() {
        assert_eq!(quotes("She declined to be named.\"We were misled.\""), ["\"We were misled.\""]);
        // not before a lower-case word, nor as the close of an open quote
        assert!(quotes("It was 5.\"x wide").is_empty());
        assert_eq!(quotes("\"We stay.\"Then she left."), ["\"We stay.\""]);
    }

    #[test]
    fn a_show_after_a_networks_name_is_no_quote() {
        use crate::test_support::direct_speakers;
        assert!(direct_speakers("Mara Ruiz told ABC’s “Good Morning America” that she would run.").is_empty());
        assert!(direct_speakers("Mara Ruiz told NBC's \"Today\" that she would run.").is_empty());
        // a quote after a cue and a possessive that is no title
        assert_eq!(direct_speakers("Mara Ruiz called Quill’s “a plan with no money in it.”").len(), 1);
    }

    #[test]
    fn a_short_name_at_a_paragraphs_start_is_no_quote() {
        use crate::test_support::direct_speakers;
        assert!(direct_speakers("The show won.\n“Broad City” star Ana Reyes thanked the crew.").is_empty());
        assert!(direct_speakers("WALLACE: Go on.\n\"(CROSSTALK.)\"\nPENCE: Well.").is_empty());
        // a quote ends with a comma or a stop, or breaks off
        assert_eq!(direct_speakers("The show won.\n“Call the roll,” came shouts from the floor.").len(), 1);
        assert_eq!(direct_speakers("The show won.\n“But you said----”").len(), 1);
        // a short reply alone on its line, stop outside the marks
        assert_eq!(direct_speakers("“Is it far?” asked Ana Reyes.\n“Not far”.").len(), 2);
        // longer, or cued
        assert_eq!(direct_speakers("The show won.\n“We did it all together” is what Ana Reyes said.").len(), 1);
    }

    #[test]
    fn nesting_in_every_style() {
        assert_eq!(quotes("Sie sagte: „Er rief ‚nein‘ zweimal.“ Dann ging sie."), ["„Er rief ‚nein‘ zweimal.“"]);
        assert_eq!(quotes("Il a dit « elle a crié ‹ non › deux fois » hier."), ["« elle a crié ‹ non › deux fois »"]);
        assert_eq!(quotes("彼は「母は『いいえ』と言った」と話した"), ["「母は『いいえ』と言った」"]);
    }

    #[test]
    fn titles_of_shows_are_not_quotes() {
        use crate::test_support::direct_speakers;
        assert!(direct_speakers("Mara Ruiz appeared on “Face the Nation,” and said little.").is_empty());
        // words said on the show are
        assert_eq!(direct_speakers("Mara Ruiz appeared on “Face the Nation.” “We will win,” she said.").len(), 1);
    }

    #[test]
    fn inch_marks_close_nothing() {
        assert!(quotes("He is 6'2\" tall and 5' wide.").is_empty());
    }
}
