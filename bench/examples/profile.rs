//! Annotates one text once, for callgrind (scripts/bench-profile.sh):
//!   profile seed            the shared seed article
//!   profile news BYTES      fixture articles repeated to BYTES
//! Prints the text's size and the number of spans, so runs can be compared.
//! With `--warm` last, the text is annotated once before the measured call,
//! so that the word lists are loaded (as in the page, the Node bench and
//! criterion) and callgrind's `--toggle-collect=profile::measured` counts
//! only what one more call costs.

use article_annotator::{annotate, Document, Options};
use article_annotator_bench::{news_text, seed_article};

#[inline(never)]
fn measured(text: &str) -> Document {
    annotate(text, &Options::default())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let warm = args.last().is_some_and(|a| a == "--warm");
    let text = match args.first().map(String::as_str) {
        Some("news") => news_text(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000)),
        _ => seed_article().expect("no seed article; set AA_SEED"),
    };
    if warm {
        std::hint::black_box(annotate(&text, &Options::default()));
    }
    let doc = measured(&text);
    println!("{} bytes, {} spans", text.len(), doc.spans.len());
}
