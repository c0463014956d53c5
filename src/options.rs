//! Caller options, validated once with messages a person can act on.
//!
//! The same JSON shape is accepted from JavaScript (`annotate(text, options)`)
//! and the command line, so both report the same errors.

use crate::span::{Category, OffsetUnit};
use crate::json_value::Json;
use serde_json::Value;
use std::fmt;

/// Which span kinds to emit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kinds {
    pub speaker: bool,
    pub quote: bool,
    pub red_line: bool,
}

impl Default for Kinds {
    fn default() -> Self {
        Kinds { speaker: true, quote: true, red_line: true }
    }
}

/// Options of [`crate::annotate`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// Unit of the document's offsets; UTF-16 by default, as in the spec.
    pub offsets: OffsetUnit,
    /// Span kinds to emit; all by default.
    pub kinds: Kinds,
    /// Red-line triggers added or disabled, and the categories reported.
    pub red_lines: RedLineOptions,
}

/// The `redLines` option: `{"add": {"refusal": ["will not budge"]},
/// "disable": {"threat": ["veto"]}, "categories": ["refusal", "threat"]}`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RedLineOptions {
    /// Extra trigger patterns (the syntax of `src/lexicon/redline/*.txt`).
    pub add: Vec<(Category, String)>,
    /// Triggers to ignore: a red line of that category whose trigger
    /// contains these words ("veto" drops "vowed to veto", "veto threat").
    pub disable: Vec<(Category, String)>,
    /// Categories to report; `None` is all of them.
    pub categories: Option<Vec<Category>>,
}

impl RedLineOptions {
    /// Is a red line of category `c` reported?
    pub fn reports(&self, c: Category) -> bool {
        self.categories.as_ref().is_none_or(|cs| cs.contains(&c))
    }
}

/// A bad option: the message says what was wrong and what is accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError(pub String);

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for OptionsError {}

const KNOWN_KEYS: &str = "offsets, kinds, redLines";
const RED_LINE_KEYS: &str = "add, disable, categories";

impl Options {
    /// Reads options from a JSON object such as
    /// `{"offsets": "utf8", "kinds": ["quote", "red_line"]}`.
    /// `null` means all defaults.
    pub fn from_json(value: &Value) -> Result<Options, OptionsError> {
        Options::from_json_value(&Json::from(value))
    }

    /// [`Options::from_json`] for a [`Json`] value (what the `.wasm` reads
    /// options into, without serde_json).
    pub fn from_json_value(value: &Json) -> Result<Options, OptionsError> {
        let mut options = Options::default();
        let map = match value {
            Json::Null => return Ok(options),
            Json::Object(map) => map,
            other => {
                return Err(OptionsError(format!(
                    "options must be an object like {{\"offsets\": \"utf16\"}}, not {}",
                    json_type(other)
                )))
            }
        };
        for (key, v) in map {
            match key.as_str() {
                "offsets" => options.offsets = parse_offsets(v)?,
                "kinds" => options.kinds = parse_kinds(v)?,
                "redLines" => options.red_lines = parse_red_lines(v)?,
                _ => {
                    return Err(OptionsError(format!(
                        "unknown option \"{key}\"; the options are: {KNOWN_KEYS}"
                    )))
                }
            }
        }
        Ok(options)
    }

    /// Reads options from JSON text, such as an options file: the same
    /// object and checks as [`Options::from_json`], and a syntax error gives
    /// its line and column.
    pub fn from_json_text(text: &str) -> Result<Options, OptionsError> {
        Options::from_json(&parse_json_text(text)?)
    }
}

/// JSON text as a value, or an error a person can act on ("not valid JSON:
/// expected `,` or `}` at line 3 column 5").
pub fn parse_json_text(text: &str) -> Result<Value, OptionsError> {
    serde_json::from_str(text).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => "is incomplete JSON",
            _ => "is not valid JSON",
        };
        OptionsError(format!("{what}: {e}"))
    })
}

fn parse_offsets(v: &Json) -> Result<OffsetUnit, OptionsError> {
    match v {
        Json::Null => Ok(OffsetUnit::default()),
        Json::String(s) => OffsetUnit::parse(s).ok_or_else(|| {
            OptionsError(format!(
                "option \"offsets\" is \"{s}\"; use \"utf16\" (JavaScript indices), \"utf8\" (bytes) or \"chars\" (code points)"
            ))
        }),
        other => Err(OptionsError(format!(
            "option \"offsets\" must be a string (\"utf16\", \"utf8\" or \"chars\"), not {}",
            json_type(other)
        ))),
    }
}

