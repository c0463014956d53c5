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
    // A child that stops before reading (a usage error) closes the pipe:
    // a broken pipe here is not a failure; the output is what is checked.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing standard input: {e}");
    }
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

/// The red-line triggers found in `text` with `args`; the run must succeed.
fn red_line_triggers(args: &[&str], text: &str) -> Vec<String> {
    let output = annotate(args, text.as_bytes());
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    let doc = &stdout_lines(&output)[0];
    let spans = doc["spans"].as_array().unwrap().iter().filter(|s| s["kind"] == "red_line");
    spans.map(|s| s["trigger"].as_str().unwrap().to_string()).collect()
}

/// `--options FILE`: the JavaScript options object from a file, with the
/// flags laid over it.
#[test]
fn options_file_adds_disables_and_yields_to_flags() {
    let text = "The tenants' union will stand its ground on the deposit. The governor threatened to sue the utility.";
    let file = |name: &str, json: &str| temp_file("options_file", name, json.as_bytes()).display().to_string();
    assert_eq!(red_line_triggers(&[], text), ["threatened to"]);
    let add = file("add.json", r#"{"redLines": {"add": {"non_negotiable": ["will|would stand its|their ground"]}}}"#);
    assert_eq!(red_line_triggers(&["--options", &add], text), ["will stand its ground", "threatened to"]);
    let only_refusals = file("categories.json", r#"{"kinds": ["red_line"], "redLines": {"categories": ["refusal"]}}"#);
    assert!(red_line_triggers(&["--options", &only_refusals], text).is_empty());
    let no_threat = file("disable.json", r#"{"redLines": {"disable": {"threat": ["threatened"]}}}"#);
    assert!(red_line_triggers(&[&format!("--options={no_threat}")], text).is_empty());
    // flags apply on top, wherever they are: categories replace, triggers add
    assert_eq!(red_line_triggers(&["--red-line-categories", "threat,non_negotiable", "--options", &only_refusals], text), ["threatened to"]);
    assert_eq!(red_line_triggers(&["--options", &add, "--red-line-categories", "non_negotiable"], text), ["will stand its ground"]);
    let both = red_line_triggers(&["--options", &no_threat, "--red-line-add", "threat=threatened to sue"], text);
    assert!(both.is_empty(), "the file's disable still holds for triggers added by flags: {both:?}");
    // the file's offsets apply unless a flag says otherwise
    let utf8 = file("utf8.json", r#"{"offsets": "utf8"}"#);
    assert_eq!(stdout_lines(&annotate(&["--options", &utf8], MINISTER.as_bytes()))[0]["offsets"], "utf8");
    assert_eq!(stdout_lines(&annotate(&["--options", &utf8, "--offsets", "chars"], MINISTER.as_bytes()))[0]["offsets"], "chars");
}

#[test]
fn bad_options_files_are_usage_errors_naming_the_file_and_the_field() {
    let file = |name: &str, json: &str| temp_file("bad_options_file", name, json.as_bytes()).display().to_string();
    let cases = [
        (file("syntax.json", "{\"redLines\": {\"add\": {}},\n}"), "is not valid JSON: trailing comma at line 2 column 1"),
        (file("short.json", "{\"kinds\": [\"quote\""), "is incomplete JSON"),
        (file("unknown.json", r#"{"redLines": {"enable": {}}}"#), "unknown key \"enable\" in option \"redLines\"; the keys are: add, disable, categories"),
        (file("toplevel.json", r#"{"offset": "utf8"}"#), "unknown option \"offset\""),
        (file("type.json", r#"{"redLines": {"add": {"refusal": "will not budge"}}}"#), "option \"redLines.add.refusal\" must be a list of strings"),
        (file("category.json", r#"{"redLines": {"categories": ["threats"]}}"#), "category \"threats\""),
        (file("array.json", r#"["refusal"]"#), "options must be an object"),
    ];
    for (path, message) in &cases {
        let output = annotate(&["--options", path], MINISTER.as_bytes());
        assert_eq!(output.status.code(), Some(2), "{path}");
        let err = stderr(&output);
        assert!(err.contains(&format!("options file {path}")) && err.contains(message), "{path}: {err}");
        assert!(output.stdout.is_empty(), "nothing is annotated");
    }
    let missing = std::env::temp_dir().join("annotate-cli-no-such-options.json").display().to_string();
    let output = annotate(&["--options", &missing], MINISTER.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(&format!("cannot read options file {missing}")), "{}", stderr(&output));
    for (args, message) in [
        (&["--options", "-"][..], "standard input is the text"),
        (&["--options"][..], "--options needs a value"),
        (&["--options", &cases[3].0, "--options", &cases[3].0][..], "only once"),
    ] {
        let output = annotate(args, MINISTER.as_bytes());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains(message), "{args:?}: {}", stderr(&output));
    }
}

// ---- hardening: hostile batch input ----------------------------------------

/// The error message of reply `i`, or panics with the reply.
fn error_of(replies: &[Value], i: usize) -> &str {
    replies[i]["error"].as_str().unwrap_or_else(|| panic!("reply {i} is not an error: {}", replies[i]))
}

#[test]
fn jsonl_every_kind_of_bad_line_gets_its_error_and_the_good_ones_a_document() {
    let good = serde_json::json!({"id": "ok", "text": MINISTER}).to_string();
    let lines: Vec<Vec<u8>> = vec![
        b"[1, 2]".to_vec(),                                   // 1 not an object
        b"\"just a string\"".to_vec(),                        // 2
        b"null".to_vec(),                                     // 3
        b"{\"id\": [1], \"text\": null}".to_vec(),            // 4 text null, id kept
        b"{\"id\": {\"a\": 1}, \"text\": [\"x\"]}".to_vec(),  // 5 text a list
        b"{\"id\": 6, \"txt\": \"typo\"}".to_vec(),           // 6 no text
        b"{\"id\": 7, \"text\": \"\\ud800 lone\"}".to_vec(),  // 7 lone surrogate escape
        b"{\"id\": 8, \"text\": \"caf\xe9\"}".to_vec(),       // 8 Latin-1 byte
        b"\xef\xbb\xbf{\"id\": 9, \"text\": \"BOM\"}".to_vec(), // 9 BOM before the object
        b"{\"id\": 10, \"text\": \"trailing\"} x".to_vec(),   // 10 trailing garbage
        good.clone().into_bytes(),                            // 11 good, CRLF below
        b"{\"id\": 12, \"text\": \"\\u0000\\u0007 \\u201cWe will not,\\u201d she said.\"}".to_vec(), // 12 good: NUL, BEL
        good.into_bytes(),                                    // 13 good, no final newline
    ];
    let mut input = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        input.extend_from_slice(line);
        input.extend_from_slice(match i { 10 => b"\r\n", 12 => b"", _ => b"\n" });
    }
    let output = annotate(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1), "bad lines make the exit status 1; stderr: {}", stderr(&output));
    let replies = stdout_lines(&output);
    assert_eq!(replies.len(), 13, "one reply per line");
    for i in 0..10 {
        assert!(error_of(&replies, i).starts_with(&format!("line {}: ", i + 1)), "reply {i}: {}", replies[i]);
    }
    assert!(error_of(&replies, 0).contains("expected an object"));
    assert_eq!(replies[3]["id"], serde_json::json!([1]), "the id is kept whatever its type");
    assert_eq!(error_of(&replies, 3), "line 4: \"text\" must be a string");
    assert_eq!(replies[4]["id"], serde_json::json!({"a": 1}));
    assert_eq!(error_of(&replies, 5), "line 6: no \"text\" field");
    assert!(error_of(&replies, 7).contains("not valid UTF-8"));
    for i in [10, 11, 12] {
        assert!(replies[i].get("error").is_none(), "reply {i}: {}", replies[i]);
        assert_eq!(replies[i]["version"], 1);
    }
    assert_eq!(first_quote_text(&replies[10]), "“We will not back down,”", "CRLF line");
    assert_eq!(first_quote_text(&replies[11]), "“We will not,”", "NUL and BEL in the text");
}

#[test]
fn jsonl_a_hundred_megabyte_bad_line_gets_an_error_and_the_next_line_is_answered() {
    // an unterminated string of 100 MB: read whole, refused, and the run goes on
    let mut input = Vec::with_capacity(101 << 20);
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"");
    input.resize(input.len() + (100 << 20), b'a');
    input.extend_from_slice(b"\n");
    input.extend_from_slice(serde_json::json!({"id": 2, "text": MINISTER}).to_string().as_bytes());
    input.extend_from_slice(b"\n");
    let output = annotate(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1));
    let replies = stdout_lines(&output);
    assert_eq!(replies.len(), 2);
    assert!(error_of(&replies, 0).starts_with("line 1: not valid JSON"), "{}", replies[0]);
    assert!(output.stdout.len() < 10_000, "the error line repeats the input");
    assert_eq!(replies[1]["id"], 2);
    assert_eq!(first_quote_text(&replies[1]), "“We will not back down,”");
}

#[test]
fn jsonl_a_ten_megabyte_text_is_annotated() {
    // a valid line of 10 MB (white space and a quote at the end): answered,
    // its spans slice back to the text (100 MB runs in the benchmark)
    let text = format!("{}{MINISTER}", " \n".repeat(5 << 20));
    let line = serde_json::json!({"id": "big", "text": text}).to_string();
    let output = annotate(&["--jsonl", "--kinds", "quote"], line.as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    let replies = stdout_lines(&output);
    assert_eq!(replies[0]["id"], "big");
    assert_spans_slice_to_their_text(&replies[0], &text, "utf16");
    assert_eq!(first_quote_text(&replies[0]), "“We will not back down,”");
}

#[test]
fn plain_mode_nul_bytes_and_control_characters_are_text() {
    let output = annotate(&[], "\0\u{1b}[31m“We will not back down,”\u{7} the minister said.\0".as_bytes());
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(first_quote_text(&stdout_lines(&output)[0]), "“We will not back down,”");
}
