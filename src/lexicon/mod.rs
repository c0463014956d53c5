//! Word lists, compiled in from the commented data files beside this file
//! and parsed once.

pub(crate) mod data;

use crate::fasthash::{FastMap, FastSet, Shapes};
use data::data_file;
use std::sync::LazyLock;

/// How a speech verb takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbClass {
    /// "said (that) ...": the content follows.
    Say,
    /// "told reporters (that) ...": an object may come first.
    Tell,
    /// "he sighed": only beside a direct quote.
    Manner,
    /// "she believes …", "he wants to …": a belief, wish or finding; its
    /// content is a clause or an infinitive (see belief_verbs.txt).
    Belief(BeliefTakes),
}

/// What content a belief verb takes without "that".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeliefTakes {
    /// "thinks the plan will fail"
    pub clause: bool,
    /// "plans to run", "wants voters to decide"
    pub infinitive: bool,
    /// "endorsed Ruiz", "criticized the plan": the object is the content
    /// (stance_verbs.txt)
    pub object: bool,
    /// "asked whether the port would close", "Asked about the vote, …":
    /// the question after a question word (the [question] section)
    pub question: bool,
    /// "declined to comment", "refused to testify": only "to" and a verb
    /// (the [decision] section, src/reported/decision.rs)
    pub decision: bool,
}

/// A speech verb form: its class and whether it is the -ing form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbForm {
    pub class: VerbClass,
    pub participle: bool,
    /// Reports speech only with "that" or beside a quote ("maintained that").
    pub needs_that: bool,
}

/// Lines of a data file without comments and blanks.
fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty())
}

/// Lines of a data file divided by "[section]" headers, each with the name
/// of the section it is in ("" before the first header).
fn sectioned(data: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut section = "";
    lines(data).filter_map(move |line| match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
        Some(name) => {
            section = name;
            None
        }
        None => Some((section, line)),
    })
}

/// Passes each verb form of a verb list's line to `add`. A word ending in
/// "+" is a regular verb and stands for its four forms: "declare+" gives
/// declare, declares, declared, declaring; "deny+" deny, denies, denied,
/// denying. A word ending in "~" stands for the first three, without the
/// -ing form ("believe~": believe, believes, believed). Any other word is
/// one form: an irregular verb lists them all ("say says said saying",
/// "admit admits admitted admitting").
fn verb_forms(line: &'static str, add: &mut dyn FnMut(&'static str)) {
    let leak = |parts: [&str; 2]| -> &'static str { Box::leak(crate::chars::joined(&parts, "").into_boxed_str()) };
    for word in line.split_whitespace() {
        let (base, ing) = match (word.strip_suffix('+'), word.strip_suffix('~')) {
            (Some(base), _) => (base, true),
            (_, Some(base)) => (base, false),
            _ => {
                add(word);
                continue;
            }
        };
        add(base);
        // the -s form is spelt as a noun's plural: "insists", "stresses", "denies"
        add(Box::leak(plural_of(base).into_boxed_str()));
        let consonant_y = base.strip_suffix('y').filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']));
        add(match consonant_y {
            Some(stem) => leak([stem, "ied"]),
            None if base.ends_with('e') => leak([base, "d"]),
            None => leak([base, "ed"]),
        });
        if ing {
            add(match base.strip_suffix('e').filter(|stem| !stem.ends_with('e')) {
                Some(stem) => leak([stem, "ing"]),
                None => leak([base, "ing"]),
            });
        }
    }
}

static VERBS: LazyLock<FastMap<&'static str, VerbForm>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (section, line) in sectioned(data_file!("speech_verbs.txt")) {
        let class = match section {
            "tell" => VerbClass::Tell,
            "manner" => VerbClass::Manner,
            _ => VerbClass::Say,
        };
        let needs_that = line.starts_with('!');
        verb_forms(line.trim_start_matches('!'), &mut |form| {
            map.entry(form).or_insert(VerbForm { class, participle: form.ends_with("ing"), needs_that });
        });
    }
    map
});

/// The speech verb `word` (lower case) is a form of, if any.
/// The shapes of `VERBS`' words: asked about every word of a text.
static VERB_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(VERBS.keys().copied()));

pub fn speech_verb(word: &str) -> Option<VerbForm> {
    if !VERB_SHAPES.may_hold(word) {
        return None;
    }
    VERBS.get(word).copied()
}

