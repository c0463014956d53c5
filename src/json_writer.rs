//! The annotation document (and any options value, `Json`) as compact JSON
//! text, written by hand: byte for byte what `serde_json::to_string` writes
//! for the same data (the tests below compare the two).
//!
//! Why: serde's serializer for the document, and the `io::Write` and error
//! plumbing around it, took 1.5 KB of the gzipped `.wasm`. The `.wasm` writes
//! the document with this module (`src/wasm.rs`); the command line keeps
//! serde_json, and the parity test compares the two builds' documents.

use crate::span::{Document, Entity, Span, SpanData};
use crate::json_value::{Json, JsonNumber};

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
pub fn value(value: &Json) -> String {
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

fn push_value(out: &mut String, v: &Json) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => push_number(out, *n),
        Json::String(s) => push_str(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_value(out, item);
            }
            out.push(']');
        }
        Json::Object(map) => {
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
    push_u64(out, n as u64);
}

fn push_u64(out: &mut String, n: u64) {
    // digits from the right, in a buffer large enough for any u64
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
/// "1.0"); not finite is `null`. Written here rather than by serde_json's
/// `zmij`, whose tables took 2.1 KB of the gzipped `.wasm`: a red line's
/// confidence (hundredths, `Span::confidence_f64`) directly, any other float
/// (an option's value in a message) from the shortest digits that
/// JavaScript's `Number.prototype.toString` gives (`float_digits`).
fn push_f64(out: &mut String, f: f64) {
    if !f.is_finite() {
        out.push_str("null");
        return;
    }
    let k = (f * 100.0).round();
    if (0.0..=1e6).contains(&k) && k / 100.0 == f && f.is_sign_positive() {
        // k / 100 has at most 8 digits, so it is the shortest form of f
        // (two decimals of 15 digits or fewer are never the same double)
        let (whole, cents) = (k as u64 / 100, k as u64 % 100);
        push_u64(out, whole);
        out.push('.');
        out.push((b'0' + (cents / 10) as u8) as char);
        if cents % 10 != 0 {
            out.push((b'0' + (cents % 10) as u8) as char);
        }
        return;
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    let (digits, exp) = float_digits(f.abs());
    push_zmij(out, &digits, exp);
}

/// The shortest decimal digits of a finite `f` ≥ 0 (no leading or trailing
/// zeros; empty for 0) and the exponent `e` of `d.ddd × 10^e`.
fn float_digits(f: f64) -> (String, i32) {
    #[cfg(target_arch = "wasm32")]
    let text = crate::wasm::float_to_string(f);
    // The native build never writes floats here (the command line uses
    // serde_json), but the tests do: they check the layout against zmij's.
    // (Rust's `{:e}` would not do: on a tie, 1658206780088562.25, it takes
    // the digit above; zmij and JavaScript take the even one.)
    #[cfg(not(target_arch = "wasm32"))]
    let text = serde_json::Number::from_f64(f).map_or(String::new(), |n| n.to_string());
    split_float(&text)
}

/// Digits and exponent of a float's text: JavaScript's ("0.000123",
/// "123.5", "1e+21", "1.5e-7") or Rust's `{:e}`.
fn split_float(text: &str) -> (String, i32) {
    let (mantissa, exp) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let all: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let zeros = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_start_matches('0').trim_end_matches('0').to_string();
    (digits, point - 1 - zeros as i32 + exp)
}

/// zmij's layout (serde_json 1): fixed for exponents -5 to 15 ("0.00015",
/// "123.0", "1e16" is not fixed), else "1.5e-7", "1e+21"; zero is "0.0".
fn push_zmij(out: &mut String, digits: &str, exp: i32) {
    if digits.is_empty() {
        out.push_str("0.0");
    } else if (-5..=15).contains(&exp) && exp >= 0 {
        let whole = exp as usize + 1;
        if digits.len() <= whole {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', whole - digits.len()));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..whole]);
            out.push('.');
            out.push_str(&digits[whole..]);
        }
    } else if (-5..=15).contains(&exp) {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(if exp < 0 { "e-" } else { "e+" });
        push_u64(out, exp.unsigned_abs() as u64);
    }
}

fn push_number(out: &mut String, n: JsonNumber) {
    // serde_json's Display of a Number: itoa for integers, zmij for floats
    match n {
        JsonNumber::PosInt(u) => push_u64(out, u),
        JsonNumber::NegInt(i) => {
            out.push('-');
            push_u64(out, i.unsigned_abs());
        }
        JsonNumber::Float(f) => push_f64(out, f),
    }
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
    fn floats_as_serde_json_writes_them() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut fs: Vec<f64> = vec![-0.0, 5e-324, f64::MAX, f64::MIN_POSITIVE, 1e15, 1e16, 9.999e15, 1e-5, 9.99e-6, 1e-6, 123456.0, 0.1 + 0.2, 100.0, 1e6, 10000.5];
        for k in 0..=20000 {
            fs.push(k as f64 / 100.0);
            fs.push(k as f64 / 1000.0);
            fs.push(k as f64 * 12.5);
        }
        for _ in 0..20000 {
            // xorshift: floats of every exponent
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            fs.push(f64::from_bits(x));
            fs.push(f64::from_bits(x >> 2 | 0x3c00_0000_0000_0000));
        }
        for f in fs {
            let mut out = String::new();
            push_f64(&mut out, f);
            assert_eq!(out, serde_json::to_string(&f).unwrap(), "{f:e}");
        }
        assert_eq!(split_float("1e+21"), ("1".to_string(), 21));
        assert_eq!(split_float("0.000123"), ("123".to_string(), -4));
        assert_eq!(split_float("120.5"), ("1205".to_string(), 2));
        assert_eq!(split_float("1.5e-7"), ("15".to_string(), -7));
        assert_eq!(split_float("0"), (String::new(), -1));
    }

    #[test]
    fn values_as_their_display() {
        for v in [
            json!(null),
            json!([true, false, null, 1, -2, 3.5, 1e300, -0.000123, 0.1, "x\u{1}\"y"]),
            json!({"b": {"c": []}, "a": [{}], "k\n": 18446744073709551615u64}),
            json!(-9223372036854775808i64),
        ] {
            assert_eq!(value(&Json::from(&v)), v.to_string());
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
