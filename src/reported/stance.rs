//! What a source is for or against: the object of a stance verb
//! (stance_verbs.txt). PolNeAR counts it as the content of an attribution:
//!
//!   "The union endorsed Ruiz on Friday."            -> "Ruiz"
//!   "Ruiz criticized the plan for its cost, saying …" -> "the plan for its cost"
//!
//! The object runs to the clause's end or to an adverbial of time or
//! reason ("on Friday", "after the vote", "because …"). A passive ("backed
//! by the union") or a particle ("backed down") is no stance.

use super::{ends_content, trim};
use crate::cues::{CueKind, Frame};
use crate::phrases::{PhraseKind, Pronoun, Words};
use std::ops::Range;

/// Token range of the object of the stance frame `f`.
pub fn content(w: &Words, f: &Frame, sentence: Range<usize>, in_quote: &[bool], frame_starts: &[bool]) -> Option<Range<usize>> {
    // the object follows the verb, or an inverted speaker after it ("refer"
    // takes it after "to": "referring to the convention")
    let mut s = f.extent.end.max(f.cue_tok + 1);
    if s < sentence.end && w.lower(s) == "to" && w.lower(f.cue_tok).starts_with("refer") {
        s += 1;
    }
    if !is_sure_speaker(w, f) {
        return None;
    }
    if s >= sentence.end || !w.is_word(s) || in_quote[s] || not_an_object(w.lower(s)) {
        return None;
    }
    let limit = sentence.end.min(s + 60);
    let mut e = s;
    while e < limit && !stops_object(w, f.cue_tok, s, e, limit, in_quote, frame_starts) {
        e += 1;
    }
    trim(w, s..e)
}

/// Whether the object that began at `s` ends at token `k`: where any
/// content ends ([`ends_content`]) or an object does ([`ends_object`]),
/// except at a comma inside the object: before "including", between a
/// list's items, or opening an aside before the charge.
fn stops_object(w: &Words, cue: usize, s: usize, k: usize, limit: usize, in_quote: &[bool], frame_starts: &[bool]) -> bool {
    if includes_more(w, k) {
        return false;
    }
    ends_content(w, k, s, in_quote, frame_starts) || k > s && ends_object(w, k, in_quote) && !aside_before_charge(w, cue, k, limit) && !goes_on_after_comma(w, k, limit)
}

/// A comma at `k` before "including" or "as well as": the object goes on
/// ("cited several factors, including new barriers to voting").
fn includes_more(w: &Words, k: usize) -> bool {
    let n = w.toks.len();
    w.word(k) == "," && k + 1 < n && (w.lower(k + 1) == "including" || k + 3 < n && w.lower(k + 1) == "as" && w.lower(k + 2) == "well" && w.lower(k + 3) == "as")
}

/// A comma at `k` between the items of a list in the object ("criticized
/// his tactics, his judgement and his worldview"; the items hold no
/// pronoun or auxiliary verb, and no pronoun follows the "and": "…, and
/// it's sparking fears" is a clause).
fn goes_on_after_comma(w: &Words, k: usize, limit: usize) -> bool {
    let n = w.toks.len();
    if w.word(k) != "," || k + 1 >= n {
        return false;
    }
    let next = w.lower(k + 1);
    // the serial comma: "voters, lawmakers, and thinkers"
    if matches!(next, "and" | "or") && k + 2 < n && w.is_word(k + 2) && w.pronoun(k + 2).is_none() && (k.saturating_sub(8)..k).any(|j| w.word(j) == ",") {
        return true;
    }
    let clause_word = |j: usize| w.pronoun(j).is_some() || matches!(w.lower(j), "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could" | "who" | "which" | "that" | "there") || w.lower(j).ends_with("ed");
    let Some(and) = (k + 1..limit.min(k + 9)).take_while(|&j| w.is_word(j) || w.word(j) == ",").find(|&j| matches!(w.lower(j), "and" | "or")) else { return false };
    and > k + 1 && and + 1 < n && w.is_word(and + 1) && !(k + 1..=and + 1).any(clause_word)
}

