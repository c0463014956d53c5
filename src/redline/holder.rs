//! Who holds a red line: the first person ("we will not", "let's not") is the
//! speaker of the quote around it; otherwise the subject of the clause
//! ("the party has refused", "he would not accept"), as the words before the
//! trigger once auxiliaries and adverbs are set aside.

use super::lexicon::AGENTS;
use super::tokens::Tok;
use super::Holder;
use std::ops::Range;

const FIRST_PERSON: &[&str] = &["i", "we", "us", "me", "our", "my"];
const PERSONAL: &[&str] = &["he", "she", "they", "i", "we", "you"];
/// Subjects that cannot hold a limit: "it will not happen", "that would not".
pub const NON_AGENTS: &[&str] = &["it", "this", "that", "there", "which", "what", "these", "those"];

/// Words between a subject and its verb.
const AUX: &[&str] = &[
    "has", "have", "had", "is", "are", "am", "was", "were", "will", "would", "shall", "can", "could",
    "do", "does", "did", "not", "never", "again", "also", "still", "just", "then", "now", "even",
    "be", "been", "being", "'s", "so", "too", "as", "both", "all",
];

const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my"];

/// Conjunctions after which a clause shares the subject of the one before:
/// "he posed a threat and refused to drop the gun".
const COORDINATORS: &[&str] = &["and", "but", "yet", "or"];
/// Prepositions before a participle that give the reason for the main
/// verb: "the panel fined Berg for refusing to testify" (Berg refused).
const REASONS: &[&str] = &["for", "after", "over"];
/// How far back the previous clause's subject is looked for (tokens).
const SUBJECT_WINDOW: usize = 40;

/// The subject tokens before `first` within a clause starting at `clause_start`.
pub fn subject(toks: &[Tok], clause_start: usize, first: usize) -> Option<Range<usize>> {
    // "Mr. Trump's threats", "Berg's refusal": the trigger's own possessor
    if toks[first].norm.ends_with("'s") && toks[first].cap {
        return Some(name_start(toks, first)..first + 1);
    }
    // "his refusal", "the mayor's threat": the possessor holds it
    if first > 0 && (toks[first - 1].is_any(POSSESSIVES) || toks[first - 1].norm.ends_with("'s")) {
        return Some(first - 1..first);
    }
    in_clause(toks, clause_start, first)
        .map(|r| listed_first(toks, clause_start, r.clone()).unwrap_or(r))
        .or_else(|| outside_clause(toks, clause_start))
        .or_else(|| shared_subject(toks, clause_start))
}

/// "Berg, others vow", "Berg and other leaders refused": of a list that
/// ends in unnamed others, the named party is the one to hold the limit.
fn listed_first(toks: &[Tok], clause_start: usize, r: Range<usize>) -> Option<Range<usize>> {
    let others = toks[r.start].is("others") && r.len() == 1 || toks[r.start].is("other") && r.len() == 2;
    let k = clause_start.checked_sub(2)?;
    if !others || r.start != clause_start || !toks[k + 1].is_any(&[",", "and"]) {
        return None;
    }
    let name = &toks[k];
    (name.word && name.cap && !name.is_any(PERSONAL) && !name.is_any(NON_AGENTS)).then(|| name_start(toks, k)..k + 1)
}

/// First token of the capitalised name that ends at `last` ("Ted Cruz").
fn name_start(toks: &[Tok], last: usize) -> usize {
    let mut s = last;
    while s > 0 && toks[s - 1].word && toks[s - 1].cap && !toks[s - 1].is_any(PERSONAL) && last - s < 4 {
        s -= 1;
    }
    s
}

/// A clause without a subject borrows one: after "and"/"yet" the subject of
/// the clause before; after "for" + participle the object of the main verb
/// ("held Berg in contempt for refusing"); a participle after a comma the
/// subject of the clause it hangs on ("Berg stressed …, rejecting").
fn shared_subject(toks: &[Tok], clause_start: usize) -> Option<Range<usize>> {
    let before = clause_start.checked_sub(1)?;
    let prev = &toks[before];
    let participle = toks[clause_start].norm.ends_with("ing");
    if prev.is_any(REASONS) && participle {
        return object_before(toks, before).or_else(|| subject_before(toks, before));
    }
    if prev.is_any(COORDINATORS) || (participle && prev.is(",")) {
        return subject_before(toks, before);
    }
    None
}

