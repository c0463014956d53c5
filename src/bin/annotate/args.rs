//! Command-line arguments, parsed with std only.
//!
//! `--offsets` and `--kinds` are turned into the same JSON object that
//! JavaScript callers pass, and checked by `Options::from_json`, so a bad
//! value gets the same message here as in the browser. `--options FILE`
//! reads that object from a file; the flags are laid over it
//! (`options_file`).

use crate::options_file;
use article_annotator::Options;
use serde_json::{json, Map, Value};

pub const USAGE: &str = "\
Usage: annotate [OPTIONS] [FILE...]

Finds speakers, quotes and red-line statements in news articles and prints
the annotation document (spec/annotation-format.md) as JSON.

With no FILE, or when FILE is -, reads standard input. Each input gives one
JSON document on its own line; with two or more FILEs each document also
gets a \"file\" field naming its input.

Options:
  --jsonl             batch mode: read lines {\"id\": ..., \"text\": ...} (from
                      standard input, or from the FILEs) and write one line
                      per input: the document with \"id\" added, or
                      {\"id\": ..., \"error\": \"...\"} for a bad line
  --offsets UNIT      unit of start/end: utf16 (default, JavaScript string
                      indices), utf8 (bytes) or chars (code points)
  --kinds LIST        span kinds to emit, comma-separated, from
                      speaker,quote,red_line (default: all)
  --options FILE      read the options object of the JavaScript API from a
                      JSON file, e.g. {\"redLines\": {\"add\": {\"refusal\":
                      [\"will not budge\"]}, \"disable\": {\"threat\":
                      [\"veto\"]}}}; the other flags, wherever they are
                      given, apply on top of it: --offsets, --kinds and
                      --red-line-categories replace the file's value,
                      --red-line-add and --red-line-disable add to its lists
  --red-line-add CATEGORY=PATTERN
                      add a red-line trigger (repeatable), e.g.
                      --red-line-add refusal='will|would not budge'; patterns
                      as in src/lexicon/redline/*.txt: word, pre*, *suf,
                      a|b, _ (one word), _? (at most one word)
  --red-line-disable CATEGORY=WORDS
                      drop red lines of CATEGORY whose trigger contains
                      WORDS (repeatable), e.g. --red-line-disable threat=veto
  --red-line-categories LIST
                      red-line categories to report, comma-separated, from
                      non_negotiable,ultimatum,refusal,threat,red_line_mention
  --pretty            indent the JSON (not with --jsonl)
  -V, --version       print the version and exit
  -h, --help          print this help and exit

Exit status:
  0  every input was annotated
  1  some input could not be read (missing file, not UTF-8, bad JSON line);
     the other inputs were still annotated
  2  usage error (unknown flag, bad option value, an options file that
     cannot be read or is not valid options); nothing was annotated
";

/// What the command line asked for.
#[derive(Debug)]
pub enum Command {
    Help,
    Version,
    Annotate(Run),
}

/// An annotation run: its inputs and how to write the output.
#[derive(Debug)]
pub struct Run {
    pub files: Vec<String>,
    pub jsonl: bool,
    pub pretty: bool,
    pub options: Options,
}

/// A usage error: the message to print above the usage text.
#[derive(Debug)]
pub struct UsageError(pub String);

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let mut files = Vec::new();
    let (mut jsonl, mut pretty) = (false, false);
    let mut option_json = Map::new();
    let mut options_path: Option<String> = None;
    while let Some(arg) = args.next() {
        let (flag, inline_value) = split_inline_value(&arg);
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => jsonl = true,
            "--pretty" => pretty = true,
            "--options" => {
                let path = take_value(flag, inline_value, &mut args)?;
                if options_path.replace(path).is_some() {
                    return Err(UsageError("--options can be given only once".into()));
                }
            }
            "--offsets" => {
                let unit = take_value(flag, inline_value, &mut args)?;
                option_json.insert("offsets".into(), Value::String(unit));
            }
            "--kinds" => {
                let list = take_value(flag, inline_value, &mut args)?;
                option_json.insert("kinds".into(), kinds_list(&list));
            }
            "--red-line-add" | "--red-line-disable" => {
                let value = take_value(flag, inline_value, &mut args)?;
                let key = if flag == "--red-line-add" { "add" } else { "disable" };
                red_line_entry(&mut option_json, flag, key, &value)?;
            }
            "--red-line-categories" => {
                let list = take_value(flag, inline_value, &mut args)?;
                red_lines_object(&mut option_json).insert("categories".into(), kinds_list(&list));
            }
            "--" => {
                files.extend(args.by_ref());
                break;
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(UsageError(format!("unknown option {arg}")))
            }
            _ => files.push(arg),
        }
    }
    if jsonl && pretty {
        return Err(UsageError("--pretty cannot be used with --jsonl (one document per line)".into()));
    }
    if let Some(path) = options_path {
        let mut from_file = options_file::read(&path)?;
        options_file::overlay(&mut from_file, option_json);
        option_json = from_file;
    }
    let options = Options::from_json(&Value::Object(option_json)).map_err(|e| UsageError(e.0))?;
    Ok(Command::Annotate(Run { files, jsonl, pretty, options }))
}

/// `--offsets=utf8` → ("--offsets", Some("utf8")); other args unchanged.
fn split_inline_value(arg: &str) -> (&str, Option<&str>) {
    match arg.split_once('=') {
        Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
        _ => (arg, None),
    }
}

fn take_value(
    flag: &str,
    inline_value: Option<&str>,
    rest: &mut impl Iterator<Item = String>,
) -> Result<String, UsageError> {
    match inline_value {
        Some(value) => Ok(value.to_string()),
        None => rest.next().ok_or_else(|| UsageError(format!("{flag} needs a value"))),
    }
}

/// The `redLines` object of the options being built.
fn red_lines_object(option_json: &mut Map<String, Value>) -> &mut Map<String, Value> {
    let entry = option_json.entry("redLines").or_insert_with(|| json!({}));
    if !entry.is_object() {
        *entry = json!({});
    }
    entry.as_object_mut().expect("just made an object")
}

/// `refusal=will not budge` → redLines.add.refusal += ["will not budge"];
/// the category and pattern are checked later by `Options`.
fn red_line_entry(option_json: &mut Map<String, Value>, flag: &str, key: &str, value: &str) -> Result<(), UsageError> {
    let Some((category, words)) = value.split_once('=') else {
        return Err(UsageError(format!("{flag} needs CATEGORY=WORDS, e.g. {flag} refusal='will not budge'; got \"{value}\"")));
    };
    let per_category = red_lines_object(option_json).entry(key).or_insert_with(|| json!({}));
    let list = per_category.as_object_mut().expect("an object").entry(category.trim()).or_insert_with(|| json!([]));
    list.as_array_mut().expect("a list").push(Value::String(words.trim().to_string()));
    Ok(())
}

/// "quote, red_line" → ["quote", "red_line"]; checked later by `Options`.
fn kinds_list(list: &str) -> Value {
    let names: Vec<&str> = list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    json!(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use article_annotator::OffsetUnit;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(|s| s.to_string()))
    }

    fn run_of(args: &[&str]) -> Run {
        match parse_strs(args) {
            Ok(Command::Annotate(run)) => run,
            other => panic!("expected a run for {args:?}, got {other:?}"),
        }
    }

    #[test]
    fn files_flags_and_inline_values() {
        let run = run_of(&["a.txt", "--offsets=utf8", "--kinds", "quote, red_line", "--pretty", "b.txt"]);
        assert_eq!(run.files, ["a.txt", "b.txt"]);
        assert_eq!(run.options.offsets, OffsetUnit::Utf8);
        assert!(!run.options.kinds.speaker && run.options.kinds.quote && run.options.kinds.red_line);
        assert!(run.pretty && !run.jsonl);
    }

    #[test]
    fn red_line_flags_become_the_red_lines_option() {
        use article_annotator::Category;
        let run = run_of(&["--red-line-add", "refusal=will not budge", "--red-line-add=refusal=refus* outright", "--red-line-disable", "threat=veto", "--red-line-categories", "refusal,threat"]);
        let r = &run.options.red_lines;
        assert_eq!(r.add, [(Category::Refusal, "will not budge".into()), (Category::Refusal, "refus* outright".into())]);
        assert_eq!(r.disable, [(Category::Threat, "veto".into())]);
        assert_eq!(r.categories.as_deref(), Some(&[Category::Refusal, Category::Threat][..]));
        let message = |args: &[&str]| parse_strs(args).unwrap_err().0;
        assert!(message(&["--red-line-add", "will not budge"]).contains("CATEGORY=WORDS"));
        assert!(message(&["--red-line-add", "refusals=x"]).contains("\"refusals\""));
        assert!(message(&["--red-line-disable"]).contains("needs a value"));
    }

    #[test]
    fn double_dash_ends_flags() {
        assert_eq!(run_of(&["--", "--pretty", "-"]).files, ["--pretty", "-"]);
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let message = |args: &[&str]| parse_strs(args).unwrap_err().0;
        assert_eq!(message(&["--frobnicate"]), "unknown option --frobnicate");
        assert_eq!(message(&["--offsets"]), "--offsets needs a value");
        assert!(message(&["--offsets", "bytes"]).contains("\"offsets\" is \"bytes\""));
        assert!(message(&["--kinds", "quotes"]).contains("\"quotes\""));
        assert!(message(&["--jsonl", "--pretty"]).contains("--pretty"));
    }
}
