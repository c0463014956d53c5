//! Speaker noun phrases next to a speech cue: the words that name who
//! speaks, split into title and name.
//!
//! Recognised shapes (each returns the phrase's token range):
//! - pronouns: "he said", "said she"
//! - names with titles and roles: "Iranian Foreign Minister Abbas Araghchi",
//!   "longtime Democratic pollster Pat Caddell", "Sen. Ted Cruz"
//! - descriptions: "a senior US official", "US officials", "Israeli media",
//!   "two people familiar with the talks", "the minister"
//! - organisations: "the US Navy", "The New York Post"

use crate::chars::Lower;
use crate::lexicon::{is_function_word, is_modifier, is_speaker_noun, is_title};
use crate::tokens::{Token, TokenKind};
use crate::fasthash::FastSet;
use std::cell::Cell;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
    /// "who": the name or description just before it.
    Who,
    /// "I" outside quotes: the writer or a first-person narrator.
    I,
    /// "we": refers to the speaker in context.
    Other,
}

/// What a phrase names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhraseKind {
    Pronoun(Pronoun),
    /// A proper name, possibly after a title: `name` is the name's byte range.
    Name { name: Range<usize>, org: bool },
    /// A description with a role or source noun as head.
    Description { definite: bool, plural: bool, head: String },
}

/// A speaker phrase: tokens `toks`, bytes `span`, and its title if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    pub toks: Range<usize>,
    pub span: Range<usize>,
    pub kind: PhraseKind,
    pub title: Option<Range<usize>>,
}

/// Tokens of a stretch of text with their lower-case forms (computed once).
pub struct Words<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Each token's lower-case form: a stretch of `buf`, which holds every
    /// token in lower case one after the other (one allocation for the
    /// whole stretch of text, not one per word). `lower` is asked about ten
    /// times per token; one slice of one string is cheaper than choosing
    /// between the text and a buffer each time (it was 5% of the
    /// instructions of the news text, the token copy and two slices).
    lowers: Vec<(usize, usize)>,
    buf: String,
    /// What each token was found to be, two bits per [`Ask`] (asked,
    /// answer). The phrase rules ask the same few tokens the same questions
    /// many times over (`starting_at` is tried at every word of a sentence
    /// and walks right, `ending_at` walks left again, each step asking the
    /// word lists about the same words): a hash lookup, a lower-case copy
    /// (`is_nationality`) or five suffix tests (`is_name_word`) are done
    /// once per token this way. Callgrind, seed article: about a fifth of
    /// the instructions of `attribution::paragraph`.
    memo: Vec<Cell<u16>>,
}

/// The questions [`Words`] remembers the answers to, per token.
#[derive(Clone, Copy)]
enum Ask {
    NameWord,
    SpeakerNoun,
    Title,
    Modifier,
    Nationality,
    OrgWord,
    Determiner,
}

/// Words that open a description ("that" is left out: "said that mediators
/// had failed" is a clause, not "that mediators").
/// Words that open a phrase after a description and still belong to it:
/// "people familiar with the talks", "one Republican involved in the
/// planning", "an official speaking on condition of anonymity".
const POSTMODIFIERS: &[&str] = &["familiar", "close", "briefed", "knowledgeable", "involved", "speaking"];

const DETERMINERS: &[&str] = &["a", "an", "the", "another", "one", "two", "three", "four", "five", "several", "some", "many", "other", "both", "his", "her", "their", "its", "our", "this", "these", "those", "few", "most", "all"];
const INDEFINITE: &[&str] = &["a", "an", "another", "one", "two", "three", "four", "five", "several", "some", "many", "few", "most", "all", "both", "other"];
/// Capitalised words that start sentences without naming anyone.
const CAPITAL_FUNCTION_WORDS: &[&str] = &["The", "A", "An", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "As", "After", "Before", "Since", "Then", "Now", "Still", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You", "There", "Here", "Meanwhile", "However", "Although", "Though", "Because", "Asked", "Speaking", "According", "Despite", "With", "Without", "By", "From", "To", "Of", "Also", "Later", "Earlier", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Last", "Next", "Some", "Many", "Most", "Other", "Both", "All", "One", "Two", "Yes", "No", "Not", "Even", "Only", "Just", "What", "Who", "Why", "How", "Where", "Which", "Our", "My", "Your", "His", "Her", "Their", "Its", "Unless", "Until", "Once", "Whether", "Neither", "Either", "Every", "Each", "Another", "Such", "Instead", "Under", "Over", "Among", "Within", "Against", "About", "Around", "Through", "During", "Nor", "Whatever", "Whenever", "Wherever", "Please", "Thank", "Thanks", "Dear", "Hello", "Sorry", "Oh", "Well", "Nobody", "Everybody", "Somebody", "Anybody", "Everyone", "Someone", "Anyone", "None", "Nothing", "Everything", "Something", "Thus", "Hence", "Indeed", "Moreover", "Furthermore", "Therefore", "Nevertheless", "Nonetheless", "Otherwise", "Based", "Given",
    // sentence adverbs, so that "Certainly Margaret was impulsive" names Margaret
    "Certainly", "Sometimes", "Suddenly", "Perhaps", "Surely", "Presently", "Afterwards", "Besides", "Finally", "Again", "Really", "Clearly", "Probably", "Fortunately", "Unfortunately", "Actually", "Obviously", "Apparently", "Naturally", "Usually", "Often", "Never", "Always", "Already"];
