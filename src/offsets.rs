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
pub fn convert_sorted(text: &str, sorted: &[usize], unit: OffsetUnit) -> Vec<usize> {
    let mut out = Vec::with_capacity(sorted.len());
    let mut chars = text.char_indices();
    let (mut byte, mut units) = (0usize, 0usize);
    for &target in sorted {
        while byte < target {
            match chars.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    units += match unit {
                        OffsetUnit::Utf16 => c.len_utf16(),
                        OffsetUnit::Chars => 1,
                        OffsetUnit::Utf8 => c.len_utf8(),
                    };
                }
                None => break,
            }
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
