//! The `annotate` binary, run as a user would: files, standard input, JSON
//! lines, offset units, and every way an input can be wrong.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Emoji (4 bytes, 2 UTF-16 units), a flag (two code points), CJK (3 bytes,
/// 1 unit) and curly quotes (3 bytes, 1 unit) before and inside a quote, so
/// the three offset units all differ.
const MIXED_TEXT: &str = "Officials 😀 in 北京 met. The minister said: “We will never accept this 🇺🇦 deal,” and left. \
                          Later “中文 quotes 😀” appeared.";

fn annotate(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the annotate binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout_lines(output: &Output) -> Vec<Value> {
    let text = String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8");
    text.lines().map(|line| serde_json::from_str(line).expect("each line is JSON")).collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A short article whose quote every version of the rules finds.
const MINISTER: &str = "“We will not back down,” the minister said.";

/// The text of the first quote span of `doc`.
fn first_quote_text(doc: &Value) -> &str {
    let spans = doc["spans"].as_array().expect("spans is a list");
    let quote = spans.iter().find(|s| s["kind"] == "quote").unwrap_or_else(|| panic!("no quote in {doc}"));
    quote["text"].as_str().unwrap()
}

/// A file in a fresh temporary folder for this test.
fn temp_file(test: &str, name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("annotate-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

/// `text` between `start` and `end` counted in `unit`.
fn slice_in_unit(text: &str, start: usize, end: usize, unit: &str) -> String {
    match unit {
        "utf8" => text[start..end].to_string(),
        "utf16" => {
            let units: Vec<u16> = text.encode_utf16().collect();
            String::from_utf16(&units[start..end]).expect("span ends on a code point boundary")
        }
        "chars" => text.chars().skip(start).take(end - start).collect(),
        other => panic!("unknown unit {other}"),
    }
}

fn assert_spans_slice_to_their_text(doc: &Value, text: &str, unit: &str) {
    assert_eq!(doc["offsets"], unit);
    let spans = doc["spans"].as_array().expect("spans is a list");
    assert!(!spans.is_empty(), "the curly-quoted words give at least one span");
    for span in spans {
        let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(slice_in_unit(text, start, end, unit), span["text"].as_str().unwrap(), "{unit}: {span}");
    }
}

#[test]
fn stdin_gives_one_document() {
    let output = annotate(&[], MIXED_TEXT.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let docs = stdout_lines(&output);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["version"], 1);
    assert!(docs[0]["entities"].is_array());
    assert!(docs[0].get("file").is_none(), "a single input gives the bare spec document");
}

#[test]
fn every_offset_unit_slices_back_to_the_span_text() {
    for unit in ["utf16", "utf8", "chars"] {
        let output = annotate(&["--offsets", unit], MIXED_TEXT.as_bytes());
        assert!(output.status.success(), "{}", stderr(&output));
        assert_spans_slice_to_their_text(&stdout_lines(&output)[0], MIXED_TEXT, unit);
    }
    let default = annotate(&[], MIXED_TEXT.as_bytes());
    assert_spans_slice_to_their_text(&stdout_lines(&default)[0], MIXED_TEXT, "utf16");
}

#[test]
fn kinds_limits_the_spans() {
    let has_quote = |doc: &Value| doc["spans"].as_array().unwrap().iter().any(|s| s["kind"] == "quote");
    assert!(has_quote(&stdout_lines(&annotate(&[], MIXED_TEXT.as_bytes()))[0]), "all kinds by default");
    let output = annotate(&["--kinds", "speaker,red_line"], MIXED_TEXT.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let doc = &stdout_lines(&output)[0];
    assert!(!has_quote(doc), "{doc}");
}

#[test]
fn files_give_one_named_document_each_and_pretty_indents() {
    let a = temp_file("files", "a.txt", MINISTER.as_bytes());
    let b = temp_file("files", "b.txt", MIXED_TEXT.as_bytes());
    let output = annotate(&[a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert!(output.status.success(), "{}", stderr(&output));
    let docs = stdout_lines(&output);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["file"], a.to_str().unwrap());
    assert_spans_slice_to_their_text(&docs[1], MIXED_TEXT, "utf16");

    let pretty = annotate(&["--pretty", a.to_str().unwrap()], b"");
    let text = String::from_utf8(pretty.stdout).unwrap();
    assert!(text.starts_with("{\n  \"version\": 1,"), "{text}");
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(first_quote_text(&doc), "“We will not back down,”");
}

#[test]
fn unreadable_files_are_named_and_the_others_still_annotated() {
    let latin1 = temp_file("bad", "latin1.txt", b"Caf\xe9 \"ol\xe9\" said.");
    let good = temp_file("bad", "good.txt", b"\"Fine,\" he said.");
    let missing = latin1.with_file_name("missing.txt");
    let args = [latin1.to_str().unwrap(), missing.to_str().unwrap(), good.to_str().unwrap()];
    let output = annotate(&args, b"");
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains(&format!("{} is not UTF-8", latin1.display())), "{err}");
    assert!(err.contains(&format!("cannot read {}: no such file", missing.display())), "{err}");
    let docs = stdout_lines(&output);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["file"], good.to_str().unwrap());
}

#[test]
fn non_utf8_stdin_is_an_error() {
    let output = annotate(&[], b"\xff\xfe bad");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("standard input is not UTF-8"), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
}

#[test]
fn jsonl_answers_every_line_and_reports_bad_ones() {
    let mut input = Vec::new();
    input.extend_from_slice(format!("{}\n", serde_json::json!({"id": "first", "text": MINISTER})).as_bytes());
    input.extend_from_slice(b"{not json\n\n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": 42}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"\xff\"}\n");
    input.extend_from_slice(serde_json::json!({"id": 5, "text": MIXED_TEXT, "extra": true}).to_string().as_bytes());
    let output = annotate(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1), "a bad line makes the exit status 1");
    let replies = stdout_lines(&output);
    assert_eq!(replies.len(), 5, "one reply per non-blank line");
    assert_eq!(replies[0]["id"], "first");
    assert_eq!(first_quote_text(&replies[0]), "“We will not back down,”");
    assert_eq!(replies[1], serde_json::json!({"id": null, "error": replies[1]["error"]}));
    assert!(replies[1]["error"].as_str().unwrap().starts_with("line 2: not valid JSON"));
    assert_eq!(replies[2]["id"], 3);
    assert_eq!(replies[2]["error"], "line 4: \"text\" must be a string");
    assert!(replies[3]["error"].as_str().unwrap().starts_with("line 5: not valid UTF-8"));
    assert_eq!(replies[4]["id"], 5);
    assert!(replies[4].get("extra").is_none(), "other input fields are ignored");
    assert_spans_slice_to_their_text(&replies[4], MIXED_TEXT, "utf16");
}

#[test]
fn jsonl_respects_offsets() {
    let line = serde_json::json!({"id": 1, "text": MIXED_TEXT}).to_string();
    let output = annotate(&["--jsonl", "--offsets=chars"], line.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    assert_spans_slice_to_their_text(&stdout_lines(&output)[0], MIXED_TEXT, "chars");
}

#[test]
fn usage_errors_exit_2_with_the_usage() {
    for (args, message) in [
        (&["--frobnicate"][..], "unknown option --frobnicate"),
        (&["--offsets", "bytes"][..], "option \"offsets\" is \"bytes\""),
        (&["--kinds", "quote,quotes"][..], "\"quotes\""),
        (&["--offsets"][..], "--offsets needs a value"),
    ] {
        let output = annotate(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = stderr(&output);
        assert!(err.contains(message) && err.contains("Usage: annotate"), "{args:?}: {err}");
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn version_and_help() {
    let version = annotate(&["--version"], b"");
    assert_eq!(String::from_utf8(version.stdout).unwrap(), format!("annotate {}\n", env!("CARGO_PKG_VERSION")));
    let help = annotate(&["--help"], b"");
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    assert!(text.contains("--jsonl") && text.contains("Exit status"), "{text}");
}

/// Red-line triggers added, disabled and filtered from the command line.
#[test]
fn red_line_flags_add_disable_and_filter() {
    let text = "The landlord will hold firm on the rent. The mayor vowed to veto the budget.";
    let triggers = |args: &[&str]| -> Vec<String> {
        let output = annotate(args, text.as_bytes());
        assert!(output.status.success(), "{}", stderr(&output));
        let doc = &stdout_lines(&output)[0];
        let spans = doc["spans"].as_array().unwrap().iter().filter(|s| s["kind"] == "red_line");
        spans.map(|s| s["trigger"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(triggers(&[]), ["vowed to veto"]);
    assert_eq!(triggers(&["--red-line-add", "non_negotiable=will|would hold firm"]), ["will hold firm", "vowed to veto"]);
    assert!(triggers(&["--red-line-disable", "refusal=veto"]).is_empty());
    assert!(triggers(&["--red-line-categories", "threat,ultimatum"]).is_empty());
}

#[test]
fn bad_red_line_flags_are_usage_errors() {
    let output = annotate(&["--red-line-add", "refusals=won't budge"], MINISTER.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("category \"refusals\"") && stderr(&output).contains("non_negotiable"), "{}", stderr(&output));
    let output = annotate(&["--red-line-add", "refusal=_ budge"], MINISTER.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("\"_ budge\""), "{}", stderr(&output));
}
