//! The annotation document (and any `serde_json::Value`) as compact JSON
//! text, written by hand: byte for byte what `serde_json::to_string` writes
//! for the same data (the tests below compare the two).
//!
//! Why: serde's serializer for the document, and the `io::Write` and error
//! plumbing around it, took 1.5 KB of the gzipped `.wasm`. The `.wasm` writes
//! the document with this module (`src/wasm.rs`); the command line keeps
//! serde_json, and the parity test compares the two builds' documents.

use crate::span::{Document, Entity, Span, SpanData};
use serde_json::{Number, Value};

/// `doc` as JSON, in a buffer of `size_hint` bytes to begin with.
pub fn document(doc: &Document, size_hint: usize) -> String {
    let mut out = String::with_capacity(size_hint);
    out.push_str("{\"version\":");
    push_uint(&mut out, doc.version as usize);
    out.push_str(",\"offsets\":");
    push_str(&mut out, doc.offsets.as_str());
    out.push_str(",\"entities\":[");
    for (i, entity) in doc.entities.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_entity(&mut out, entity);
    }
    out.push_str("],\"spans\":[");
    for (i, span) in doc.spans.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_span(&mut out, span);
    }
    out.push_str("]}");
    out
}

/// `value` as JSON: what its `Display` writes, without serde's serializer.
pub fn value(value: &Value) -> String {
    let mut out = String::new();
    push_value(&mut out, value);
    out
}

fn push_entity(out: &mut String, e: &Entity) {
    out.push_str("{\"id\":");
    push_uint(out, e.id);
    out.push_str(",\"name\":");
    push_str(out, &e.name);
    out.push_str(",\"kind\":");
    push_str(out, e.kind.as_str());
    // skipped when there is none, as `#[serde(skip_serializing_if)]` does
    if let Some(title) = &e.title {
        out.push_str(",\"title\":");
        push_str(out, title);
    }
    out.push_str(",\"aliases\":[");
    for (i, alias) in e.aliases.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(out, alias);
    }
    out.push_str("]}");
}

/// The fields in the order of `impl Serialize for Span` (src/span.rs).
fn push_span(out: &mut String, s: &Span) {
    out.push_str("{\"kind\":");
    push_str(out, s.data.kind());
    out.push_str(",\"start\":");
    push_uint(out, s.start);
    out.push_str(",\"end\":");
    push_uint(out, s.end);
    out.push_str(",\"text\":");
    push_str(out, &s.text);
    match &s.data {
        SpanData::Speaker { entity } => {
            out.push_str(",\"entity\":");
            push_uint(out, *entity);
        }
        SpanData::Quote { speaker, direct, cue } => {
            out.push_str(",\"speaker\":");
            push_opt_uint(out, *speaker);
            out.push_str(if *direct { ",\"direct\":true" } else { ",\"direct\":false" });
            out.push_str(",\"cue\":");
            match cue {
                Some(cue) => push_str(out, cue),
                None => out.push_str("null"),
            }
        }
        SpanData::RedLine { speaker, category, trigger, confidence } => {
            out.push_str(",\"speaker\":");
            push_opt_uint(out, *speaker);
            out.push_str(",\"category\":");
            push_str(out, category.as_str());
            out.push_str(",\"trigger\":");
            push_str(out, trigger);
            out.push_str(",\"confidence\":");
            push_f64(out, Span::confidence_f64(*confidence));
        }
    }
    out.push_str(",\"rule\":");
    push_str(out, s.rule);
    out.push('}');
}

fn push_value(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => push_number(out, n),
        Value::String(s) => push_str(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_value(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_str(out, key);
                out.push(':');
                push_value(out, item);
            }
            out.push('}');
        }
    }
}

fn push_uint(out: &mut String, n: usize) {
    // digits from the right, in a buffer large enough for any usize
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| d as char));
}

fn push_opt_uint(out: &mut String, n: Option<usize>) {
    match n {
        Some(n) => push_uint(out, n),
        None => out.push_str("null"),
    }
}

/// serde_json's float: shortest form that reads back the same ("0.8",
/// "1.0"); not finite is `null`.
fn push_f64(out: &mut String, f: f64) {
    match Number::from_f64(f) {
        Some(n) => push_number(out, &n),
        None => out.push_str("null"),
    }
}

fn push_number(out: &mut String, n: &Number) {
    // serde_json's Display of a Number is its JSON form (itoa / zmij)
    use std::fmt::Write;
    let _ = write!(out, "{n}");
}

