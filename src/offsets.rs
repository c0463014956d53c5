//! Byte offsets -> the caller's unit, for a whole document in one pass.
//!
//! Every `start` and `end` of every span is collected, sorted, and converted
//! in a single walk over the text, so the cost is O(text + spans log spans),
//! never one rescan per span. Pure-ASCII text takes a fast path: all three
//! units are equal there.

use crate::span::{Document, OffsetUnit};

/// Converts every span offset of `doc` (UTF-8 bytes into `text`) to `unit`.
pub fn convert(doc: &mut Document, text: &str, unit: OffsetUnit) {
    doc.offsets = unit;
    if unit == OffsetUnit::Utf8 || text.is_ascii() {
        return;
    }
    let mut byte_offsets: Vec<usize> = doc.spans.iter().flat_map(|s| [s.start, s.end]).collect();
    crate::sort::usizes(&mut byte_offsets);
    byte_offsets.dedup();
    let converted = convert_sorted(text, &byte_offsets, unit);
    let lookup = |b: usize| converted[byte_offsets.binary_search(&b).expect("offset collected above")];
    for span in &mut doc.spans {
        span.start = lookup(span.start);
        span.end = lookup(span.end);
    }
}

/// Converts ascending byte offsets (each on a char boundary, at most
/// `text.len()`) to `unit`, walking the text once.
///
/// The walk reads bytes, not chars: every byte that is not a UTF-8
/// continuation byte (`0b10xx_xxxx`) starts a char, which is one code point
/// and one UTF-16 unit, or two UTF-16 units when it is a 4-byte lead byte
/// (`0xF0` and up: outside the BMP, a surrogate pair). That counts exactly
/// what `char::len_utf16` would, without decoding each char (in the `.wasm`,
/// decoding was most of the walk).
pub fn convert_sorted(text: &str, sorted: &[usize], unit: OffsetUnit) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(sorted.len());
    let (mut byte, mut units) = (0usize, 0usize);
    for &target in sorted {
        let end = target.min(bytes.len());
        if unit == OffsetUnit::Utf8 {
            // (the caller never asks for this: bytes are bytes)
            byte = byte.max(end);
            units = byte;
        } else {
            for &b in &bytes[byte.min(end)..end] {
                let starts_char = usize::from(b & 0xC0 != 0x80);
                let astral = usize::from(unit == OffsetUnit::Utf16 && b >= 0xF0);
                units += starts_char + astral;
            }
            byte = byte.max(end);
        }
        out.push(units);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_emoji_and_curly_quotes() {
        let text = "a😀“b”";
        // bytes: a=0, 😀=1..5, “=5..8, b=8, ”=9..12
        let sorted = [0, 1, 5, 8, 9, 12];
        assert_eq!(convert_sorted(text, &sorted, OffsetUnit::Utf16), vec![0, 1, 3, 4, 5, 6]);
        assert_eq!(convert_sorted(text, &sorted, OffsetUnit::Chars), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(convert_sorted(text, &sorted, OffsetUnit::Utf8), sorted.to_vec());
    }

    #[test]
    fn empty_text_and_no_offsets() {
        assert!(convert_sorted("", &[], OffsetUnit::Utf16).is_empty());
        assert_eq!(convert_sorted("", &[0], OffsetUnit::Utf16), vec![0]);
    }
}
