//! The red-line word lists (`src/lexicon/redline/*.txt`), compiled in and
//! parsed once, and indexed by the first word of each pattern so that a
//! sentence is matched in time linear in its length.
//!
//! A line is `pattern  confidence  # "example sentence"`. A pattern is a row
//! of token tests over the normalised tokens of [`super::tokens`]:
//! `word` (equal), `pre*` (starts with), `*suf` (ends with), `a|b` (either), `_` (any one word),
//! `_?` (at most one word). Quotation marks in the text are skipped, so
//! `would never vote` also fits `would “never” vote`.

use crate::chars::Lower;
use crate::span::Category;
use super::tokens::Tok;
use crate::fasthash::{FastMap, Shapes};
use crate::lexicon::data::data_file;
use std::sync::LazyLock;

/// One alternative of a word test.
#[derive(Clone, Debug, PartialEq)]
pub enum Alt {
    Exact(String),
    Prefix(String),
    Suffix(String),
}

/// One test on one token.
#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// Any of these words, prefixes or suffixes.
    Words(Vec<Alt>),
    Any,
    OptionalAny,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub tests: Vec<Test>,
    pub category: Category,
    pub confidence: f32,
}

/// Longest pattern accepted (tests).
pub const MAX_TESTS: usize = 12;

const FILES: [(Category, &str); 5] = [
    (Category::NonNegotiable, data_file!("../lexicon/redline/non_negotiable.txt")),
    (Category::Ultimatum, data_file!("../lexicon/redline/ultimatum.txt")),
    (Category::Refusal, data_file!("../lexicon/redline/refusal.txt")),
    (Category::Threat, data_file!("../lexicon/redline/threat.txt")),
    (Category::RedLineMention, data_file!("../lexicon/redline/red_line_mention.txt")),
];

/// Every trigger pattern of every category, indexed.
pub static DEFAULT: LazyLock<Lexicon> =
    LazyLock::new(|| {
        let mut entries = Vec::new();
        for (category, src) in FILES {
            entries.extend(parse(src, category));
        }
        Lexicon::new(entries)
    });

/// Verbs that make a negated modal a prediction, not a refusal.
pub static MODAL_EXCLUSIONS: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(data_file!("../lexicon/redline/modal_exclusions.txt")));
/// Words after "will not be" that keep it a refusal ("be part of").
pub static MODAL_BE: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(data_file!("../lexicon/redline/modal_be.txt")));
/// Common nouns that name parties ("the court", "the union").
pub static AGENTS: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(data_file!("../lexicon/redline/agents.txt")));

/// A list of single words, one a line, `#` comments.
pub fn word_set(src: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| l.split('#').next())
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word list whose entries may be prefixes (`retaliat*`) or suffixes.
pub fn alt_set(src: &str) -> Vec<Alt> {
    word_set(src)
        .iter()
        .filter_map(|w| match parse_test(w) {
            Ok(Test::Words(alts)) => Some(alts),
            _ => None,
        })
        .flatten()
        .collect()
}

/// Parses one list; lines that do not parse are skipped.
pub fn parse(src: &str, category: Category) -> Vec<Entry> {
    let mut out = Vec::new();
    for line in src.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut fields: Vec<&str> = line.split_whitespace().collect();
        let confidence = match fields.last().and_then(|f| parse_confidence(f)) {
            Some(c) => {
                fields.pop();
                c
            }
            None => 0.7,
        };
        if let Ok(tests) = parse_tests(&crate::chars::joined(&fields, " ")) {
            out.push(Entry { tests, category, confidence });
        }
    }
    out
}

/// A confidence such as `0.85`: digits with at most one dot, seven digits
/// at most. Not `str::parse::<f32>`, whose tables would add about 10 KB to
/// the .wasm; the value is the same: the digits as an integer and the power
/// of ten are exact in an f32, and IEEE division rounds their quotient
/// correctly, as parsing the decimal would.
fn parse_confidence(f: &str) -> Option<f32> {
    let (int, frac) = f.split_once('.').unwrap_or((f, ""));
    let digits = int.len() + frac.len();
    let all_digits = int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit());
    if digits == 0 || digits > 7 || !all_digits {
        return None;
    }
    let n = int.bytes().chain(frac.bytes()).fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
    Some(n as f32 / 10u32.pow(frac.len() as u32) as f32)
}