fn parse_kinds(v: &Json) -> Result<Kinds, OptionsError> {
    let items = match v {
        Json::Null => return Ok(Kinds::default()),
        Json::Array(items) => items,
        other => {
            return Err(OptionsError(format!(
                "option \"kinds\" must be a list such as [\"quote\", \"red_line\"], not {}",
                json_type(other)
            )))
        }
    };
    let mut kinds = Kinds { speaker: false, quote: false, red_line: false };
    for item in items {
        match item.as_str() {
            Some("speaker") => kinds.speaker = true,
            Some("quote") => kinds.quote = true,
            Some("red_line") => kinds.red_line = true,
            _ => {
                return Err(OptionsError(format!(
                    "option \"kinds\" has {}; each entry must be \"speaker\", \"quote\" or \"red_line\"",
                    as_json(item)
                )))
            }
        }
    }
    Ok(kinds)
}

fn parse_red_lines(v: &Json) -> Result<RedLineOptions, OptionsError> {
    let map = match v {
        Json::Null => return Ok(RedLineOptions::default()),
        Json::Object(map) => map,
        other => {
            return Err(OptionsError(format!(
                "option \"redLines\" must be an object like {{\"add\": {{\"refusal\": [\"will not budge\"]}}}}, not {}",
                json_type(other)
            )))
        }
    };
    let mut out = RedLineOptions::default();
    for (key, v) in map {
        match key.as_str() {
            "add" => out.add = per_category("add", v, crate::redline::check_pattern)?,
            "disable" => out.disable = per_category("disable", v, |p| if p.trim().is_empty() { Err("it has no words".into()) } else { Ok(()) })?,
            "categories" => out.categories = Some(category_list(v)?),
            _ => return Err(OptionsError(format!("unknown key \"{key}\" in option \"redLines\"; the keys are: {RED_LINE_KEYS}"))),
        }
    }
    Ok(out)
}

/// `{"refusal": ["will not budge"], ...}` as (category, entry) pairs, each
/// entry checked by `check`.
fn per_category(
    key: &str,
    v: &Json,
    check: impl Fn(&str) -> Result<(), String>,
) -> Result<Vec<(Category, String)>, OptionsError> {
    let name = format!("redLines.{key}");
    let Json::Object(map) = v else {
        return Err(OptionsError(format!(
            "option \"{name}\" must be an object from category to a list of triggers, like {{\"refusal\": [\"will not budge\"]}}, not {}",
            json_type(v)
        )));
    };
    let mut out = Vec::new();
    for (cat, list) in map {
        let category = parse_category(&name, cat)?;
        let Json::Array(items) = list else {
            return Err(OptionsError(format!(
                "option \"{name}.{cat}\" must be a list of strings such as [\"will not budge\"], not {}",
                json_type(list)
            )));
        };
        for item in items {
            let Some(text) = item.as_str() else {
                return Err(OptionsError(format!("option \"{name}.{cat}\" has {}; each entry must be a string", as_json(item))));
            };
            check(text).map_err(|why| OptionsError(format!("option \"{name}.{cat}\" has \"{text}\": {why}")))?;
            out.push((category, text.to_string()));
        }
    }
    Ok(out)
}

fn category_list(v: &Json) -> Result<Vec<Category>, OptionsError> {
    let Json::Array(items) = v else {
        return Err(OptionsError(format!(
            "option \"redLines.categories\" must be a list such as [\"refusal\", \"threat\"], not {}",
            json_type(v)
        )));
    };
    items
        .iter()
        .map(|item| match item.as_str() {
            Some(s) => parse_category("redLines.categories", s),
            None => Err(OptionsError(format!("option \"redLines.categories\" has {}; each entry must be a category name", as_json(item)))),
        })
        .collect()
}

fn parse_category(option: &str, name: &str) -> Result<Category, OptionsError> {
    Category::parse(name).ok_or_else(|| {
        let mut message = format!("option \"{option}\" has category \"{name}\"; the categories are: ");
        for (i, c) in Category::ALL.iter().enumerate() {
            if i > 0 {
                message.push_str(", ");
            }
            message.push_str(c.as_str());
        }
        OptionsError(message)
    })
}

