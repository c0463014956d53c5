//! Helpers shared by the unit tests of several rule files.

use crate::{annotate, OffsetUnit, Options, SpanData};

/// The speaker's name of every direct quote of `text`, in order (None for
/// a quote without one).
pub fn direct_speakers(text: &str) -> Vec<Option<String>> {
    let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
    doc.spans
        .iter()
        .filter_map(|s| match &s.data {
            SpanData::Quote { speaker, direct: true, .. } => Some(speaker.map(|e| doc.entities[e].name.clone())),
            _ => None,
        })
        .collect()
}

/// Every reported-speech span of `text` with the rule that produced it.
pub fn reported_rules(text: &str) -> Vec<(String, &'static str)> {
    let doc = annotate(text, &Options { offsets: OffsetUnit::Utf8, ..Options::default() });
    doc.spans.iter().filter(|s| matches!(s.data, SpanData::Quote { direct: false, .. })).map(|s| (s.text.clone(), s.rule)).collect()
}
