//! Fuzz target: `annotate` on any bytes, checked against every invariant of
//! the spec document (`tests/common/check.rs`, the same checker as the
//! ordinary tests): spans sorted, inside the text, on character boundaries,
//! `text` equal to the slice in the reported unit, entity references valid.
//!
//! The first byte picks the offset unit and the span kinds; the rest is the
//! text (invalid UTF-8 replaced by U+FFFD, as the page and the CLI see it).
#![no_main]

#[path = "../../tests/common/mod.rs"]
#[allow(dead_code)]
mod common;

use article_annotator::{annotate, Kinds, OffsetUnit, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let unit = [OffsetUnit::Utf16, OffsetUnit::Utf8, OffsetUnit::Chars][usize::from(selector % 3)];
    // bits 2..5: which kinds; 0 means all (the common case gets most runs)
    let bits = (selector >> 2) & 0b111;
    let kinds = if bits == 0 {
        Kinds::default()
    } else {
        Kinds { speaker: bits & 1 != 0, quote: bits & 2 != 0, red_line: bits & 4 != 0 }
    };
    let text = String::from_utf8_lossy(rest);
    let options = Options { offsets: unit, kinds, ..Options::default() };
    let doc = annotate(&text, &options);
    common::check::check_invariants(&text, &doc, unit);
    let allowed = |kind: &str| match kind {
        "speaker" => kinds.speaker,
        "quote" => kinds.quote,
        _ => kinds.red_line,
    };
    assert!(doc.spans.iter().all(|s| allowed(s.data.kind())), "a span of a kind that was not asked for");
});
