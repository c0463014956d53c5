//! The red-line word lists (`src/lexicon/redline/*.txt`), compiled in and
//! parsed once.
//!
//! A line is `pattern  confidence  # "example sentence"`. A pattern is a row
//! of token tests over the normalised tokens of [`super::tokens`]:
//! `word` (equal), `pre*` (starts with), `*suf` (ends with), `a|b` (either), `_` (any one word),
//! `_?` (at most one word). Quotation marks in the text are skipped, so
//! `would never vote` also fits `would “never” vote`.

use crate::span::Category;
use super::tokens::Tok;
use std::sync::LazyLock;

/// One test on one token.
#[derive(Clone, Debug, PartialEq)]
pub enum Test {
    /// Any of these words; a word ending in `*` is a prefix.
    Words(Vec<String>),
    Any,
    OptionalAny,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub tests: Vec<Test>,
    pub category: Category,
    pub confidence: f32,
}

const FILES: [(Category, &str); 5] = [
    (Category::NonNegotiable, include_str!("../lexicon/redline/non_negotiable.txt")),
    (Category::Ultimatum, include_str!("../lexicon/redline/ultimatum.txt")),
    (Category::Refusal, include_str!("../lexicon/redline/refusal.txt")),
    (Category::Threat, include_str!("../lexicon/redline/threat.txt")),
    (Category::RedLineMention, include_str!("../lexicon/redline/red_line_mention.txt")),
];

/// Every trigger pattern of every category.
pub static ENTRIES: LazyLock<Vec<Entry>> =
    LazyLock::new(|| FILES.iter().flat_map(|(c, src)| parse(src, *c)).collect());

/// Verbs that make a negated modal a prediction, not a refusal.
pub static MODAL_EXCLUSIONS: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(include_str!("../lexicon/redline/modal_exclusions.txt")));
/// Words after "will not be" that keep it a refusal ("be part of").
pub static MODAL_BE: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(include_str!("../lexicon/redline/modal_be.txt")));
/// Common nouns that name parties ("the court", "the union").
pub static AGENTS: LazyLock<Vec<String>> =
    LazyLock::new(|| word_set(include_str!("../lexicon/redline/agents.txt")));

/// A list of single words, one a line, `#` comments.
pub fn word_set(src: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| l.split('#').next())
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Parses one list; lines that do not parse are skipped.
pub fn parse(src: &str, category: Category) -> Vec<Entry> {
    let mut out = Vec::new();
    for line in src.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut fields: Vec<&str> = line.split_whitespace().collect();
        let confidence = match fields.last().and_then(|f| f.parse::<f32>().ok()) {
            Some(c) => {
                fields.pop();
                c
            }
            None => 0.7,
        };
        if fields.is_empty() {
            continue;
        }
        let tests = fields.iter().map(|f| parse_test(f)).collect();
        out.push(Entry { tests, category, confidence });
    }
    out
}

fn parse_test(f: &str) -> Test {
    match f {
        "_" => Test::Any,
        "_?" => Test::OptionalAny,
        _ => Test::Words(f.split('|').map(|w| w.replace('’', "'")).collect()),
    }
}

/// Does token `t` pass one alternative list?
pub fn word_fits(t: &Tok, words: &[String]) -> bool {
    words.iter().any(|w| match (w.strip_suffix('*'), w.strip_prefix('*')) {
        (Some(prefix), _) => t.norm.starts_with(prefix),
        (None, Some(suffix)) => t.norm.ends_with(suffix),
        _ => t.norm == *w,
    })
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

/// Every (entry, first token, end token) that matches in `toks`.
pub fn matches(toks: &[Tok]) -> Vec<(&'static Entry, usize, usize)> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !toks[i].word {
            continue;
        }
        for e in ENTRIES.iter() {
            if let Some(end) = match_at(toks, i, &e.tests) {
                out.push((e, i, end));
            }
        }
    }
    out
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
    fn every_list_parses_with_confidences_in_range() {
        assert!(ENTRIES.len() > 40);
        for e in ENTRIES.iter() {
            assert!(e.confidence > 0.0 && e.confidence <= 1.0, "{e:?}");
            assert!(!e.tests.is_empty());
        }
    }
}