/// The tests of one pattern such as `refus* to` or `will|would not budge`;
/// an error says what is wrong with it.
pub fn parse_tests(pattern: &str) -> Result<Vec<Test>, String> {
    let fields: Vec<&str> = pattern.split_whitespace().collect();
    if fields.is_empty() {
        return Err("it has no words".into());
    }
    if fields.len() > MAX_TESTS {
        return Err(format!("it has {} words; at most {MAX_TESTS} are allowed", fields.len()));
    }
    if matches!(fields[0], "_" | "_?") {
        return Err("it must start with a word, not _ or _?".into());
    }
    fields.iter().map(|f| parse_test(f)).collect()
}

fn parse_test(f: &str) -> Result<Test, String> {
    match f {
        "_" => return Ok(Test::Any),
        "_?" => return Ok(Test::OptionalAny),
        _ => {}
    }
    let mut alts = Vec::new();
    for w in f.split('|') {
        // (most list words are lower-case ASCII already: no copy to fold)
        let plain = w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        let w = if plain { w.to_string() } else { w.replace('’', "'").to_lower() };
        let alt = match (w.strip_suffix('*'), w.strip_prefix('*')) {
            (Some(p), _) if !p.is_empty() && !p.contains('*') => Alt::Prefix(p.to_string()),
            (None, Some(s)) if !s.is_empty() && !s.contains('*') => Alt::Suffix(s.to_string()),
            (None, None) if !w.is_empty() => Alt::Exact(w),
            _ => return Err(format!("\"{f}\" is not a word, pre*, *suf, a|b, _ or _?")),
        };
        alts.push(alt);
    }
    Ok(Test::Words(alts))
}

/// Does token `t` pass one alternative list?
pub fn word_fits(t: &Tok, alts: &[Alt]) -> bool {
    alts.iter().any(|a| alt_fits(&t.norm, a))
}

fn alt_fits(norm: &str, a: &Alt) -> bool {
    match a {
        Alt::Exact(w) => norm == w,
        // the first (last) byte first: most words fail there, without a memcmp
        Alt::Prefix(p) => norm.as_bytes().first() == p.as_bytes().first() && norm.starts_with(p.as_str()),
        Alt::Suffix(s) => norm.as_bytes().last() == s.as_bytes().last() && norm.ends_with(s.as_str()),
    }
}

/// Index of the next token at or after `i` that is not a quotation mark.
pub fn next_real(toks: &[Tok], mut i: usize) -> usize {
    while i < toks.len() && toks[i].is_quote_mark() {
        i += 1;
    }
    i
}

/// Matches `tests` from token `i`; returns the index after the last token
/// matched.
pub fn match_at(toks: &[Tok], i: usize, tests: &[Test]) -> Option<usize> {
    let Some((first, rest)) = tests.split_first() else {
        return Some(i);
    };
    let i = next_real(toks, i);
    match first {
        Test::OptionalAny => {
            if let Some(e) = match_at(toks, i, rest) {
                return Some(e);
            }
            toks.get(i).filter(|t| t.word)?;
            match_at(toks, i + 1, rest)
        }
        Test::Any => {
            toks.get(i).filter(|t| t.word)?;
            match_at(toks, i + 1, rest)
        }
        Test::Words(ws) => {
            if word_fits(toks.get(i)?, ws) {
                match_at(toks, i + 1, rest)
            } else {
                None
            }
        }
    }
}

/// Patterns indexed by their first test: exact words in a map, prefixes by
/// their first byte and suffixes by their last, so each token tries only
/// the few patterns that can start with it. (Prefixes and suffixes were one
/// list of a dozen, every one tested at every word: 4% of the seed
/// article's instructions.)
pub struct Lexicon {
    pub entries: Vec<Entry>,
    by_word: FastMap<String, Vec<usize>>,
    /// The keys of `by_word`, for a test before the lookup.
    word_shapes: Shapes,
    by_first_byte: Vec<Vec<(Alt, usize)>>,
    by_last_byte: Vec<Vec<(Alt, usize)>>,
}

impl Lexicon {
    pub fn new(entries: Vec<Entry>) -> Lexicon {
        let mut by_word: FastMap<String, Vec<usize>> = FastMap::default();
        let mut by_first_byte = vec![Vec::new(); 256];
        let mut by_last_byte = vec![Vec::new(); 256];
        for (k, e) in entries.iter().enumerate() {
            let Some(Test::Words(alts)) = e.tests.first() else { continue };
            for a in alts {
                match a {
                    Alt::Exact(w) => by_word.entry(w.clone()).or_default().push(k),
                    // (parse_test never makes an empty prefix or suffix)
                    Alt::Prefix(p) => by_first_byte[usize::from(p.as_bytes()[0])].push((a.clone(), k)),
                    Alt::Suffix(x) => by_last_byte[usize::from(x.as_bytes()[x.len() - 1])].push((a.clone(), k)),
                }
            }
        }
        let word_shapes = Shapes::of(by_word.keys().map(String::as_str));
        Lexicon { entries, by_word, word_shapes, by_first_byte, by_last_byte }
    }

