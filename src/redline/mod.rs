//! Red-line statements: a party declares a limit it will not cross or accept.
//!
//! `find` proposes candidates with their category, trigger and the words
//! that name their holder; `crate::assemble` resolves the holder to an entity
//! (the speaker of the enclosing quote, or the subject's entity).

mod clause;
mod conditional;
mod holder;
mod lexicon;
mod modal;
mod overlaps;
mod scope;
mod tokens;
mod triggers;

use crate::options::RedLineOptions;
use crate::span::Category;
use lexicon::{Entry, Lexicon};
use std::ops::Range;
use tokens::Tok;

/// Candidates below this confidence are not reported.
pub const MIN_CONFIDENCE: f32 = 0.5;
/// Confidence of a trigger a caller added (`Options`): explicit words.
pub const ADDED_CONFIDENCE: f32 = 0.8;

/// Checks a trigger pattern a caller wants to add; the error says why it
/// cannot be used.
pub fn check_pattern(pattern: &str) -> Result<(), String> {
    lexicon::parse_tests(pattern).map(|_| ())
}

/// Who holds a red line, as far as the sentence tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Holder {
    /// First person ("we will not", "I refuse"): the speaker of the quote or
    /// reported speech that contains it.
    Speaker,
    /// A named subject in the text ("the party has refused"): its byte range.
    Subject(Range<usize>),
    /// Nothing in the sentence names a holder.
    Unknown,
}

/// A proposed red line (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The words that mark it; always inside `start..end`.
    pub trigger: Range<usize>,
    pub holder: Holder,
    /// 0 to 1.
    pub confidence: f32,
    pub rule: &'static str,
}

/// What a rule found in one sentence, in token indices of that sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit {
    pub span: Range<usize>,
    pub trigger: Range<usize>,
    pub category: Category,
    pub confidence: f32,
    pub rule: &'static str,
    pub holder: Holder,
}

/// Finds red-line candidates in `text`, paragraph by paragraph, with the
/// caller's added and disabled triggers.
/// `sentences` are the sentences of all paragraphs in text order and
/// `quotes` the quotes' byte ranges sorted by start, both computed once by
/// `crate::assemble` for every rule.
pub fn find(text: &str, sentences: &[Range<usize>], quotes: &[Range<usize>], options: &RedLineOptions) -> Vec<Candidate> {
    let custom;
    let lex: &Lexicon = if options.add.is_empty() {
        &lexicon::DEFAULT
    } else {
        custom = lexicon::DEFAULT.with(added_entries(options));
        &custom
    };
    let disabled = disabled_words(options);
    let mut all = Vec::new();
    // one lower-case copy of the text and one token buffer for all sentences
    let lowered = tokens::Lowered::new(text);
    let mut toks = Vec::new();
    {
        for sentence in sentences {
            toks.clear();
            tokens::tokenize_into(&lowered, sentence.clone(), &mut toks);
            let mut hits = triggers::lexicon_hits(&toks, lex);
            hits.extend(triggers::modal_hits(&toks));
            hits.extend(conditional::find(&toks));
            let kept = hits.into_iter().filter(|h| {
                h.confidence >= MIN_CONFIDENCE && options.reports(h.category) && !is_disabled(&toks, h, &disabled)
            });
            for h in kept {
                all.extend(to_candidate(text, &toks, sentence, quotes, h));
            }
        }
    }
    overlaps::without_overlaps(all)
}

fn added_entries(options: &RedLineOptions) -> Vec<Entry> {
    let parsed = options.add.iter().filter_map(|(c, p)| lexicon::parse_tests(p).ok().map(|tests| (c, tests)));
    parsed.map(|(&category, tests)| Entry { tests, category, confidence: ADDED_CONFIDENCE }).collect()
}

/// Disabled triggers as normalised words ("won't" gives "will not").
fn disabled_words(options: &RedLineOptions) -> Vec<(Category, Vec<String>)> {
    let words = |p: &str| tokens::tokenize(p, 0..p.len()).into_iter().filter(|t| t.word).map(|t| t.norm.into_owned()).collect::<Vec<_>>();
    options.disable.iter().map(|(c, p)| (*c, words(p))).filter(|(_, w)| !w.is_empty()).collect()
}

/// Does the hit's trigger contain a disabled trigger's words in a row?
fn is_disabled(toks: &[Tok], h: &Hit, disabled: &[(Category, Vec<String>)]) -> bool {
    let trigger: Vec<&str> = toks.get(h.trigger.clone()).unwrap_or(&[]).iter().filter(|t| t.word).map(|t| &*t.norm).collect();
    disabled.iter().any(|(c, words)| {
        *c == h.category && trigger.windows(words.len()).any(|w| w.iter().zip(words).all(|(a, b)| *a == b))
    })
}

/// Byte offsets for a hit; a trigger inside a quoted sentence takes that
/// sentence, marks included, as its span.
fn to_candidate(text: &str, toks: &[Tok], sentence: &Range<usize>, quotes: &[Range<usize>], h: Hit) -> Option<Candidate> {
    if h.trigger.is_empty() || h.trigger.end > toks.len() || h.span.end > toks.len() {
        return None;
    }
    let trigger = clause::bytes(toks, h.trigger.start, h.trigger.end);
    let mut span = if h.span.is_empty() { trigger.clone() } else { clause::bytes(toks, h.span.start, h.span.end) };
    // quotes are sorted and apart: the one around the trigger starts last before it
    let before = quotes.partition_point(|q| q.start <= trigger.start);
    if let Some(q) = before.checked_sub(1).map(|i| &quotes[i]).filter(|q| trigger.end <= q.end) {
        if opens_sentence(text, q) {
            span = q.start.max(sentence.start)..q.end.min(sentence.end);
        }
    }
    let (start, end) = (span.start.min(trigger.start), span.end.max(trigger.end));
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return None;
    }
    Some(Candidate { start, end, category: h.category, trigger, holder: h.holder, confidence: h.confidence, rule: h.rule })
}

