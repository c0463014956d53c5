//! Annotates one text once, for callgrind (scripts/bench-profile.sh):
//!   profile seed            the shared seed article
//!   profile news BYTES      fixture articles repeated to BYTES
//! Prints the text's size and the number of spans, so runs can be compared.

use article_annotator::{annotate, Options};
use article_annotator_bench::{news_text, seed_article};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.first().map(String::as_str) {
        Some("news") => news_text(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000)),
        _ => seed_article().expect("no seed article; set AA_SEED"),
    };
    let doc = annotate(&text, &Options::default());
    println!("{} bytes, {} spans", text.len(), doc.spans.len());
}