/// A comma at `k` that opens an aside in the middle of the one accused or
/// praised, before the charge: "accused Rafael Cruz, who was born in Cuba,
/// of associating with …", "criticized Tulsa, Okla., police officer Betty
/// Shelby for shooting …". The charge ("of", "for") follows a comma or a
/// capitalised word, before any other stop.
fn aside_before_charge(w: &Words, cue: usize, k: usize, limit: usize) -> bool {
    let verb = w.lower(cue);
    let takes_charge = ["accus", "blam", "critici", "prais", "thank", "credit", "fault", "condemn", "attack", "slam"].iter().any(|stem| verb.starts_with(stem));
    if !takes_charge || w.word(k) != "," {
        return false;
    }
    (k + 1..limit.min(k + 16))
        .take_while(|&j| !matches!(w.word(j), "." | ";" | ":" | "“" | "\"" | "—" | "–"))
        .find(|&j| matches!(w.lower(j), "of" | "for"))
        .is_some_and(|j| w.word(j - 1) == "," || w.is_capital(j - 1))
}

/// A stance is kept only where its holder is plain: a speaker resolved to
/// someone, not a relative "who" ("Cruz, who refused to endorse Trump"
/// names the holder two clauses away) nor a time phrase taken for a
/// subject ("the court this month rejected …").
pub(super) fn is_sure_speaker(w: &Words, f: &Frame) -> bool {
    // "The workers went on strike, citing rising rents.": a participle
    // clause's holder is the sentence's subject (attribution::resolve_frames)
    if f.kind == CueKind::Participle && w.lower(f.cue_tok).ends_with("ing") {
        return f.entity.is_some();
    }
    let Some(p) = f.speaker.as_ref().filter(|_| f.entity.is_some()) else { return false };
    !matches!(p.kind, PhraseKind::Pronoun(Pronoun::Who)) && !super::is_time_word(w.lower(p.toks.start))
}

/// Words that cannot open an object: prepositions, particles, conjunctions.
fn not_an_object(word: &str) -> bool {
    matches!(
        word,
        "by" | "of" | "down" | "away" | "off" | "out" | "up" | "in" | "on" | "at" | "with" | "to" | "into" | "from" | "for" | "against" | "as" | "about" | "over" | "and" | "or" | "but" | "that" | "than" | "if" | "when" | "while" | "because" | "after" | "before" | "since" | "through"
    )
}

/// Where an object ends: a comma or dash, or an adverbial of time or
/// reason after it ("endorsed Ruiz last week", "… because she asked").
fn ends_object(w: &Words, k: usize, in_quote: &[bool]) -> bool {
    if in_quote[k] {
        return false;
    }
    let word = w.lower(k);
    if matches!(word, "," | ";" | ":" | "—" | "–" | "(" | "when" | "while" | "because" | "after" | "before" | "since" | "during" | "amid" | "amidst" | "last" | "yesterday" | "earlier" | "saying" | "but") {
        return true;
    }
    // "offered new efforts as they face …": "as" and a subject open a clause
    // of time ("described the toll as a tax" keeps its "as")
    // (not the second "as" of "as concerned about X as they were"; "even
    // as" ends at "even")
    let as_clause = |k: usize| k + 1 < w.toks.len() && w.lower(k) == "as" && matches!(w.lower(k + 1), "he" | "she" | "they" | "it" | "we" | "i") && !(k.saturating_sub(8)..k).any(|j| w.lower(j) == "as");
    if as_clause(k) || word == "even" && as_clause(k + 1) {
        return true;
    }
    // "attacked Ruiz in early-morning tweets", "denounced the toll in an
    // on-air diatribe": the medium is where, not what
    // (not "said in a 911 call that …", "and in a statement praised …":
    // there the medium is another verb's)
    let prev = w.lower(k - 1);
    if matches!(word, "in" | "via") && !matches!(prev, "and" | "or" | "but") && crate::lexicon::speech_verb(prev).is_none() && is_medium_ahead(w, k + 1) {
        return true;
    }
    // "on Friday", "this week", "in 2012"
    let next = if k + 1 < w.toks.len() { w.lower(k + 1) } else { "" };
    let when = crate::cues::is_month(next) || crate::cues::is_time_noun(next);
    (matches!(word, "on" | "this" | "in") && when) || word == "in" && next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit())
}