// "shot back" as one string: a set of `&str` like the other word lists
// (a set of pairs was one more copy of the hash table's code in the .wasm)
static PHRASAL_CUES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut set = FastSet::default();
    for line in lines(data_file!("phrasal_cues.txt")) {
        let Some((particle, forms)) = line.split_once(':') else { continue };
        verb_forms(forms, &mut |form| {
            set.insert(&*Box::leak(format!("{form} {}", particle.trim()).into_boxed_str()));
        });
    }
    set
});

/// Whether `word` followed by `particle` (both lower case) attributes a
/// quote: "shot back", "chimed in", "piped up" (see phrasal_cues.txt).
pub fn is_phrasal_cue(word: &str, particle: &str) -> bool {
    let mut key = [0u8; 48];
    let len = word.len() + 1 + particle.len();
    if len > key.len() {
        return false;
    }
    key[..word.len()].copy_from_slice(word.as_bytes());
    key[word.len()] = b' ';
    key[word.len() + 1..len].copy_from_slice(particle.as_bytes());
    std::str::from_utf8(&key[..len]).is_ok_and(|k| PHRASAL_CUES.contains(k))
}

static MEDIUM_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("media_nouns.txt")).collect());

/// "four", "Sixty-six", "ten": numbers in words, up to ninety-nine.
pub fn is_number_word(word: &str) -> bool {
    const UNITS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    word.split('-').all(|part| UNITS.contains(&part))
}

/// Whether `word` (lower case) names a medium or occasion of speech ("a
/// statement", "an interview"; see media_nouns.txt).
pub fn is_medium_noun(word: &str) -> bool {
    MEDIUM_NOUNS.contains(word)
}

// values are whole `VerbForm`s, as in `VERBS`: one map type, one copy of
// the hash table's code in the .wasm
static BELIEF_VERBS: LazyLock<FastMap<&'static str, VerbForm>> = LazyLock::new(|| {
    let form_of = |form: &str, takes: BeliefTakes| VerbForm { class: VerbClass::Belief(takes), participle: form.ends_with("ing"), needs_that: false };
    let mut map = FastMap::default();
    for (section, line) in sectioned(data_file!("belief_verbs.txt")) {
        let takes = BeliefTakes { clause: matches!(section, "clause" | "both"), infinitive: matches!(section, "infinitive" | "both" | "decision"), object: false, question: section == "question", decision: section == "decision" };
        verb_forms(line, &mut |form| {
            map.entry(form).or_insert(form_of(form, takes));
        });
    }
    let stance = BeliefTakes { clause: false, infinitive: false, object: true, question: false, decision: false };
    for line in lines(data_file!("stance_verbs.txt")) {
        verb_forms(line, &mut |form| {
            map.entry(form).or_insert(form_of(form, stance));
        });
    }
    map
});

/// The belief, intention or evidence verb `word` (lower case) is a form
/// of, if any: "believes", "wanted", "shows".
/// The shapes of `BELIEF_VERBS`' words: asked about every word of a text.
static BELIEF_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(BELIEF_VERBS.keys().copied()));

pub fn belief_verb(word: &str) -> Option<VerbForm> {
    if !BELIEF_SHAPES.may_hold(word) {
        return None;
    }
    BELIEF_VERBS.get(word).copied()
}

static QUANTITIES: LazyLock<(FastSet<&'static str>, FastSet<&'static str>)> = LazyLock::new(|| {
    let (mut heads, mut leads) = (FastSet::default(), FastSet::default());
    for (section, line) in sectioned(data_file!("quantities.txt")) {
        let set = if section == "head" { &mut heads } else { &mut leads };
        set.extend(line.split_whitespace());
    }
    (heads, leads)
});

/// Whether `word` (lower case) can end a subject that is a share of
/// people: "24 percent", "almost half", "most (of them)".
pub fn is_quantity_head(word: &str) -> bool {
    QUANTITIES.0.contains(word)
}

/// Whether `word` (lower case) can stand before such a head: "only",
/// "about", "four in".
pub fn is_quantity_lead(word: &str) -> bool {
    QUANTITIES.1.contains(word)
}

/// The nouns and their plurals. The plurals made here are leaked (built
/// once, kept for the life of the program) so that this is a set of `&str`
/// like the other word lists: a set of `String` was one more copy of the
/// hash table's code in the `.wasm`.
static SPEAKER_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut set = FastSet::default();
    for line in lines(data_file!("speaker_nouns.txt")) {
        match line.split_once('=') {
            Some((plural, _)) => {
                set.insert(plural);
            }
            None => {
                set.insert(line);
                set.insert(Box::leak(plural_of(line).into_boxed_str()));
            }
        }
    }
    set
});