/// The same words, hashed: `is_name_word` asks for every capitalised word.
static CAPITAL_FUNCTION_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| CAPITAL_FUNCTION_WORDS.iter().copied().collect());
/// `ORG_WORDS`, hashed.
static ORG_SET: LazyLock<FastSet<&'static str>> = LazyLock::new(|| ORG_WORDS.iter().copied().collect());
const NAME_PARTICLES: &[&str] = &["de", "van", "von", "bin", "al", "da", "di", "la", "le", "du", "del", "der", "den", "ibn", "dos", "das", "y"];
const ORG_WORDS: &[&str] = &["Navy", "Army", "House", "Department", "Ministry", "Post", "Times", "News", "Party", "Campaign", "Committee", "Council", "Agency", "Police", "Inc.", "Corp.", "Union", "University", "Commission", "Court", "Office", "Bureau", "Pentagon", "Kremlin", "Journal", "Press", "Reuters", "Group", "Association", "Institute", "Foundation", "Service", "Guard", "Force", "Forces", "Command", "Senate", "Congress", "Parliament", "Government", "Administration", "Bank", "Fund", "Organization", "Organisation", "Network", "Media", "Company", "Co.", "Club", "Federation", "Alliance", "Board", "Authority", "Tribune", "Herald", "Telegraph", "Guardian", "Gazette", "Daily", "Radio", "TV", "Television", "Channel", "Magazine", "Center", "Centre", "Coalition", "Movement", "Front", "Council", "Secretariat", "Cabinet", "Embassy", "Mission", "Hospital", "School", "College", "Chamber", "Chambers", "Confederation", "League", "Society", "Trust", "Council"];

