//! What takes a trigger out of a red line: a negation or hedge over it
//! ("is not a red line", "did not rule out", "not off the table", "may be
//! non-negotiable"), a denial rather than a refusal ("rejected the claim"),
//! and "declined" as a number going down ("sales declined by 4%").

use super::tokens::Tok;

const NEGATORS: &[&str] = &["not", "never", "no", "nothing"];
const HEDGES: &[&str] = &["may", "might", "perhaps", "possibly", "maybe", "if", "whether", "should"];

/// Objects that make "reject" a denial of a statement, not a refusal.
const CLAIMS: &[&str] = &[
    "claim", "claims", "allegation", "allegations", "accusation", "accusations", "report", "reports",
    "suggestion", "suggestions", "notion", "idea", "characterization", "criticism", "charge",
    "charges", "assertion", "assertions", "comparison", "comparisons", "premise", "label",
];

/// After "declined": a quantity going down, or an anonymous source.
const DECLINE_NUMBERS: &[&str] = &["by", "in", "sharply", "slightly", "steadily", "from", "to"];
const DECLINED_COMMENT: &[&str] = &["comment", "be", "say", "discuss", "elaborate", "specify", "respond", "answer"];

/// Is the trigger at tokens `first..end` cancelled by its context?
pub fn excluded(toks: &[Tok], first: usize, end: usize) -> bool {
    let before = |n: usize| &toks[first.saturating_sub(n)..first];
    let word = |i: usize| toks.get(i).map(|t| &*t.norm).unwrap_or("");
    let head = word(first);
    // "cannot be left without consequences" negates twice: it stays
    if before(3).iter().any(|t| t.is_any(NEGATORS)) && head != "without" {
        // "is not a red line", "never ruled out", "did not refuse"; but a
        // trigger that is itself a negation ("not optional") keeps its own.
        if !head.starts_with("not") && !toks[first..end].iter().any(|t| t.is("not")) {
            return true;
        }
    }
    if before(2).iter().any(|t| t.is_any(HEDGES)) {
        return true;
    }
    if head.starts_with("reject") && toks[end..(end + 3).min(toks.len())].iter().any(|t| t.is_any(CLAIMS)) {
        return true;
    }
    if head.starts_with("declin") {
        let next = word(end);
        let last = word(end.saturating_sub(1));
        if first > 0 && toks[first - 1].is_any(&["the", "a", "its", "steady", "sharp"]) {
            return true;
        }
        if DECLINE_NUMBERS.contains(&next) && last != "to" || last == "to" && DECLINED_COMMENT.contains(&next) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn cancelled(text: &str, trigger: &str) -> bool {
        let toks = tokenize(text, 0..text.len());
        let first = toks.iter().position(|t| t.norm.starts_with(trigger)).unwrap();
        excluded(&toks, first, first + 1)
    }

    #[test]
    fn negated_and_hedged_triggers_are_cancelled() {
        assert!(cancelled("Pensions are not a red line for us.", "red"));
        assert!(cancelled("The minister did not rule out new taxes.", "rule"));
        assert!(cancelled("The border may be non-negotiable.", "non-negotiable"));
        assert!(!cancelled("The border is non-negotiable.", "non-negotiable"));
        assert!(cancelled("He did not call for retaliation.", "retaliation"));
        assert!(cancelled("The city should either refuse the money or return it.", "refuse"));
        assert!(!cancelled("This cannot go without consequences.", "without"));
    }

    #[test]
    fn denials_and_falling_numbers_are_not_refusals() {
        assert!(cancelled("She rejected the allegations outright.", "reject"));
        assert!(!cancelled("She rejected the offer outright.", "reject"));
        assert!(cancelled("Exports declined by 4 percent.", "declin"));
        assert!(cancelled("After a steady decline in sales", "declin"));
    }
}
