//! `--options FILE.json`: the options object of the JavaScript API, read
//! from a file, checked by `Options::from_json` (the one validator), and
//! then overlaid by the flags given on the command line.
//!
//! Order: the file is the base, whatever the flags' position; `--offsets`,
//! `--kinds` and `--red-line-categories` replace the file's value, and
//! `--red-line-add` / `--red-line-disable` add to the file's lists.

use super::args::UsageError;
use article_annotator::{parse_json_text, Options};
use serde_json::{Map, Value};

/// The JSON object of the options file at `path`, checked as options.
pub fn read(path: &str) -> Result<Map<String, Value>, UsageError> {
    if path == "-" {
        return Err(UsageError("--options needs a file path; standard input is the text to annotate".into()));
    }
    let text = std::fs::read(path).map_err(|e| UsageError(format!("cannot read options file {path}: {e}")))?;
    let text = String::from_utf8(text).map_err(|_| UsageError(format!("options file {path} is not UTF-8 text")))?;
    // A byte order mark (as Windows editors write) is the file's, not JSON's.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let value = parse_json_text(text).map_err(|e| UsageError(format!("options file {path} {e}")))?;
    Options::from_json(&value).map_err(|e| UsageError(format!("options file {path}: {e}")))?;
    match value {
        Value::Object(map) => Ok(map),
        _ => Ok(Map::new()), // `null`: all defaults
    }
}

/// Lays the options built from flags over those of the file.
pub fn overlay(base: &mut Map<String, Value>, flags: Map<String, Value>) {
    for (key, value) in flags {
        match (key.as_str(), base.get_mut(&key), value) {
            ("redLines", Some(Value::Object(file)), Value::Object(flag)) => overlay_red_lines(file, flag),
            (_, _, value) => {
                base.insert(key, value);
            }
        }
    }
}

/// `categories` replaces; `add` and `disable` lists are joined per category.
fn overlay_red_lines(file: &mut Map<String, Value>, flags: Map<String, Value>) {
    for (key, value) in flags {
        match (file.get_mut(&key), value) {
            (Some(Value::Object(lists)), Value::Object(more)) if key != "categories" => {
                for (category, items) in more {
                    match (lists.get_mut(&category), items) {
                        (Some(Value::Array(list)), Value::Array(items)) => list.extend(items),
                        (_, items) => {
                            lists.insert(category, items);
                        }
                    }
                }
            }
            (_, value) => {
                file.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    #[test]
    fn flags_replace_values_and_extend_trigger_lists() {
        let mut base = object(json!({"offsets": "utf8", "kinds": ["quote"], "redLines": {
            "add": {"refusal": ["will not budge"]}, "disable": {"threat": ["veto"]}, "categories": ["refusal"]}}));
        let flags = object(json!({"offsets": "chars", "redLines": {
            "add": {"refusal": ["refus* outright"], "threat": ["or else"]}, "categories": ["threat"]}}));
        overlay(&mut base, flags);
        assert_eq!(Value::Object(base), json!({"offsets": "chars", "kinds": ["quote"], "redLines": {
            "add": {"refusal": ["will not budge", "refus* outright"], "threat": ["or else"]},
            "disable": {"threat": ["veto"]}, "categories": ["threat"]}}));
    }

    #[test]
    fn flags_over_a_null_red_lines_option() {
        let mut base = object(json!({"redLines": null}));
        overlay(&mut base, object(json!({"redLines": {"categories": ["threat"]}})));
        assert_eq!(Value::Object(base), json!({"redLines": {"categories": ["threat"]}}));
    }

    #[test]
    fn a_byte_order_mark_before_the_options_is_skipped() {
        let path = std::env::temp_dir().join(format!("aa-options-bom-{}.json", std::process::id()));
        std::fs::write(&path, "\u{FEFF}{\"offsets\": \"utf8\"}").unwrap();
        let read_back = read(path.to_str().unwrap());
        std::fs::remove_file(&path).unwrap();
        assert_eq!(read_back.unwrap()["offsets"], "utf8");
    }

    #[test]
    fn standard_input_is_not_an_options_file() {
        assert!(read("-").unwrap_err().0.contains("needs a file path"));
    }
}
