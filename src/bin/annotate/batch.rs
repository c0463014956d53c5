//! Batch mode (`--jsonl`, the spec's "Batch form"): lines `{"id": ..., "text":
//! ...}` in, one line out for each: the document with `"id"` added, or
//! `{"id": <id or null>, "error": "<message>"}`. A bad line never stops the
//! run; blank lines are skipped. Lines are read as bytes so that invalid UTF-8
//! in one line is reported for that line only.

use article_annotator::{annotate, Document, Options};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{self, BufRead, BufReader, Write};

/// Annotates every line of every input (standard input when `files` is
/// empty); returns whether every line was a valid request.
pub fn run(files: &[String], options: &Options, out: &mut dyn Write) -> io::Result<bool> {
    if files.is_empty() {
        return run_reader(io::stdin().lock(), "line", options, out);
    }
    let mut all_ok = true;
    for file in files {
        let ok = match std::fs::File::open(file) {
            Ok(f) => run_reader(BufReader::new(f), &format!("{file} line"), options, out)?,
            Err(e) => {
                eprintln!("annotate: cannot read {file}: {e}");
                false
            }
        };
        all_ok &= ok;
    }
    Ok(all_ok)
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// `where_prefix` starts each error message ("line", "batch.jsonl line").
fn run_reader(mut input: impl BufRead, where_prefix: &str, options: &Options, out: &mut dyn Write) -> io::Result<bool> {
    let mut all_ok = true;
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            return Ok(all_ok);
        }
        number += 1;
        // A file saved by a Windows editor may start with a byte order mark,
        // which JSON does not allow: it belongs to the file, not the line.
        if number == 1 && line.starts_with(UTF8_BOM) {
            line.drain(..UTF8_BOM.len());
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match answer(&line, options) {
            Ok(doc) => serde_json::to_writer(&mut *out, &doc)?,
            Err((id, message)) => {
                all_ok = false;
                let error = format!("{where_prefix} {number}: {message}");
                serde_json::to_writer(&mut *out, &json!({ "id": id, "error": error }))?;
            }
        }
        out.write_all(b"\n")?;
    }
}

/// The document for one request line, or its id (if any) and what is wrong.
fn answer(line: &[u8], options: &Options) -> Result<IdentifiedDocument, (Value, String)> {
    let line = std::str::from_utf8(line).map_err(|e| {
        (Value::Null, format!("not valid UTF-8 (invalid byte at offset {})", e.valid_up_to()))
    })?;
    let request: Value = serde_json::from_str(line).map_err(|e| (Value::Null, format!("not valid JSON: {e}")))?;
    let Value::Object(fields) = &request else {
        return Err((Value::Null, "expected an object like {\"id\": 1, \"text\": \"...\"}".to_string()));
    };
    let id = fields.get("id").cloned().unwrap_or(Value::Null);
    let text = match fields.get("text") {
        Some(Value::String(text)) => text,
        Some(_) => return Err((id, "\"text\" must be a string".to_string())),
        None => return Err((id, "no \"text\" field".to_string())),
    };
    match guarded(|| annotate(text, options)) {
        Ok(doc) => Ok(IdentifiedDocument { doc, id }),
        Err(message) => Err((id, message)),
    }
}

/// Runs the core on one line so that a bug in it (a panic, which the core
/// must never have) costs that line only: the line gets an error naming the
/// panic and the run goes on with the next line. The panic's own message and
/// place are printed on standard error by the default hook.
fn guarded(run: impl FnOnce() -> Document) -> Result<Document, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        format!("internal error in the annotator (a bug; please report it with this text): {what}")
    })
}

/// The spec document with the request's `id` added after the spec fields
/// (which keep their order, unlike in a `serde_json::Value`).
#[derive(Serialize)]
struct IdentifiedDocument {
    #[serde(flatten)]
    doc: Document,
    id: Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_lines(input: &[u8]) -> (Vec<Value>, bool) {
        let mut out = Vec::new();
        let ok = run_reader(input, "line", &Options::default(), &mut out).unwrap();
        let lines = String::from_utf8(out).unwrap();
        (lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect(), ok)
    }

    #[test]
    fn good_lines_get_documents_with_their_id() {
        let (replies, ok) = run_lines(b"{\"id\": \"a\", \"text\": \"Hi.\"}\n\n{\"id\": 7, \"text\": \"\"}");
        assert!(ok);
        assert_eq!(replies.len(), 2, "the blank line is skipped");
        assert_eq!(replies[0]["id"], "a");
        assert_eq!(replies[1]["id"], 7);
        assert_eq!(replies[1]["version"], 1);
    }

    #[test]
    fn bad_lines_get_errors_with_line_numbers() {
        let (replies, ok) = run_lines(b"{oops\n{\"id\": 3, \"text\": 5}\n\xff\xfe\n[1]\n{\"id\": 4}\n");
        assert!(!ok);
        let errors: Vec<&str> = replies.iter().map(|r| r["error"].as_str().unwrap()).collect();
        assert!(errors[0].starts_with("line 1: not valid JSON"), "{}", errors[0]);
        assert_eq!(errors[1], "line 2: \"text\" must be a string");
        assert_eq!(replies[1]["id"], 3);
        assert!(errors[2].starts_with("line 3: not valid UTF-8"), "{}", errors[2]);
        assert!(errors[3].starts_with("line 4: expected an object"), "{}", errors[3]);
        assert_eq!(errors[4], "line 5: no \"text\" field");
        assert_eq!(replies[4]["id"], 4);
    }

    #[test]
    fn a_byte_order_mark_before_the_first_line_is_skipped() {
        let (replies, ok) = run_lines(b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"Hi.\"}\r\n\xEF\xBB\xBF{\"id\": 2, \"text\": \"\"}\r\n");
        assert_eq!(replies[0]["id"], 1, "{:?}", replies[0]);
        assert!(replies[1]["error"].as_str().unwrap().starts_with("line 2: not valid JSON"), "only the file's first bytes are a mark: {:?}", replies[1]);
        assert!(!ok);
    }

    #[test]
    fn a_panic_in_the_core_costs_one_line_only() {
        let error = guarded(|| panic!("index out of bounds")).unwrap_err();
        assert!(error.starts_with("internal error in the annotator") && error.ends_with("index out of bounds"), "{error}");
        let doc = guarded(|| annotate("“Yes,” said Ida Varga.", &Options::default())).unwrap();
        assert_eq!(doc.entities.len(), 1, "the core's document comes through");
    }
}
