//! A small JSON reader for the options that JavaScript hands to `annotate`
//! (`src/wasm.rs` turns them into text with `JSON.stringify`).
//!
//! Why not `serde_json::from_str`: its parser, float tables and error
//! machinery were 11 KB of the gzipped `.wasm`, more than this whole module,
//! and the options are always the well-formed, single-line JSON that
//! `JSON.stringify` writes. The native build keeps serde_json (option files
//! need its error messages for hand-written JSON).
//!
//! It gives what `serde_json::from_str` gives (as a [`Json`], which holds
//! what a `serde_json::Value` holds without serde_json's code), and the
//! same error message for what `JSON.stringify` can write but serde_json
//! rejects: escapes of lone UTF-16 surrogates, and nesting deeper than
//! serde_json's recursion limit (the tests below compare the two). Anything
//! else that is not JSON gets a plain "invalid JSON" message.
//!
//! Numbers: integers become `u64`/`i64` as in serde_json; other numbers are
//! read by `parse_float` (in the `.wasm`, JavaScript's `parseFloat`, which
//! spares the `.wasm` Rust's float parser). That rounds correctly, where
//! serde_json's default reading can be one unit in the last place off for
//! long or extreme numbers; a number is never a valid option value, so this
//! can only show in the text of an error message.

use crate::json_value::{Json, JsonNumber};

/// serde_json's recursion limit: the 128th nested `[` or `{` is an error.
const DEPTH_LIMIT: usize = 128;

