//! # article-annotator
//!
//! Reads a news article and finds who speaks, what they are quoted as saying
//! (in quotation marks or as reported speech), and which statements draw a
//! red line. The output is the document of `spec/annotation-format.md`.
//!
//! ```
//! use article_annotator::{annotate, Options};
//! let doc = annotate("“We will not back down,” the minister said.", &Options::default());
//! assert!(doc.spans.iter().any(|s| s.data.kind() == "quote"));
//! ```
//!
//! The core is pure Rust; `src/wasm.rs` is the only file that knows about
//! JavaScript. Annotating never fails and never panics: any text gives a
//! document. Only options can be wrong ([`Options::from_json`]).
//!
//! Inside, every offset is a UTF-8 byte offset; [`offsets::convert`] turns a
//! finished document into the caller's unit once, at the end.

pub mod offsets;
pub mod options;
pub mod span;

mod assemble;
mod attribution;
mod chars;
mod cues;
mod dialogue;
mod entities;
mod fasthash;
mod headline;
mod holder;
// read only by src/wasm.rs (the options from JavaScript)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod json_reader;
pub mod json_value;
// the document as JSON for src/wasm.rs (the command line uses serde_json)
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod json_writer;
mod lexicon;
mod phrases;
mod tokens;
#[cfg(test)]
mod test_support;
mod quotes;
mod redline;
mod reported;
mod segment;
mod sort;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use options::{parse_json_text, Kinds, Options, OptionsError, RedLineOptions};
pub use span::{Category, Document, Entity, EntityKind, OffsetUnit, Span, SpanData, FORMAT_VERSION};

/// The crate's version, as reported by `version()` in JavaScript and
/// `annotate --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Annotates `text`: entities, speaker mentions, quotes and red lines, with
/// offsets in `options.offsets`.
pub fn annotate(text: &str, options: &Options) -> Document {
    let found = assemble::find_all(text, &options.red_lines);
    let mut doc = assemble::to_document(text, found, options);
    offsets::convert(&mut doc, text, options.offsets);
    doc
}