    /// This lexicon plus `extra` entries.
    pub fn with(&self, extra: Vec<Entry>) -> Lexicon {
        Lexicon::new(self.entries.iter().cloned().chain(extra).collect())
    }

    /// Every (entry, first token, end token) that matches in `toks`.
    pub fn matches(&self, toks: &[Tok]) -> Vec<(&Entry, usize, usize)> {
        let mut out = Vec::new();
        let mut tried: Vec<usize> = Vec::new();
        for i in 0..toks.len() {
            if !toks[i].word {
                continue;
            }
            tried.clear();
            let norm = toks[i].norm.as_bytes();
            if self.word_shapes.may_hold(&toks[i].norm) {
                tried.extend(self.by_word.get(&*toks[i].norm).into_iter().flatten().copied());
            }
            // (the order does not matter: `tried` is sorted below)
            let affixes = [(norm.first(), &self.by_first_byte), (norm.last(), &self.by_last_byte)];
            for (byte, index) in affixes {
                let Some(&b) = byte else { continue };
                tried.extend(index[usize::from(b)].iter().filter(|(a, _)| alt_fits(&toks[i].norm, a)).map(|(_, k)| *k));
            }
            crate::sort::small_usizes(&mut tried);
            tried.dedup();
            for &k in &tried {
                if let Some(end) = match_at(toks, i, &self.entries[k].tests) {
                    out.push((&self.entries[k], i, end));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn fits(pattern: &str, text: &str) -> bool {
        let e = &parse(pattern, Category::Refusal)[0];
        let toks = tokenize(text, 0..text.len());
        (0..toks.len()).any(|i| match_at(&toks, i, &e.tests).is_some())
    }

    #[test]
    fn patterns_match_words_prefixes_and_gaps() {
        assert!(fits("refus* to 0.8", "She refused to sign."));
        assert!(fits("would never vote", "he would “never” vote again"));
        assert!(fits("could trigger a _? war", "it could trigger a regional war"));
        assert!(fits("could trigger a _? war", "it could trigger a war"));
        assert!(!fits("could trigger a _? war", "it could trigger a long and bloody war"));
        assert!(fits("will|would not budge", "They won't budge"));
        assert!(!fits("refus* to", "refugees to"));
        assert!(fits("*'s threat", "the mayor’s threat"));
    }

    #[test]
    fn confidences_parse_as_f32_does() {
        for f in ["0.85", "0.7", "1", "0.55", "0.123", ".5", "1.", "0.65", "0.999999", "12.5"] {
            assert_eq!(parse_confidence(f), f.parse::<f32>().ok(), "{f}");
        }
        for f in ["", ".", "refus*", "1.2.3", "-0.5", "0.9999999"] {
            assert_eq!(parse_confidence(f), None, "{f}");
        }
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        assert!(parse_tests("").unwrap_err().contains("no words"));
        assert!(parse_tests("_ budge").unwrap_err().contains("start with a word"));
        assert!(parse_tests("will **").unwrap_err().contains("\"**\""));
        assert!(parse_tests("will|would not budge").is_ok());
    }

    #[test]
    fn the_index_finds_what_a_full_scan_finds() {
        let text = "They refused to talk, won't budge, and warned of swift retaliation; tariffs are off the table.";
        let toks = tokenize(text, 0..text.len());
        let indexed: Vec<(usize, usize)> = DEFAULT.matches(&toks).into_iter().map(|(_, a, b)| (a, b)).collect();
        let mut full = Vec::new();
        for i in (0..toks.len()).filter(|&i| toks[i].word) {
            for e in &DEFAULT.entries {
                if let Some(end) = match_at(&toks, i, &e.tests) {
                    full.push((i, end));
                }
            }
        }
        assert_eq!(indexed, full);
        assert!(indexed.len() >= 4);
    }

    #[test]
    fn every_list_parses_with_confidences_in_range() {
        assert!(DEFAULT.entries.len() > 40);
        for e in DEFAULT.entries.iter() {
            assert!(e.confidence > 0.0 && e.confidence <= 1.0, "{e:?}");
            assert!(!e.tests.is_empty());
        }
    }
}