/// A medium noun within three words from `k` ("a statement", "an on-air
/// diatribe", "early-morning tweets"), words only before it.
fn is_medium_ahead(w: &Words, k: usize) -> bool {
    (k..(k + 4).min(w.toks.len())).take_while(|&j| w.is_word(j) && w.pronoun(j).is_none()).any(|j| {
        let word = w.lower(j);
        crate::lexicon::is_medium_noun(word) || word.len() > 3 && word.ends_with('s') && crate::lexicon::is_medium_noun(&word[..word.len() - 1]) || matches!(word, "diatribe" | "tirade" | "rant")
    })
}

#[cfg(test)]
mod tests {
    use crate::test_support::reported_rules as reported;

    fn st(text: &str) -> Vec<(String, &'static str)> {
        vec![(text.to_string(), "reported::stance")]
    }

    #[test]
    fn the_object_of_a_stance_verb() {
        assert_eq!(reported("The farmers' union endorsed Ana Ruiz on Friday."), st("Ana Ruiz"));
        assert_eq!(reported("The mayor criticized the bridge plan for its cost."), st("the bridge plan for its cost"));
    }

    #[test]
    fn what_a_speaker_refers_to() {
        let got = reported("“We must wake up,” Ruiz said, referring to the party's voters.");
        assert_eq!(got, st("the party's voters"));
    }

    #[test]
    fn the_object_ends_at_a_comma_or_an_adverbial() {
        assert_eq!(reported("The mayor praised the firefighters, calling them heroes.")[0], ("the firefighters".to_string(), "reported::stance"));
        assert_eq!(reported("The council backed the port plan last week."), st("the port plan"));
    }

    #[test]
    fn the_object_ends_before_the_medium() {
        assert_eq!(reported("The mayor attacked the toll in early-morning tweets."), st("the toll"));
        assert_eq!(reported("Ruiz praised the crews in an on-air tirade."), st("the crews"));
        // a place is part of the object; a medium after "and" is another verb's
        assert_eq!(reported("The mayor praised the crews in Ardenholt."), st("the crews in Ardenholt"));
        assert_eq!(reported("The mayor praised the crews in what he calls the harbour.")[0], ("the crews in what he calls the harbour".to_string(), "reported::stance"));
    }

    #[test]
    fn the_object_ends_before_amid_or_as_and_a_subject() {
        assert_eq!(reported("The union offered new talks amid growing anger over rents."), st("new talks"));
        assert_eq!(reported("The mayor praised the crews as she toured the harbour."), st("the crews"));
        assert_eq!(reported("The mayor praised the crews even as she cut their pay."), st("the crews"));
        // a comparison's second "as" and an "as" of role stay
        assert_eq!(reported("The mayor praised the crews as warmly as she could."), st("the crews as warmly as she could"));
        assert_eq!(reported("The mayor described the toll as a tax."), st("the toll as a tax"));
    }

    #[test]
    fn an_aside_inside_the_one_accused() {
        assert_eq!(reported("The mayor accused Ida Varga, who runs the port, of hiding the costs."), st("Ida Varga, who runs the port, of hiding the costs"));
        assert_eq!(reported("The union blamed the board, not the crews, for the delays."), st("the board, not the crews, for the delays"));
        // without a charge after it the comma still ends the object
        assert_eq!(reported("The mayor praised the crews, who worked for free.")[0], ("the crews".to_string(), "reported::stance"));
        assert_eq!(reported("The mayor endorsed Ida Varga, who asked for it.")[0], ("Ida Varga".to_string(), "reported::stance"));
    }

    #[test]
    fn a_list_or_an_including_goes_on_past_its_commas() {
        assert_eq!(reported("The mayor praised the crews, the pilots and the harbour staff."), st("the crews, the pilots and the harbour staff"));
        assert_eq!(reported("The mayor praised the crews, pilots, and divers for their work."), st("the crews, pilots, and divers for their work"));
        assert_eq!(reported("The union cited several costs, including fuel and rent."), st("several costs, including fuel and rent"));
        // a clause after ", and" ends it
        assert_eq!(reported("The mayor praised the crews, and they thanked her.")[0], ("the crews".to_string(), "reported::stance"));
        assert_eq!(reported("The mayor praised the crews, who had worked and slept on the pier.")[0], ("the crews".to_string(), "reported::stance"));
    }

