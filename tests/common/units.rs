//! Offsets in the three units of the spec, computed the slow, obvious way so
//! the tests do not trust the core's own conversion (`src/offsets.rs`).

use article_annotator::OffsetUnit;

/// Length of `text` in `unit`.
pub fn len_in(text: &str, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => text.len(),
        OffsetUnit::Utf16 => text.encode_utf16().count(),
        OffsetUnit::Chars => text.chars().count(),
    }
}

/// For every offset `0..=len_in(text, unit)`, the byte offset it stands for,
/// or `None` when it falls inside a character (a UTF-8 continuation byte or
/// between the two halves of a UTF-16 surrogate pair).
pub fn byte_map(text: &str, unit: OffsetUnit) -> Vec<Option<usize>> {
    let mut map = Vec::with_capacity(len_in(text, unit) + 1);
    for (byte, c) in text.char_indices() {
        let width = match unit {
            OffsetUnit::Utf8 => c.len_utf8(),
            OffsetUnit::Utf16 => c.len_utf16(),
            OffsetUnit::Chars => 1,
        };
        map.push(Some(byte));
        map.extend(std::iter::repeat_n(None, width - 1));
    }
    map.push(Some(text.len()));
    map
}

/// `text[start..end]` with offsets in `unit`; `None` when out of range or
/// not on a character boundary.
pub fn slice_in<'a>(text: &'a str, map: &[Option<usize>], start: usize, end: usize) -> Option<&'a str> {
    let a = (*map.get(start)?)?;
    let b = (*map.get(end)?)?;
    text.get(a..b)
}
