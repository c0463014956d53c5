//! Conditions and their consequences: "If we don't, we'll see what happens",
//! "he'll tear up the treaty if they don't pay" (threats); "we will not sign
//! unless ...", "we won't return until ..." (ultimatums); "any deal must
//! include ..." and deadlines "by Friday, or ..." (ultimatums).

use super::lexicon::{alt_set, word_fits, Alt};
use super::tokens::Tok;
use super::{clause, holder, Hit, Holder};
use crate::span::Category;
use std::ops::Range;
use crate::lexicon::data::data_file;
use std::sync::LazyLock;

static CONSEQUENCES: LazyLock<Vec<Alt>> =
    LazyLock::new(|| alt_set(data_file!("../lexicon/redline/threat_consequences.txt")));
static NEGOTIATION: LazyLock<Vec<Alt>> =
    LazyLock::new(|| alt_set(data_file!("../lexicon/redline/negotiation_nouns.txt")));

const MODALS: &[&str] = &["will", "would", "shall", "going", "could"];
const NEGATIVE: &[&str] = &["not", "never", "no", "fail", "fails", "failed", "refuse", "refuses", "refused"];
/// Words before an "if" that is not a condition ("see if", "as if").
const WHETHER: &[&str] = &[
    "even", "as", "what", "only", "see", "show", "know", "ask", "asked", "wonder", "whether", "determine",
    "decide", "unclear", "clear", "sure",
];
const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "midnight", "noon",
    "tomorrow", "tonight",
];

/// Every condition-shaped red line in one sentence's tokens.
pub fn find(toks: &[Tok]) -> Vec<Hit> {
    let mut out = Vec::new();
    for k in 0..toks.len() {
        let t = &toks[k];
        let hit = if t.is("if") && !after(toks, k, WHETHER) && !toks.get(k + 1).is_some_and(|n| n.is("not")) {
            conditional(toks, k, Category::Threat)
        } else if t.is("unless") {
            conditional(toks, k, Category::Ultimatum)
        } else if t.is("until") {
            until(toks, k)
        } else if t.is("must") {
            must(toks, k)
        } else if t.is("by") && toks.get(k + 1).is_some_and(|d| d.is_any(DAYS)) {
            deadline(toks, k)
        } else {
            None
        };
        out.extend(hit);
    }
    out
}

fn after(toks: &[Tok], k: usize, words: &[&str]) -> bool {
    k > 0 && toks[k - 1].is_any(words)
}

fn has(toks: &[Tok], r: &Range<usize>, words: &[&str]) -> bool {
    toks.get(r.clone()).is_some_and(|ts| ts.iter().any(|t| t.is_any(words)))
}

/// "If/unless C, Q" or "Q if/unless C".
fn conditional(toks: &[Tok], k: usize, category: Category) -> Option<Hit> {
    let fronted = !toks[..k].iter().any(|t| t.word) || toks[k - 1].is(",") || toks[k - 1].is_any(&["that", "but", "and"]);
    let (cond, cons) = if fronted {
        let comma = (k + 1..toks.len().min(k + clause::WINDOW)).find(|&j| toks[j].is(","))?;
        (k..comma, comma + 1..clause::end(toks, comma + 1))
    } else {
        (k..clause::end(toks, k), clause::start(toks, k - 1)..k)
    };
    if cons.is_empty() || !has(toks, &cons, MODALS) {
        return None;
    }
    if has(toks, &cond, &["had"]) || (has(toks, &cons, &["would", "could"]) && has(toks, &cons, &["have"])) {
        return None; // counterfactual: "if I had refused, I would have ..."
    }
    let negated = toks[cond.clone()].iter().position(|t| t.is_any(NEGATIVE));
    let threat = toks[cons.clone()].iter().any(|t| word_fits(t, &CONSEQUENCES));
    let neg_in_cons = has(toks, &cons, &["not", "never"]);
    let subj = holder::subject(toks, cons.start, first_modal(toks, &cons));
    let agency = holder::agency(toks, &subj);
    let first_person = matches!(holder::of(toks, subj.clone(), cons.start), Holder::Speaker);
    let firm = has(toks, &cons, &["will", "would", "shall"]) && agency >= 0.9;
    let confidence = match (category, negated.is_some(), threat || neg_in_cons) {
        (_, _, _) if agency == 0.0 => return None,
        (Category::Threat, true, true) => 0.85,
        (Category::Threat, false, true) if threat && firm => 0.65,
        (Category::Threat, true, false) if first_person => 0.55,
        (Category::Ultimatum, _, true) => 0.75,
        (Category::Ultimatum, _, false) => 0.55,
        _ => return None,
    };
    let trig_end = match negated {
        Some(p) => (cond.start + p + 1).min(cond.end),
        None => cond.end.min(k + 6),
    };
    let span = cond.start.min(cons.start)..cond.end.max(cons.end);
    let holder = holder::of(toks, subj, cons.start);
    Some(Hit { span, trigger: k..trig_end, category, confidence, rule: "redline::conditional", holder })
}