/// Reads `text` as one JSON value. The error reads like serde_json's
/// ("lone leading surrogate in hex escape at line 1 column 12").
pub fn parse(text: &str, parse_float: fn(&str) -> Option<f64>) -> Result<Json, String> {
    let mut reader = Reader { text: text.as_bytes(), at: 0, depth: 0, parse_float };
    let value = reader.value()?;
    reader.skip_space();
    if reader.at < reader.text.len() {
        return Err(reader.invalid());
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a [u8],
    /// Index of the next byte to read.
    at: usize,
    /// Containers open around the current value.
    depth: usize,
    parse_float: fn(&str) -> Option<f64>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn next(&mut self) -> Result<u8, String> {
        let byte = self.peek().ok_or_else(|| self.invalid())?;
        self.at += 1;
        Ok(byte)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.at += 1;
        }
    }

    /// "`what` at line L column C", with serde_json's count: C is the number
    /// of bytes of the line up to byte `index` (exclusive).
    fn error_at(&self, what: &str, index: usize) -> String {
        let before = &self.text[..index.min(self.text.len())];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + before[..line_start].iter().filter(|&&b| b == b'\n').count();
        format!("{what} at line {line} column {}", before.len() - line_start)
    }

    /// Not JSON at all: never for the text of `JSON.stringify`.
    fn invalid(&self) -> String {
        self.error_at("invalid JSON", self.at + 1)
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        self.skip_space();
        if self.next()? == byte {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.skip_space();
        match self.peek().ok_or_else(|| self.invalid())? {
            b'n' => self.word("null", Json::Null),
            b't' => self.word("true", Json::Bool(true)),
            b'f' => self.word("false", Json::Bool(false)),
            b'"' => {
                self.at += 1;
                self.string().map(Json::String)
            }
            b'[' | b'{' => {
                self.depth += 1;
                if self.depth >= DEPTH_LIMIT {
                    // serde_json reports the position just after the bracket
                    return Err(self.error_at("recursion limit exceeded", self.at + 1));
                }
                let value = if self.next()? == b'[' { self.array() } else { self.object() };
                self.depth -= 1;
                value
            }
            _ => self.number(),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.invalid())
        }
    }

    /// After the `[`.
    fn array(&mut self) -> Result<Json, String> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.next()? {
                b',' => continue,
                b']' => return Ok(Json::Array(items)),
                _ => return Err(self.invalid()),
            }
        }
    }

    /// After the `{`. A repeated key keeps its last value, as in serde_json.
    fn object(&mut self) -> Result<Json, String> {
        let mut entries = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            self.expect(b'"')?;
            let key = self.string()?;
            self.expect(b':')?;
            entries.push((key, self.value()?));
            self.skip_space();
            match self.next()? {
                b',' => continue,
                b'}' => return Ok(Json::object(entries)),
                _ => return Err(self.invalid()),
            }
        }
    }

    /// After the opening quote, up to and including the closing one.
    fn string(&mut self) -> Result<String, String> {
        let mut out = String::new();
        loop {
            // copy the run up to the next quote or backslash in one go
            let start = self.at;
            while !matches!(self.peek(), Some(b'"' | b'\\' | 0..=0x1f) | None) {
                self.at += 1;
            }
            // the run starts and ends at ASCII bytes, so it is whole UTF-8
            out.push_str(std::str::from_utf8(&self.text[start..self.at]).map_err(|_| self.invalid())?);
            match self.next()? {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.invalid()), // a raw control character
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let c = match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(out),
            _ => return Err(self.invalid()),
        };
        out.push(c);
        Ok(())
    }

    /// After `\u`: a character, or a surrogate pair of two escapes. The
    /// errors and their positions are serde_json's (`parse_unicode_escape`).
    fn unicode_escape(&mut self, out: &mut String) -> Result<(), String> {
        let lone = "lone leading surrogate in hex escape";
        let mut n = self.hex4()?;
        if (0xDC00..=0xDFFF).contains(&n) {
            return Err(self.error_at(lone, self.at));
        }
        if !(0xD800..=0xDBFF).contains(&n) {
            out.push(char::from_u32(n).ok_or_else(|| self.invalid())?);
            return Ok(());
        }
        // a leading surrogate: `\u` and a trailing one must follow
        for expected in [b'\\', b'u'] {
            if self.next()? != expected {
                return Err(self.error_at("unexpected end of hex escape", self.at));
            }
        }
        let trailing = self.hex4()?;
        if !(0xDC00..=0xDFFF).contains(&trailing) {
            return Err(self.error_at(lone, self.at));
        }
        n = 0x10000 + ((n - 0xD800) << 10) + (trailing - 0xDC00);
        out.push(char::from_u32(n).ok_or_else(|| self.invalid())?);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.at..self.at + 4).ok_or_else(|| self.invalid())?;
        let digits = std::str::from_utf8(digits).map_err(|_| self.invalid())?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(self.invalid());
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).map_err(|_| self.invalid())
    }

    /// A number as serde_json reads it: digits alone are a `u64`, or with a
    /// minus an `i64` (but `-0` is the float -0.0); anything else is a float.
    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')) {
            self.at += 1;
        }
        let token = std::str::from_utf8(&self.text[start..self.at]).map_err(|_| self.invalid())?;
        let (negative, digits) = match token.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, token),
        };
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            match (negative, digits.parse::<u64>()) {
                (false, Ok(n)) => return Ok(Json::Number(JsonNumber::PosInt(n))),
                (true, Ok(n)) if n != 0 && n <= 1 << 63 => return Ok(Json::Number(JsonNumber::NegInt((n as i64).wrapping_neg()))),
                _ => {}
            }
        }
        (self.parse_float)(token)
            .filter(|f| f.is_finite())
            .map(|f| Json::Number(JsonNumber::Float(f)))
            .ok_or_else(|| self.error_at("invalid JSON", start + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Json, String> {
        parse(text, |s| s.parse().ok())
    }

    /// Same value, or the same error message, as serde_json.
    fn same_as_serde(text: &str) {
        let serde: Result<Json, String> = serde_json::from_str::<serde_json::Value>(text).map(|v| Json::from(&v)).map_err(|e| e.to_string());
        assert_eq!(read(text), serde, "{text}");
    }

    #[test]
    fn values_as_serde_json_reads_them() {
        for text in [
            "null",
            "true",
            "false",
            "{}",
            "[]",
            r#"{"offsets":"utf8","kinds":["quote","red_line"]}"#,
            r#"{"redLines":{"add":{"refusal":["will not budge"]},"categories":[]}}"#,
            r#"{"b":1,"a":[true,false,null,{"c":{}}],"b":2}"#,
            r#" [ 1 , { "x" : [ ] } ] "#,
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn strings_with_every_escape() {
        for text in [
            r#""""#,
            r#""plain ascii""#,
            r#""quote \" backslash \\ slash \/ \b\f\n\r\t""#,
            r#""\u0000\u0001\u001f\u007f""#,
            "\"curly \u{201c}quotes\u{201d}, 北京, emoji 😀 raw\"",
            r#""\u00e9\u2019\u4eac""#,
            r#""pair \ud83d\ude00 and \uD83C\uDDFA\uD83C\uDDE6""#,
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn lone_surrogates_fail_as_in_serde_json() {
        // JSON.stringify writes a lone surrogate as a \u escape
        for text in [
            r#""\ud800""#,
            r#"["a\ud800b"]"#,
            r#"{"k":"\udc00"}"#,
            r#""x\ud800\n""#,
            r#""\ud800\u0041""#,
            r#""\ud800\ud800""#,
            r#""\udbff\udfff then \ude00""#,
            "{\"a\":1,\n\"b\":\"\\ud800x\"}",
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn nesting_up_to_serde_jsons_limit() {
        for depth in [1, 2, 126, 127, 128, 129, 300] {
            same_as_serde(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
            same_as_serde(&format!("{}1{}", "{\"a\":[".repeat(depth / 2), "]}".repeat(depth / 2)));
        }
    }

    #[test]
    fn numbers_as_serde_json_reads_them() {
        for text in [
            "0",
            "-0",
            "7",
            "-7",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "1.5",
            "-0.25",
            "0.1",
            "1e+21",
            "1.5e-7",
            "123456.789",
            "100000000000000000000",
            "[1,-2,3.5]",
        ] {
            same_as_serde(text);
        }
    }

    /// A string of UTF-16 units as `JSON.stringify` writes it: lone
    /// surrogates and control characters escaped, the rest as it is.
    fn stringify(units: &[u16]) -> String {
        let mut out = String::from("\"");
        for c in char::decode_utf16(units.iter().copied()) {
            match c {
                Ok('"') => out.push_str("\\\""),
                Ok('\\') => out.push_str("\\\\"),
                Ok('\n') => out.push_str("\\n"),
                Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                Ok(c) => out.push(c),
                Err(e) => out.push_str(&format!("\\u{:04x}", e.unpaired_surrogate())),
            }
        }
        out + "\""
    }

    #[test]
    fn random_strings_as_serde_json_reads_them() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        // a few units, each often a surrogate, quote, backslash or control
        const PICKS: [u16; 10] = [0xD800, 0xDBFF, 0xDC00, 0xDFFF, b'"' as u16, b'\\' as u16, 0x0A, 0x01, b'a' as u16, 0x4EAC];
        for _ in 0..5000 {
            let len = next(6) as usize;
            let units: Vec<u16> = (0..len).map(|_| PICKS[next(PICKS.len() as u64) as usize]).collect();
            same_as_serde(&format!("{{\"k\":[{}]}}", stringify(&units)));
        }
    }

    #[test]
    fn what_is_not_json_is_an_error() {
        for text in ["", "[", "[1,]", "{\"a\"}", "{\"a\":1,}", "nul", "\"open", "\"tab\there\"", "1 2", "-", "\"\\x\"", "\"\\u12\""] {
            assert!(read(text).is_err(), "{text:?}");
        }
    }
}