/// The nearest subject before `k`: a pronoun or name followed by a verb
/// ("he posed", "Trump demands", "the client was").
fn subject_before(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let lo = k.saturating_sub(SUBJECT_WINDOW);
    let j = (lo..k).rev().find(|&j| is_subject_at(toks, j) && toks.get(j + 1).is_some_and(looks_verbal))?;
    let start = if toks[j].cap && !toks[j].is_any(PERSONAL) { name_start(toks, j) } else { j };
    // "the Republican nominee also outlined": back to the determiner
    let start = (start.saturating_sub(3)..start).find(|&d| toks[d].is_any(DETERMINERS)).unwrap_or(start);
    Some(start..j + 1)
}

/// The object right after the last verb before `k`: "held Berg in contempt".
fn object_before(toks: &[Tok], k: usize) -> Option<Range<usize>> {
    let lo = k.saturating_sub(SUBJECT_WINDOW);
    let j = (lo + 1..k).rev().find(|&j| {
        let verb = &toks[j - 1];
        verb.word && !verb.cap && !verb.is_any(PREPOSITIONS) && !verb.is_any(AUX) && (toks[j].cap && toks[j].word && !toks[j].is_any(DAYS) || toks[j].is_any(OBJECTS))
    })?;
    let j = name_start(toks, j).max(j.saturating_sub(3)).max(lo);
    let mut e = j + 1;
    while e < k && toks[e].word && toks[e].cap && toks[j].cap {
        e += 1; // "held Anna Berg"
    }
    Some(j..e)
}

const PREPOSITIONS: &[&str] = &["of", "in", "on", "at", "by", "with", "from", "to", "about", "for", "into", "the", "a", "an", "and", "or"];
const OBJECTS: &[&str] = &["him", "her", "them"];
const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"];
const DETERMINERS: &[&str] = &["the", "a", "an"];

/// A pronoun, a name, a party noun ("the court"), or any noun right after
/// "the"/"a" ("the nominee").
fn is_subject_at(toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    let after_determiner = (j.saturating_sub(2)..j).any(|d| toks[d].is_any(DETERMINERS));
    t.word && !t.is_any(NON_AGENTS) && !t.is_any(PREPOSITIONS)
        && (t.is_any(&["he", "she", "they", "we", "i"]) || t.cap || after_determiner || AGENTS.iter().any(|a| *a == t.norm))
}

/// A word that can follow a subject as its verb: "demands", "posed", "was",
/// "also", "has".
fn looks_verbal(t: &Tok) -> bool {
    t.word && !t.cap && (t.is_any(AUX) || t.norm.ends_with("ed") || t.norm.ends_with('s') && t.norm.len() > 3 || t.norm.ends_with("ly"))
}

/// The subject inside the clause, if it has one.
fn in_clause(toks: &[Tok], clause_start: usize, first: usize) -> Option<Range<usize>> {
    let mut e = first;
    while e > clause_start && (toks[e - 1].is_any(AUX) || toks[e - 1].norm.ends_with("ly") || !toks[e - 1].word) {
        e -= 1;
    }
    let mut s = clause_start;
    while s < e && !toks[s].word {
        s += 1;
    }
    if s >= e {
        return None;
    }
    if let Some(k) = contact_clause(toks, s, e) {
        return Some(s..k);
    }
    // "after the convention he": the last personal pronoun is the subject
    if let Some(p) = (s..e).rev().find(|&k| toks[k].is_any(PERSONAL) || toks[k].is_any(NON_AGENTS)) {
        if p + 1 == e || toks[p].is_any(PERSONAL) {
            return Some(p..p + 1);
        }
    }
    Some(s..e)
}

/// Words that open an adverbial clause or phrase, not a noun phrase.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "before", "if", "because", "since", "while", "although", "though", "as", "once",
    "until", "unless", "whether", "where", "despite",
];

