//! Runs the rules in order and assembles their findings into the spec's
//! document: only entities that speak are kept (renumbered in order of first
//! mention), spans get their text and are sorted as the spec says.

use std::ops::Range;
use crate::options::{Options, RedLineOptions};
use crate::span::{Category, Document, Entity, EntityKind, Span, SpanData, FORMAT_VERSION};
use crate::attribution::{self, Carry};
use crate::entities::Registry;
use crate::headline;
use crate::{holder, quotes, redline, segment};

/// An entity while the rules work on it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityDraft {
    pub name: String,
    pub kind: EntityKind,
    pub title: Option<String>,
    pub aliases: Vec<String>,
}

/// A mention of an entity (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    pub rule: &'static str,
}

/// A quote or reported speech (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct QuoteFinding {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<usize>,
    pub direct: bool,
    pub cue: Option<String>,
    pub rule: &'static str,
}

/// A red-line statement (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct RedLineFinding {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<usize>,
    pub category: Category,
    pub trigger: String,
    pub confidence: f32,
    pub rule: &'static str,
}

/// Everything the rules found, before it becomes a [`Document`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings {
    pub entities: Vec<EntityDraft>,
    pub mentions: Vec<Mention>,
    pub quotes: Vec<QuoteFinding>,
    pub red_lines: Vec<RedLineFinding>,
}

/// Runs every rule over `text`.
pub fn find_all(text: &str, red_lines: &RedLineOptions) -> Findings {
    let paragraphs = segment::paragraphs(text);
    let mut found = Findings::default();
    let all_quotes = quotes::find(text, &paragraphs);
    // sentences and quote ranges are computed once, for every rule
    let sentences: Vec<Vec<Range<usize>>> = paragraphs.iter().map(|p| segment::sentences(text, p.clone())).collect();
    let mut registry = Registry::default();
    let mut carry = Carry::default();
    let mut q = 0;
    for (pi, para) in paragraphs.iter().enumerate() {
        let first = q;
        while q < all_quotes.len() && all_quotes[q].paragraph == pi {
            q += 1;
        }
        carry.next_opens_with_quote = paragraphs.get(pi + 1).is_some_and(|next| all_quotes.get(q).is_some_and(|nq| nq.paragraph == pi + 1 && nq.start == next.start));
        attribution::paragraph(text, para.clone(), &sentences[pi], &all_quotes[first..q], &mut registry, &mut carry, &mut found);
    }
    crate::dialogue::alternate(&carry.paragraphs, &mut found.quotes);
    // a headline stands above a body of at least one more paragraph
    if let (Some(first), true) = (paragraphs.first(), paragraphs.len() > 1) {
        headline::attribute(text, first.clone(), &sentences[0], &mut registry, &mut found);
    }
    let all_sentences: Vec<Range<usize>> = sentences.into_iter().flatten().collect();
    let quote_ranges: Vec<Range<usize>> = all_quotes.iter().map(|q| q.start..q.end).collect();
    let candidates = redline::find(text, &all_sentences, &quote_ranges, red_lines);
    let speakers = holder::resolve_all(text, &candidates, &found, &mut registry);
    for (c, speaker) in candidates.into_iter().zip(speakers) {
        found.red_lines.push(RedLineFinding {
            start: c.start,
            end: c.end,
            speaker,
            category: c.category,
            trigger: text[c.trigger.clone()].to_string(),
            confidence: c.confidence,
            rule: c.rule,
        });
    }
    if let Some(final_id) = registry.join_kin() {
        let join = |s: &mut Option<usize>| *s = s.map(|id| final_id[id]);
        found.quotes.iter_mut().for_each(|q| join(&mut q.speaker));
        found.red_lines.iter_mut().for_each(|r| join(&mut r.speaker));
        found.mentions.iter_mut().for_each(|m| m.entity = final_id[m.entity]);
    }
    found.entities = registry.drafts;
    found
}

/// Builds the document (byte offsets) from the findings.
pub fn to_document(text: &str, found: Findings, options: &Options) -> Document {
    let kinds = options.kinds;
    // keep entities credited with a quote or red line, in order of first mention
    let mut speaks = vec![false; found.entities.len()];
    for s in found.quotes.iter().map(|q| q.speaker).chain(found.red_lines.iter().map(|r| r.speaker)).flatten() {
        speaks[s] = true;
    }
    // first mention of each entity, in one pass over the mentions
    let mut first_mention = vec![usize::MAX; found.entities.len()];
    for m in &found.mentions {
        first_mention[m.entity] = first_mention[m.entity].min(m.start);
    }
    let mut first_seen: Vec<(usize, usize)> = (0..found.entities.len()).filter(|&i| speaks[i]).map(|i| (first_mention[i], i)).collect();
    crate::sort::by_key(&mut first_seen, |&(mention, id)| (mention as u64, id as u64, 0));
    let mut new_id = vec![None; found.entities.len()];
    let mut entities = Vec::with_capacity(first_seen.len());
    for (id, &(_, old)) in first_seen.iter().enumerate() {
        new_id[old] = Some(id);
        let d = &found.entities[old];
        entities.push(Entity { id, name: d.name.clone(), kind: d.kind, title: d.title.clone(), aliases: d.aliases.clone() });
    }
    let map = |s: Option<usize>| s.and_then(|s| new_id.get(s).copied().flatten());

    let mut spans = Vec::new();
    let slice = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_string();
    if kinds.speaker {
        for m in &found.mentions {
            if let Some(entity) = map(Some(m.entity)) {
                spans.push(Span { start: m.start, end: m.end, text: slice(m.start, m.end), rule: m.rule, data: SpanData::Speaker { entity } });
            }
        }
    }
    if kinds.quote {
        for q in &found.quotes {
            let data = SpanData::Quote { speaker: map(q.speaker), direct: q.direct, cue: q.cue.clone() };
            spans.push(Span { start: q.start, end: q.end, text: slice(q.start, q.end), rule: q.rule, data });
        }
    }
    if kinds.red_line {
        for r in &found.red_lines {
            let data = SpanData::RedLine { speaker: map(r.speaker), category: r.category, trigger: r.trigger.clone(), confidence: r.confidence };
            spans.push(Span { start: r.start, end: r.end, text: slice(r.start, r.end), rule: r.rule, data });
        }
    }
    // `order_key` (start, then the longer first), then `kind_rank`; stable
    crate::sort::by_key(&mut spans, |s| (s.start as u64, u64::MAX - s.end as u64, u64::from(kind_rank(s))));
    // one speaker span per mention, even when two rules found it ("Musicians
    // reacted with dismay. “…”": the cue and the quote's sieve both do);
    // one quote span per stretch of text and speaker, even when two cues
    // give it ("…, questioning her judgment": a speech verb and a stance
    // verb both read "questioning"; the first found stays)
    let same_quote = |a: &Span, b: &Span| match (&a.data, &b.data) {
        (SpanData::Quote { speaker: x, direct: d, .. }, SpanData::Quote { speaker: y, direct: e, .. }) => x == y && d == e,
        _ => false,
    };
    spans.dedup_by(|b, a| a.start == b.start && a.end == b.end && (matches!((&a.data, &b.data), (SpanData::Speaker { entity: x }, SpanData::Speaker { entity: y }) if x == y) || same_quote(a, b)) || a == b);
    Document { version: FORMAT_VERSION, offsets: options.offsets, entities, spans }
}

fn kind_rank(s: &Span) -> u8 {
    match s.data {
        SpanData::Speaker { .. } => 0,
        SpanData::Quote { .. } => 1,
        SpanData::RedLine { .. } => 2,
    }
}
