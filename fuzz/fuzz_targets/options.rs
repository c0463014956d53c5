//! Fuzz target: options parsing (`Options::from_json`, the JSON shape the
//! page, the widget and the CLI all pass in), then annotating with whatever
//! options were accepted. Input: `<options JSON> NUL <text>`, the text
//! defaulting to a short article when there is no NUL. Bad options must be
//! an `Err` with a message, never a panic; accepted ones (added red-line
//! patterns included) must still give a document that holds every invariant.
#![no_main]

#[path = "../../tests/common/mod.rs"]
#[allow(dead_code)]
mod common;

use article_annotator::{annotate, Options};
use libfuzzer_sys::fuzz_target;

const ARTICLE: &str = "“We will not back down,” Minister Ines Valdmaa said on Friday. \
    She warned that unless the union agrees by Monday, the port will close. \
    Officials said the offer was non-negotiable.";

fuzz_target!(|data: &[u8]| {
    let (json, text) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], String::from_utf8_lossy(&data[nul + 1..])),
        None => (data, ARTICLE.into()),
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) else { return };
    match Options::from_json(&value) {
        Ok(options) => {
            let doc = annotate(&text, &options);
            common::check::check_invariants(&text, &doc, options.offsets);
        }
        Err(e) => assert!(!e.0.trim().is_empty(), "an options error without a message"),
    }
});