fn plural_of(noun: &str) -> String {
    // concatenation, not format!: this runs for every noun when the list loads
    let (stem, ending) = if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        (stem, "ies")
    } else if let Some(stem) = noun.strip_suffix("man") {
        (stem, "men")
    } else if noun.ends_with(['s', 'x']) || noun.ends_with("ch") || noun.ends_with("sh") {
        (noun, "es")
    } else {
        (noun, "s")
    };
    crate::chars::joined(&[stem, ending], "")
}

/// Whether `word` (lower case) is a role or source noun ("official",
/// "spokeswomen", "minister").
/// The shapes of `SPEAKER_NOUNS`' words (see `fasthash::Shapes`).
static SPEAKER_NOUN_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(SPEAKER_NOUNS.iter().copied()));

pub fn is_speaker_noun(word: &str) -> bool {
    SPEAKER_NOUN_SHAPES.may_hold(word) && SPEAKER_NOUNS.contains(word) || is_age_noun(word)
}

/// "the 46-year-old said", "two 17-year-olds told police".
fn is_age_noun(word: &str) -> bool {
    let Some(age) = word.strip_suffix("-year-old").or_else(|| word.strip_suffix("-year-olds")) else { return false };
    !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit())
}

static TITLES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("titles.txt")).collect());

/// Whether `word` (lower case) is a title or honorific ("mr.", "president").
static TITLE_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(TITLES.iter().copied()));

pub fn is_title(word: &str) -> bool {
    TITLE_SHAPES.may_hold(word) && TITLES.contains(word)
}

static MODIFIERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("modifiers.txt")).collect());

/// Whether `word` (lower case) may modify a role noun ("senior", "military").
static MODIFIER_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(MODIFIERS.iter().copied()));

pub fn is_modifier(word: &str) -> bool {
    MODIFIER_SHAPES.may_hold(word) && MODIFIERS.contains(word)
}

static COMPLEMENTS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    lines(data_file!("complements.txt"))
        .filter_map(|l| l.split_once(':'))
        .map(|(prep, stems)| (prep.trim(), stems.split_whitespace().collect()))
        .collect()
});

/// Whether the speech verb `verb` (lower case) takes its content after
/// `prep`: "warned of", "spoke about", "vowed to".
pub fn takes_complement(verb: &str, prep: &str) -> bool {
    COMPLEMENTS.iter().any(|(p, stems)| *p == prep && stems.iter().any(|s| verb.starts_with(s)))
}

static FUNCTION_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("function_words.txt")).flat_map(str::split_whitespace).collect());

/// A poll as a source: "(in) the latest poll", "(in) national surveys".
pub fn is_poll_noun(word: &str) -> bool {
    matches!(word, "poll" | "polls" | "survey" | "surveys" | "polling")
}

/// A preposition, conjunction, auxiliary, pronoun or time word (lower case):
/// no part of a description before a name (see function_words.txt).
pub fn is_function_word(word: &str) -> bool {
    FUNCTION_WORDS.contains(word)
}

static NOT_SPEAKERS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("not_speakers.txt")).collect());

/// Whether `word` (lower case) is a label of page furniture ("photo",
/// "topics") rather than a speaker's name before a colon.
pub fn is_page_label(word: &str) -> bool {
    NOT_SPEAKERS.contains(word)
}

static REQUEST_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut set = FastSet::default();
    for line in lines(data_file!("request_verbs.txt")) {
        verb_forms(line, &mut |form| {
            set.insert(form);
        });
    }
    set
});

/// A verb of asking someone to do something ("urged", "asks"):
/// `request_verbs.txt`.
pub fn is_request_verb(word: &str) -> bool {
    REQUEST_VERBS.contains(word)
}

static IRREGULAR_PAST: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lines(data_file!("irregular_past.txt")).flat_map(str::split_whitespace).collect());

/// An irregular past tense ("made", "wrote"): `irregular_past.txt`.
static IRREGULAR_PAST_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(IRREGULAR_PAST.iter().copied()));

pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST_SHAPES.may_hold(word) && IRREGULAR_PAST.contains(word)
}

/// The gender a given name almost always has (`given_names.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameGender {
    Female,
    Male,
}

