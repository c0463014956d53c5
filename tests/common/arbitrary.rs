//! Generators for the property tests (`tests/property.rs`): any Unicode
//! scalar value (weighted toward the characters text rules trip on), raw
//! bytes, mutations of real articles, random option objects; and a shrinker
//! that cuts a failing text down to a small one that still fails.

use super::random_text::{XorShift, PALETTE};
use serde_json::{json, Value};

/// Quote-like characters (the same list as `tests/no_panic.rs`).
pub const QUOTE_LIKE: &[char] = &[
    '"', '\'', '`', '´', '“', '”', '‘', '’', '„', '‚', '‟', '‛', '«', '»', '‹', '›', '「', '」', '『', '』',
    '〝', '〞', '〟', '＂', '＇', '′', '″', '‴', '❛', '❜', '❝', '❞', '⹂', '﹁', '﹂', '﹃', '﹄',
];

/// One scalar value: half of the time from a class that matters to the
/// rules (letters, spaces, quotes, sentence punctuation), otherwise from
/// anywhere in Unicode: controls, combining marks, CJK, right to left,
/// astral planes, noncharacters, private use, the last code point.
pub fn any_char(rng: &mut XorShift) -> char {
    let pick = |rng: &mut XorShift, lo: u32, hi: u32| char::from_u32(lo + rng.below((hi - lo + 1) as usize) as u32);
    let c = match rng.below(12) {
        0..=2 => pick(rng, 'a' as u32, 'z' as u32),
        3 => pick(rng, 'A' as u32, 'Z' as u32),
        4 => Some([' ', ' ', '\n', '\t', '\r', '\u{a0}', '\u{2028}', '\u{2029}', '\u{3000}'][rng.below(9)]),
        5 => Some(QUOTE_LIKE[rng.below(QUOTE_LIKE.len())]),
        6 => Some(['.', ',', '?', '!', ':', ';', '…', '—', '-', '(', ')'][rng.below(11)]),
        7 => pick(rng, 0, 0x1f),
        8 => pick(rng, 0x300, 0x36f),   // combining marks
        9 => pick(rng, 0x590, 0x6ff),   // Hebrew, Arabic
        10 => pick(rng, 0x1f300, 0x1faff), // emoji
        _ => pick(rng, 0, 0x10ffff),    // anywhere (surrogates rejected below)
    };
    c.unwrap_or('\u{fffd}')
}

/// Up to `max_chars` scalar values from [`any_char`].
pub fn any_text(rng: &mut XorShift, max_chars: usize) -> String {
    (0..rng.below(max_chars + 1)).map(|_| any_char(rng)).collect()
}