/// A subject with a clause after it that has no "that" or "who" ("Witnesses
/// the panel called have refused", "Several aides Berg tried to reach
/// have refused"): the end of the noun phrase before the inner clause's
/// subject, when `s..e` holds a subject and its verb after a noun phrase.
fn contact_clause(toks: &[Tok], s: usize, e: usize) -> Option<usize> {
    // "officials reported he": a pronoun right before the verb is its subject
    if toks[e - 1].is_any(PERSONAL) {
        return None;
    }
    let k = (s + 1..e.saturating_sub(1)).find(|&k| is_subject_at(toks, k) && looks_verbal(&toks[k + 1]))?;
    let k = if toks[k].cap { name_start(toks, k) } else { k };
    let k = if k > s && toks[k - 1].is_any(DETERMINERS) { k - 1 } else { k };
    if k <= s {
        return None;
    }
    // "Most of the aides", "the head of the union"
    let noun_phrase = |t: &Tok| {
        t.word && !t.is_any(AUX) && !t.is_any(SUBORDINATORS) && !t.norm.ends_with("ly") && !t.is_any(NON_AGENTS) && (!t.is_any(PREPOSITIONS) || t.is_any(DETERMINERS) || t.is("of"))
    };
    let head = &toks[k - 1];
    ((s..k).all(|j| noun_phrase(&toks[j])) && !head.is_any(DETERMINERS) && !head.norm.ends_with("ed")).then_some(k)
}

/// A clause with no subject of its own: the antecedent of "who"
/// ("Cruz, who refused"), or the subject before an inserted phrase ("He,
/// like his rival, has refused").
fn outside_clause(toks: &[Tok], clause_start: usize) -> Option<Range<usize>> {
    let mut k = clause_start.checked_sub(1)?;
    if toks[k].is_any(&["who", "which"]) {
        k = k.checked_sub(1)?;
    } else if toks[k].is(",") {
        k = (k.saturating_sub(SUBJECT_WINDOW)..k).rev().find(|&j| toks[j].is(","))?;
    } else {
        return None;
    }
    if !toks[k].is(",") || k == 0 || !toks[k - 1].word {
        return None;
    }
    let mut s = k - 1;
    while s > 0 && toks[s - 1].word && toks[s - 1].cap && toks[s].cap {
        s -= 1; // a whole name: "Ted Cruz"
    }
    Some(s..k)
}

/// The clause starts at its pronoun subject: "said on Monday she would not"
/// gives "she would not".
pub fn tighten(toks: &[Tok], start: usize, subj: &Option<Range<usize>>) -> usize {
    match subj {
        Some(r) if r.start > start && r.len() == 1 && toks[r.start].is_any(PERSONAL) => r.start,
        _ => start,
    }
}

/// The holder for a trigger whose subject is `subj` (token range).
pub fn of(toks: &[Tok], subj: Option<Range<usize>>, trigger_first: usize) -> Holder {
    // "let us not", "let's not": the trigger itself says who
    if toks.get(trigger_first + 1).is_some_and(|t| t.is("us")) && toks[trigger_first].is("let") {
        return Holder::Speaker;
    }
    match subj {
        None => Holder::Unknown,
        Some(r) if toks[r.end - 1].is_any(FIRST_PERSON) => Holder::Speaker,
        Some(r) => Holder::Subject(toks[r.start].start..toks[r.end - 1].end),
    }
}