static GIVEN_NAMES: LazyLock<FastMap<&'static str, NameGender>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for (section, line) in sectioned(data_file!("given_names.txt")) {
        let gender = if section == "male" { NameGender::Male } else { NameGender::Female };
        for name in line.split_whitespace() {
            map.insert(name, gender);
        }
    }
    map
});

/// Whether `word` is a given name of the list: "Brian", "Adrian".
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains_key(word)
}

/// The gender of the name `full` (as written, title removed) from its
/// given name: "Elizabeth Warren" is female; a single word ("Warren")
/// could be a surname and says nothing.
pub fn gender_of_name(full: &str) -> Option<NameGender> {
    let mut words = full.split_whitespace();
    let first = words.next()?;
    words.next()?;
    GIVEN_NAMES.get(first).copied()
}

/// The gender of a one-word name that is a given name of the list: "Mary".
/// Only for a new person: "Warren" may be Elizabeth Warren's surname.
pub fn gender_of_given_name(word: &str) -> Option<NameGender> {
    GIVEN_NAMES.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form listed on two lines keeps its first line's class silently (the maps
    /// take the first entry), so a second line with another class or "!"
    /// would do nothing: each verb file lists a form once.
    #[test]
    fn a_regular_verb_stands_for_its_four_forms() {
        let forms = |line: &'static str| {
            let mut out = Vec::new();
            verb_forms(line, &mut |form| out.push(form));
            out
        };
        assert_eq!(forms("declare+"), ["declare", "declares", "declared", "declaring"]);
        assert_eq!(forms("deny+ stress+"), ["deny", "denies", "denied", "denying", "stress", "stresses", "stressed", "stressing"]);
        assert_eq!(forms("convey+ agree+"), ["convey", "conveys", "conveyed", "conveying", "agree", "agrees", "agreed", "agreeing"]);
        assert_eq!(forms("believe~ worry~"), ["believe", "believes", "believed", "worry", "worries", "worried"]);
        // an irregular verb gives its forms itself
        assert_eq!(forms("say says said saying"), ["say", "says", "said", "saying"]);
    }

    #[test]
    fn each_verb_form_is_listed_once() {
        for (name, text) in [("speech_verbs.txt", data_file!("speech_verbs.txt")), ("belief_verbs.txt", data_file!("belief_verbs.txt")), ("stance_verbs.txt", data_file!("stance_verbs.txt"))] {
            let mut seen = std::collections::HashSet::new();
            for line in lines(text).filter(|l| !l.starts_with('[')) {
                // ("read reads read": a line may give one form twice)
                let mut forms = std::collections::BTreeSet::new();
                verb_forms(line.trim_start_matches('!'), &mut |form| {
                    forms.insert(form);
                });
                for form in forms {
                    assert!(seen.insert(form), "{name} lists \"{form}\" on two lines");
                }
            }
        }
    }

    #[test]
    fn verbs_have_all_forms_and_classes() {
        assert_eq!(speech_verb("said").unwrap().class, VerbClass::Say);
        assert!(speech_verb("adding").unwrap().participle);
        assert_eq!(speech_verb("told").unwrap().class, VerbClass::Tell);
        assert_eq!(speech_verb("sighed").unwrap().class, VerbClass::Manner);
        assert!(speech_verb("table").is_none());
        assert!(speech_verb("maintains").unwrap().needs_that && !speech_verb("said").unwrap().needs_that);
    }

    #[test]
    fn speaker_nouns_with_plurals() {
        for w in ["official", "officials", "spokeswomen", "authorities", "people", "media", "ministries"] {
            assert!(is_speaker_noun(w), "{w}");
        }
        assert!(!is_speaker_noun("table"));
        // as often a verb: "Citizens for Fair Rent advocates a cap"
        assert!(is_speaker_noun("constituents") && is_speaker_noun("lobbyist"));
        assert!(!is_speaker_noun("advocates") && !is_speaker_noun("citizens"));
    }

    #[test]
    fn complements_by_preposition() {
        assert!(takes_complement("warned", "of") && takes_complement("spoke", "about") && takes_complement("vowed", "to"));
        assert!(!takes_complement("said", "of"));
    }

    #[test]
    fn request_verbs_have_all_forms() {
        assert!(is_request_verb("urged") && is_request_verb("asking") && is_request_verb("tells"));
        assert!(!is_request_verb("said") && !is_request_verb("call"));
    }

    #[test]
    fn titles() {
        assert!(is_title("mr.") && is_title("president") && is_title("ayatollah"));
        assert!(!is_title("said"));
    }
}

