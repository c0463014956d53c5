//! Texts for the benchmarks, built at run time (nothing big is committed).
//!
//! `news_text(n)` repeats the fixture articles of `tests/fixtures/*.txt`
//! (sorted by name, separated by a blank line) until the text has at least
//! `n` bytes. `scripts/bench-text.mjs` builds the same text for the JS
//! benchmarks, byte for byte.

use std::fs;
use std::path::{Path, PathBuf};

/// The repository root (the parent of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("bench/ has a parent").to_path_buf()
}

/// The fixture articles, sorted by file name.
pub fn fixture_articles() -> Vec<String> {
    let dir = repo_root().join("tests/fixtures");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| fs::read_to_string(p).expect("fixture is UTF-8")).collect()
}

/// At least `min_bytes` of news text: whole fixture articles, repeated.
pub fn news_text(min_bytes: usize) -> String {
    let articles = fixture_articles();
    assert!(!articles.is_empty(), "no tests/fixtures/*.txt");
    let mut text = String::with_capacity(min_bytes + 4096);
    for article in articles.iter().cycle() {
        if text.len() >= min_bytes {
            break;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(article.trim_end());
    }
    text
}

/// The seed article of the shared folder (someone else's text: read here,
/// never committed). `AA_SEED` overrides the path.
pub fn seed_article() -> Option<String> {
    let path = std::env::var("AA_SEED")
        .map(PathBuf::from)
        .unwrap_or_else(|_| repo_root().join("../shared/eval/seed-article.txt"));
    fs::read_to_string(path).ok()
}
