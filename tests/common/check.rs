//! The document invariants of `spec/annotation-format.md`, checked on any
//! text: offsets in range and on character boundaries in the stated unit,
//! `text` equal to the slice, spans sorted, references valid, red-line
//! triggers inside their span.

use super::preview;
use super::units::{byte_map, len_in, slice_in};
use article_annotator::{annotate, Document, OffsetUnit, Options, Span, SpanData};

/// Annotates `text` in `unit` and checks every invariant; returns the document.
pub fn annotate_checked(text: &str, unit: OffsetUnit) -> Document {
    let doc = annotate(text, &Options { offsets: unit, ..Options::default() });
    check_invariants(text, &doc, unit);
    doc
}

/// Panics with every violated invariant, the unit and a preview of the text.
pub fn check_invariants(text: &str, doc: &Document, unit: OffsetUnit) {
    let problems = invariant_violations(text, doc, unit);
    if !problems.is_empty() {
        panic!(
            "{} invariant violation(s) in {unit:?} for text {}:\n  {}",
            problems.len(),
            preview(text, 200),
            problems.join("\n  ")
        );
    }
}

/// Every violated invariant, one readable line each (empty when all hold).
pub fn invariant_violations(text: &str, doc: &Document, unit: OffsetUnit) -> Vec<String> {
    let mut problems = Vec::new();
    if doc.offsets != unit {
        problems.push(format!("document says offsets {:?}, asked for {unit:?}", doc.offsets));
    }
    check_entities(doc, &mut problems);
    let map = byte_map(text, unit);
    let len = len_in(text, unit);
    for (i, span) in doc.spans.iter().enumerate() {
        check_span_range(text, &map, len, i, span, &mut problems);
        check_references(doc, i, span, &mut problems);
    }
    check_order(&doc.spans, &mut problems);
    problems
}

fn check_entities(doc: &Document, problems: &mut Vec<String>) {
    for (i, e) in doc.entities.iter().enumerate() {
        if e.id != i {
            problems.push(format!("entity at index {i} has id {}", e.id));
        }
        if e.name.trim().is_empty() {
            problems.push(format!("entity {i} has an empty name {:?}", e.name));
        }
    }
}

/// Range, boundaries and `text` of span `i`.
fn check_span_range(text: &str, map: &[Option<usize>], len: usize, i: usize, span: &Span, problems: &mut Vec<String>) {
    let (start, end) = (span.start, span.end);
    if start > end || end > len {
        problems.push(format!("span {i} {start}..{end} out of order or past the end ({len})"));
        return;
    }
    for (name, at) in [("start", start), ("end", end)] {
        if map[at].is_none() {
            problems.push(format!("span {i} {name} {at} is inside a character"));
        }
    }
    match slice_in(text, map, start, end) {
        Some(slice) if slice == span.text => {}
        Some(slice) => problems.push(format!("span {i} text {:?} but the slice {start}..{end} is {slice:?}", span.text)),
        None => {}
    }
}

/// Entity references and the red-line trigger of span `i`.
fn check_references(doc: &Document, i: usize, span: &Span, problems: &mut Vec<String>) {
    let n = doc.entities.len();
    let refers = match &span.data {
        SpanData::Speaker { entity } => Some(*entity),
        SpanData::Quote { speaker, .. } => *speaker,
        SpanData::RedLine { speaker, trigger, .. } => {
            if trigger.is_empty() || !span.text.contains(trigger.as_str()) {
                problems.push(format!("span {i} red-line trigger {trigger:?} not in its text {:?}", span.text));
            }
            *speaker
        }
    };
    if let Some(id) = refers.filter(|&id| id >= n) {
        problems.push(format!("span {i} refers to entity {id}, but there are {n}"));
    }
}

/// Sorted by start, then longer first.
fn check_order(spans: &[Span], problems: &mut Vec<String>) {
    for (i, pair) in spans.windows(2).enumerate() {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.start, std::cmp::Reverse(a.end)) > (b.start, std::cmp::Reverse(b.end)) {
            problems.push(format!(
                "spans {i} ({}..{}) and {} ({}..{}) are not sorted by start, then longer first",
                a.start, a.end, i + 1, b.start, b.end
            ));
        }
    }
}