/// A quote whose first letter is a capital holds whole sentences.
fn opens_sentence(text: &str, q: &Range<usize>) -> bool {
    let inner = text.get(q.clone()).unwrap_or("");
    inner.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find` over `text` with the sentences and quotes it is given in the core.
    fn find_in(text: &str, options: &RedLineOptions) -> Vec<Candidate> {
        let paragraphs = crate::segment::paragraphs(text);
        let sentences: Vec<_> = paragraphs.iter().flat_map(|p| crate::segment::sentences(text, p.clone())).collect();
        let quotes: Vec<_> = crate::quotes::find(text, &paragraphs).into_iter().map(|q| q.start..q.end).collect();
        find(text, &sentences, &quotes, options)
    }

    fn find_all(text: &str) -> Vec<Candidate> {
        find_in(text, &RedLineOptions::default())
    }

    fn find_with(text: &str, options: serde_json::Value) -> Vec<(String, Category)> {
        let options = crate::Options::from_json(&serde_json::json!({ "redLines": options })).unwrap();
        let found = find_in(text, &options.red_lines);
        found.iter().map(|c| (text[c.trigger.clone()].to_string(), c.category)).collect()
    }

    #[test]
    fn callers_add_disable_and_choose_categories() {
        let text = "The landlord will hold firm on the rent. The mayor vowed to veto the budget. The clerk refused to resign.";
        assert_eq!(find_with(text, serde_json::json!({})).len(), 2);
        let added = find_with(text, serde_json::json!({"add": {"non_negotiable": ["will|would hold firm"]}}));
        assert_eq!(added[0], ("will hold firm".to_string(), Category::NonNegotiable));
        let disabled = find_with(text, serde_json::json!({"disable": {"refusal": ["veto"]}}));
        assert_eq!(disabled, [("refused to".to_string(), Category::Refusal)]);
        let threats = find_with(text, serde_json::json!({"categories": ["threat"]}));
        assert!(threats.is_empty());
        let wont = find_with("We won't budge.", serde_json::json!({"disable": {"non_negotiable": ["will not budge"]}}));
        assert!(wont.iter().all(|(_, c)| *c != Category::NonNegotiable), "{wont:?}");
    }

    /// Every red line found, as (span text, category, trigger text).
    fn assert_red_lines(text: &str, expected: &[(&str, Category, &str)]) {
        let got: Vec<(&str, Category, &str)> =
            find_all(text).iter().map(|c| (&text[c.start..c.end], c.category, &text[c.trigger.clone()])).collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    #[test]
    fn reported_refusal_is_the_clause_without_attribution() {
        assert_red_lines(
            "The mayor said on Monday she would not sign the order.",
            &[("she would not sign the order.", Category::Refusal, "would not sign")],
        );
    }

    #[test]
    fn a_quoted_sentence_is_the_span() {
        assert_red_lines(
            "“Our pensions are non-negotiable,” the union leader said.",
            &[("“Our pensions are non-negotiable,”", Category::NonNegotiable, "non-negotiable")],
        );
    }

    #[test]
    fn two_limits_in_one_sentence_stay_apart() {
        let text = "The minister said the border is non-negotiable, rejecting calls for a new survey.";
        let found = find_all(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[1].start..found[1].end], "rejecting calls for a new survey.");
    }

    #[test]
    fn opinions_and_predictions_are_not_red_lines() {
        assert_red_lines("Analysts said the plan will not work and prices may fall.", &[]);
        assert_red_lines("Pensions are not a red line, she said.", &[]);
    }

    #[test]
    fn holders_are_first_person_or_subject() {
        let text = "“We won’t pay,” he said. The council refused to pay.";
        let found = find_all(text);
        assert_eq!(found[0].holder, Holder::Speaker);
        let council = text.find("The council").unwrap();
        assert_eq!(found[1].holder, Holder::Subject(council..council + 11));
    }

    /// A sentence with no full stop, 100 KB long: every clause scan stops at
    /// its window, so spans stay short and the red lines found grow with the
    /// text (the cost is linear; no timing is asserted).
    #[test]
    fn a_huge_sentence_gives_bounded_spans() {
        let unit = "the union will not sign the deal and the board refused to talk as the mayor said ";
        let half = find_all(&unit.repeat(600)).len();
        let text = unit.repeat(1200);
        let found = find_all(&text);
        assert!(half >= 100 && (found.len() as f64 / half as f64 - 2.0).abs() < 0.1, "{half} then {}", found.len());
        let longest = found.iter().map(|c| c.end - c.start).max().unwrap();
        assert!(longest < clause::WINDOW * 2 * 10, "{longest}");
    }

    #[test]
    fn never_panics_and_keeps_invariants() {
        let texts = [
            "", "’", "“", "won’t", "n’t’ll", "If", "if ,", "unless", "until", "by Friday", "must",
            "Él dijo: “no”. 😀 We won’t 😀 accept it, if they don’t 😀 leave.",
            "He said\u{a0}he would never\u{2019}ve refused — “or else” … red line’s “non-negotiable",
        ];
        for t in texts {
            let found = find_all(t);
            for (i, c) in found.iter().enumerate() {
                assert!(t.get(c.start..c.end).is_some() && t.get(c.trigger.clone()).is_some());
                assert!(c.start <= c.trigger.start && c.trigger.end <= c.end);
                assert!(found[i + 1..].iter().all(|d| d.start >= c.end), "overlap in {t:?}");
            }
        }
    }
}
