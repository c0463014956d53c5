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

/// Appends `word` to `buf` lower-cased char by char as `char::to_lowercase`
/// does (so "Σ" is always "σ": no final-sigma rule, unlike [`Lower`]), each
/// lowered char passed through `then`. Latin-1 and the punctuation of
/// U+2000..U+206F are lowered here; a word with any other character goes,
/// natively, to `char::to_lowercase` and, in the `.wasm`, to JavaScript's
/// `toLowerCase`, which keeps the standard library's lower-case table (11 KB,
/// 5.9 KB of the gzipped package) out of it. Node 20's `toLowerCase` gave
/// `char::to_lowercase`'s result for every code point (each in "A{c}b",
/// with Σ made σ first); a browser whose Unicode is newer than Rust's could
/// lower-case a character added since differently.
pub fn push_lower_chars(word: &str, buf: &mut String, then: fn(char) -> char) {
    if word.chars().all(|c| lower_here(c).is_some()) {
        buf.extend(word.chars().filter_map(lower_here).map(then));
        return;
    }
    // "Σ" made "σ" first: then `toLowerCase` has no final-sigma context
    // left to look at, and every other mapping it makes is the char's own.
    #[cfg(target_arch = "wasm32")]
    buf.extend(crate::wasm::to_lower_case(&word.replace('Σ', "σ")).chars().map(then));
    #[cfg(not(target_arch = "wasm32"))]
    buf.extend(word.chars().flat_map(char::to_lowercase).map(then));
}

/// `c`'s lower case where it is one char that needs no table: Latin-1
/// (À..Þ but × are 0x20 below their capitals, as A..Z) and U+2000..U+206F
/// (none of those punctuation marks has a case). None for any other char.
fn lower_here(c: char) -> Option<char> {
    match c {
        'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' => char::from_u32(c as u32 + 0x20),
        '\0'..='\u{ff}' | '\u{2000}'..='\u{206f}' => Some(c),
        _ => None,
    }
}

/// `hay.find(needle)`, byte by byte. The standard library's substring
/// search sets up a two-way searcher whose code is about 2.4 KB of the
/// `.wasm`; the needles here are a few bytes long and the haystacks a
/// word, a name or a sentence.
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() {
        return Some(0);
    }
    (0..(h.len() + 1).saturating_sub(n.len())).find(|&i| h[i..].starts_with(n))
}

/// `s.trim_matches(|c: char| !c.is_alphanumeric())`, by `char_indices`
/// (`trim_matches` brings a two-way char searcher into the `.wasm`).
pub fn trim_to_alnum(s: &str) -> &str {
    let Some((start, _)) = s.char_indices().find(|&(_, c)| c.is_alphanumeric()) else { return "" };
    let (last, c) = s.char_indices().rev().find(|&(_, c)| c.is_alphanumeric()).unwrap_or((start, ' '));
    &s[start..last + c.len_utf8()]
}

/// `parts` with `sep` between them: `[&str]::join` (and `concat` with an
/// empty `sep`) as a plain loop; the standard one brought 1.2 KB of
/// generic code into the `.wasm` for three start-up calls.
pub fn joined(parts: &[&str], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// `word.trim_end_matches(suffix)`, by `strip_suffix`, which compares
/// bytes where `trim_end_matches` sets up a substring searcher.
pub fn trim_suffix<'a>(word: &'a str, suffix: &str) -> &'a str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_is_join() {
        for parts in [&[][..], &["a"][..], &["say", "s"][..], &["", "b", ""][..], &["it’s", "😀", "x y"][..]] {
            assert_eq!(joined(parts, " "), parts.join(" "));
            assert_eq!(joined(parts, ""), parts.concat());
        }
    }

    #[test]
    fn find_str_finds_what_str_find_finds() {
        for hay in ["", "a", "the port. The", "n't", "didn't", "aé’😀 ’s", "\n\r\n\n", "Department of State"] {
            for needle in ["", "a", ". ", "n't", "’s", "\n\n", "\n\r\n", "Department", "😀", "long needle beyond the hay"] {
                assert_eq!(find_str(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn trim_to_alnum_trims_what_trim_matches_trims() {
        for s in ["", "“”", "“she”", "'he.'", "a", "«Élan»", "–1–", "😀x😀", "x"] {
            assert_eq!(trim_to_alnum(s), s.trim_matches(|c: char| !c.is_alphanumeric()), "{s:?}");
        }
    }

    #[test]
    fn trim_suffix_trims_what_trim_end_matches_trims() {
        for w in ["", "'s", "trump's", "trump's's", "trump’s", "bus", "s'ss"] {
            for suffix in ["'s", "’s", "s"] {
                assert_eq!(trim_suffix(w, suffix), w.trim_end_matches(suffix), "{w:?} {suffix:?}");
            }
        }
    }

    #[test]
    fn fast_paths_agree_with_the_standard_library() {
        for c in (0..0x3000u32).filter_map(char::from_u32).chain(['😀', '’', '“']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
        let s = "aé’😀";
        let got: Vec<char> = s.char_indices().map(|(i, _)| char_at(s, i)).collect();
        assert_eq!(got, s.chars().collect::<Vec<_>>());
    }

    #[test]
    fn lower_here_is_char_to_lowercase() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            if let Some(l) = lower_here(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c:?}");
            }
        }
        assert!(lower_here('Σ').is_none() && lower_here('İ').is_none() && lower_here('Ā').is_none());
        let mut buf = String::new();
        push_lower_chars("ÉLYSÉE’S ΟΔΥΣΣΕΥΣ", &mut buf, |c| c);
        assert_eq!(buf, "élysée’s οδυσσευσ");
    }
}
