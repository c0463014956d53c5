//! One entity per person, organisation, group or unnamed source, across its
//! mentions: "Abbas Araghchi" … "Araghchi" … "the foreign minister" … "he".
//!
//! Names are matched by their last word ("Araghchi" joins "Abbas Araghchi";
//! "Mr. Trump" joins "Donald Trump"), the fullest form becomes the name.
//! Pronouns go to the most recent compatible mention: "he"/"she" to a person
//! (of that gender once it is known), "they" to a group or organisation.
//! An indefinite description ("a senior official") is a new source each
//! time; a definite one ("the official", "the minister") goes back to the
//! latest source with that head noun or a person with that title.

use crate::chars::Lower;
use crate::assemble::EntityDraft;
use crate::phrases::{Phrase, PhraseKind, Pronoun};
use crate::span::EntityKind;
use crate::fasthash::FastMap;
use crate::lexicon::NameGender;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Unknown,
    Male,
    Female,
}

#[derive(Default)]
pub struct Registry {
    pub drafts: Vec<EntityDraft>,
    gender: Vec<Gender>,
    heads: Vec<Option<String>>,
    by_surname: FastMap<String, Vec<usize>>,
    /// People by the first word of a name of two words or more, each time
    /// an entity takes such a name ("Newland" -> "Newland Archer").
    by_given: FastMap<String, Vec<usize>>,
    /// (one id per description; a `Vec` so that the three maps are one type,
    /// one copy of the hash table's code in the .wasm)
    by_description: FastMap<String, Vec<usize>>,
    /// (byte position, entity) of every mention, in text order.
    recent: Vec<(usize, usize)>,
    /// Positions of mentions that are no clause's subject ("… waited on
    /// Mr. Bingley."): a pronoun prefers a subject just before them. Sorted,
    /// for `binary_search`; they come in text order, paragraph by paragraph,
    /// so an insert is almost always a push (on all of PolNeAR train, one
    /// was not). A hash set of `usize` was one more copy of the hash table's
    /// code in the `.wasm`.
    objects: Vec<usize>,
    /// Each entity's last mention (byte position).
    last_seen: Vec<usize>,
    /// How many mentions each entity has had.
    mentions: Vec<u32>,
    /// (description, possessor) of every kin description: "his wife" is
    /// (the entity "his wife", the man "his" stands for).
    kin: Vec<(usize, usize)>,
}

const ORG_HEADS: &[&str] = &["government", "governments", "administration", "ministry", "department", "agency", "campaign", "party", "committee", "commission", "council", "company", "firm", "military", "army", "navy", "police", "court", "board", "panel", "team", "newspaper", "network", "office", "union", "authority", "regulator", "watchdog", "statement", "report", "study", "survey", "poll", "data", "tally", "analysis", "census", "estimate", "projection", "transcript", "memo", "letter", "filing", "document", "disclosure", "return", "receipt", "magazine", "website", "outlet", "broadcaster", "organization", "organisation", "group", "family", "media"];