/// A JSON string as serde_json writes it: `"` and `\` escaped, the control
/// characters U+0000..U+001F as `\b \t \n \f \r` or `\u00xx` (lowercase
/// hex), everything else as it is (no `\u` escapes for non-ASCII or U+007F).
fn push_str(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0; // start of the bytes not yet copied
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\t' => "\\t",
            b'\r' => "\\r",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // an ASCII byte: `run..i` ends on a char boundary
        out.push_str(&s[run..i]);
        run = i + 1;
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 0xf) as usize] as char);
        } else {
            out.push_str(short);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::{Category, EntityKind, OffsetUnit};
    use serde_json::json;

    fn string(s: &str) -> String {
        let mut out = String::new();
        push_str(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let every_control: String = (0u8..0x20).map(|b| b as char).collect();
        for s in [
            "",
            "plain",
            "quote \" and backslash \\ and slash /",
            "line\nfeed, tab\t, return\r, backspace\u{8}, form feed\u{c}",
            &every_control,
            "\u{7f} delete, \u{80} and \u{9f} (C1), \u{2028}\u{2029} separators",
            "curly “quotes” ‘single’, «guillemets», 北京, emoji 😀🇺🇦👍🏽",
            // a lone surrogate from JavaScript arrives as U+FFFD
            "replacement \u{fffd} char",
            "\"\\\"\\",
        ] {
            assert_eq!(string(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn every_char_near_the_escapes_as_serde_json_does() {
        for c in (0u32..0x300).chain(0xd7f0..0xd800).chain(0xe000..0xe010).chain([0xfeff, 0xfffd, 0x10ffff]).filter_map(char::from_u32) {
            let s = format!("a{c}b{c}");
            assert_eq!(string(&s), serde_json::to_string(&s).unwrap(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn numbers_as_serde_json_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12345, usize::MAX] {
            let mut out = String::new();
            push_uint(&mut out, n);
            assert_eq!(out, serde_json::to_string(&n).unwrap());
        }
        for f in [0.0, 1.0, 0.8, 0.05, 0.1, 0.33, 0.7999999523162842, 1e21, 1.5e-7, -2.5, f64::NAN, f64::INFINITY] {
            let mut out = String::new();
            push_f64(&mut out, f);
            assert_eq!(out, serde_json::to_string(&f).unwrap(), "{f}");
        }
    }

    #[test]
    fn values_as_their_display() {
        for v in [
            json!(null),
            json!([true, false, null, 1, -2, 3.5, "x\u{1}\"y"]),
            json!({"b": {"c": []}, "a": [{}], "k\n": 18446744073709551615u64}),
            json!(-9223372036854775808i64),
        ] {
            assert_eq!(value(&v), v.to_string());
        }
    }

    fn span(start: usize, end: usize, data: SpanData) -> Span {
        Span { start, end, text: "“Tab\there,” \\ 😀".into(), rule: "quotes::direct", data }
    }

    #[test]
    fn made_up_document_as_serde_json_writes_it() {
        let doc = Document {
            version: 1,
            offsets: OffsetUnit::Chars,
            entities: vec![
                Entity { id: 0, name: "Abbas \"Araghchi\"".into(), kind: EntityKind::Person, title: Some("Foreign\nMinister".into()), aliases: vec!["Araghchi".into(), "he".into()] },
                Entity { id: 1, name: "a senior US official".into(), kind: EntityKind::Anonymous, title: None, aliases: vec![] },
                Entity { id: 2, name: "officials".into(), kind: EntityKind::Group, title: None, aliases: vec![] },
                Entity { id: 3, name: "Mossad".into(), kind: EntityKind::Organization, title: None, aliases: vec![] },
            ],
            spans: vec![
                span(0, 5, SpanData::Speaker { entity: 0 }),
                span(1, 6, SpanData::Quote { speaker: Some(1), direct: true, cue: Some("said".into()) }),
                span(2, 7, SpanData::Quote { speaker: None, direct: false, cue: None }),
                span(3, 8, SpanData::RedLine { speaker: Some(0), category: Category::RedLineMention, trigger: "red line".into(), confidence: 0.8 }),
                span(4, 9, SpanData::RedLine { speaker: None, category: Category::NonNegotiable, trigger: "x".into(), confidence: 1.0 }),
                span(5, 9, SpanData::RedLine { speaker: None, category: Category::Threat, trigger: "y".into(), confidence: 0.333 }),
            ],
        };
        assert_eq!(document(&doc, 0), serde_json::to_string(&doc).unwrap());
        let empty = Document { version: 1, offsets: OffsetUnit::Utf16, entities: vec![], spans: vec![] };
        assert_eq!(document(&empty, 0), serde_json::to_string(&empty).unwrap());
    }

    #[test]
    fn annotated_fixtures_as_serde_json_writes_them() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut seen = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for offsets in [OffsetUnit::Utf16, OffsetUnit::Utf8, OffsetUnit::Chars] {
                let doc = crate::annotate(&text, &crate::Options { offsets, ..Default::default() });
                assert_eq!(document(&doc, 0), serde_json::to_string(&doc).unwrap());
            }
            seen += 1;
        }
        assert!(seen >= 10, "the fixtures were read");
    }
}