/// How sure the subject is a party that can hold a limit: a personal
/// pronoun, a name or a party noun ("the court") yes; "it", "this" no.
pub fn agency(toks: &[Tok], subj: &Option<Range<usize>>) -> f32 {
    let Some(r) = subj else { return 0.5 };
    let head = &toks[r.end - 1];
    if head.is_any(NON_AGENTS) {
        0.0
    } else if head.is_any(PERSONAL) || head.cap {
        1.0
    } else if head.word && AGENTS.iter().any(|a| *a == head.norm) {
        0.9
    } else {
        0.3 // "the plan", "the rest of the world": more often a prediction
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redline::tokens::tokenize;

    fn holder_text(text: &str, trigger: &str) -> Option<String> {
        let toks = tokenize(text, 0..text.len());
        let i = toks.iter().position(|t| t.norm == trigger).unwrap();
        let subj = subject(&toks, 0, i);
        match of(&toks, subj, i) {
            Holder::Subject(r) => Some(text[r].to_string()),
            Holder::Speaker => Some("SPEAKER".into()),
            Holder::Unknown => None,
        }
    }

    #[test]
    fn subjects_skip_auxiliaries_and_adverbs() {
        assert_eq!(holder_text("The union has flatly refused", "refused").as_deref(), Some("The union"));
        assert_eq!(holder_text("after the vote he would not sign", "not").as_deref(), Some("he"));
        assert_eq!(holder_text("Voters mocked her refusal to resign", "refusal").as_deref(), Some("her"));
    }

    fn clause_holder(text: &str, trigger: &str) -> Option<String> {
        let toks = tokenize(text, 0..text.len());
        let i = toks.iter().position(|t| t.norm == trigger).unwrap();
        let start = crate::redline::clause::start(&toks, i);
        match of(&toks, subject(&toks, start, i), i) {
            Holder::Subject(r) => Some(text[r].to_string()),
            _ => None,
        }
    }

    #[test]
    fn relative_and_inserted_clauses_find_their_subject() {
        assert_eq!(clause_holder("The deal fell apart for Anna Berg, who refused to sign.", "refused").as_deref(), Some("Anna Berg"));
        assert_eq!(clause_holder("She, like her sister, has refused to testify.", "refused").as_deref(), Some("She"));
    }

    #[test]
    fn clauses_without_a_subject_borrow_one() {
        assert_eq!(clause_holder("Police say he posed a threat and refused to drop the gun.", "refused").as_deref(), Some("he"));
        assert_eq!(clause_holder("Anna Berg demands answers from us, yet refuses to answer.", "refuses").as_deref(), Some("Anna Berg"));
        assert_eq!(clause_holder("On Monday the panel held Anna Berg in contempt for refusing to testify.", "refusing").as_deref(), Some("Anna Berg"));
        assert_eq!(clause_holder("She was fined for refusing to testify.", "refusing").as_deref(), Some("She"));
        assert_eq!(clause_holder("The panel voted Monday to hold Anna Berg, an aide to Tom Wu, in contempt for refusing to testify.", "refusing").as_deref(), Some("Anna Berg"));
        assert_eq!(clause_holder("The new mayor also outlined a plan and vowed to fight.", "vowed").as_deref(), Some("The new mayor"));
        assert_eq!(holder_text("They laughed at Anna Berg's threats to quit", "berg's").as_deref(), Some("Anna Berg's"));
    }

    #[test]
    fn a_clause_after_the_subject_is_not_the_subject() {
        assert_eq!(holder_text("Witnesses the panel called have refused to appear", "refused").as_deref(), Some("Witnesses"));
        assert_eq!(holder_text("Most of the aides Tom Wu hired have refused to talk", "refused").as_deref(), Some("Most of the aides"));
        assert_eq!(holder_text("Some donors we contacted have refused to give", "refused").as_deref(), Some("Some donors"));
        assert_eq!(holder_text("The lawmakers Democrats tried to court last week would not budge", "not").as_deref(), Some("The lawmakers"));
        // not a clause: a verb-less subject, a time, a pronoun before the verb
        assert_eq!(holder_text("The union leaders have refused", "refused").as_deref(), Some("The union leaders"));
        assert_eq!(holder_text("When the mayor arrived he refused to talk", "refused").as_deref(), Some("he"));
        assert_eq!(holder_text("Police officers reported he refused to stop", "refused").as_deref(), Some("he"));
        assert_eq!(holder_text("Republican nominee Donald Trump has refused", "refused").as_deref(), Some("Republican nominee Donald Trump"));
    }

    #[test]
    fn a_name_listed_with_others_holds_the_limit() {
        assert_eq!(clause_holder("Leaders react; Anna Berg, others vow consequences.", "vow").as_deref(), Some("Anna Berg"));
        assert_eq!(clause_holder("Mayor Tom Wu and other officials refused to resign.", "refused").as_deref(), Some("Mayor Tom Wu"));
        assert_eq!(clause_holder("The council and others refused to resign.", "refused").as_deref(), Some("others"));
    }

    #[test]
    fn first_person_is_the_speaker() {
        assert_eq!(holder_text("We will not sign", "not").as_deref(), Some("SPEAKER"));
        assert_eq!(holder_text("Let's not pretend", "let").as_deref(), Some("SPEAKER"));
    }

    #[test]
    fn agency_tells_parties_from_things() {
        let t = "it would not";
        let toks = tokenize(t, 0..t.len());
        assert_eq!(agency(&toks, &subject(&toks, 0, 1)), 0.0);
        let t = "the court would not";
        let toks = tokenize(t, 0..t.len());
        assert!(agency(&toks, &subject(&toks, 0, 2)) > 0.8);
    }
}
