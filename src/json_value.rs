//! The JSON value the options are read from: what `serde_json::Value` holds,
//! without its `BTreeMap` and the rest of serde_json in the `.wasm` (the
//! options reader with `Value` was about 9 KB of the gzipped package).
//!
//! An object keeps its entries sorted by key, the last of equal keys kept,
//! as `serde_json::Map` does: the options are checked in that order, so the
//! first error reported is the same from JavaScript and the command line.

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(JsonNumber),
    String(String),
    Array(Vec<Json>),
    /// Sorted by key, keys unique (see [`Json::object`]).
    Object(Vec<(String, Json)>),
}

/// A JSON number as serde_json keeps it: a non-negative integer, a negative
/// one, or any other number as a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum JsonNumber {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Json {
    /// An object from its entries in text order: sorted by key, and of a
    /// repeated key only the last value kept (`{"a": 1, "a": 2}` is
    /// `{"a": 2}`), as in serde_json. Sorted by the keys' first 24 bytes
    /// with the crate's one sort (`src/sort.rs`): keys that share those
    /// stay in text order, the only difference from serde_json's order.
    pub fn object(mut entries: Vec<(String, Json)>) -> Json {
        crate::sort::by_key(&mut entries, |(key, _)| prefix_key(key));
        // a later entry of the same key (among those of the same prefix)
        let repeated: Vec<bool> = (0..entries.len()).map(|i| entries[i + 1..].iter().take_while(|(k, _)| prefix_key(k) == prefix_key(&entries[i].0)).any(|(k, _)| *k == entries[i].0)).collect();
        Json::Object(entries.into_iter().zip(repeated).filter(|(_, r)| !r).map(|(e, _)| e).collect())
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// A key's first 24 bytes as three big-endian numbers (zeros after its
/// end): compared as tuples, they order keys as `str` does.
fn prefix_key(key: &str) -> crate::sort::Key {
    let mut bytes = [0u8; 24];
    let n = key.len().min(24);
    bytes[..n].copy_from_slice(&key.as_bytes()[..n]);
    let part = |i: usize| u64::from_be_bytes(bytes[i * 8..i * 8 + 8].try_into().expect("8 bytes"));
    (part(0), part(1), part(2))
}

impl From<&serde_json::Value> for Json {
    fn from(v: &serde_json::Value) -> Json {
        use serde_json::Value;
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => JsonNumber::PosInt(u),
                (None, Some(i)) => JsonNumber::NegInt(i),
                _ => JsonNumber::Float(n.as_f64().unwrap_or(f64::NAN)),
            }),
            Value::String(s) => Json::String(s.clone()),
            Value::Array(items) => Json::Array(items.iter().map(Json::from).collect()),
            // a serde_json::Map is sorted by key already
            Value::Object(map) => Json::Object(map.iter().map(|(k, v)| (k.clone(), Json::from(v))).collect()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_sort_their_keys_and_keep_the_last_repeat() {
        let o = Json::object(vec![("b".into(), Json::Null), ("a".into(), Json::Bool(true)), ("b".into(), Json::Bool(false))]);
        assert_eq!(o, Json::Object(vec![("a".into(), Json::Bool(true)), ("b".into(), Json::Bool(false))]));
    }

    #[test]
    fn from_serde_json_keeps_everything() {
        let v = serde_json::json!({"z": [1, -2, 2.5, "s", null, true], "a": {}});
        let j = Json::from(&v);
        let Json::Object(entries) = &j else { panic!("{j:?}") };
        assert_eq!(entries[0].0, "a");
        assert_eq!(entries[1].1, Json::Array(vec![Json::Number(JsonNumber::PosInt(1)), Json::Number(JsonNumber::NegInt(-2)), Json::Number(JsonNumber::Float(2.5)), Json::String("s".into()), Json::Null, Json::Bool(true)]));
    }
}
