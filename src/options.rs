//! Caller options, validated once with messages a person can act on.
//!
//! The same JSON shape is accepted from JavaScript (`annotate(text, options)`)
//! and the command line, so both report the same errors.

use crate::span::OffsetUnit;
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

const KNOWN_KEYS: &str = "offsets, kinds";

impl Options {
    /// Reads options from a JSON object such as
    /// `{"offsets": "utf8", "kinds": ["quote", "red_line"]}`.
    /// `null` means all defaults.
    pub fn from_json(value: &Value) -> Result<Options, OptionsError> {
        let mut options = Options::default();
        let map = match value {
            Value::Null => return Ok(options),
            Value::Object(map) => map,
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
                _ => {
                    return Err(OptionsError(format!(
                        "unknown option \"{key}\"; the options are: {KNOWN_KEYS}"
                    )))
                }
            }
        }
        Ok(options)
    }
}

fn parse_offsets(v: &Value) -> Result<OffsetUnit, OptionsError> {
    match v {
        Value::Null => Ok(OffsetUnit::default()),
        Value::String(s) => OffsetUnit::parse(s).ok_or_else(|| {
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

fn parse_kinds(v: &Value) -> Result<Kinds, OptionsError> {
    let items = match v {
        Value::Null => return Ok(Kinds::default()),
        Value::Array(items) => items,
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
                    "option \"kinds\" has {item}; each entry must be \"speaker\", \"quote\" or \"red_line\""
                )))
            }
        }
    }
    Ok(kinds)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
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