impl<'a> Words<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Words<'a> {
        let span = toks.first().map_or(0, |f| toks.last().map_or(f.start, |l| l.end) - f.start);
        let mut buf = String::with_capacity(span);
        let lowers = toks
            .iter()
            .map(|t| {
                let word = &text[t.start..t.end];
                let from = buf.len();
                if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    buf.push_str(word);
                } else {
                    push_lower(word, &mut buf);
                }
                (from, buf.len())
            })
            .collect();
        Words { text, toks, lowers, buf, memo: vec![Cell::new(0); toks.len()] }
    }

    /// `answer(self)`, the answer about token `i` to `ask`, computed once
    /// (past the last token: every time, as there is no slot for it).
    fn remember(&self, i: usize, ask: Ask, answer: impl FnOnce(&Self) -> bool) -> bool {
        let Some(cell) = self.memo.get(i) else { return answer(self) };
        let asked = 1u16 << (2 * ask as u16);
        let bits = cell.get();
        if bits & asked != 0 {
            return bits & (asked << 1) != 0;
        }
        let yes = answer(self);
        cell.set(bits | asked | if yes { asked << 1 } else { 0 });
        yes
    }

    /// `is_speaker_noun` of token `i` in lower case.
    fn speaker_noun(&self, i: usize) -> bool {
        self.remember(i, Ask::SpeakerNoun, |w| is_speaker_noun(w.lower(i)))
    }

    /// `is_title` of token `i` in lower case.
    fn title(&self, i: usize) -> bool {
        self.remember(i, Ask::Title, |w| is_title(w.lower(i)))
    }

    /// `is_modifier` of token `i` in lower case.
    fn modifier(&self, i: usize) -> bool {
        self.remember(i, Ask::Modifier, |w| is_modifier(w.lower(i)))
    }

    /// Token `i` is one of `ORG_WORDS` (hashed: a linear search of the 90
    /// words was most of what `split_name` cost).
    fn org_word(&self, i: usize) -> bool {
        self.remember(i, Ask::OrgWord, |w| ORG_SET.contains(w.word(i)))
    }

    /// Token `i` in lower case is one of `DETERMINERS`.
    fn determiner(&self, i: usize) -> bool {
        self.remember(i, Ask::Determiner, |w| DETERMINERS.contains(&w.lower(i)))
    }

    /// `is_nationality` of token `i`.
    fn nationality(&self, i: usize) -> bool {
        self.remember(i, Ask::Nationality, |w| is_nationality(w.word(i)))
    }

    pub fn word(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// The token in lower case, with ’ as '.
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lowers[i];
        &self.buf[a..b]
    }

    pub fn is_capital(&self, i: usize) -> bool {
        self.is_word(i) && self.word(i).chars().next().is_some_and(|c| c.is_uppercase())
    }

    fn is_possessive(&self, i: usize) -> bool {
        let w = self.word(i);
        w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
    }

    /// A capitalised word that can be part of a name (not "I'd", "We'll").
    pub fn is_name_word(&self, i: usize) -> bool {
        self.remember(i, Ask::NameWord, |w| w.is_name_word_uncached(i))
    }

    fn is_name_word_uncached(&self, i: usize) -> bool {
        // is_capital first: it also answers false past the last token
        if !self.is_capital(i) {
            return false;
        }
        let contraction = ["'d", "'ll", "'ve", "'re", "'m", "n't"].iter().any(|c| self.lower(i).ends_with(c));
        // "Twenty-two years ago, a Times article hailed …": a number word
        // opening a sentence is no name
        !CAPITAL_FUNCTION_SET.contains(self.word(i)) && !self.is_possessive(i) && !contraction && !self.opens_participle_clause(i) && !crate::lexicon::is_number_word(self.lower(i)) && !self.is_capitals_function_word(i)
    }

    /// A function word in capitals, as in a heading: "CONGRESS HAS
    /// INVESTIGATED HIM" holds no name "HAS … HIM". Not "US" (the country),
    /// "WHO" (the health organisation) or "IT" (the trade).
    fn is_capitals_function_word(&self, i: usize) -> bool {
        let word = self.word(i);
        word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(word, "US" | "WHO" | "IT") && crate::lexicon::is_function_word(self.lower(i))
    }

    /// A capitalised participle that opens a clause is no name: "Having
    /// greeted Mrs. Quill, he sat down", "Turning to the window, she
    /// said". "Manning said" and "Tom Manning, the coach" keep theirs: the
    /// word after must be a function word ("Having" and "Being" take a
    /// lower-case word of any kind), and no capital word may stand before.
    fn opens_participle_clause(&self, i: usize) -> bool {
        let word = self.lower(i);
        if word.len() < 6 || !word.ends_with("ing") || i > 0 && self.is_capital(i - 1) || !self.is_word(i + 1) || self.is_capital(i + 1) {
            return false;
        }
        matches!(word, "having" | "being")
            || matches!(
                self.lower(i + 1),
                "to" | "at" | "the" | "a" | "an" | "his" | "her" | "their" | "my" | "him" | "them" | "me" | "it" | "up" | "down" | "out" | "into" | "from" | "back" | "over" | "round" | "around" | "across" | "through" | "with" | "for" | "on" | "in" | "about" | "away" | "towards" | "toward"
            )
    }

    fn span(&self, toks: Range<usize>) -> Range<usize> {
        self.toks[toks.start].start..self.toks[toks.end - 1].end
    }

    fn phrase(&self, toks: Range<usize>, kind: PhraseKind, title: Option<Range<usize>>) -> Phrase {
        Phrase { span: self.span(toks.clone()), toks, kind, title: title.map(|t| self.span(t)) }
    }

    pub fn pronoun(&self, i: usize) -> Option<Pronoun> {
        let lower = self.lower(i);
        // "He’s claiming that …": the contraction keeps the pronoun
        match lower.strip_suffix("'s").unwrap_or(lower) {
            "he" => Some(Pronoun::He),
            "she" => Some(Pronoun::She),
            "they" => Some(Pronoun::They),
            "it" => Some(Pronoun::It),
            "who" => Some(Pronoun::Who),
            "i" => Some(Pronoun::I),
            "we" => Some(Pronoun::Other),
            _ => None,
        }
    }

    /// The speaker phrase whose last token is `i` ("…Abbas Araghchi| said").
    pub fn ending_at(&self, i: usize) -> Option<Phrase> {
        if !self.is_word(i) {
            return None;
        }
        if self.word(i).ends_with("’s") || self.word(i).ends_with("'s") {
            // only "he’s"/"she’s" may stand before a verb; "Trump’s" is a possessive
            return self.pronoun(i).map(|p| self.phrase(i..i + 1, PhraseKind::Pronoun(p), None));
        }
        if let Some(p) = self.pronoun(i) {
            return Some(self.phrase(i..i + 1, PhraseKind::Pronoun(p), None));
        }
        // "Analysts said": a capitalised role noun alone opens a sentence
        let lone_capital_noun = self.speaker_noun(i) && !(i > 0 && self.is_name_word(i - 1));
        if lone_capital_noun && self.is_capital(i) {
            return self.description_ending_at(i);
        }
        if self.is_name_word(i) || self.is_capital(i) && self.word(i).ends_with('.') {
            return self.name_ending_at(i, 4);
        }
        if let Some(p) = self.postmodified_ending_at(i) {
            return Some(p);
        }
        self.description_ending_at(i)
    }

    /// The named possessor "Donald Trump’s" ending at `i`, as in "Donald
    /// Trump’s claim that …" (the entity drops the "’s").
    pub fn possessor_ending_at(&self, i: usize) -> Option<Phrase> {
        if !self.is_possessive(i) || !self.is_capital(i) || self.pronoun(i).is_some() || CAPITAL_FUNCTION_SET.contains(self.word(i)) {
            return None;
        }
        let mut s = i;
        while s > 0 && (self.is_name_word(s - 1) || self.is_particle_in_name(s - 1)) {
            s -= 1;
        }
        self.split_name(s, i + 1)
    }

    /// "Iranian Foreign Minister Abbas Araghchi", "the US Navy" ending at `i`.
    /// (`places`: how many "of"/"from" places the person may still be
    /// read through, "Céline Marchand of Veloria"; a bound, not a
    /// recursion as deep as "Ruiz of Ava of Ava …" is long, which
    /// overflowed the stack.)
    fn name_ending_at(&self, i: usize, places: usize) -> Option<Phrase> {
        let mut s = i;
        loop {
            while s > 0 && (self.is_name_word(s - 1) || self.is_particle_in_name(s - 1)) {
                s -= 1;
            }
            // "the Institute for Economic Research", "Chamber of Commerce";
            // not "Céline Marchand of Veloria" (a person of a place)
            // and a title's "of": "Secretary of State John Kerry"
            let of_title = s >= 2 && self.word(s - 1) == "of" && self.is_capital(s - 2) && (self.title(s - 2) || self.speaker_noun(s - 2));
            let joiner = s >= 2 && matches!(self.word(s - 1), "of" | "for" | "&") && self.is_name_word(s - 2) && self.org_word(s - 2);
            if !joiner && !of_title {
                break;
            }
            s -= 2;
        }
        while s < i && self.is_particle_in_name(s) {
            s += 1;
        }
        // "Céline Marchand of Veloria": a person of a place is the person
        if places > 0 && s >= 2 && matches!(self.word(s - 1), "of" | "from") && self.is_name_word(s - 2) {
            if let Some(person) = self.name_ending_at(s - 2, places - 1).filter(|p| matches!(p.kind, PhraseKind::Name { org: false, .. })) {
                return Some(self.phrase(person.toks.start..i + 1, person.kind, person.title.map(|t| self.toks_of(t))));
            }
        }
        self.split_name(s, i + 1)
    }

    /// Token range covering the byte range `r`.
    fn toks_of(&self, r: Range<usize>) -> Range<usize> {
        let s = self.toks.partition_point(|t| t.start < r.start);
        let e = self.toks.partition_point(|t| t.end <= r.end);
        s..e.max(s)
    }

    fn is_particle_in_name(&self, i: usize) -> bool {
        self.is_word(i) && NAME_PARTICLES.contains(&self.word(i)) && i > 0 && self.is_name_word(i - 1) && self.is_name_word(i + 1)
    }

    /// Splits capitalised words `s..e` into title and name, and extends the
    /// title to the left over roles ("longtime Democratic pollster").
    fn split_name(&self, s: usize, e: usize) -> Option<Phrase> {
        let role = |k: usize| self.title(k) || self.speaker_noun(k);
        let mut name_start = s;
        while name_start < e - 1 && (role(name_start) || self.nationality(name_start)) {
            name_start += 1;
        }
        // "Harbour Minister Ines Valdmaa", "Local MP Gwen Tarrant": the name
        // starts after the last role word, if two words or more remain
        if let Some(last_role) = (name_start..e.saturating_sub(2)).rev().find(|&k| role(k) && !matches!(self.word(k), "of" | "for")) {
            name_start = last_role + 1;
        }
        // "Secretary of State John Kerry", "Minister of Finance Ana Ruiz":
        // the title runs on over "of" and its domain, up to a given name or
        // else the last two words; with one word after "of" there is no
        // person ("the Department of Defense" is the whole name)
        let (mut whole, mut of_title) = (false, false);
        if name_start > s && matches!(self.word(name_start), "of" | "for") {
            let domain = name_start + 1;
            if e - domain <= 1 {
                name_start = s;
                whole = true;
            } else {
                let given = (domain + 1..e - 1).find(|&k| crate::lexicon::is_given_name(self.word(k)));
                name_start = given.unwrap_or(if e - domain >= 3 { e - 2 } else { e - 1 });
                of_title = true;
            }
        }
        let the = s > 0 && self.lower(s - 1) == "the";
        let org = whole || the || (name_start..e).any(|k| self.org_word(k));
        if org {
            name_start = s; // "the US Navy": "US" is part of the name
        }
        if name_start == e - 1 && self.title(name_start) && !org {
            // "the President said": a role, not a name
            return self.description_ending_at(e - 1);
        }
        let mut title_start = if org { name_start } else if of_title { self.extend_title_left(s) } else { self.extend_title_left(name_start) };
        if org && the {
            title_start = s - 1;
        }
        let title = (title_start < name_start && !org).then_some(title_start..name_start);
        let start = title_start.min(s);
        let kind = PhraseKind::Name { name: self.span(name_start..e), org };
        Some(self.phrase(start..e, kind, title))
    }

    /// Role words before a name: capitalised words, roles, modifiers.
    fn extend_title_left(&self, name_start: usize) -> usize {
        let mut t = name_start;
        while t > 0 && name_start - t < 7 && self.is_word(t - 1) {
            let role = self.title(t - 1) || self.speaker_noun(t - 1) || self.modifier(t - 1) || self.nationality(t - 1);
            let capital = self.is_name_word(t - 1);
            if !(role || capital && t < name_start) || self.determiner(t - 1) {
                break;
            }
            t -= 1;
        }
        // a title must end in a role word: "military intelligence chief"
        if t < name_start {
            if !(self.title(name_start - 1) || self.speaker_noun(name_start - 1)) {
                return name_start;
            }
            while t < name_start && self.is_name_word(t) && !self.title(t) && !self.nationality(t) && !self.speaker_noun(t) && t + 1 < name_start && !self.is_name_word(t + 1) {
                t += 1;
            }
        }
        t
    }

    /// "The clip says", "the ad says": a determiner and any common noun
    /// right before a speech verb; whatever speaks there is a source.
    pub fn any_noun_description(&self, i: usize) -> Option<Phrase> {
        let word = self.word(i);
        // "the ad says" is the one two-letter noun that speaks
        if i == 0 || !self.is_word(i) || !word.chars().all(|c| c.is_lowercase()) || word.len() < 3 && word != "ad" || word.ends_with("ly") {
            return None;
        }
        let det = self.lower(i - 1);
        // "her opening remarks that …", "his recent claims": after a
        // possessive, an -ing word or an adjective of time opens a noun
        // phrase whose noun is the cue word itself, and names no speaker
        let possessive = matches!(det, "his" | "her" | "their" | "its");
        if possessive && (word.ends_with("ing") || matches!(word, "recent" | "latest" | "earlier" | "initial" | "first" | "final" | "previous" | "own" | "public" | "private" | "prepared" | "formal" | "past" | "new" | "last")) {
            return None;
        }
        matches!(det, "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its").then(|| self.description(i - 1..i + 1, i))
    }

    /// The words `toks` as a description whose head is the last word.
    pub fn loose_description(&self, toks: Range<usize>) -> Phrase {
        let head = toks.end - 1;
        self.description(toks, head)
    }

    /// A description whose head is not its last word: "the gentleman in
    /// the white waistcoat" (head "gentleman").
    pub fn description_with_head(&self, toks: Range<usize>, head: usize) -> Phrase {
        self.description(toks, head)
    }

    /// "a senior US official", "Israeli media", "the source" ending at `i`.
    fn description_ending_at(&self, i: usize) -> Option<Phrase> {
        if !self.speaker_noun(i) {
            return None;
        }
        let mut s = i;
        while s > 0 && i - s < 6 && self.is_word(s - 1) {
            let w = self.lower(s - 1);
            if self.determiner(s - 1) {
                s -= 1;
                break;
            }
            let modifier = self.modifier(s - 1) || self.speaker_noun(s - 1) || self.nationality(s - 1) || self.is_acronym(s - 1) || self.is_possessive(s - 1);
            // one free adjective after a determiner: "Iran’s supreme leader"
            let free_adjective = s == i && is_plain_adjective(w) && s >= 2 && (self.determiner(s - 2) || self.is_possessive(s - 2));
            if !modifier && !free_adjective {
                // "the former Florida governor", "the Ohio senator": places
                // inside a description, when a determiner opens it
                if let Some(det) = self.determiner_over_capitals(s, i) {
                    s = det;
                }
                break;
            }
            s -= 1;
        }
        Some(self.description(s..i + 1, i))
    }

    /// The determiner before capitalised words and modifiers that end at
    /// `s` (exclusive), at most six words back from `head`, if any.
    fn determiner_over_capitals(&self, s: usize, head: usize) -> Option<usize> {
        let mut k = s;
        let mut capitals = 0;
        while k > 0 && head - k < 6 && self.is_word(k - 1) {
            let w = self.lower(k - 1);
            if self.determiner(k - 1) {
                return (capitals > 0 && w != "a" && w != "an").then_some(k - 1);
            }
            if self.is_name_word(k - 1) {
                capitals += 1;
            } else if !self.modifier(k - 1) && !self.speaker_noun(k - 1) {
                return None;
            }
            k -= 1;
        }
        None
    }

    fn description(&self, toks: Range<usize>, head_at: usize) -> Phrase {
        let first = self.lower(toks.start);
        let head = self.lower(head_at);
        let definite = matches!(first, "the" | "this" | "that" | "his" | "her" | "their" | "its" | "our");
        let plural = is_plural(head) && !INDEFINITE.contains(&first) || ["two", "three", "four", "five", "several", "some", "many", "few", "both", "all"].contains(&first) || is_plural(head);
        self.phrase(toks, PhraseKind::Description { definite, plural, head: head.to_string() }, None)
    }

    fn is_acronym(&self, i: usize) -> bool {
        let w = self.word(i);
        w.len() >= 2 && w.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
    }

    /// "people familiar with the talks| said": a description followed by
    /// "familiar with", "close to", "briefed on" and a few words.
    fn postmodified_ending_at(&self, i: usize) -> Option<Phrase> {
        let lo = i.saturating_sub(9);
        for k in (lo..i).rev() {
            let w = self.lower(k);
            if POSTMODIFIERS.contains(&w) && k > 0 {
                let head = self.description_ending_at(k - 1)?;
                return Some(self.phrase(head.toks.start..i + 1, head.kind, None));
            }
            // "a former trustee of the centre", "a spokesman for the ministry"
            if matches!(w, "of" | "for" | "at" | "from" | "with" | "in") && k > 0 && i - k <= 6 {
                if let Some(head) = self.description_ending_at(k - 1) {
                    return Some(self.phrase(head.toks.start..i + 1, head.kind, None));
                }
            }
            if !self.is_word(k) {
                return None;
            }
        }
        None
    }

    /// A word that can be the verb after a subject: "called", "calls", "is".
    pub fn looks_finite(&self, k: usize) -> bool {
        if !self.is_word(k) {
            return false;
        }
        let word = self.lower(k);
        if !self.word(k).chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        crate::lexicon::speech_verb(word).is_some_and(|f| !f.participle)
            || crate::lexicon::is_irregular_past(word)
            || word.ends_with("ed") && word.len() > 3
            || word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && word.len() > 3
            || matches!(word, "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "may" | "might" | "should" | "must" | "put" | "set" | "let" | "also" | "then" | "now" | "did" | "does")
    }

    /// The speaker phrase starting at `i` ("said| a senior US official").
    pub fn starting_at(&self, i: usize) -> Option<Phrase> {
        if !self.is_word(i) {
            return None;
        }
        if let Some(p) = self.pronoun(i) {
            return (!matches!(p, Pronoun::Other | Pronoun::Who)).then(|| self.phrase(i..i + 1, PhraseKind::Pronoun(p), None));
        }
        // walk right over determiners, modifiers, titles and capitalised words
        let mut e = i;
        let mut last_head = None;
        while e < self.toks.len() && e - i < 10 && self.is_word(e) {
            let w = self.lower(e);
            let capital = self.is_name_word(e) || self.is_capital(e) && w.ends_with('.');
            // "one well-connected Democrat", "a retired general", "one
            // district GOP leader" (a capitalised word may stand between);
            // not the verb in "Cruz urged Republicans", "the aide rallied
            // supporters". Tested in this order: the cheap tests first.
            let role_at = |k: usize| self.is_word(k) && self.speaker_noun(k);
            let adjective_before_role = e > i
                && is_plain_adjective(w)
                && (role_at(e + 1) || self.is_capital(e + 1) && role_at(e + 2))
                && !(self.looks_finite(e) && !w.contains('-') && !self.determiner(e - 1));
            // "said undecided Republican voter Ana Ruiz": a first adjective
            // before a party or nationality and a role
            let party_role = e == i && is_plain_adjective(w) && self.is_word(e + 1) && (is_group_adjective(self.word(e + 1)) || self.nationality(e + 1)) && role_at(e + 2);
            // "said 9/11 widow Terry Strada", "said 25-year-old student Ana Ruiz"
            let number = e == i && w.chars().next().is_some_and(|c| c.is_ascii_digit());
            // "Air Force 1st Lt. Tyler Livingston"
            let ordinal = w.len() >= 3 && w.starts_with(|c: char| c.is_ascii_digit()) && ["st", "nd", "rd", "th"].iter().any(|x| w.ends_with(x));
            let ok = number || ordinal || adjective_before_role || party_role || (e == i && self.determiner(e)) || self.modifier(e) || self.speaker_noun(e) || self.title(e) || capital || self.is_particle_in_name(e) || self.nationality(e) || self.is_possessive(e);
            if !ok {
                // "said election lawyer Joe Birkenstock", "said retired
                // neurosurgeon Ben Carson": a role our lexicon lacks, read
                // as one only before a full name
                match last_head.is_none().then(|| self.unknown_role_before_name(e)).flatten() {
                    Some(name) => {
                        e = name;
                        continue;
                    }
                    None => break,
                }
            }
            if capital || self.speaker_noun(e) {
                last_head = Some(e);
            }
            e += 1;
        }
        let end = last_head?;
        let mut phrase = self.ending_at(end)?;
        if phrase.toks.start < i {
            phrase = self.clip_start(phrase, i)?;
        }
        // "said two people familiar with the talks"
        if let PhraseKind::Description { .. } = phrase.kind {
            if let Some(k) = (end + 1..(end + 2).min(self.toks.len())).find(|&k| POSTMODIFIERS.contains(&self.lower(k))) {
                let stop = (k..self.toks.len().min(k + 8)).take_while(|&j| self.is_word(j)).last().unwrap_or(k);
                phrase = self.phrase(phrase.toks.start..stop + 1, phrase.kind, None);
            }
        }
        Some(phrase)
    }

    /// Where a full name starts after one to three lower-case words that
    /// may be an unknown role ("election lawyer", "retired neurosurgeon"):
    /// no function words, no adverbs in -ly, the last not a plural ("warned
    /// voters Hillary Clinton would …" names a listener, not a role), and
    /// at least two name words after them.
    fn unknown_role_before_name(&self, e: usize) -> Option<usize> {
        let name = (e..e + 4).find(|&k| !self.is_word(k) || !self.word(k).starts_with(char::is_lowercase))?;
        let role_words = e..name;
        let plain = |k: usize| {
            let w = self.lower(k);
            w.len() > 2 && is_plain_adjective(w) && !is_function_word(w) && !w.ends_with("ly")
        };
        (!role_words.is_empty()
            && role_words.clone().all(plain)
            && !is_plural(self.lower(name - 1))
            && self.is_name_word(name)
            && self.is_name_word(name + 1))
        .then_some(name)
    }

    fn clip_start(&self, p: Phrase, i: usize) -> Option<Phrase> {
        if p.toks.end <= i {
            return None;
        }
        // `p.title` is already a byte span: it is kept as it is, not
        // converted again as `phrase` converts a token range.
        let title = p.title.clone().filter(|t| t.start >= self.toks[i].start);
        Some(Phrase { span: self.span(i..p.toks.end), toks: i..p.toks.end, kind: p.kind, title })
    }
}