/// `v` as JSON, for messages: what `{v}` would print, without pulling
/// serde's serializer into the `.wasm` (src/json_writer.rs).
fn as_json(v: &Json) -> String {
    crate::json_writer::value(v)
}

fn json_type(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_from_null_and_empty_object() {
        assert_eq!(Options::from_json(&Value::Null).unwrap(), Options::default());
        assert_eq!(Options::from_json(&json!({})).unwrap(), Options::default());
    }

    #[test]
    fn reads_offsets_and_kinds() {
        let o = Options::from_json(&json!({"offsets": "chars", "kinds": ["quote"]})).unwrap();
        assert_eq!(o.offsets, OffsetUnit::Chars);
        assert_eq!(o.kinds, Kinds { speaker: false, quote: true, red_line: false });
    }

    #[test]
    fn reads_red_line_additions_removals_and_categories() {
        let o = Options::from_json(&json!({"redLines": {
            "add": {"refusal": ["will not budge", "refus* outright"]},
            "disable": {"threat": ["veto"]},
            "categories": ["refusal", "threat"]
        }}))
        .unwrap();
        assert_eq!(o.red_lines.add, [(Category::Refusal, "will not budge".into()), (Category::Refusal, "refus* outright".into())]);
        assert_eq!(o.red_lines.disable, [(Category::Threat, "veto".into())]);
        assert!(o.red_lines.reports(Category::Threat) && !o.red_lines.reports(Category::Ultimatum));
        assert!(RedLineOptions::default().reports(Category::Ultimatum));
    }

    #[test]
    fn red_line_errors_name_the_key_category_or_trigger() {
        let e = |v: Value| Options::from_json(&json!({"redLines": v})).unwrap_err().0;
        assert!(e(json!({"ad": {}})).contains("unknown key \"ad\" in option \"redLines\"; the keys are: add, disable, categories"));
        let m = e(json!({"add": {"refusals": ["x"]}}));
        assert!(m.contains("\"refusals\"") && m.contains("refusal, threat, red_line_mention"), "{m}");
        let m = e(json!({"add": {"refusal": "will not budge"}}));
        assert!(m.contains("\"redLines.add.refusal\" must be a list") && m.contains("a string"), "{m}");
        let m = e(json!({"add": {"threat": ["_ budge"]}}));
        assert!(m.contains("\"_ budge\"") && m.contains("start with a word"), "{m}");
        assert!(e(json!({"disable": {"threat": [""]}})).contains("no words"));
        assert!(e(json!({"categories": ["threats"]})).contains("\"threats\""));
        assert!(e(json!(["refusal"])).contains("must be an object"));
    }

    #[test]
    fn json_text_is_read_and_checked_like_a_value() {
        let o = Options::from_json_text(r#"{"redLines": {"categories": ["threat"]}}"#).unwrap();
        assert!(o.red_lines.reports(Category::Threat) && !o.red_lines.reports(Category::Refusal));
        let e = Options::from_json_text("{\"offsets\": \"utf8\",\n \"kinds\" [\"quote\"]}").unwrap_err().0;
        assert!(e.starts_with("is not valid JSON") && e.contains("line 2 column"), "{e}");
        let e = Options::from_json_text("{\"offsets\": ").unwrap_err().0;
        assert!(e.starts_with("is incomplete JSON"), "{e}");
        let e = Options::from_json_text(r#"{"redLine": {}}"#).unwrap_err().0;
        assert!(e.contains("unknown option \"redLine\""), "{e}");
    }

    #[test]
    fn errors_name_the_option_and_the_choices() {
        let e = Options::from_json(&json!({"offsets": "bytes"})).unwrap_err().0;
        assert!(e.contains("\"offsets\"") && e.contains("utf8"), "{e}");
        let e = Options::from_json(&json!({"offset": "utf8"})).unwrap_err().0;
        assert!(e.contains("unknown option \"offset\""), "{e}");
        let e = Options::from_json(&json!({"kinds": ["quotes"]})).unwrap_err().0;
        assert!(e.contains("\"quotes\""), "{e}");
        let e = Options::from_json(&json!(3)).unwrap_err().0;
        assert!(e.contains("a number"), "{e}");
    }
}