fn first_modal(toks: &[Tok], r: &Range<usize>) -> usize {
    (r.start..r.end).find(|&j| toks[j].is_any(MODALS)).unwrap_or(r.start)
}

/// "we will not return until the shelling stops".
fn until(toks: &[Tok], k: usize) -> Option<Hit> {
    let start = clause::start(toks, k.checked_sub(1)?);
    let cons = start..k;
    let neg = (cons.start..cons.end).find(|&j| toks[j].is_any(&["not", "never"]))?;
    if toks.get(neg + 1).is_some_and(|t| t.is("be")) {
        return None; // passive: "the files will not be released until"
    }
    if !has(toks, &cons, &["will", "would", "going", "shall"]) {
        return None;
    }
    let subj = holder::subject(toks, start, first_modal(toks, &cons));
    if holder::agency(toks, &subj) == 0.0 {
        return None;
    }
    let span = start..clause::end(toks, k);
    let holder = holder::of(toks, subj, start);
    Some(Hit { span, trigger: k..k + 1, category: Category::Ultimatum, confidence: 0.8, rule: "redline::until", holder })
}

/// "any deal must include the ports": `must` on what is being negotiated.
fn must(toks: &[Tok], k: usize) -> Option<Hit> {
    let start = clause::start(toks, k);
    let subj = holder::subject(toks, start, k)?;
    let head = &toks[subj.end - 1];
    if !word_fits(head, &NEGOTIATION) {
        return None;
    }
    let trig_end = (k + 2).min(toks.len());
    let span = start..clause::end(toks, trig_end - 1);
    Some(Hit { span, trigger: k..trig_end, category: Category::Ultimatum, confidence: 0.7, rule: "redline::must", holder: super::Holder::Speaker })
}

/// "by Friday" in a sentence that demands or warns ("or", "must", "demand").
fn deadline(toks: &[Tok], k: usize) -> Option<Hit> {
    let start = clause::start(toks, k);
    let end = clause::end(toks, k + 1);
    let near = &toks[k.saturating_sub(clause::WINDOW)..toks.len().min(k + clause::WINDOW)];
    let demand = near.iter().any(|t| t.is("must") || t.is("or") || t.norm.starts_with("demand") || t.is("ultimatum"));
    if !demand {
        return None;
    }
    let subj = holder::subject(toks, start, k);
    let holder = holder::of(toks, subj, start);
    Some(Hit { span: start..end, trigger: k..k + 2, category: Category::Ultimatum, confidence: 0.6, rule: "redline::deadline", holder })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn found(text: &str) -> Vec<(String, Category, String)> {
        let toks = tokenize(text, 0..text.len());
        find(&toks)
            .into_iter()
            .filter(|h| h.confidence >= 0.5)
            .map(|h| {
                let s = clause::bytes(&toks, h.span.start, h.span.end);
                let t = clause::bytes(&toks, h.trigger.start, h.trigger.end);
                (text[s].to_string(), h.category, text[t].to_string())
            })
            .collect()
    }

    #[test]
    fn negative_conditions_with_a_consequence_are_threats() {
        let f = found("If they don't pay, we'll see what happens.");
        assert_eq!(f, [("If they don't pay, we'll see what happens.".into(), Category::Threat, "If they don't".into())]);
        let f = found("He said he'd shut the plant if the union doesn't back down.");
        assert_eq!(f[0].0, "he'd shut the plant if the union doesn't back down.");
    }

    #[test]
    fn plain_conditionals_are_not() {
        assert!(found("If it rains, the match will be moved indoors.").is_empty());
        assert!(found("If elected, she would build more schools.").is_empty());
        assert!(found("We'll see if the court agrees.").is_empty());
        assert!(found("She could be forgotten if she doesn't win.").is_empty());
        assert!(found("I would never have gone if I had known.").is_empty());
    }

    #[test]
    fn unless_until_must_and_deadlines_are_ultimatums() {
        assert_eq!(found("We will not sign unless the tariffs go.")[0].1, Category::Ultimatum);
        assert_eq!(found("The strikers won't return until wages rise.")[0].2, "until");
        assert!(found("The report will not be published until May.").is_empty());
        assert_eq!(found("Any deal must include the northern ports.")[0].2, "must include");
        assert!(found("Voters must decide for themselves.").is_empty());
        assert_eq!(found("Leave by Friday or face arrest.")[0].2, "by Friday");
    }
}