    #[test]
    fn passives_particles_and_nouns_are_no_stance() {
        assert!(reported("The plan was backed by the council.").is_empty());
        assert!(reported("The mayor backed down after the vote.").is_empty());
        assert!(reported("Her support for the plan grew.").is_empty());
    }

    #[test]
    fn the_one_accused_and_the_charge() {
        assert_eq!(reported("The mayor accused the board of hiding the costs."), st("the board of hiding the costs"));
        // passives: "accused of" has no object
        assert!(reported("The mayor accused of hiding the costs resigned on Friday.").iter().all(|(_, r)| *r != "reported::stance"));
        assert!(reported("The mayor was accused of hiding the costs.").is_empty());
    }

    #[test]
    fn what_a_source_proposes_or_questions() {
        assert_eq!(reported("The mayor proposed a toll on trucks."), st("a toll on trucks"));
        assert_eq!(reported("Odum questioned her record on the port."), st("her record on the port"));
        // an adjective before a noun is no verb
        assert!(reported("The proposed toll was dropped.").is_empty());
    }

    #[test]
    fn what_a_source_mentions_expresses_or_offers() {
        assert_eq!(reported("The mayor mentioned the ferry twice."), st("the ferry twice"));
        assert_eq!(reported("Dock workers expressed concern over the levy."), st("concern over the levy"));
        assert_eq!(reported("The mayor offered an apology to the crews."), st("an apology to the crews"));
        assert_eq!(reported("The council welcomed the ruling."), st("the ruling"));
        assert_eq!(reported("Most farmers see Ruiz as a reformer."), st("Ruiz as a reformer"));
        // "thanks to", a passive and a noun are no stance
        assert!(reported("The bill passed thanks to the votes of farmers.").is_empty());
        assert!(reported("Ida Varga was promoted to captain.").is_empty());
        assert!(reported("The offer was rejected by the board.").is_empty());
    }

    #[test]
    fn what_a_source_describes_or_cites() {
        assert_eq!(reported("The mayor described the toll as a tax on the poor."), st("the toll as a tax on the poor"));
        assert_eq!(reported("The union cited rising rents."), st("rising rents"));
        // a passive names no holder
        assert!(reported("The toll was described as a tax.").is_empty());
    }

    #[test]
    fn an_ing_form_is_a_stance_only_as_the_subjects_participle_clause() {
        let got = crate::test_support::reported_rules("The dock workers went on strike, citing rising rents.");
        assert_eq!(got, st("rising rents"));
        // the stance is the clause subject's
        let doc = crate::annotate("The dock workers went on strike, citing rising rents.", &crate::Options::default());
        let span = doc.spans.iter().find(|s| s.text == "rising rents").unwrap();
        assert!(matches!(span.data, crate::SpanData::Quote { speaker: Some(e), .. } if doc.entities[e].name == "The dock workers"));
        assert_eq!(reported("The mayor spoke for an hour and, praising the crews, left."), st("the crews"));
        // a verb of both lists ("questioning" speaks and takes a side): one span
        assert_eq!(reported("Odum spoke for an hour, questioning her record on the port.").len(), 1);
        // an -ing form after a noun is an adjective's use
        assert!(reported("Groups supporting the toll met on Friday.").is_empty());
        assert!(reported("The council heard from residents opposing the toll.").is_empty());
    }

    #[test]
    fn a_stance_word_after_a_and_a_name_is_a_noun() {
        assert!(reported("The port declined a Harbour Board offer twice last year.").is_empty());
        assert_eq!(reported("The Harbour Board offered the crews a bonus."), st("the crews a bonus"));
    }

    #[test]
    fn a_relative_who_is_no_sure_holder() {
        assert!(reported("The vote went to Ruiz, who endorsed the toll plan.").iter().all(|(_, rule)| *rule != "reported::stance"));
    }

    #[test]
    fn a_stance_inside_what_was_said_is_not_content_of_its_own() {
        assert_eq!(reported("Ruiz said the union supported the toll."), vec![("the union supported the toll".to_string(), "reported::content")]);
    }
}
