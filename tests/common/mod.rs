//! Helpers shared by the integration tests (`golden`, `invariants`,
//! `no_panic`). Each test crate uses only part of them, hence the
//! `dead_code` allowance.
#![allow(dead_code)]

pub mod arbitrary;
pub mod check;
pub mod diff;
pub mod random_text;
pub mod render;
pub mod units;

use std::path::PathBuf;

/// `tests/fixtures/*.txt`, sorted by name, as (stem, text).
pub fn fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let stem = p.file_stem().expect("file name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (stem, text)
        })
        .collect()
}

/// The first `max` chars of `text`, escaped, for failure messages.
pub fn preview(text: &str, max: usize) -> String {
    let head: String = text.chars().take(max).collect();
    let more = if text.chars().count() > max { "…" } else { "" };
    format!("{head:?}{more} ({} bytes)", text.len())
}