/// Up to `max_bytes` random bytes, decoded as the CLI and the page would
/// (invalid sequences become U+FFFD); a third of them are printable ASCII.
pub fn lossy_bytes(rng: &mut XorShift, max_bytes: usize) -> String {
    let bytes: Vec<u8> = (0..rng.below(max_bytes + 1))
        .map(|_| if rng.below(3) == 0 { 0x20 + rng.below(0x5f) as u8 } else { rng.next_u64() as u8 })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A char boundary of `text` at or before `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` after `count` random edits: cut a range, duplicate one, insert a
/// palette fragment or a random char, swap a quote mark, truncate.
pub fn mutate(rng: &mut XorShift, text: &str, count: usize) -> String {
    let mut out = text.to_string();
    for _ in 0..count {
        let a = boundary(&out, rng.below(out.len() + 1));
        let b = boundary(&out, a + rng.below(64));
        match rng.below(6) {
            0 => out.replace_range(a..b, ""),
            1 => {
                let copy = out[a..b].to_string();
                out.insert_str(b, &copy);
            }
            2 => out.insert_str(a, rng.pick(PALETTE)),
            3 => out.insert(a, any_char(rng)),
            4 => {
                if let Some((i, c)) = out[a..].char_indices().find(|(_, c)| QUOTE_LIKE.contains(c)) {
                    let at = a + i;
                    out.replace_range(at..at + c.len_utf8(), &QUOTE_LIKE[rng.below(QUOTE_LIKE.len())].to_string());
                }
            }
            _ => out.truncate(b),
        }
    }
    out
}

/// A random options object: mostly well-formed keys with random, often
/// wrong, values, so both `Ok` and every kind of `Err` come up.
pub fn any_options(rng: &mut XorShift) -> Value {
    let mut map = serde_json::Map::new();
    for _ in 0..rng.below(4) {
        let key = ["offsets", "kinds", "redLines", "other"][rng.below(4)];
        let value = match key {
            "offsets" => [json!("utf16"), json!("utf8"), json!("chars"), json!("bytes"), json!(null), json!(8)][rng.below(6)].clone(),
            "kinds" => {
                let all = ["speaker", "quote", "red_line", "nonsense"];
                let list: Vec<Value> = (0..rng.below(4)).map(|_| json!(all[rng.below(4)])).collect();
                if rng.below(8) == 0 { json!("quote") } else { Value::Array(list) }
            }
            "redLines" => red_line_options(rng),
            _ => any_json(rng, 2),
        };
        map.insert(key.into(), value);
    }
    if rng.below(10) == 0 {
        any_json(rng, 3)
    } else {
        Value::Object(map)
    }
}

fn red_line_options(rng: &mut XorShift) -> Value {
    let categories = ["non_negotiable", "ultimatum", "refusal", "threat", "red_line_mention", "maybe"];
    let triggers = ["will not budge", "or else", "", "   ", "by Monday", "we|they", "(", "*", "never ever", "x"];
    let mut per_category = || {
        let mut m = serde_json::Map::new();
        for _ in 0..rng.below(3) {
            let list: Vec<Value> = (0..rng.below(3)).map(|_| json!(triggers[rng.below(triggers.len())])).collect();
            m.insert(categories[rng.below(categories.len())].into(), Value::Array(list));
        }
        Value::Object(m)
    };
    let add = per_category();
    let disable = per_category();
    let list: Vec<Value> = (0..rng.below(3)).map(|_| json!(categories[rng.below(categories.len())])).collect();
    match rng.below(5) {
        0 => json!({ "add": add }),
        1 => json!({ "disable": disable }),
        2 => json!({ "categories": list }),
        3 => json!({ "add": add, "disable": disable, "categories": list }),
        _ => any_json(rng, 2),
    }
}

/// Any JSON value, nested up to `depth`.
pub fn any_json(rng: &mut XorShift, depth: usize) -> Value {
    match rng.below(if depth == 0 { 4 } else { 6 }) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 0),
        2 => json!(rng.next_u64() as i64),
        3 => json!(any_text(rng, 8)),
        4 => Value::Array((0..rng.below(3)).map(|_| any_json(rng, depth - 1)).collect()),
        _ => {
            let keys = ["offsets", "kinds", "redLines", "add", "disable", "categories", "refusal", "x"];
            Value::Object((0..rng.below(3)).map(|_| (keys[rng.below(keys.len())].to_string(), any_json(rng, depth - 1))).collect())
        }
    }
}

/// Cuts `text` down while `fails` still holds: removes ever smaller runs of
/// characters (delta debugging, one pass per chunk size). Returns the
/// smallest failing text found.
pub fn shrink(text: &str, fails: impl Fn(&str) -> bool) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut chunk = chars.len().max(1).next_power_of_two();
    while chunk >= 1 {
        let mut at = 0;
        while at < chars.len() {
            let end = (at + chunk).min(chars.len());
            let candidate: String = chars[..at].iter().chain(&chars[end..]).collect();
            if fails(&candidate) {
                chars.drain(at..end);
            } else {
                at += chunk;
            }
        }
        chunk /= 2;
    }
    chars.into_iter().collect()
}
