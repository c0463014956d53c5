//! Trigger words and negated modals turned into red lines: the lexicon of
//! `src/lexicon/redline/` (less what `scope` cancels) and the refusals of
//! `modal`, each widened to its clause, with its holder.

use super::tokens::Tok;
use super::{clause, holder, lexicon, modal, scope, Hit, Holder};
use crate::span::Category;

/// Trigger heads whose subject is the party that acts ("the union threatened
/// to strike", "he vowed to punish"); other threats ("there will be
/// consequences", "an attack could trigger a war") belong to the speaker.
const PARTY_VERBS: &[&str] = &[
    "threat", "vow", "pledg", "promis", "retaliat", "punish", "will", "would", "tear", "veto", "his",
    "her", "their", "its", "'s", "face",
];

/// Lexicon triggers in one sentence's tokens.
pub fn lexicon_hits(toks: &[Tok], lex: &lexicon::Lexicon) -> Vec<Hit> {
    let mut out = Vec::new();
    for (entry, first, end) in lex.matches(toks) {
        if scope::excluded(toks, first, end) {
            continue;
        }
        let start = clause::start(toks, first);
        let subj = holder::subject(toks, start, first);
        let span = holder::tighten(toks, start, &subj)..clause::end(toks, end - 1);
        let head = &*toks[first].norm;
        let holder = match entry.category {
            Category::NonNegotiable | Category::RedLineMention | Category::Ultimatum if !head.starts_with("demand") => Holder::Speaker,
            Category::Threat if !PARTY_VERBS.iter().any(|p| head.starts_with(p)) && !head.ends_with("'s") => Holder::Speaker,
            _ => holder::of(toks, subj, first),
        };
        out.push(Hit { span, trigger: first..end, category: entry.category, confidence: entry.confidence, rule: rule_name(entry.category), holder });
    }
    out
}

fn rule_name(c: Category) -> &'static str {
    match c {
        Category::NonNegotiable => "redline::lexicon::non_negotiable",
        Category::Ultimatum => "redline::lexicon::ultimatum",
        Category::Refusal => "redline::lexicon::refusal",
        Category::Threat => "redline::lexicon::threat",
        Category::RedLineMention => "redline::lexicon::red_line_mention",
    }
}

/// Refusals by negated modal ("we will not sign"), sure in proportion to
/// how clearly the subject is a party.
pub fn modal_hits(toks: &[Tok]) -> Vec<Hit> {
    let mut out = Vec::new();
    if toks.iter().any(|t| t.is("?")) {
        return out; // a question: "Will you not sign it?"
    }
    for (first, verb) in modal::find(toks) {
        let start = clause::start(toks, first);
        let subj = holder::subject(toks, start, first);
        let agency = holder::agency(toks, &subj);
        if agency == 0.0 {
            continue;
        }
        let mut confidence = 0.35 + 0.45 * agency;
        if toks[start..first].iter().any(|t| t.is("if")) {
            confidence *= 0.8; // a hypothetical: "if asked, he would not"
        }
        let span = holder::tighten(toks, start, &subj)..clause::end(toks, verb);
        let holder = holder::of(toks, subj, first);
        out.push(Hit { span, trigger: first..verb + 1, category: Category::Refusal, confidence, rule: "redline::modal", holder });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn triggers(text: &str) -> Vec<(Category, String)> {
        let toks = tokenize(text, 0..text.len());
        let mut hits = lexicon_hits(&toks, &lexicon::DEFAULT);
        hits.extend(modal_hits(&toks));
        hits.iter()
            .map(|h| (h.category, text[clause::bytes(&toks, h.trigger.start, h.trigger.end)].to_string()))
            .collect()
    }

    #[test]
    fn lexicon_and_modal_triggers_are_found() {
        assert!(triggers("The union refused to sign.").contains(&(Category::Refusal, "refused to".into())));
        assert!(triggers("Our pensions are non-negotiable.").contains(&(Category::NonNegotiable, "non-negotiable".into())));
        assert!(triggers("She won't back the nominee.").contains(&(Category::Refusal, "won't back".into())));
    }

    #[test]
    fn cancelled_and_thing_subject_triggers_are_not() {
        assert!(triggers("Pensions are not a red line.").is_empty());
        assert!(triggers("It won't stop the rain.").is_empty());
        assert!(triggers("Will you not sign it?").is_empty());
    }

    #[test]
    fn consequences_belong_to_the_speaker_and_threats_to_the_subject() {
        let t = "The union threatened to strike.";
        let toks = tokenize(t, 0..t.len());
        assert_eq!(lexicon_hits(&toks, &lexicon::DEFAULT)[0].holder, Holder::Subject(0..9));
        let t = "There will be consequences.";
        let toks = tokenize(t, 0..t.len());
        assert_eq!(lexicon_hits(&toks, &lexicon::DEFAULT)[0].holder, Holder::Speaker);
    }
}