/// A lower-case word, hyphenated or not, that may be an adjective before a
/// role noun: "senior", "well-connected" ("one well-connected Democrat").
fn is_plain_adjective(word: &str) -> bool {
    !word.starts_with('-') && !word.ends_with('-') && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Appends `word` in lower case with ’ as ' to `buf`.
fn push_lower(word: &str, buf: &mut String) {
    if word.is_ascii() {
        let from = buf.len();
        buf.push_str(word);
        buf[from..].make_ascii_lowercase();
        return;
    }
    crate::chars::push_lower_chars(word, buf, |c| if c == '’' { '\'' } else { c });
}

/// A party adjective, which stands before a noun but not alone as a
/// subject: "32% of Republican claims", "Democratic voters". (Nationality
/// words are left out: their suffix test also matches surnames such as
/// "Giuliani".)
pub fn is_group_adjective(word: &str) -> bool {
    matches!(word, "Democratic" | "Republican")
}

/// "Iranian", "Israeli", "American", "Chinese", "British", "US", "U.S.".
pub fn is_nationality(word: &str) -> bool {
    let capital = word.chars().next().is_some_and(|c| c.is_uppercase());
    if !capital {
        return false;
    }
    // "Brian", "Julian" end like "Canadian" but are given names
    if crate::lexicon::is_given_name(word) {
        return false;
    }
    let lower = word.to_lower();
    matches!(lower.as_str(), "us" | "u.s." | "uk" | "u.k." | "eu" | "un" | "u.n." | "nato")
        || (word.len() > 4 && (lower.ends_with("ian") || lower.ends_with("ese") || lower.ends_with("ish") || lower.ends_with("ean") || lower.ends_with("can") || lower.ends_with("eli") || lower.ends_with("stani") || lower.ends_with("ani")))
        || matches!(lower.as_str(), "israeli" | "iraqi" | "saudi" | "qatari" | "yemeni" | "kuwaiti" | "thai" | "greek" | "french" | "dutch" | "swiss" | "western" | "eastern" | "arab" | "gulf" | "democratic" | "republican" | "federal" | "foreign" | "senior")
}

fn is_plural(head: &str) -> bool {
    (head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us")) || matches!(head, "people" | "media" | "men" | "women" | "police" | "staff" | "spokespeople")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn before(text: &str, cue: &str) -> (String, Option<String>, String) {
        let toks = tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let i = toks.iter().position(|t| &text[t.range()] == cue).unwrap();
        let p = w.ending_at(i - 1).expect("a phrase");
        describe(text, &p)
    }

    fn after(text: &str, cue: &str) -> (String, Option<String>, String) {
        let toks = tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let i = toks.iter().position(|t| &text[t.range()] == cue).unwrap();
        let p = w.starting_at(i + 1).expect("a phrase");
        describe(text, &p)
    }

    fn describe(text: &str, p: &Phrase) -> (String, Option<String>, String) {
        let name = match &p.kind {
            PhraseKind::Name { name, .. } => text[name.clone()].to_string(),
            PhraseKind::Description { head, .. } => format!("({head})"),
            PhraseKind::Pronoun(pr) => format!("{pr:?}"),
        };
        (text[p.span.clone()].to_string(), p.title.clone().map(|t| text[t].to_string()), name)
    }

    fn s(a: &str, b: Option<&str>, c: &str) -> (String, Option<String>, String) {
        (a.to_string(), b.map(str::to_string), c.to_string())
    }

    #[test]
    fn a_participle_opening_a_clause_is_no_name() {
        let text = "Having greeted Ona, Turning to Ren, Manning said, Tom Manning to";
        let toks = crate::tokens::tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let name_words: Vec<&str> = (0..toks.len()).filter(|&k| w.is_name_word(k)).map(|k| w.word(k)).collect();
        assert_eq!(name_words, ["Ona", "Ren", "Manning", "Tom", "Manning"]);
        let text = "Twenty-two years ago Seven Ruiz spoke";
        let toks = crate::tokens::tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let name_words: Vec<&str> = (0..toks.len()).filter(|&k| w.is_name_word(k)).map(|k| w.word(k)).collect();
        assert_eq!(name_words, ["Ruiz"]);
        // a heading in capitals: its function words are no names
        let text = "COUNCIL HAS QUESTIONED HIM ON US TRADE";
        let toks = crate::tokens::tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let name_words: Vec<&str> = (0..toks.len()).filter(|&k| w.is_name_word(k)).map(|k| w.word(k)).collect();
        assert_eq!(name_words, ["COUNCIL", "QUESTIONED", "US", "TRADE"]);
        // an imperative's "Don't" is no name: "Don't blame Bush."
        let text = "Don't blame Ruiz. Don’t blame O'Neil.";
        let toks = crate::tokens::tokenize(text, 0..text.len());
        let w = Words::new(text, &toks);
        let name_words: Vec<&str> = (0..toks.len()).filter(|&k| w.is_name_word(k)).map(|k| w.word(k)).collect();
        assert_eq!(name_words, ["Ruiz", "O'Neil"]);
    }

    #[test]
    fn a_sentence_adverb_is_no_part_of_a_name() {
        // "Perhaps Mr. Osei" was one name, and "Certainly Margaret" another
        let speakers = crate::test_support::direct_speakers("Perhaps Mr. Osei knew it. “No,” he said.");
        assert_eq!(speakers, [Some("Osei".to_string())]);
        // a given name alone after the adverb is a mention a pronoun can find
        let speakers = crate::test_support::direct_speakers("Ruiz was reading Imaginary Conversations. Certainly Margaret was impulsive. Running downstairs, she cried: “Yes, I have changed my mind.”");
        assert_eq!(speakers, [Some("Margaret".to_string())]);
    }

    #[test]
    fn who_the_people_are_is_part_of_their_description() {
        let doc = crate::annotate("The plan is an insult, top black lawmakers said. Rural voters said it was fine.", &crate::Options::default());
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["top black lawmakers", "Rural voters"]);
    }

    #[test]
    fn given_names_are_not_nationalities() {
        assert!(is_nationality("Canadian") && is_nationality("Italian"));
        assert!(!is_nationality("Brian") && !is_nationality("Julian"));
        let speakers = crate::test_support::direct_speakers("“No,” said spokesman Brian Okafor. “Yes,” said Canadian official Ana Ruiz.");
        assert_eq!(speakers, [Some("Brian Okafor".to_string()), Some("Ana Ruiz".to_string())]);
    }

    /// A capitalised word, then a role, then the name: the role must be in
    /// the lexicon (`speaker_nouns.txt`), since a capital word ends the
    /// search for an unknown role.
    #[test]
    fn a_place_or_party_before_a_role_before_a_name() {
        let speakers = crate::test_support::direct_speakers("“No,” said Ohio constituent Ida Varga. “Yes,” said Senate challenger Ben Odum.");
        assert_eq!(speakers, [Some("Ida Varga".to_string()), Some("Ben Odum".to_string())]);
        // a title abbreviation keeps its dot and the sentence ("Del." is a delegate)
        let speakers = crate::test_support::direct_speakers("“No,” said state Del. Ida Varga. “Yes,” Atty. Ben Odum said.");
        assert_eq!(speakers, [Some("Ida Varga".to_string()), Some("Ben Odum".to_string())]);
    }

    #[test]
    fn names_with_titles_before_the_cue() {
        assert_eq!(before("Iranian Foreign Minister Abbas Araghchi said", "said"), s("Iranian Foreign Minister Abbas Araghchi", Some("Iranian Foreign Minister"), "Abbas Araghchi"));
        assert_eq!(before("Former Israeli military intelligence chief Amos Yadlin warned", "warned"), s("Former Israeli military intelligence chief Amos Yadlin", Some("Former Israeli military intelligence chief"), "Amos Yadlin"));
        assert_eq!(before("In 2019, longtime Democratic pollster Pat Caddell told", "told"), s("longtime Democratic pollster Pat Caddell", Some("longtime Democratic pollster"), "Pat Caddell"));
        // a department's field in lower case: "affairs", "border"
        assert_eq!(before("Algerian foreign affairs ministry spokesman Ana Ruiz said", "said"), s("Algerian foreign affairs ministry spokesman Ana Ruiz", Some("Algerian foreign affairs ministry spokesman"), "Ana Ruiz"));
        assert_eq!(before("border security chief Ana Ruiz said", "said"), s("border security chief Ana Ruiz", Some("border security chief"), "Ana Ruiz"));
        assert_eq!(before("Speaking to CNN, Araghchi stressed", "stressed"), s("Araghchi", None, "Araghchi"));
        assert_eq!(before("Meanwhile, the US Navy confirmed", "confirmed"), s("the US Navy", None, "US Navy"));
    }

    #[test]
    fn a_title_with_of_before_the_name() {
        assert_eq!(before("Secretary of State Ida Varga said", "said"), s("Secretary of State Ida Varga", Some("Secretary of State"), "Ida Varga"));
        assert_eq!(before("Ohio Secretary of State Ben Odum said", "said"), s("Ohio Secretary of State Ben Odum", Some("Ohio Secretary of State"), "Ben Odum"));
        // a domain of two words, then an unknown given name: the last two words
        assert_eq!(before("Minister of Harbour Affairs Tiit Valdmaa said", "said"), s("Minister of Harbour Affairs Tiit Valdmaa", Some("Minister of Harbour Affairs"), "Tiit Valdmaa"));
        // one word after "of": an office, not a person
        assert_eq!(before("The Department of Harbours said", "said"), s("The Department of Harbours", None, "Department of Harbours"));
    }

    #[test]
    fn descriptions_and_pronouns_before_the_cue() {
        assert_eq!(before("A senior US official told", "told"), s("A senior US official", None, "(official)"));
        assert_eq!(before("Israeli media quoted", "quoted"), s("Israeli media", None, "(media)"));
        assert_eq!(before("“No,” he said", "said"), s("he", None, "He"));
        assert_eq!(before("Two people familiar with the talks said", "said"), s("Two people familiar with the talks", None, "(people)"));
    }

    #[test]
    fn phrases_after_the_cue() {
        assert_eq!(after("“No,” said Sen. Mara Quill of Ohio.", "said"), s("Sen. Mara Quill", Some("Sen."), "Mara Quill"));
        assert_eq!(after("“No,” said a senior official.", "said"), s("a senior official", None, "(official)"));
        // a participle or adjective that keeps the description going
        assert_eq!(after("“No,” said one aide involved in the talks.", "said"), s("one aide involved in the talks", None, "(aide)"));
        assert_eq!(after("“No,” said an official speaking on condition of anonymity.", "said"), s("an official speaking on condition of anonymity", None, "(official)"));
        assert_eq!(after("“No,” said Caddell.", "said"), s("Caddell", None, "Caddell"));
        assert_eq!(after("“No,” said the city’s police chief, Dana Holt.", "said"), s("the city’s police chief", None, "(chief)"));
    }

    /// Lower-case words before a full name are a role the lexicon lacks.
    #[test]
    fn unknown_role_before_a_full_name() {
        assert_eq!(after("“No,” said parish bookkeeper Ines Marlow.", "said"), s("Ines Marlow", None, "Ines Marlow"));
        assert_eq!(after("“No,” said retired beekeeper Ola Brandt.", "said"), s("Ola Brandt", None, "Ola Brandt"));
        // a listener, a time phrase, an adverb or a lone name: no role
        let none = |text: &str| {
            let toks = tokenize(text, 0..text.len());
            let i = toks.iter().position(|t| &text[t.range()] == "warned" || &text[t.range()] == "said").unwrap();
            Words::new(text, &toks).starting_at(i + 1).map(|p| text[p.span].to_string())
        };
        assert_eq!(none("“No,” warned cousins Ola Brandt would lose."), None);
        assert_eq!(none("“No,” said this week Ola Brandt."), None);
        assert_eq!(none("“No,” said quietly Ola Brandt."), None);
        assert_eq!(none("“No,” said beekeeper Ola."), None);
    }
}
