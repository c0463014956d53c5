//! The annotation document of `spec/annotation-format.md`: entities and spans.
//!
//! Offsets: while the core works, every `start`/`end` is a UTF-8 **byte**
//! offset into the text, end exclusive, always on a `char` boundary.
//! [`crate::offsets`] converts a finished document to the unit the caller
//! asked for, once, in one pass; [`Document::offsets`] names that unit.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// Format version of the document (`version` in the spec).
pub const FORMAT_VERSION: u32 = 1;

/// The unit of every `start`/`end` in a finished document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// UTF-16 code units: JavaScript string indices. The default.
    #[default]
    Utf16,
    /// UTF-8 bytes.
    Utf8,
    /// Unicode scalar values (Rust `char`s, Python `str` indices).
    Chars,
}

impl OffsetUnit {
    pub fn parse(s: &str) -> Option<OffsetUnit> {
        match s {
            "utf16" => Some(OffsetUnit::Utf16),
            "utf8" => Some(OffsetUnit::Utf8),
            "chars" => Some(OffsetUnit::Chars),
            _ => None,
        }
    }

    /// Its name in the document (`serde(rename_all = "lowercase")`).
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Utf8 => "utf8",
            OffsetUnit::Chars => "chars",
        }
    }
}

/// The whole annotation of one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub version: u32,
    pub offsets: OffsetUnit,
    pub entities: Vec<Entity>,
    /// Sorted by `start`, then longer first.
    pub spans: Vec<Span>,
}

/// What kind of speaker an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Group,
    Anonymous,
}

impl EntityKind {
    /// Its name in the document (`serde(rename_all = "lowercase")`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Anonymous => "anonymous",
        }
    }
}

/// Someone or something that speaks or is quoted.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    /// Index in [`Document::entities`].
    pub id: usize,
    /// Fullest name in the text ("Abbas Araghchi"), or the description of an
    /// unnamed source as written ("a senior US official").
    pub name: String,
    pub kind: EntityKind,
    /// Role or office as written ("Iranian Foreign Minister").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Other surface forms that refer to it ("Araghchi").
    pub aliases: Vec<String>,
}

/// Category of a red-line statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    NonNegotiable,
    Ultimatum,
    Refusal,
    Threat,
    RedLineMention,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::NonNegotiable,
        Category::Ultimatum,
        Category::Refusal,
        Category::Threat,
        Category::RedLineMention,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::NonNegotiable => "non_negotiable",
            Category::Ultimatum => "ultimatum",
            Category::Refusal => "refusal",
            Category::Threat => "threat",
            Category::RedLineMention => "red_line_mention",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The kind-specific part of a span.
#[derive(Clone, Debug, PartialEq)]
pub enum SpanData {
    /// A mention of an entity that speaks somewhere in the text.
    Speaker { entity: usize },
    /// Words inside quotation marks (`direct`) or the content of reported speech.
    Quote { speaker: Option<usize>, direct: bool, cue: Option<String> },
    /// A statement of a limit a party declares.
    RedLine { speaker: Option<usize>, category: Category, trigger: String, confidence: f32 },
}

impl SpanData {
    /// The spec's `kind` string.
    pub fn kind(&self) -> &'static str {
        match self {
            SpanData::Speaker { .. } => "speaker",
            SpanData::Quote { .. } => "quote",
            SpanData::RedLine { .. } => "red_line",
        }
    }
}

/// One annotated stretch of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// Exactly the text between `start` and `end`.
    pub text: String,
    /// Which rule produced the span (an extra field): trace an error to a file.
    pub rule: &'static str,
    pub data: SpanData,
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", self.data.kind())?;
        m.serialize_entry("start", &self.start)?;
        m.serialize_entry("end", &self.end)?;
        m.serialize_entry("text", &self.text)?;
        match &self.data {
            SpanData::Speaker { entity } => m.serialize_entry("entity", entity)?,
            SpanData::Quote { speaker, direct, cue } => {
                m.serialize_entry("speaker", speaker)?;
                m.serialize_entry("direct", direct)?;
                m.serialize_entry("cue", cue)?;
            }
            SpanData::RedLine { speaker, category, trigger, confidence } => {
                m.serialize_entry("speaker", speaker)?;
                m.serialize_entry("category", category)?;
                m.serialize_entry("trigger", trigger)?;
                m.serialize_entry("confidence", &Span::confidence_f64(*confidence))?;
            }
        }
        m.serialize_entry("rule", self.rule)?;
        m.end()
    }
}

impl Span {
    /// A red line's confidence as written in the document: an f64 rounded to
    /// 2 places. An f32 prints as 0.79999995 in Rust's JSON but
    /// 0.7999999523162842 in JS (parity test).
    pub fn confidence_f64(confidence: f32) -> f64 {
        (confidence as f64 * 100.0).round() / 100.0
    }

    /// Sort key of the spec: by `start`, then longer first.
    pub fn order_key(&self) -> (usize, std::cmp::Reverse<usize>) {
        (self.start, std::cmp::Reverse(self.end))
    }
}
