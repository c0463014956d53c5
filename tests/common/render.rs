//! Renders a document as text with carets under the source, for golden
//! snapshots that a person can review as a diff:
//!
//! ```text
//! “We will not back down,” Harbour Minister Ines Valdmaa said.
//! ^^^^^^^^^^^^^^^^^^^^^^^^ quote direct speaker=Ines Valdmaa cue=said rule=quotes::marks
//! ```
//!
//! Each paragraph (line) of the text is wrapped at [`WIDTH`] chars on spaces,
//! and each piece is followed by one caret line per span touching it. Carets
//! are aligned by chars, so a span after an emoji lines up in any editor that
//! shows one char per column; a span over several lines or pieces gets carets
//! on each, its label on the first and `(cont.)` on the rest. Span numbers are
//! left out on purpose: one new span early in a text would renumber every
//! later line and hide the real change in the diff.

use article_annotator::{Document, Entity, OffsetUnit, Span, SpanData};
use std::fmt::Write;
use std::ops::Range;

/// Longest rendered piece of a paragraph, in chars.
pub const WIDTH: usize = 100;

/// Renders `doc` (which must have UTF-8 offsets) over `text`.
pub fn render(text: &str, doc: &Document) -> String {
    assert_eq!(doc.offsets, OffsetUnit::Utf8, "render needs a document with utf8 offsets");
    let mut out = summary(doc);
    for line in lines(text) {
        out.push('\n');
        for piece in wrap(text, line) {
            render_piece(text, piece, doc, &mut out);
        }
    }
    out.push_str("\n== entities ==\n");
    if doc.entities.is_empty() {
        out.push_str("(none)\n");
    }
    for e in &doc.entities {
        out.push_str(&entity_line(e));
        out.push('\n');
    }
    out
}

/// First line: how many spans of each kind and how many entities.
fn summary(doc: &Document) -> String {
    let count = |kind: &str| doc.spans.iter().filter(|s| s.data.kind() == kind).count();
    format!(
        "== spans: quote {}, speaker {}, red_line {}; entities {} ==\n",
        count("quote"),
        count("speaker"),
        count("red_line"),
        doc.entities.len()
    )
}

/// Non-blank lines, split at `\n` and `\r` as the core splits paragraphs.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || c == '\r' {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out.retain(|r| !text[r.clone()].trim().is_empty());
    out
}

/// Splits `line` into pieces of at most [`WIDTH`] chars, after a space when
/// there is one (a longer word is cut where it must be).
fn wrap(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = line.start;
    let (mut count, mut last_space) = (0, None);
    for (i, c) in text[line.clone()].char_indices() {
        let at = line.start + i;
        if count == WIDTH {
            let cut = last_space.filter(|&s| s > start).unwrap_or(at);
            pieces.push(start..cut);
            count = text[cut..at].chars().count();
            start = cut;
            last_space = None;
        }
        count += 1;
        if c == ' ' {
            last_space = Some(at + 1);
        }
    }
    pieces.push(start..line.end);
    pieces
}

/// One piece of a paragraph and a caret line per span that touches it.
fn render_piece(text: &str, piece: Range<usize>, doc: &Document, out: &mut String) {
    let shown: String = text[piece.clone()].chars().map(visible).collect();
    out.push_str(shown.trim_end());
    out.push('\n');
    for span in &doc.spans {
        let touches = span.start < piece.end && span.end > piece.start;
        let empty_here = span.start == span.end && piece.contains(&span.start);
        if !touches && !empty_here {
            continue;
        }
        let from = span.start.max(piece.start);
        let to = span.end.min(piece.end);
        let column = chars_between(text, piece.start, from);
        let width = chars_between(text, from, to);
        let marks = if width == 0 { "|".to_string() } else { "^".repeat(width) };
        let label = if span.start < piece.start { format!("{} (cont.)", span.data.kind()) } else { label(span, doc) };
        let _ = writeln!(out, "{}{marks} {label}", " ".repeat(column));
    }
}

/// Chars that start in `from..to` (robust to offsets inside a char).
fn chars_between(text: &str, from: usize, to: usize) -> usize {
    (from..to).filter(|&i| text.is_char_boundary(i)).count()
}

/// Control characters as their visible pictures (one char for one char).
fn visible(c: char) -> char {
    match c {
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('?'),
        '\u{7f}' => '␡',
        _ => c,
    }
}

/// What a caret line says about a span.
fn label(span: &Span, doc: &Document) -> String {
    let who = |id: Option<usize>| match id {
        None => "-".to_string(),
        Some(id) => doc.entities.get(id).map_or(format!("#{id}?"), |e| e.name.clone()),
    };
    let kind = span.data.kind();
    let detail = match &span.data {
        SpanData::Speaker { entity } => format!("entity={}", who(Some(*entity))),
        SpanData::Quote { speaker, direct, cue } => {
            let how = if *direct { "direct" } else { "reported" };
            format!("{how} speaker={} cue={}", who(*speaker), cue.as_deref().unwrap_or("-"))
        }
        SpanData::RedLine { speaker, category, trigger, confidence } => format!(
            "{} trigger={trigger:?} speaker={} confidence={confidence:.2}",
            category.as_str(),
            who(*speaker)
        ),
    };
    format!("{kind} {detail} rule={}", span.rule)
}

fn entity_line(e: &Entity) -> String {
    let kind = serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let title = e.title.as_ref().map(|t| format!(" title={t:?}")).unwrap_or_default();
    format!("#{} {kind} {:?}{title} aliases={:?}", e.id, e.name, e.aliases)
}
