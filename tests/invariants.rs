//! Document invariants (`tests/common/check.rs`) over every fixture in every
//! offset unit, and over thousands of generated texts full of tricky
//! characters. The checker itself is tested at the bottom: it must fail on
//! broken documents, or these tests could never fail.

mod common;

use article_annotator::{annotate, Category, Document, Entity, EntityKind, OffsetUnit, Options, Span, SpanData};
use common::check::{annotate_checked, check_invariants, invariant_violations};
use common::random_text::{random_text, XorShift};
use common::units::byte_map;
use std::panic::{catch_unwind, AssertUnwindSafe};

const UNITS: [OffsetUnit; 3] = [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Chars];

/// How many generated texts, and the most fragments in one. Each text is
/// checked in one unit (turn about) and a tenth of them in all three; the
/// core takes about a millisecond per short text in debug builds.
const RANDOM_TEXTS: u64 = 2000;
const MAX_FRAGMENTS: usize = 40;

#[test]
fn fixtures_hold_invariants_in_every_unit() {
    for (name, text) in common::fixtures() {
        for unit in UNITS {
            let result = catch_unwind(|| annotate_checked(&text, unit));
            assert!(result.is_ok(), "fixture {name}.txt failed in {unit:?} (see the panic above)");
        }
    }
}

#[test]
fn fixtures_give_the_same_spans_in_every_unit() {
    for (name, text) in common::fixtures() {
        assert_units_agree(&text, &name);
    }
}

/// The three units differ only in offsets: same entities, same spans, and
/// each offset maps back to the same byte.
fn assert_units_agree(text: &str, what: &str) {
    let docs: Vec<Document> = UNITS.iter().map(|&u| annotate(text, &Options { offsets: u, ..Options::default() })).collect();
    let maps: Vec<Vec<Option<usize>>> = UNITS.iter().map(|&u| byte_map(text, u)).collect();
    let to_bytes = |i: usize, s: &Span| (maps[i].get(s.start).copied().flatten(), maps[i].get(s.end).copied().flatten());
    for (i, doc) in docs.iter().enumerate().skip(1) {
        assert_eq!(doc.entities, docs[0].entities, "{what}: entities differ in {:?}", UNITS[i]);
        assert_eq!(doc.spans.len(), docs[0].spans.len(), "{what}: span count differs in {:?}", UNITS[i]);
        for (a, b) in docs[0].spans.iter().zip(&doc.spans) {
            assert_eq!((&a.text, &a.data, a.rule), (&b.text, &b.data, b.rule), "{what}: span differs in {:?}", UNITS[i]);
            assert_eq!(to_bytes(0, a), to_bytes(i, b), "{what}: {:?} offsets of {:?} point elsewhere", UNITS[i], b.text);
        }
    }
}

#[test]
fn random_texts_hold_invariants() {
    for seed in 0..RANDOM_TEXTS {
        let text = random_text(&mut XorShift::new(seed), MAX_FRAGMENTS);
        let unit = UNITS[seed as usize % UNITS.len()];
        let result = catch_unwind(AssertUnwindSafe(|| annotate_checked(&text, unit)));
        assert!(result.is_ok(), "seed {seed}, {unit:?}: text {text:?} (see the panic above)");
    }
}

#[test]
fn random_texts_give_the_same_spans_in_every_unit() {
    for seed in 0..RANDOM_TEXTS / 10 {
        let text = random_text(&mut XorShift::new(seed), MAX_FRAGMENTS);
        assert_units_agree(&text, &format!("seed {seed}, text {text:?}"));
    }
}

#[test]
fn random_texts_are_deterministic_and_varied() {
    let a = random_text(&mut XorShift::new(7), MAX_FRAGMENTS);
    assert_eq!(a, random_text(&mut XorShift::new(7), MAX_FRAGMENTS));
    let distinct: std::collections::HashSet<String> =
        (0..100).map(|s| random_text(&mut XorShift::new(s), MAX_FRAGMENTS)).collect();
    assert!(distinct.len() > 90, "only {} distinct texts of 100", distinct.len());
}

// ---- the checker must catch broken documents ------------------------------

fn doc_with(unit: OffsetUnit, entities: Vec<Entity>, spans: Vec<Span>) -> Document {
    Document { version: 1, offsets: unit, entities, spans }
}

fn quote(start: usize, end: usize, text: &str, speaker: Option<usize>) -> Span {
    Span { start, end, text: text.into(), rule: "test", data: SpanData::Quote { speaker, direct: true, cue: None } }
}

fn person(id: usize, name: &str) -> Entity {
    Entity { id, name: name.into(), kind: EntityKind::Person, title: None, aliases: vec![] }
}

#[test]
fn checker_accepts_a_correct_document_in_each_unit() {
    let text = "😀 “Ja”";
    // “Ja” starts after the emoji and a space: byte 5, UTF-16 unit 3, char 2
    for (unit, start) in [(OffsetUnit::Utf8, 5), (OffsetUnit::Utf16, 3), (OffsetUnit::Chars, 2)] {
        let end = start + if unit == OffsetUnit::Utf8 { 8 } else { 4 };
        let doc = doc_with(unit, vec![person(0, "Ana")], vec![quote(start, end, "“Ja”", Some(0))]);
        check_invariants(text, &doc, unit);
    }
}

#[test]
fn checker_rejects_offsets_inside_a_character() {
    let text = "😀 “Ja”";
    let utf8 = doc_with(OffsetUnit::Utf8, vec![], vec![quote(1, 5, "", None)]);
    assert!(invariant_violations(text, &utf8, OffsetUnit::Utf8).iter().any(|p| p.contains("inside a character")));
    let utf16 = doc_with(OffsetUnit::Utf16, vec![], vec![quote(1, 2, "", None)]);
    assert!(invariant_violations(text, &utf16, OffsetUnit::Utf16).iter().any(|p| p.contains("inside a character")));
}

#[test]
fn checker_rejects_wrong_text_range_order_and_references() {
    let text = "“a” and “b”";
    let spans = vec![quote(12, 19, "“b”", Some(3)), quote(0, 7, "“x”", None), quote(0, 99, "", None)];
    let doc = doc_with(OffsetUnit::Utf8, vec![person(1, " ")], spans);
    let problems = invariant_violations(text, &doc, OffsetUnit::Utf8).join("\n");
    for expected in ["has id 1", "empty name", "refers to entity 3", "but the slice", "past the end", "not sorted"] {
        assert!(problems.contains(expected), "missing {expected:?} in:\n{problems}");
    }
}

#[test]
fn checker_rejects_a_trigger_outside_its_span_and_a_wrong_unit() {
    let text = "We will not.";
    let data = SpanData::RedLine { speaker: None, category: Category::Refusal, trigger: "never".into(), confidence: 0.5 };
    let doc = doc_with(OffsetUnit::Chars, vec![], vec![Span { start: 0, end: 12, text: text.into(), rule: "test", data }]);
    let problems = invariant_violations(text, &doc, OffsetUnit::Utf8).join("\n");
    assert!(problems.contains("trigger \"never\""), "{problems}");
    assert!(problems.contains("document says offsets Chars"), "{problems}");
}

#[test]
fn random_texts_give_the_core_something_to_find() {
    // guards the generator: texts that never produce a span test little
    let with_spans = (0..300)
        .filter(|&seed| {
            let text = random_text(&mut XorShift::new(seed), MAX_FRAGMENTS);
            !annotate(&text, &Options::default()).spans.is_empty()
        })
        .count();
    assert!(with_spans > 100, "only {with_spans} of 300 random texts gave any span");
}
