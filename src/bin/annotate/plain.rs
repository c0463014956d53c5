//! Plain mode: each FILE (or standard input) is one article, and gives one
//! JSON document on stdout. An input that cannot be read is reported on
//! stderr, naming it, and the other inputs are still annotated.

use article_annotator::{annotate, Document, Options};
use serde::Serialize;
use std::io::{self, Read, Write};

/// Annotates every input; returns whether all of them could be read.
pub fn run(files: &[String], options: &Options, pretty: bool, out: &mut dyn Write) -> io::Result<bool> {
    let inputs: Vec<&str> = if files.is_empty() { vec!["-"] } else { files.iter().map(String::as_str).collect() };
    // With several inputs each document says which one it came from.
    let name_each = inputs.len() > 1;
    let mut all_read = true;
    for input in inputs {
        match read_text(input) {
            Ok(text) => {
                let doc = document_json(&text, options, name_each.then_some(input));
                write_json(&doc, pretty, out)?;
            }
            Err(message) => {
                eprintln!("annotate: {message}");
                all_read = false;
            }
        }
    }
    Ok(all_read)
}

/// A document with the input's name added after the spec fields (which keep
/// their order, unlike in a `serde_json::Value`).
#[derive(Serialize)]
struct NamedDocument<'a> {
    #[serde(flatten)]
    doc: Document,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
}

fn document_json<'a>(text: &str, options: &Options, file: Option<&'a str>) -> NamedDocument<'a> {
    NamedDocument { doc: annotate(text, options), file }
}

fn write_json(doc: &impl Serialize, pretty: bool, out: &mut dyn Write) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, doc)?;
    } else {
        serde_json::to_writer(&mut *out, doc)?;
    }
    out.write_all(b"\n")
}

/// Reads a whole input as UTF-8 text; `-` is standard input. The error
/// message names the input and says what was wrong with it.
fn read_text(input: &str) -> Result<String, String> {
    let shown = if input == "-" { "standard input".to_string() } else { input.to_string() };
    let mut bytes = Vec::new();
    let read = if input == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(input).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    read.map_err(|e| format!("cannot read {shown}: {}", describe_io_error(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{shown} is not UTF-8 text (invalid byte at offset {at}); convert it to UTF-8 first")
    })
}

fn describe_io_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}
