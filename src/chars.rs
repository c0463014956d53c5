//! Character tests for the tokenizers, with fast paths: the text is mostly
//! ASCII, and its commonest other characters are typographic punctuation,
//! for which `char::is_alphanumeric` would search the Unicode tables.
//! Every function gives exactly what the standard library gives.

/// The char starting at byte `i` of `s` (`i` on a char boundary, inside `s`).
#[inline]
pub fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes()[i] {
        b if b < 0x80 => b as char,
        _ => s[i..].chars().next().unwrap_or(' '),
    }
}

/// `c.is_alphanumeric()`.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if matches!(c, '’' | '‘' | '“' | '”' | '—' | '–' | '…' | '«' | '»' | '\u{a0}' | '‐') {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// `str::to_lowercase` under a name of its own: ASCII in place, anything
/// else by the standard library natively and by JavaScript's
/// `String.prototype.toLowerCase` in the `.wasm` (the same Unicode mapping,
/// final sigma included), which keeps `str::to_lowercase` (4 KB of code)
/// out of it.
pub trait Lower {
    fn to_lower(&self) -> String;
}

impl Lower for str {
    fn to_lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        #[cfg(target_arch = "wasm32")]
        return crate::wasm::to_lower_case(self);
        #[cfg(not(target_arch = "wasm32"))]
        return self.to_lowercase();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_standard_library() {
        for c in (0..0x3000u32).filter_map(char::from_u32).chain(['😀', '’', '“']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        let s = "aé’😀";
        let got: Vec<char> = s.char_indices().map(|(i, _)| char_at(s, i)).collect();
        assert_eq!(got, s.chars().collect::<Vec<_>>());
    }
}