fn surname_key(name: &str) -> String {
    // `filter().last()` rather than `rfind`, which clippy suggests: on a
    // name of a few words the walk costs nothing, and `rfind` on
    // SplitWhitespace brought more generic code into the `.wasm`
    #[allow(clippy::double_ended_iterator_last)]
    let last = name.split_whitespace().filter(|w| !matches!(*w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III")).last().unwrap_or(name);
    without_possessive(last).to_lower()
}

impl Registry {
    /// The one entity of every "I" outside quotes: the writer of an op-ed,
    /// the narrator of a story (“Okay,” I said.).
    fn writer(&mut self) -> usize {
        if let Some(&id) = self.by_description.get("i").and_then(|ids| ids.first()) {
            return id;
        }
        let id = self.push("I", EntityKind::Person, None, Gender::Unknown, None);
        self.by_description.insert("i".to_string(), vec![id]);
        id
    }

    /// The entity `phrase` (at byte `pos`) refers to, creating it if new.
    pub fn resolve(&mut self, text: &str, phrase: &Phrase) -> Option<usize> {
        let pos = phrase.span.start;
        let id = match &phrase.kind {
            PhraseKind::Pronoun(Pronoun::I) => self.writer(),
            PhraseKind::Pronoun(p) => self.pronoun(*p, pos)?,
            PhraseKind::Name { name, org } => self.name(text, &text[name.clone()], *org, phrase),
            PhraseKind::Description { definite, plural, head } => self.description(&text[phrase.span.clone()], *definite, *plural, head, pos),
        };
        self.note(pos, id);
        Some(id)
    }

    /// The person or organisation whose name ends in `surname` (lower
    /// case), the first one named so, if any.
    pub fn named(&self, surname: &str) -> Option<usize> {
        self.by_surname.get(surname).and_then(|ids| ids.first().copied())
    }

    /// Records a mention for recency (pronouns look back at these).
    pub fn note(&mut self, pos: usize, id: usize) {
        self.recent.push((pos, id));
        self.last_seen[id] = self.last_seen[id].max(pos);
        self.mentions[id] += 1;
    }

    /// Marks the mention at `pos` as no clause's subject.
    pub fn mark_object(&mut self, pos: usize) {
        if let Err(at) = self.objects.binary_search(&pos) {
            self.objects.insert(at, pos);
        }
    }

    /// The nearest mention before `pos` that `ok` accepts, unless it is an
    /// object and a subject that `ok` accepts stands shortly before it:
    ///     Mr. Bennet was among the first to call on Mr. Bingley. He had
    ///     always meant to … -> he = Mr. Bennet
    fn subject_before(&self, pos: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        let mut nearest: Option<(usize, usize)> = None;
        for &(q, id) in self.recent.iter().rev().take(500) {
            if q > pos || !ok(id) {
                continue;
            }
            match nearest {
                None if self.objects.binary_search(&q).is_err() => return Some(id),
                None => nearest = Some((q, id)),
                Some((n, nid)) if q + 120 < n => return Some(nid),
                Some((_, nid)) if id != nid && self.objects.binary_search(&q).is_err() => return Some(id),
                _ => {}
            }
        }
        nearest.map(|(_, id)| id)
    }

    /// Learns the gender of `id` from a pronoun that refers to it.
    pub fn learn_gender(&mut self, id: usize, p: Pronoun) {
        let g = match p {
            Pronoun::He => Gender::Male,
            Pronoun::She => Gender::Female,
            _ => return,
        };
        if self.gender[id] == Gender::Unknown {
            self.gender[id] = g;
        }
    }

    fn push(&mut self, name: &str, kind: EntityKind, title: Option<String>, gender: Gender, head: Option<String>) -> usize {
        self.drafts.push(EntityDraft { name: name.to_string(), kind, title, aliases: Vec::new() });
        self.gender.push(gender);
        self.heads.push(head);
        self.last_seen.push(0);
        self.mentions.push(0);
        let id = self.drafts.len() - 1;
        self.index_given(id);
        id
    }

    fn name(&mut self, text: &str, name: &str, org: bool, phrase: &Phrase) -> usize {
        let name = without_possessive(name);
        // a name broken over two lines of wrapped text: "Thomas\nGradgrind"
        let one_line;
        let name = if needs_respacing(name) {
            one_line = single_spaced(name);
            one_line.as_str()
        } else {
            name
        };
        let title = phrase.title.clone().map(|t| if needs_respacing(&text[t.clone()]) { single_spaced(&text[t]) } else { text[t].to_string() });
        let key = surname_key(name);
        let gender = match title.as_deref().map_or(Gender::Unknown, gender_of_title) {
            Gender::Unknown if !org => gender_of_given_name(name),
            g => g,
        };
        // "Mrs. Bennet" is not "Mr. Bennet", nor is "Elizabeth Bennet"; a
        // bare "Bennet" is the one of them mentioned last
        let existing = self.by_surname.get(&key).and_then(|ids| {
            ids.iter()
                .copied()
                .filter(|&id| compatible_names(&self.drafts[id].name, name) && agree(self.gender[id], gender) && !titled_before_named(&self.drafts[id], name) && !married_and_unmarried(self.drafts[id].title.as_deref(), title.as_deref()))
                // "Mrs. Quill" is the one of that title; then the one most
                // often mentioned ("Mr. Quill", the hero, not the "Jon
                // Quill" named once in passing), then the one last seen
                .max_by_key(|&id| (title.is_some() && self.drafts[id].title == title, self.mentions[id], self.last_seen[id], id))
        });
        // "Newland" after "Newland Archer": a given name alone is the one
        // person of the text with that given name (two such: nobody)
        let existing = existing.or_else(|| {
            let id = (!org && title.is_none() && !name.contains(' ')).then(|| self.given_named(name)).flatten()?;
            self.by_surname.entry(key.clone()).or_default().push(id);
            Some(id)
        });
        if let Some(id) = existing {
            self.merge_name(id, name, title);
            return id;
        }
        let kind = if org { EntityKind::Organization } else { EntityKind::Person };
        // a new person called "Mary" alone is a woman ("Mary wished to say
        // something, but knew not how. “While Mary is …,” he continued.")
        let gender = match crate::lexicon::gender_of_given_name(name) {
            Some(g) if gender == Gender::Unknown && !org && !name.contains(' ') => match g {
                NameGender::Female => Gender::Female,
                NameGender::Male => Gender::Male,
            },
            _ => gender,
        };
        let id = self.push(name, kind, title, gender, None);
        self.by_surname.entry(key).or_default().push(id);
        id
    }

    /// The one person whose name of two words or more opens with `given`.
    fn given_named(&self, given: &str) -> Option<usize> {
        let ids = self.by_given.get(given)?;
        // (a name may have grown since: the index keeps every first word)
        let mut found = ids.iter().copied().filter(|&id| self.drafts[id].kind == EntityKind::Person && self.drafts[id].name.contains(' ') && self.drafts[id].name.split_whitespace().next() == Some(given));
        let first = found.next()?;
        found.all(|id| id == first).then_some(first)
    }

    /// Indexes entity `id` under the first word of its name, if it has two.
    fn index_given(&mut self, id: usize) {
        let name = &self.drafts[id].name;
        if let (Some(first), true) = (name.split_whitespace().next(), name.contains(' ')) {
            let ids = self.by_given.entry(first.to_string()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    fn merge_name(&mut self, id: usize, name: &str, title: Option<String>) {
        if self.gender[id] == Gender::Unknown && self.drafts[id].kind == EntityKind::Person {
            self.gender[id] = gender_of_given_name(name);
        }
        let d = &mut self.drafts[id];
        let grown = name.split_whitespace().count() > d.name.split_whitespace().count();
        if grown {
            let old = std::mem::replace(&mut d.name, name.to_string());
            if !d.aliases.contains(&old) {
                d.aliases.push(old);
            }
        } else if name != d.name && !d.aliases.iter().any(|a| a == name) {
            d.aliases.push(name.to_string());
        }
        if grown {
            self.index_given(id);
        }
        if self.drafts[id].title.is_none() {
            if let Some(t) = title {
                if self.gender[id] == Gender::Unknown {
                    self.gender[id] = gender_of_title(&t);
                }
                self.drafts[id].title = Some(t);
            }
        }
    }

    fn description(&mut self, written: &str, definite: bool, plural: bool, head: &str, pos: usize) -> usize {
        let key = written.to_lower().replace('’', "'");
        let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
        // "his wife" is one person per husband: the key holds whose
        let possessor = if plural { None } else { self.possessor(&key, head, pos) };
        let key_of_whose = possessor.map(|p| format!("{key}#{p}"));
        if let Some(&id) = self.by_description.get(key_of_whose.as_ref().unwrap_or(&key)).and_then(|ids| ids.first()) {
            return id;
        }
        if definite && !plural {
            // not another man's "his wife"
            if let Some(id) = self.recent_with_head(head, &key, pos).filter(|&id| !self.kin.iter().any(|&(k, _)| k == id)) {
                return id;
            }
            if let Some(id) = self.person_described(head, possessor.is_some(), pos) {
                return id;
            }
        }
        let kind = if ORG_HEADS.contains(&head) && !plural {
            EntityKind::Organization
        } else if plural {
            EntityKind::Group
        } else {
            EntityKind::Anonymous
        };
        let gender = gender_of_title(head);
        let id = self.push(written, kind, None, gender, Some(head.to_string()));
        self.by_description.insert(key_of_whose.unwrap_or(key), vec![id]);
        if let Some(p) = possessor {
            self.kin.push((id, p));
        }
        id
    }

    /// "the worthy woman", "the old gentleman" with no such description
    /// before: the named person of that sex mentioned last, within 1,000
    /// bytes ("Mrs. Rachel pondered. … “…,” the worthy woman concluded.").
    /// Only a gender the text made known counts.
    fn person_described(&self, head: &str, has_possessor: bool, pos: usize) -> Option<usize> {
        if has_possessor || !matches!(head, "woman" | "man" | "lady" | "gentleman") {
            return None;
        }
        let want = gender_of_title(head);
        let (q, id) = self.recent.iter().rev().take(500).filter(|&&(q, id)| q <= pos && self.drafts[id].kind == EntityKind::Person && self.heads[id].is_none() && self.gender[id] == want).max_by_key(|&&(q, _)| q).copied()?;
        (pos - q <= 1000).then_some(id)
    }

    /// The person "his"/"her" stands for in a kin description ("his wife",
    /// "her father"), by recency and gender; never another kin description
    /// ("her mother" … "her father": the father is not the mother's).
    fn possessor(&self, key: &str, head: &str, pos: usize) -> Option<usize> {
        let p = match key.split(' ').next() {
            Some("his") => Pronoun::He,
            Some("her") => Pronoun::She,
            _ => return None,
        };
        kin_gender(head)?;
        self.subject_before(pos, |id| self.fits(p, id) && self.heads[id].as_deref().is_none_or(|h| kin_gender(h).is_none()))
    }

    /// Each entity's final id once kin descriptions join the one person of
    /// the possessor's family they can name: "his wife" (his = Mr. Bennet)
    /// is Mrs. Bennet, "her father" (her = Emma Woodhouse) is Mr.
    /// Woodhouse, however late they are named. Ambiguous kin stay as they
    /// are (two Bennet women known by title only). None when no kin
    /// description was joined.
    pub fn join_kin(&self) -> Option<Vec<usize>> {
        let mut final_id: Vec<usize> = (0..self.drafts.len()).collect();
        let mut joined = false;
        for &(id, possessor) in &self.kin {
            let Some(head) = &self.heads[id] else { continue };
            let Some(want) = kin_gender(head) else { continue };
            let family = surname_key(&self.drafts[possessor].name);
            let Some(ids) = self.by_surname.get(&family) else { continue };
            // A spouse is of the other gender, so never the possessor under
            // a second name; any other relative only when never named but
            // by title and surname ("Mr. Woodhouse"): "Ted Cruz" is not the
            // father of the "Edward Cruz" a text names in passing.
            let spouse = matches!(head.as_str(), "wife" | "lady" | "husband") && !agree(self.gender[possessor], want);
            let known_by_title_only = |other: usize| self.drafts[other].title.is_some() && !self.drafts[other].name.contains(' ');
            let same_family = |&&other: &&usize| other != possessor && self.drafts[other].kind == EntityKind::Person && self.gender[other] == want && (spouse || known_by_title_only(other));
            let mut found: Vec<usize> = ids.iter().filter(same_family).copied().collect();
            // several: a spouse or parent is the one married title among
            // them ("Mrs. Bennet", not "Miss Bennet" or "Elizabeth Bennet")
            if found.len() > 1 && matches!(head.as_str(), "wife" | "lady" | "husband" | "mother" | "father") {
                let married = |&other: &usize| known_by_title_only(other) && matches!(social_title(self.drafts[other].title.as_deref()).as_deref(), Some("mr" | "mrs"));
                found.retain(married);
            }
            if let [relative] = found[..] {
                final_id[id] = relative;
                joined = true;
            }
        }
        joined.then_some(final_id)
    }

    /// The nearest entity with the head noun `head`, or whose title has it
    /// and every other word of the description: "the Republican nominee"
    /// is not the one titled "Democratic vice-presidential nominee", "the
    /// senator" is the one titled "Sen.".
    fn recent_with_head(&self, head: &str, description: &str, pos: usize) -> Option<usize> {
        let modifiers: Vec<&str> = description.split_whitespace().filter(|w| *w != head && !matches!(*w, "the" | "this" | "that" | "his" | "her" | "their" | "its" | "our")).collect();
        self.nearest_before(pos, |id| {
            if self.heads[id].as_deref() == Some(head) {
                let name = self.drafts[id].name.to_lower().replace('’', "'");
                return modifiers.iter().all(|m| name.split_whitespace().any(|w| w == *m));
            }
            let Some(title) = self.drafts[id].title.as_deref() else { return false };
            let words: Vec<String> = title.to_lower().split_whitespace().map(|w| expand_title(w).to_string()).collect();
            words.iter().any(|w| w == head) && modifiers.iter().all(|m| words.iter().any(|w| w == m))
        })
    }

    /// The entity of the mention nearest before `pos` that passes `ok`.
    /// Mentions are noted mostly in text order, but not only (red-line
    /// holders are resolved after attribution), so the nearest is the one
    /// with the greatest position, not the last noted. Only the last 500
    /// notes are searched, which keeps a long text linear.
    fn nearest_before(&self, pos: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        // as `filter(..).max_by_key(q)` (on equal positions the last one
        // looked at wins), but `ok` only for mentions not before the best yet
        let mut best: Option<(usize, usize)> = None;
        for &(q, id) in self.recent.iter().rev().take(500) {
            if q <= pos && best.is_none_or(|(b, _)| q >= b) && ok(id) {
                best = Some((q, id));
            }
        }
        best.map(|(_, id)| id)
    }

    /// The entity a he/she at `pos` refers to, other than `not`: the person
    /// a quote beside it addresses (“Good morning, Robin,” he said).
    pub fn pronoun_other_than(&self, p: Pronoun, pos: usize, not: &[usize]) -> Option<usize> {
        if !matches!(p, Pronoun::He | Pronoun::She) {
            return None;
        }
        self.nearest_before(pos, |id| self.fits(p, id) && !not.contains(&id))
    }

    /// Whether entity `id` may be what pronoun `p` stands for.
    fn fits(&self, p: Pronoun, id: usize) -> bool {
        let d = &self.drafts[id];
        match p {
            Pronoun::He | Pronoun::She => {
                let want = if p == Pronoun::He { Gender::Male } else { Gender::Female };
                // the writer ("I") is never "he" or "she": “…,” said I. “…,” said he.
                let writer = self.by_description.get("i").and_then(|ids| ids.first()) == Some(&id);
                matches!(d.kind, EntityKind::Person | EntityKind::Anonymous) && agree(self.gender[id], want) && !writer
            }
            Pronoun::They => matches!(d.kind, EntityKind::Group | EntityKind::Organization),
            Pronoun::It => d.kind == EntityKind::Organization,
            Pronoun::Who | Pronoun::Other | Pronoun::I => true,
        }
    }

    fn pronoun(&self, p: Pronoun, pos: usize) -> Option<usize> {
        let ok = |id: usize| self.fits(p, id);
        if p == Pronoun::Who {
            // "McConnell, who in 2010 said …": the mention right before it
            return self.recent.iter().rev().take(50).filter(|&&(q, _)| q <= pos && pos - q <= 80).max_by_key(|&&(q, _)| q).map(|&(_, id)| id);
        }
        if p == Pronoun::Other {
            return None;
        }
        if matches!(p, Pronoun::He | Pronoun::She) {
            return self.subject_before(pos, ok);
        }
        self.nearest_before(pos, ok)
    }
}

/// The gender of a kin noun a description can name a person by: "his
/// wife", "her father", "his lady" (a wife, in older fiction).
fn kin_gender(head: &str) -> Option<Gender> {
    match head {
        "wife" | "lady" | "mother" | "daughter" | "sister" | "aunt" | "widow" => Some(Gender::Female),
        "husband" | "father" | "son" | "brother" | "uncle" => Some(Gender::Male),
        _ => None,
    }
}

/// A title abbreviation in full: "sen." -> "senator".
fn expand_title(word: &str) -> &str {
    match word {
        "sen." => "senator",
        "gov." => "governor",
        "rep." => "representative",
        "gen." => "general",
        "lt." => "lieutenant",
        "pres." => "president",
        "sec." => "secretary",
        "atty." => "attorney",
        _ => word,
    }
}

/// "Donald Trump" and "Trump", "Mr. Trump" and "Donald J. Trump" are the
/// same; "Hillary Clinton" and "Chelsea Clinton" are not.
fn compatible_names(a: &str, b: &str) -> bool {
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    short.iter().all(|w| long.contains(w) || w.len() == 2 && w.ends_with('.') && long.iter().any(|l| l.starts_with(&w[..1])))
}

/// `word.trim_end_matches("’s").trim_end_matches("'s")`, without setting up
/// a substring searcher for each pattern (which `trim_end_matches` with a
/// `&str` does: about 120 instructions a call, on every name resolved).
pub fn without_possessive(word: &str) -> &str {
    crate::chars::trim_suffix(crate::chars::trim_suffix(word, "’s"), "'s")
}

/// White space other than single spaces: a line break, a tab, two spaces.
/// (One pass over the chars; `contains("  ")` set up a substring searcher.)
fn needs_respacing(words: &str) -> bool {
    let mut after_space = false;
    for c in words.chars() {
        if c.is_whitespace() && c != ' ' || c == ' ' && after_space {
            return true;
        }
        after_space = c == ' ';
    }
    false
}

/// `words` with every run of white space made one space.
fn single_spaced(words: &str) -> String {
    // (a loop, not `collect` and `join`: join's generic code was 0.5 KB of
    // the gzipped .wasm)
    let mut out = String::with_capacity(words.len());
    for word in words.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A person known so far only as "Mrs. Bennet" (a social title and a
/// surname) is not the "Elizabeth Bennet" named after her: a text that
/// means one person names her in full first ("Hillary Clinton" … "Mrs.
/// Clinton"), a novel names the family's members by title and given name.
fn titled_before_named(draft: &EntityDraft, name: &str) -> bool {
    let social = matches!(social_title(draft.title.as_deref()).as_deref(), Some("mr" | "mrs" | "miss" | "ms" | "mister" | "mistress"));
    social && !draft.name.contains(' ') && name.contains(' ')
}

/// "Miss Welland" is the daughter of "Mrs. Welland": one text does not
/// call one woman both. ("Ms." may be either.)
fn married_and_unmarried(a: Option<&str>, b: Option<&str>) -> bool {
    let social = |t: Option<&str>| social_title(t).filter(|t| matches!(t.as_str(), "miss" | "mrs"));
    matches!((social(a), social(b)), (Some(x), Some(y)) if x != y)
}

/// A title in lower case without its full stop: "Mrs." -> "mrs".
fn social_title(title: Option<&str>) -> Option<String> {
    title.map(|t| t.trim_end_matches('.').to_lower())
}

/// Two genders that may be one person's: equal, or one not known.
fn agree(a: Gender, b: Gender) -> bool {
    a == b || a == Gender::Unknown || b == Gender::Unknown
}

/// "Elizabeth Warren" is a woman, "Warren" alone nobody knows.
fn gender_of_given_name(name: &str) -> Gender {
    match crate::lexicon::gender_of_name(name) {
        Some(NameGender::Female) => Gender::Female,
        Some(NameGender::Male) => Gender::Male,
        None => Gender::Unknown,
    }
}

fn gender_of_title(title: &str) -> Gender {
    let t = title.to_lower();
    let words: Vec<&str> = t.split_whitespace().collect();
    let male = ["mr.", "mr", "sir", "lord", "king", "prince", "father", "brother", "spokesman", "chairman", "congressman", "businessman", "man", "men", "husband", "son"];
    let female = ["mrs.", "mrs", "ms.", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "wife", "daughter", "mother"];
    if words.iter().any(|w| male.contains(w)) {
        Gender::Male
    } else if words.iter().any(|w| female.contains(w)) {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_join_by_surname_and_initials() {
        assert!(compatible_names("Donald Trump", "Trump"));
        assert!(compatible_names("Donald J. Trump", "Donald Trump"));
        assert!(!compatible_names("Hillary Clinton", "Chelsea Clinton"));
        assert_eq!(surname_key("Martin Luther King Jr."), "king");
    }

    use crate::test_support::direct_speakers;

    fn names(list: &[&str]) -> Vec<Option<String>> {
        list.iter().map(|n| Some(n.to_string())).collect()
    }

    /// "the worthy woman" with no such description before is the woman
    /// named last; with no woman named, the description is a person of its own.
    #[test]
    fn the_woman_is_the_woman_named_last() {
        let speakers = direct_speakers("Mrs. Ida Quill pondered the news. “I shall go and see,” the worthy woman concluded.");
        assert_eq!(speakers, names(&["Ida Quill"]));
        let speakers = direct_speakers("Tom Quill left. “I shall go and see,” the woman said.");
        assert_eq!(speakers, names(&["the woman"]));
    }

    /// The narrator "I" is never the "he" of the next turn.
    #[test]
    fn the_writer_is_not_he() {
        let speakers = direct_speakers("Tom Quill sat by the fire. “You are late,” said I. “It is nothing,” said he.");
        assert_eq!(speakers, names(&["I", "Tom Quill"]));
    }

    #[test]
    fn a_wife_is_the_woman_of_her_husbands_family() {
        // named only after "his wife" speaks
        let text = "Mr. Quill came home late.\n\n“You are late,” said his wife.\n\n“The mill kept me,” said Mr. Quill.\n\nMrs. Quill said, “It always does.”";
        assert_eq!(direct_speakers(text), names(&["Quill", "Quill", "Quill"]));
        let doc = crate::annotate(text, &crate::Options::default());
        let speaker_titles: Vec<Option<&str>> = doc.spans.iter().filter_map(|s| match s.data {
            crate::SpanData::Quote { speaker: Some(e), .. } => Some(doc.entities[e].title.as_deref()),
            _ => None,
        }).collect();
        assert_eq!(speaker_titles, [Some("Mrs."), Some("Mr."), Some("Mrs.")]);
        // news: the one woman named Osei is the minister's wife
        let text = "Mark Osei said he was proud.\n\n“So are we,” said his wife. Ana Osei said the charity would grow.";
        assert_eq!(direct_speakers(text), names(&["Ana Osei"]));
    }

    #[test]
    fn a_woman_known_by_title_first_is_not_the_one_named_later() {
        // a novel's "Mrs. Quill" is not the daughter "Ana Quill"
        let text = "Mrs. Quill sighed.\n\n“Do you know,” said Ana Quill, “I like him.”\n\n“Nonsense,” said Mrs. Quill.";
        let doc = crate::annotate(text, &crate::Options::default());
        let titles: Vec<(String, Option<String>)> = doc.entities.iter().map(|e| (e.name.clone(), e.title.clone())).collect();
        assert!(titles.contains(&("Ana Quill".to_string(), None)), "{titles:?}");
        assert!(titles.contains(&("Quill".to_string(), Some("Mrs.".to_string()))), "{titles:?}");
        // named in full first, the title is hers: news style
        assert_eq!(direct_speakers("Ana Quill spoke first.\n\n“No,” said Mrs. Quill."), names(&["Ana Quill"]));
        // of two women of the family, "his wife" is the married one
        let text = "Mrs. Quill sighed. Miss Quill laughed. Mr. Quill came in.\n\n“You are late,” said his wife.";
        let doc = crate::annotate(text, &crate::Options::default());
        let wife = doc.spans.iter().find_map(|s| match s.data { crate::SpanData::Quote { speaker: Some(e), .. } => Some(e), _ => None }).unwrap();
        assert_eq!(doc.entities[wife].title.as_deref(), Some("Mrs."));
    }

    #[test]
    fn miss_and_mrs_of_one_family_are_two_women() {
        let text = "Mrs. Quill sat down.\n\nMiss Quill laughed.\n\n“Not now,” said Mrs. Quill.\n\n“Why not?” said Miss Quill.";
        let doc = crate::annotate(text, &crate::Options::default());
        let speakers: Vec<Option<&str>> = doc.spans.iter().filter_map(|s| match s.data {
            crate::SpanData::Quote { speaker: Some(e), .. } => Some(doc.entities[e].title.as_deref()),
            _ => None,
        }).collect();
        assert_eq!(speakers, [Some("Mrs."), Some("Miss")]);
        // "Ms." may be either: one woman
        let doc = crate::annotate("Mrs. Ana Quill sat down.\n\n“Not now,” said Ms. Quill.", &crate::Options::default());
        assert_eq!(doc.entities.len(), 1, "{:?}", doc.entities);
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_of_that_given_name() {
        assert_eq!(direct_speakers("Tobin Marsh sat down.\n\n“Yes,” said Tobin."), names(&["Tobin Marsh"]));
        // two people with that given name: neither
        let text = "Tobin Marsh and Tobin Reyes sat down.\n\n“Yes,” said Tobin.";
        assert_eq!(direct_speakers(text), names(&["Tobin"]));
        // a possessor names the person too, for the pronoun after it:
        // "Miss Quill’s face grew rosy … she said"
        let text = "Mrs. Ona Lark came in.\n\nMiss Quill’s face grew rosy. “If you like,” she said.";
        assert_eq!(direct_speakers(text), names(&["Quill"]));
    }

    #[test]
    fn a_new_person_called_by_a_given_name_alone_has_its_gender() {
        // "he" skips Mary, the nearest name, for the man before her
        let text = "Mr. Quill smiled at his daughters.\n\nMary wished to say something, but knew not how.\n\n“While Mary thinks,” he continued, “let us eat.”";
        assert_eq!(direct_speakers(text), names(&["Quill", "Quill"]));
        // a surname alone after the full name stays that person's
        let text = "Elena Warren spoke first.\n\nWarren nodded. “We will not sign,” she said.";
        assert_eq!(direct_speakers(text), names(&["Elena Warren"]));
    }

    #[test]
    fn a_bare_surname_is_the_family_member_most_mentioned() {
        // the hero, not the brother named once in passing
        let text = "Tomas Quill ran the mill. Tomas Quill kept the books. His brother Ivo Quill lived abroad.\n\n“Sit down,” said Mr. Quill.";
        assert_eq!(direct_speakers(text), names(&["Tomas Quill"]));
        // equally mentioned: the one last seen
        let text = "Tomas Quill ran the mill. Ivo Quill lived abroad.\n\n“Sit down,” said Mr. Quill.";
        assert_eq!(direct_speakers(text), names(&["Ivo Quill"]));
    }

    #[test]
    fn a_pronoun_prefers_the_subject_to_a_name_after_it() {
        // "he" is the one who called, not the one called on
        let text = "Tomas Quill called on Ivo Marsh. “We are neighbours now,” he said.";
        assert_eq!(direct_speakers(text), names(&["Tomas Quill"]));
        // a subject far before the object: the nearer name
        let text = "Tomas Quill had run the mill for thirty years, through floods and strikes and two fires that nearly ruined the whole valley, before he shook hands with Ivo Marsh. “It is mine now,” he said.";
        assert_eq!(direct_speakers(text), names(&["Ivo Marsh"]));
    }

    #[test]
    fn kin_that_cannot_be_told_stay_a_description() {
        // two women of the family: which one is the wife is not known
        let text = "Mark Osei said he was proud.\n\n“So are we,” said his wife. Ana Osei said the charity would grow. Mary Osei said it would not.";
        assert_eq!(direct_speakers(text), names(&["his wife"]));
        // a father with a given name may be the son under a second name
        let text = "Ted Ruiz ran.\n\nEdward Ruiz said it was hard.\n\n“I told him so,” said his father.";
        assert_eq!(direct_speakers(text), names(&["his father"]));
        // but a father known as "Mr. Ruiz" only is the father of the family
        let text = "Ana Ruiz smiled.\n\n“She was always clever,” said her father. Mr. Ruiz was a teacher.";
        assert_eq!(direct_speakers(text), names(&["Ruiz"]));
    }

    #[test]
    fn titles_tell_gender() {
        assert_eq!(gender_of_title("Mrs."), Gender::Female);
        assert_eq!(gender_of_title("State Department spokesman"), Gender::Male);
        assert_eq!(gender_of_title("Foreign Minister"), Gender::Unknown);
    }

    #[test]
    fn fast_string_helpers_agree_with_the_standard_library() {
        for w in ["Trump’s", "Trump's", "Jones’s’s", "Ross'", "s", "’s", "'s’s", "Mara", "", "Iran’s's"] {
            assert_eq!(without_possessive(w), w.trim_end_matches("’s").trim_end_matches("'s"), "{w:?}");
        }
        for w in ["Ana Ruiz", "Ana  Ruiz", "Ana\nRuiz", "Ana\tRuiz", " Ana ", "Ana \u{a0}Ruiz", "", "  "] {
            let slow = w.contains(|c: char| c.is_whitespace() && c != ' ') || w.contains("  ");
            assert_eq!(needs_respacing(w), slow, "{w:?}");
        }
    }
}
